package io.mec4j.examples;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * Entry point of the sandbox jar.
 *
 * <pre>
 * java -jar mec4j-examples.jar            # the demo story on loopback, then exit
 * java -jar mec4j-examples.jar serve ...  # one MEC platform that stays up
 * </pre>
 */
public final class Main {

  private Main() {}

  /**
   * Runs a command.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging: send it to SLF4J like everything else
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return Story.run(out);
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "serve" -> Serve.run(rest, out, err, true);
      case "story" -> Story.run(out);
      case "-h", "--help", "help" -> {
        usage(out);
        yield 0;
      }
      default -> {
        err.println("Unknown command: " + args[0]);
        usage(err);
        yield 2;
      }
    };
  }

  static void usage(PrintStream out) {
    out.println("""
        mec4j sandbox

        Usage:
          java -jar mec4j-examples.jar              run the demo story on loopback and exit
          java -jar mec4j-examples.jar serve [opts] keep one MEC platform up (Mp1 over HTTP) until Ctrl-C
          java -jar mec4j-examples.jar --help       this text

        serve options:""");
    Serve.options(out);
  }
}
