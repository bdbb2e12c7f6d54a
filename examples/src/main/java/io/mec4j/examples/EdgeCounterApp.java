package io.mec4j.examples;

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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's edge application, shipped in an application package and run as its own OS process by the process
 * VIM. JDK only, as any MEC application could be written:
 *
 * <ul>
 *   <li>it counts ({@code POST /counter/increment}, {@code GET /counter}) on a loopback port;
 *   <li>it registers the service {@code edge-counter} over Mp1 with that endpoint, subscribes to its termination and,
 *       through the MEC 021 mobility service, to mobility procedures of its users; then it confirms ready;
 *   <li>when told its user moves to another host ({@code INTERHOST_MOVEOUT_TRIGGERED}), it hands its count to the new
 *       instance ({@code POST /state}) and reports the user context transferred;
 *   <li>when told to terminate, it confirms and exits.
 * </ul>
 */
public final class EdgeCounterApp {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final AtomicLong COUNT = new AtomicLong();

  private EdgeCounterApp() {}

  /**
   * Runs the application; its configuration comes from the environment the orchestrator sets.
   *
   * @param args ignored
   * @throws Exception when it cannot start
   */
  public static void main(String[] args) throws Exception {
    String id = env("MEC_APP_INSTANCE_ID");
    String token = env("MEC_APP_TOKEN");
    String serviceMgmt = env("MEC_SERVICE_MGMT_URI");
    String appSupport = env("MEC_APP_SUPPORT_URI");
    String ams = env("MEC_AMS_URI");
    String amsToken = env("MEC_AMS_TOKEN");
    String[] registration = new String[1];

    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/counter", ex -> answer(ex, "{\"count\":" + (ex.getRequestURI().getPath()
        .endsWith("/increment") ? COUNT.incrementAndGet() : COUNT.get()) + "}"));
    server.createContext("/state", ex -> {
      COUNT.set(number(read(ex), "count"));
      answer(ex, null);
    });
    server.createContext("/termination", ex -> {
      String action = text(read(ex), "operationAction");
      answer(ex, null);
      call("POST", appSupport + "/applications/" + id + "/confirm_termination", token,
          "{\"operationAction\":\"" + action + "\"}");
      System.exit(0);
    });
    server.createContext("/mobility", ex -> {
      String n = read(ex);
      answer(ex, null);
      if (number(n, "mobilityStatus") == 1) {
        call("POST", "http://" + text(n, "host") + ":" + number(n, "port") + "/state", null,
            "{\"count\":" + COUNT.get() + "}");
        call("PUT", ams + "/app_mobility_services/" + registration[0], amsToken, device(id, 1));
      }
    });
    server.start();
    String self = "http://127.0.0.1:" + server.getAddress().getPort();

    call("POST", serviceMgmt + "/applications/" + id + "/services", token, """
        {"serName":"edge-counter","version":"1.0","state":"ACTIVE","serializer":"JSON",
         "transportInfo":{"id":"counter-http","name":"REST","type":"REST_HTTP","protocol":"HTTP","version":"1.1",
           "endpoint":{"uris":["%s/counter"]},"security":{}}}""".formatted(self));
    call("POST", appSupport + "/applications/" + id + "/subscriptions", token, """
        {"subscriptionType":"AppTerminationNotificationSubscription","callbackReference":"%s/termination",
         "appInstanceId":"%s"}""".formatted(self, id));
    registration[0] = text(call("POST", ams + "/app_mobility_services", amsToken, device(id, 0)),
        "appMobilityServiceId");
    call("POST", ams + "/subscriptions", amsToken, """
        {"subscriptionType":"MobilityProcedureSubscription","callbackReference":"%s/mobility",
         "filterCriteria":{"appInstanceId":"%s","mobilityStatus":[1]}}""".formatted(self, id));
    call("POST", appSupport + "/applications/" + id + "/confirm_ready", token, "{\"indication\":\"READY\"}");
  }

  private static String device(String id, int transferState) {
    return """
        {"serviceConsumerId":{"appInstanceId":"%s"},
         "deviceInformation":[{"associateId":{"type":1,"value":"10.60.0.17"},"contextTransferState":%d}]}"""
        .formatted(id, transferState);
  }

  private static String env(String name) {
    String v = System.getenv(name);
    if (v == null) {
      throw new IllegalStateException("The orchestrator did not set " + name);
    }
    return v;
  }

  private static String call(String method, String uri, @Nullable String bearer, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + uri + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(HttpExchange ex) throws IOException {
    return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void answer(HttpExchange ex, @Nullable String json) throws IOException {
    if (json == null) {
      ex.sendResponseHeaders(204, -1);
    } else {
      byte[] b = json.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
    }
    ex.close();
  }

  private static String text(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  private static long number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
