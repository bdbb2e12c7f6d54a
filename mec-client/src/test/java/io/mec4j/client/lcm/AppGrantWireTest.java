package io.mec4j.client.lcm;

import static io.mec4j.client.Fixtures.example;
import static io.mec4j.client.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.mec4j.client.WireServer;
import io.mec4j.model.lcm.Grant;
import io.mec4j.model.lcm.GrantRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every path and method of MEC010-2_AppGrant.yaml, on the wire, with immediate and pending decisions. */
class AppGrantWireTest {

  private static final String BASE = "/granting/v1";

  private final WireServer wire = new WireServer();
  private final AppGrantClient grants = AppGrantClient.builder().baseUri(wire.uri(BASE)).bearerToken("t").build();
  private final GrantRequest request = example("lcm/GrantRequest", GrantRequest.class);
  private final Grant grant = example("lcm/Grant", Grant.class);

  @AfterEach
  void close() {
    grants.close();
    wire.close();
  }

  @Test
  void requestGrant_decidedAtOnce_201() {
    wire.json(201, text("lcm/Grant"), "Location", BASE + "/grants/" + grant.id()).json(201, text("lcm/Grant"));

    GrantResult r = grants.requestGrant(request);
    grants.requestGrantAsync(request).join();

    assertThat(r.isPending()).isFalse();
    assertThat(r.find()).hasValue(grant);
    assertThat(r.grantId()).hasValue(grant.id());
    wire.take().is("POST", BASE + "/grants").header("Authorization", "Bearer t").jsonBody(request);
    wire.take().is("POST", BASE + "/grants").jsonBody(request);
  }

  @Test
  void requestGrant_pending_202_thenPollUntilDecided() {
    wire.empty(202, "Location", BASE + "/grants/g-7").empty(202).json(200, text("lcm/Grant"))
        .json(200, text("lcm/Grant"));

    GrantResult pending = grants.requestGrant(request);
    assertThat(pending.isPending()).isTrue();
    assertThat(pending.grantId()).hasValue("g-7");
    assertThat(grants.getGrant("g-7").isPending()).isTrue();
    assertThat(grants.getGrant("g-7").grant()).isEqualTo(grant);
    assertThat(grants.getGrantAsync("g-7").join().grant()).isEqualTo(grant);

    wire.take().is("POST", BASE + "/grants");
    for (int i = 0; i < 3; i++) {
      wire.take().is("GET", BASE + "/grants/g-7").noBody();
    }
  }
}
