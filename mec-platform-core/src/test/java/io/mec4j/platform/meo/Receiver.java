package io.mec4j.platform.meo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.mec4j.model.MecJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A notification subscriber on loopback: records every JSON body it gets, optionally reacts to them. */
final class Receiver implements AutoCloseable {

  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final List<Consumer<JsonNode>> reactions = new CopyOnWriteArrayList<>();

  Receiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(pool);
    server.createContext("/", ex -> {
      JsonNode body = MecJson.mapper().readTree(ex.getRequestBody().readAllBytes());
      received.add(body);
      ex.sendResponseHeaders(204, -1);
      ex.close();
      for (Consumer<JsonNode> r : reactions) {
        r.accept(body);
      }
    });
    server.start();
  }

  String uri(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void onReceive(Consumer<JsonNode> reaction) {
    reactions.add(reaction);
  }

  List<JsonNode> received() {
    return List.copyOf(received);
  }

  List<JsonNode> received(Predicate<JsonNode> which) {
    return received.stream().filter(which).toList();
  }

  /** Notifications of one type (notificationType) about one instance (appInstanceId). */
  List<JsonNode> about(String notificationType, String appInstanceId) {
    return received(n -> notificationType.equals(n.path("notificationType").asText())
        && appInstanceId.equals(n.path("appInstanceId").asText()));
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
