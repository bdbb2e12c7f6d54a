package io.mec4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mec4j.platform.spi.AppEnvironment;
import io.mec4j.platform.spi.AppImage;
import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.VimBackend;
import io.mec4j.platform.spi.VimInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link VimBackend} implementation keeps. Vendors subclass it in their tests and provide a fresh
 * VIM, an image that runs until it is stopped, and a way to make a running workload end from outside:
 *
 * <pre>{@code
 * class MyVimContractTest extends VimBackendContract {
 *   protected VimBackend createVim() { return new MyVim(cluster); }
 *   protected AppImage runningImage() { return AppImage.ofFile("sleeper", sleeperArtifact); }
 *   protected void crash(VimBackend vim, VimInstance i) { cluster.kill(i.id()); }
 *   protected Map<String, String> environmentOf(VimBackend vim, VimInstance i) { return cluster.env(i.id()); }
 * }
 * }</pre>
 *
 * <p>The suite waits on futures and listeners with {@link #timeout()}, never on timers.
 */
public abstract class VimBackendContract {

  /** The host the suite starts workloads on. */
  protected static final HostId HOST = HostId.of("contract-host");

  private VimBackend vim;
  private final Map<String, CompletableFuture<VimInstance>> ends = new ConcurrentHashMap<>();
  private final List<VimInstance> allEnds = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Subclasses are test classes. */
  protected VimBackendContract() {}

  /**
   * A new VIM for one test; the suite closes it afterwards.
   *
   * @return the VIM
   * @throws Exception when it cannot be made
   */
  protected abstract VimBackend createVim() throws Exception;

  /**
   * An image whose workload runs until it is stopped.
   *
   * @return the image
   * @throws Exception when it cannot be made
   */
  protected abstract AppImage runningImage() throws Exception;

  /**
   * Ends a running workload from outside, the way it could crash or be killed in this VIM's world.
   *
   * @param vim the VIM that runs it
   * @param instance the workload
   * @throws Exception when it cannot
   */
  protected abstract void crash(VimBackend vim, VimInstance instance) throws Exception;

  /**
   * The environment a running workload sees, as far as it is observable; may wait until the workload reports it.
   *
   * @param vim the VIM that runs it
   * @param instance the workload
   * @return its environment variables (at least the {@link AppEnvironment} ones)
   * @throws Exception when it cannot be observed
   */
  protected abstract Map<String, String> environmentOf(VimBackend vim, VimInstance instance) throws Exception;

  /**
   * An image this VIM cannot start, if there is one (e.g. a missing file); the test of start failures is skipped
   * without one.
   *
   * @return the image, or empty
   * @throws Exception when it cannot be made
   */
  protected Optional<AppImage> unstartableImage() throws Exception {
    return Optional.empty();
  }

  /**
   * How long the suite waits for a start, a stop or an exit report.
   *
   * @return 30 s unless overridden
   */
  protected Duration timeout() {
    return Duration.ofSeconds(30);
  }

  /**
   * The VIM of the running test.
   *
   * @return the VIM
   */
  protected final VimBackend vim() {
    return vim;
  }

  /**
   * Creates the VIM of a test and listens to its exits.
   *
   * @throws Exception when the VIM fails
   */
  @BeforeEach
  public void createTheVim() throws Exception {
    vim = createVim();
    vim.addExitListener(v -> {
      allEnds.add(v);
      ends.computeIfAbsent(v.id(), k -> new CompletableFuture<>()).complete(v);
    });
  }

  /**
   * Closes the VIM of a test.
   */
  @AfterEach
  public void closeTheVim() {
    if (vim != null) {
      vim.close();
    }
  }

  private VimInstance start(Map<String, String> env) throws Exception {
    return vim.start(runningImage(), HOST, env).get(timeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  private VimInstance awaitEnd(VimInstance v) throws Exception {
    return ends.computeIfAbsent(v.id(), k -> new CompletableFuture<>()).get(timeout().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * {@link VimBackend#type()} names the kind of VIM.
   */
  @Test
  public void type_isNamed() {
    assertNotNull(vim.type());
    assertFalse(vim.type().isBlank(), "type() names the kind of VIM");
  }

  /**
   * A started workload runs on the requested host with the requested image.
   *
   * @throws Exception when the VIM fails
   */
  @Test
  public void start_returnsARunningInstanceOnTheHost() throws Exception {
    AppImage image = runningImage();
    VimInstance v = vim.start(image, HOST, Map.of()).get(timeout().toMillis(), TimeUnit.MILLISECONDS);

    assertNotNull(v.id());
    assertEquals(HOST, v.host());
    assertEquals(image, v.image());
    assertEquals(VimInstance.Status.RUNNING, v.status());
    assertEquals(Optional.of(VimInstance.Status.RUNNING), vim.inspect(v.id()).map(VimInstance::status));
  }

  /**
   * The workload sees the environment it was started with.
   *
   * @throws Exception when the VIM fails
   */
  @Test
  public void start_passesTheEnvironment() throws Exception {
    Map<String, String> env = Map.of(AppEnvironment.APP_INSTANCE_ID, "contract-app-1",
        AppEnvironment.APP_TOKEN, "token-1", AppEnvironment.MP1_BASE_URI, "http://127.0.0.1:1");
    VimInstance v = start(env);

    Map<String, String> seen = environmentOf(vim, v);

    for (Map.Entry<String, String> e : env.entrySet()) {
      assertEquals(e.getValue(), seen.get(e.getKey()), "the workload sees " + e.getKey());
    }
  }

  /**
   * Concurrent starts give distinct instance ids.
   *
   * @throws Exception when the VIM fails
   */
  @Test
  public void start_manyAtOnce_givesDistinctIds() throws Exception {
    List<CompletableFuture<VimInstance>> starts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      starts.add(vim.start(runningImage(), HOST, Map.of(AppEnvironment.APP_INSTANCE_ID, "app-" + i)));
    }
    Set<String> ids = new HashSet<>();
    for (CompletableFuture<VimInstance> f : starts) {
      ids.add(f.get(timeout().toMillis(), TimeUnit.MILLISECONDS).id());
    }
    assertEquals(3, ids.size());
  }

  /**
   * A start that cannot succeed fails its future with a reason.
   *
   * @throws Exception when the VIM fails
   */
  @Test
  public void start_ofAnUnstartableImage_fails() throws Exception {
    Optional<AppImage> image = unstartableImage();
    assumeTrue(image.isPresent(), "this VIM declares no unstartable image");
    CompletableFuture<VimInstance> f = vim.start(image.get(), HOST, Map.of());

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> f.get(timeout().toMillis(), TimeUnit.MILLISECONDS));
    Throwable cause = e.getCause();
    assertNotNull(cause, "a failed start has a cause");
    assertNotNull(cause.getMessage(), "a failed start says why");
  }

  /**
   * An unknown instance is not found.
   */
  @Test
  public void inspect_unknown_isEmpty() {
    assertEquals(Optional.empty(), vim.inspect("no-such-instance"));
  }

  /**
   * A stop ends the workload, is reported once as STOPPED, and may be repeated.
   *
   * @throws Exception when the VIM fails
   */
  @Test
  public void stop_endsTheWorkload_reportsStopped_andIsIdempotent() throws Exception {
    VimInstance v = start(Map.of());

    vim.stop(v.id(), Duration.ofSeconds(5)).get(timeout().toMillis(), TimeUnit.MILLISECONDS);

    VimInstance ended = awaitEnd(v);
    assertEquals(VimInstance.Status.STOPPED, ended.status());
    vim.inspect(v.id()).ifPresent(i -> assertEquals(VimInstance.Status.STOPPED, i.status()));
    vim.stop(v.id(), Duration.ofSeconds(5)).get(timeout().toMillis(), TimeUnit.MILLISECONDS);
    assertEquals(1, allEnds.stream().filter(i -> i.id().equals(v.id())).count(), "one end, reported once");
  }

  /**
   * Stopping an unknown instance succeeds.
   *
   * @throws Exception when the VIM fails
   */
  @Test
  public void stop_unknownInstance_succeeds() throws Exception {
    vim.stop("no-such-instance", Duration.ZERO).get(timeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * A workload that ends on its own is reported as FAILED; the others keep running.
   *
   * @throws Exception when the VIM fails
   */
  @Test
  public void crash_isReportedAsFailed() throws Exception {
    VimInstance v = start(Map.of());
    VimInstance other = start(Map.of());

    crash(vim, v);

    VimInstance ended = awaitEnd(v);
    assertEquals(VimInstance.Status.FAILED, ended.status());
    vim.inspect(v.id()).ifPresent(i -> assertEquals(VimInstance.Status.FAILED, i.status()));
    assertEquals(Optional.of(VimInstance.Status.RUNNING), vim.inspect(other.id()).map(VimInstance::status),
        "only the crashed workload ended");
    assertTrue(allEnds.stream().noneMatch(i -> i.id().equals(other.id())));
  }
}
