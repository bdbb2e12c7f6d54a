package io.mec4j.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * <b>Not API.</b> The connection pool and dispatcher that a client and every client derived from it with {@code
 * toBuilder()} share. Reference-counted: the last client to close releases the pooled connections and threads.
 */
public final class Engine {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final OkHttpClient root;
  private final AtomicInteger users = new AtomicInteger();

  private Engine(OkHttpClient root) {
    this.root = root;
  }

  /**
   * A new engine: a connection pool (5 idle connections kept 5 minutes) and a dispatcher on daemon threads allowing 64
   * concurrent asynchronous calls per host.
   *
   * @return the engine, with no users yet
   */
  public static Engine create() {
    ExecutorService executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), r -> {
          Thread t = new Thread(r, "mec4j-client-" + THREADS.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    Dispatcher dispatcher = new Dispatcher(executor);
    dispatcher.setMaxRequests(256);
    dispatcher.setMaxRequestsPerHost(64);
    OkHttpClient root = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(5, 5, TimeUnit.MINUTES))
        .build();
    return new Engine(root);
  }

  /**
   * Registers one more client using this engine.
   *
   * @return the shared root client to derive from
   */
  OkHttpClient acquire() {
    if (root.dispatcher().executorService().isShutdown()) {
      throw new IllegalStateException("The client this builder came from is closed, and so is its connection pool:"
          + " call toBuilder() on an open client, or builder() for a new one");
    }
    users.incrementAndGet();
    return root;
  }

  /** One client using this engine closed; the last one releases connections and threads. */
  void release() {
    if (users.decrementAndGet() == 0) {
      root.connectionPool().evictAll();
      root.dispatcher().executorService().shutdown();
    }
  }

  /**
   * Whether every client using this engine has closed.
   *
   * @return true once released by its last user
   */
  public boolean isReleased() {
    return users.get() <= 0 && root.dispatcher().executorService().isShutdown();
  }
}
