package io.mec4j.examples;

import io.mec4j.platform.http.MecHttpServer;
import io.mec4j.platform.mep.AppProvisioning;
import io.mec4j.platform.mep.MecPlatform;
import io.mec4j.platform.mep.Mp1HttpBinding;
import io.mec4j.platform.spi.Authorizer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: one MEC platform on a fixed port with pre-provisioned application instances, for curl, clients and
 * conformance suites. Prints each instance's id and bearer token, then serves until the process is stopped.
 */
final class Serve {

  private Serve() {}

  static void options(PrintStream out) {
    out.println("""
          --port N      port to listen on (default 8080; 0 picks a free one)
          --host ADDR   interface to bind (default 127.0.0.1)
          --app ID      pre-provision an application instance (repeatable; default: demo-app)
          --open        open mode: no tokens checked, unknown application instances accepted (local use only)
          --help        this text""");
  }

  /**
   * Parses the options and serves.
   *
   * @param args the options
   * @param out where to print the banner
   * @param err where to print errors
   * @param block whether to wait until the process is stopped (false in tests)
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err, boolean block) {
    int port = 8080;
    String host = "127.0.0.1";
    boolean open = false;
    List<String> apps = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
          case "--host" -> host = value(args, ++i, "--host");
          case "--app" -> apps.add(value(args, ++i, "--app"));
          case "--open" -> open = true;
          case "-h", "--help" -> {
            out.println("Usage: java -jar mec4j-examples.jar serve [options]");
            options(out);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0..65535");
      }
    } catch (IllegalArgumentException e) {
      err.println("serve: " + e.getMessage() + " (see serve --help)");
      return 2;
    }
    if (apps.isEmpty()) {
      apps.add("demo-app");
    }
    MecPlatform.Builder pb = MecPlatform.builder();
    if (open) {
      pb.authorizer(Authorizer.open());
    }
    MecPlatform platform = pb.build();
    MecHttpServer server;
    try {
      server = Mp1HttpBinding.start(platform, MecHttpServer.builder().host(host).port(port));
    } catch (IllegalStateException e) {
      platform.close();
      err.println("serve: " + e.getMessage());
      return 1;
    }
    for (String app : apps) {
      try {
        platform.provisionApp(AppProvisioning.builder(app, app).build());
      } catch (RuntimeException e) {
        err.println("serve: cannot provision " + app + ": " + e.getMessage());
      }
    }
    String base = server.baseUri().toString();
    out.println("mec4j MEC platform is up" + (open ? " (OPEN MODE: no authorization)" : ""));
    out.println("  service management (MEC 011): " + base + MecPlatform.SERVICE_MGMT_PATH);
    out.println("  application support (MEC 011): " + base + MecPlatform.APP_SUPPORT_PATH);
    out.println("Application instances:");
    for (String app : apps) {
      out.println("  " + app + (open ? "" : "  token: " + platform.issueToken(app)));
    }
    if (!open) {
      out.println("Platform token (may act for any instance): " + platform.authorizer().issuePlatformToken());
    }
    String first = apps.get(0);
    out.println("Try:");
    String auth = open ? "" : "-H \"Authorization: Bearer <token of " + first + ">\" ";
    out.println("  curl " + auth + base + MecPlatform.SERVICE_MGMT_PATH + "/services");
    out.println("  curl " + auth + "-H 'Content-Type: application/json' -d '{\"serName\":\"my-service\","
        + "\"version\":\"1.0\",\"state\":\"ACTIVE\",\"serializer\":\"JSON\",\"transportId\":\"mec4j-rest-http\"}' "
        + base + MecPlatform.SERVICE_MGMT_PATH + "/applications/" + first + "/services");
    out.println("Press Ctrl-C to stop.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      platform.close();
      stopped.countDown();
    }, "mec4j-serve-shutdown"));
    if (block) {
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return 0;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
