package io.mec4j.platform.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Runs application workloads on MEC hosts: the virtualisation infrastructure manager as the orchestrator drives it.
 *
 * <p>The orchestrator starts an instance with the application's image and the {@link AppEnvironment} variables,
 * stops it on termination, and learns from the exit listeners when a workload ends on its own (a crash). Long
 * operations return futures. Implementations are thread-safe; every implementation passes the contract test suite
 * {@code io.mec4j.testing.VimBackendContract} of {@code mec-testing}.
 *
 * <p>Embedded implementations: {@link InMemoryVim} (runs nothing, for tests) and {@link ProcessVim} (runs the
 * application as a local OS process).
 */
public interface VimBackend extends AutoCloseable {

  /**
   * The kind of VIM, reported as {@code vimType} in VIM connection information.
   *
   * @return e.g. {@code mec4j.process}
   */
  String type();

  /**
   * Starts a workload.
   *
   * @param image what to run
   * @param host the MEC host to run it on
   * @param env environment variables for the workload
   * @return completes with the {@link VimInstance.Status#RUNNING} instance once it runs; fails with an exception
   *     whose message says why when the image cannot be started
   */
  CompletableFuture<VimInstance> start(AppImage image, HostId host, Map<String, String> env);

  /**
   * Stops a workload: asks it to end, and ends it by force after {@code grace}. Stopping an ended or unknown workload
   * succeeds at once.
   *
   * @param instanceId the workload
   * @param grace how long it may take to end by itself
   * @return completes when the workload has ended
   */
  CompletableFuture<Void> stop(String instanceId, Duration grace);

  /**
   * The workload now.
   *
   * @param instanceId the workload
   * @return its state, or empty when the VIM does not know it (or no longer remembers an ended one)
   */
  Optional<VimInstance> inspect(String instanceId);

  /**
   * Registers a listener told about every end of a workload: {@link VimInstance.Status#STOPPED} after {@link #stop},
   * {@link VimInstance.Status#FAILED} when it ended on its own. Listeners run on the VIM's threads and must not block.
   *
   * @param listener receives the ended instance
   */
  void addExitListener(Consumer<VimInstance> listener);

  /** Stops every workload this VIM started and releases its resources. */
  @Override
  default void close() {}
}
