// The application the placement benchmark instantiates with the process VIM (not a test). JDK only: it registers a
// service over Mp1 and confirms it is ready, then runs until it is stopped.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class BenchApp {
  public static void main(String[] args) throws Exception {
    String id = System.getenv("MEC_APP_INSTANCE_ID");
    String token = System.getenv("MEC_APP_TOKEN");
    HttpClient http = HttpClient.newHttpClient();
    post(http, System.getenv("MEC_SERVICE_MGMT_URI") + "/applications/" + id + "/services", token,
        "{\"serName\":\"bench\",\"version\":\"1.0\",\"state\":\"ACTIVE\",\"serializer\":\"JSON\","
            + "\"transportInfo\":{\"id\":\"t\",\"name\":\"REST\",\"type\":\"REST_HTTP\",\"protocol\":\"HTTP\","
            + "\"version\":\"1.1\",\"endpoint\":{\"uris\":[\"http://127.0.0.1:9/\"]},\"security\":{}}}", 201);
    post(http, System.getenv("MEC_APP_SUPPORT_URI") + "/applications/" + id + "/confirm_ready", token,
        "{\"indication\":\"READY\"}", 204);
    Thread.currentThread().join();
  }

  static void post(HttpClient http, String uri, String token, String body, int expected) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      System.err.println(uri + " -> " + r.statusCode() + " " + r.body());
      System.exit(2);
    }
  }
}
