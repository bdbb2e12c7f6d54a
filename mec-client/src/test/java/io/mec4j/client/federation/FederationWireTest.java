package io.mec4j.client.federation;

import static io.mec4j.client.Fixtures.example;
import static io.mec4j.client.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.mec4j.client.WireServer;
import io.mec4j.model.federation.SystemInfo;
import io.mec4j.model.federation.SystemInfoUpdate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every path and method of MEC040_FederationEnablement.yaml, on the wire. */
class FederationWireTest {

  private static final String BASE = "/fed_enablement/v1";

  private final WireServer wire = new WireServer();
  private final FederationClient fed = FederationClient.builder().baseUri(wire.uri(BASE)).bearerToken("t").build();
  private final SystemInfo system = example("federation/SystemInfo", SystemInfo.class);

  @AfterEach
  void close() {
    fed.close();
    wire.close();
  }

  @Test
  void getSystemInfos_withEveryFilter() {
    wire.json(200, "[" + text("federation/SystemInfo") + "]").json(200, "[]").json(200, "[]");

    assertThat(fed.getSystemInfos(SystemInfoQuery.all())).containsExactly(system);
    fed.getSystemInfos(new SystemInfoQuery(List.of("s1", "s2"), List.of("edge a"), List.of("operator-b")));
    fed.getSystemInfosAsync(SystemInfoQuery.bySystemProvider("operator-c")).join();

    wire.take().is("GET", BASE + "/fed_resources/system_info");
    wire.take().is("GET", BASE + "/fed_resources/system_info?systemid=s1&systemid=s2&systemname=edge%20a"
        + "&systemprovider=operator-b");
    wire.take().is("GET", BASE + "/fed_resources/system_info?systemprovider=operator-c");
  }

  @Test
  void registerGetPatchDelete() {
    SystemInfo request = new SystemInfo(null, system.systemName(), system.systemProvider());
    SystemInfoUpdate update = example("federation/SystemInfoUpdate", SystemInfoUpdate.class);
    for (int i = 0; i < 2; i++) {
      wire.json(201, text("federation/SystemInfo")).json(200, text("federation/SystemInfo"))
          .json(200, text("federation/SystemInfo")).empty(204);
    }

    assertThat(fed.registerSystem(request)).isEqualTo(system);
    assertThat(fed.getSystemInfo("sys-1")).isEqualTo(system);
    assertThat(fed.updateSystemInfo("sys-1", update)).isEqualTo(system);
    fed.deregisterSystem("sys-1");
    fed.registerSystemAsync(request).join();
    fed.getSystemInfoAsync("sys-1").join();
    fed.updateSystemInfoAsync("sys-1", update).join();
    fed.deregisterSystemAsync("sys-1").join();

    for (int i = 0; i < 2; i++) {
      wire.take().is("POST", BASE + "/fed_resources/system_info").jsonBody(request);
      wire.take().is("GET", BASE + "/fed_resources/system_info/sys-1");
      wire.take().is("PATCH", BASE + "/fed_resources/system_info/sys-1").jsonBody(update);
      wire.take().is("DELETE", BASE + "/fed_resources/system_info/sys-1").noBody();
    }
  }
}
