package io.mec4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's "Calling Mp1 from Java" example runs against the embedded platform. */
class CallingMp1Test {

  @Test
  void main_registersDiscoversAndIsNotified() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      CallingMp1.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("registered video-analytics as ").contains("discovered 1 service(s)")
        .contains("notified: service added");
  }
}
