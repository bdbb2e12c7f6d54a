package io.mec4j.platform.spi;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link VimBackend} that runs nothing: it remembers the workloads it was asked to start, with their environment,
 * and lets tests make them fail. The orchestrator's default, and the VIM of the embedded MEC system.
 *
 * <p>Since nothing runs, nothing confirms readiness over Mp1 either: a test acts as the application with the
 * {@linkplain #environment(String) environment} it was given (token, Mp1 URIs), or registers an {@link
 * #onStart(Consumer) on-start hook} that does.
 *
 * <pre>{@code
 * InMemoryVim vim = new InMemoryVim();
 * vim.onStart(w -> confirmReadyOverMp1(w.env()));
 * vim.crash(instanceId, 137, "killed by the OOM killer");   // fault injection
 * }</pre>
 */
public final class InMemoryVim implements VimBackend {

  private static final Logger LOG = LoggerFactory.getLogger(InMemoryVim.class);

  /**
   * A workload that was just started.
   *
   * @param instance the running instance
   * @param env its environment
   */
  public record Workload(VimInstance instance, Map<String, String> env) {}

  private final Clock clock;
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, VimInstance> instances = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> envs = new ConcurrentHashMap<>();
  private final List<Consumer<VimInstance>> listeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<Workload>> startHooks = new CopyOnWriteArrayList<>();
  private final AtomicReference<@Nullable String> failNextStart = new AtomicReference<>();

  /** A VIM on the system clock. */
  public InMemoryVim() {
    this(Clock.systemUTC());
  }

  /**
   * A VIM on a given clock.
   *
   * @param clock stamps {@link VimInstance#startedAt()}
   */
  public InMemoryVim(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String type() {
    return "mec4j.inmemory";
  }

  @Override
  public CompletableFuture<VimInstance> start(AppImage image, HostId host, Map<String, String> env) {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(env, "env");
    String failure = failNextStart.getAndSet(null);
    if (failure != null) {
      return CompletableFuture.failedFuture(new IllegalStateException("Cannot start " + image + " on " + host + ": "
          + failure));
    }
    String id = "mem-" + ids.incrementAndGet();
    VimInstance v = new VimInstance(id, host, image, VimInstance.Status.RUNNING, clock.instant(), null, null,
        Map.of());
    instances.put(id, v);
    envs.put(id, Map.copyOf(env));
    LOG.debug("Started {} as {} on {}", image, id, host);
    Workload w = new Workload(v, Map.copyOf(env));
    for (Consumer<Workload> hook : startHooks) {
      try {
        hook.accept(w);
      } catch (RuntimeException e) {
        LOG.warn("On-start hook failed for {}", id, e);
      }
    }
    return CompletableFuture.completedFuture(v);
  }

  @Override
  public CompletableFuture<Void> stop(String instanceId, Duration grace) {
    end(instanceId, VimInstance.Status.STOPPED, 0, null);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Optional<VimInstance> inspect(String instanceId) {
    return Optional.ofNullable(instances.get(instanceId));
  }

  @Override
  public void addExitListener(Consumer<VimInstance> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Runs a hook whenever a workload starts, e.g. to play the application (confirm readiness over Mp1). Hooks run
   * before {@link #start} completes, on the starting thread; they should hand longer work to another thread.
   *
   * @param hook receives the workload and its environment
   */
  public void onStart(Consumer<Workload> hook) {
    startHooks.add(Objects.requireNonNull(hook, "hook"));
  }

  /**
   * Makes a running workload end on its own, as a crash would; exit listeners learn it as {@link
   * VimInstance.Status#FAILED}.
   *
   * @param instanceId the workload
   * @param exitCode its exit code
   * @param detail why it ended
   * @return true when it was running
   */
  public boolean crash(String instanceId, int exitCode, String detail) {
    return end(instanceId, VimInstance.Status.FAILED, exitCode, detail);
  }

  /**
   * Makes the next {@link #start} fail with this reason.
   *
   * @param reason the failure message
   */
  public void failNextStart(String reason) {
    failNextStart.set(Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The environment a workload was started with.
   *
   * @param instanceId the workload
   * @return its environment; empty when unknown
   */
  public Map<String, String> environment(String instanceId) {
    return envs.getOrDefault(instanceId, Map.of());
  }

  /**
   * Every workload this VIM started, running or ended.
   *
   * @return a snapshot
   */
  public List<VimInstance> instances() {
    return new ArrayList<>(instances.values());
  }

  /**
   * The workloads running now.
   *
   * @return a snapshot
   */
  public List<VimInstance> running() {
    return instances.values().stream().filter(v -> v.status() == VimInstance.Status.RUNNING).toList();
  }

  private boolean end(String instanceId, VimInstance.Status status, @Nullable Integer code, @Nullable String why) {
    AtomicReference<@Nullable VimInstance> ended = new AtomicReference<>();
    instances.computeIfPresent(instanceId, (k, v) -> {
      if (v.status() != VimInstance.Status.RUNNING) {
        return v;
      }
      VimInstance e = v.ended(status, code, why);
      ended.set(e);
      return e;
    });
    VimInstance e = ended.get();
    if (e == null) {
      return false;
    }
    for (Consumer<VimInstance> l : listeners) {
      try {
        l.accept(e);
      } catch (RuntimeException ex) {
        LOG.warn("Exit listener failed for {}", instanceId, ex);
      }
    }
    return true;
  }

  /** Stops every running workload. */
  @Override
  public void close() {
    for (VimInstance v : running()) {
      end(v.id(), VimInstance.Status.STOPPED, 0, null);
    }
  }
}
