package io.mec4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void noArguments_tellsTheStoryAndSucceeds() {
    assertThat(run()).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("MEC platform is up", "registered service video-analytics", "was notified: video-analytics ADDED",
            "403, as it should", "outcome: CONFIRMED", "was notified: REMOVED", "Notifications delivered: 3, pending: 0",
            "package was onboarded over Mm1", "was placed on edge-paris", "counted to 3",
            "relocated the app to edge-lyon", "the count there is 3", "DNS is now answered by edge-lyon",
            "instances left: 0");
  }

  @Test
  void help_printsUsage() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve [opts]", "--port", "--open");
  }

  @Test
  void unknownCommandOrOption_exits2WithMessage() {
    assertThat(run("fly")).isEqualTo(2);
    assertThat(run("serve", "--bogus")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command: fly", "unknown option --bogus");
  }

  @Test
  void serve_printsEndpointsAppsAndTokens() {
    int code = Serve.run(new String[] {"--port", "0", "--app", "a1", "--app", "a2"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("/mec_service_mgmt/v1", "a1  token: ey",
        "a2  token: ey", "Platform token");
  }
}
