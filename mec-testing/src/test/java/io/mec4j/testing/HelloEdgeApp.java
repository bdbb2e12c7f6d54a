package io.mec4j.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The smallest real MEC application, run as an OS process from an onboarded package: it reads what the orchestrator
 * put in its environment, registers the service {@code hello-edge} over Mp1, confirms it is ready and then serves
 * until it is stopped. JDK only.
 */
public final class HelloEdgeApp {

  private HelloEdgeApp() {}

  /**
   * Runs the application.
   *
   * @param args ignored
   * @throws Exception when Mp1 refuses it
   */
  public static void main(String[] args) throws Exception {
    String id = System.getenv("MEC_APP_INSTANCE_ID");
    String token = System.getenv("MEC_APP_TOKEN");
    String serviceMgmt = System.getenv("MEC_SERVICE_MGMT_URI");
    String appSupport = System.getenv("MEC_APP_SUPPORT_URI");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    post(http, serviceMgmt + "/applications/" + id + "/services", token, """
        {"serName":"hello-edge","version":"1.0","state":"ACTIVE","serializer":"JSON","transportId":"mec4j-rest-http"}""",
        201);
    post(http, appSupport + "/applications/" + id + "/confirm_ready", token, "{\"indication\":\"READY\"}", 204);
    System.out.println("hello-edge " + id + " is ready");
    Thread.sleep(Long.MAX_VALUE);
  }

  private static void post(HttpClient http, String uri, String token, String json, int expected) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException("POST " + uri + " answered " + r.statusCode() + ": " + r.body());
    }
  }
}
