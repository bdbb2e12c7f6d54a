package io.mec4j.platform.internal;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * <b>Not API.</b> Executors for blocking work: virtual threads when the runtime has them (Java 21+), chosen at run time, otherwise a
 * cached pool of daemon platform threads.
 */
public final class Workers {

  private Workers() {}

  /**
   * A new executor for blocking tasks.
   *
   * @param name the thread name prefix
   * @return virtual-thread-per-task on Java 21+, a cached daemon pool before
   */
  public static ExecutorService newBlockingExecutor(String name) {
    try {
      Method m = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
      return (ExecutorService) m.invoke(null);
    } catch (ReflectiveOperationException e) {
      return Executors.newCachedThreadPool(daemonThreads(name));
    }
  }

  /**
   * Whether {@link #newBlockingExecutor} gives virtual threads here.
   *
   * @return true on Java 21+
   */
  public static boolean virtualThreadsAvailable() {
    try {
      Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * A thread factory of named daemon threads.
   *
   * @param name the prefix
   * @return the factory
   */
  public static ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
