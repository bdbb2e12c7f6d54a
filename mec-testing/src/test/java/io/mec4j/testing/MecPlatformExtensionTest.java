package io.mec4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MecPlatformExtension.class)
class MecPlatformExtensionTest {

  private static EmbeddedMecPlatform fromBeforeAll;

  @BeforeAll
  static void remember(EmbeddedMecPlatform mec) {
    fromBeforeAll = mec;
  }

  @Test
  void injects_oneRunningPlatformPerClass(EmbeddedMecPlatform mec) throws Exception {
    assertThat(mec).isSameAs(fromBeforeAll);
    AppCredentials app = mec.provisionApp("ext-app-1");
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(app.appSupportUri() + "/timing/current_time")).header("Authorization", app.authorizationHeader())
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void secondTest_seesTheSamePlatform(EmbeddedMecPlatform mec) {
    assertThat(mec).isSameAs(fromBeforeAll);
  }
}
