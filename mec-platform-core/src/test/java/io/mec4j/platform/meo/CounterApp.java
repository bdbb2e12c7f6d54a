package io.mec4j.platform.meo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small MEC application for the process VIM, run as its own OS process from a jar built at test time. It uses only
 * the JDK (raw HTTP, no JSON library), the way any MEC application could:
 *
 * <ul>
 *   <li>reads its instance id, Mp1 URIs, token and mobility service URI from the environment;
 *   <li>serves a counter on a loopback port ({@code GET /counter}, {@code POST /counter/increment}), takes a
 *       relocated state ({@code POST /state}), and can be made to crash ({@code POST /crash});
 *   <li>registers the service {@code counter} over Mp1 with its endpoint, subscribes to termination notifications,
 *       registers with the MEC 021 mobility service and subscribes to mobility procedure notifications;
 *   <li>confirms it is ready;
 *   <li>on {@code INTERHOST_MOVEOUT_TRIGGERED} sends its count to the target instance and reports the user context
 *       transferred (unless its jar is named {@code *no-transfer*}); on a termination notification it confirms and
 *       exits.
 * </ul>
 */
public final class CounterApp {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final AtomicLong COUNT = new AtomicLong();

  private static String id;
  private static String token;
  private static String appSupport;
  private static String ams;
  private static String amsToken;
  private static volatile String registrationId;

  private CounterApp() {}

  /**
   * Runs the application.
   *
   * @param args ignored
   * @throws Exception when it cannot start
   */
  public static void main(String[] args) throws Exception {
    id = env("MEC_APP_INSTANCE_ID");
    token = env("MEC_APP_TOKEN");
    appSupport = env("MEC_APP_SUPPORT_URI");
    String serviceMgmt = env("MEC_SERVICE_MGMT_URI");
    ams = System.getenv("MEC_AMS_URI");
    amsToken = System.getenv("MEC_AMS_TOKEN");
    boolean transfers = !CounterApp.class.getProtectionDomain().getCodeSource().getLocation().getPath()
        .contains("no-transfer");

    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/counter", ex -> reply(ex, 200, "{\"count\":" + COUNT.get() + "}"));
    server.createContext("/counter/increment", ex -> reply(ex, 200, "{\"count\":" + COUNT.incrementAndGet() + "}"));
    server.createContext("/state", ex -> {
      COUNT.set(number(body(ex), "count"));
      log("received relocated state: count " + COUNT.get());
      reply(ex, 204, null);
    });
    server.createContext("/crash", ex -> {
      reply(ex, 204, null);
      log("crashing on request");
      Runtime.getRuntime().halt(3);
    });
    server.createContext("/callbacks/termination", ex -> {
      String n = body(ex);
      reply(ex, 204, null);
      String action = text(n, "operationAction");
      log("termination notification: " + action);
      send("POST", appSupport + "/applications/" + id + "/confirm_termination", token,
          "{\"operationAction\":\"" + action + "\"}");
      System.exit(0);
    });
    server.createContext("/callbacks/mobility", ex -> {
      String n = body(ex);
      reply(ex, 204, null);
      long status = number(n, "mobilityStatus");
      log("mobility notification: status " + status);
      if (status == 1 && transfers) {
        String target = "http://" + text(n, "host") + ":" + number(n, "port") + "/state";
        send("POST", target, null, "{\"count\":" + COUNT.get() + "}");
        send("PUT", ams + "/app_mobility_services/" + registrationId, amsToken, registration(1));
        log("moved count " + COUNT.get() + " to " + target);
      }
    });
    server.start();
    String self = "http://127.0.0.1:" + server.getAddress().getPort();
    log("serving on " + self);

    check(send("POST", serviceMgmt + "/applications/" + id + "/services", token, """
        {"serName":"counter","version":"1.0","state":"ACTIVE","serializer":"JSON",
         "transportInfo":{"id":"counter-http","name":"REST","type":"REST_HTTP","protocol":"HTTP","version":"1.1",
           "endpoint":{"uris":["%s/"]},"security":{}}}""".formatted(self)), 201, "register service");
    check(send("POST", appSupport + "/applications/" + id + "/subscriptions", token, """
        {"subscriptionType":"AppTerminationNotificationSubscription","callbackReference":"%s/callbacks/termination",
         "appInstanceId":"%s"}""".formatted(self, id)), 201, "subscribe to termination");
    if (ams != null) {
      HttpResponse<String> r = send("POST", ams + "/app_mobility_services", amsToken, registration(0));
      check(r, 201, "register for mobility");
      registrationId = text(r.body(), "appMobilityServiceId");
      check(send("POST", ams + "/subscriptions", amsToken, """
          {"subscriptionType":"MobilityProcedureSubscription","callbackReference":"%s/callbacks/mobility",
           "filterCriteria":{"appInstanceId":"%s","mobilityStatus":[1]}}""".formatted(self, id)), 201,
          "subscribe to mobility procedures");
    }
    check(send("POST", appSupport + "/applications/" + id + "/confirm_ready", token, "{\"indication\":\"READY\"}"),
        204, "confirm ready");
    log("ready");
  }

  private static String registration(int transferState) {
    return """
        {"serviceConsumerId":{"appInstanceId":"%s"},
         "deviceInformation":[{"associateId":{"type":1,"value":"10.0.0.42"},"contextTransferState":%d}]}""".formatted(id, transferState);
  }

  private static String env(String name) {
    String v = System.getenv(name);
    if (v == null) {
      throw new IllegalStateException("Environment variable " + name + " is missing");
    }
    return v;
  }

  private static HttpResponse<String> send(String method, String uri, String bearer, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void check(HttpResponse<String> r, int expected, String what) {
    if (r.statusCode() != expected) {
      log(what + " failed: " + r.statusCode() + " " + r.body());
      System.exit(2);
    }
    log(what + ": " + r.statusCode());
  }

  private static String body(HttpExchange ex) throws IOException {
    return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void reply(HttpExchange ex, int status, String json) throws IOException {
    byte[] b = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    if (json != null) {
      ex.getResponseHeaders().add("Content-Type", "application/json");
    }
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    if (b.length > 0) {
      ex.getResponseBody().write(b);
    }
    ex.close();
  }

  private static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static String text(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : "";
  }

  private static void log(String line) {
    System.out.println("[counter " + id + "] " + line);
    System.out.flush();
  }
}
