package io.mec4j.platform.spi;

import io.mec4j.platform.internal.Workers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link VimBackend} that runs each application instance as a local OS process: the embedded VIM for running real
 * applications on a developer machine or in tests.
 *
 * <p>The image's artifact (a file of the onboarded package) decides the command: a {@code .jar} runs as {@code java
 * [options] -Xmx<memory>m -jar <artifact>} with the JVM running this code (the jar names its main class in its
 * manifest); any other executable file runs as it is. The process gets the {@link AppEnvironment} variables on top of
 * this process's environment, its own working directory under {@link Builder#workDir(Path)}, and writes its standard
 * output and error to {@code app.log} there. Every MEC host is this machine.
 *
 * <p>A process that exits without being stopped is reported to the exit listeners as {@link
 * VimInstance.Status#FAILED} with its exit code and the last lines of its log. {@link #stop} sends SIGTERM (to the
 * process and its descendants) and SIGKILL after the grace period.
 *
 * <pre>{@code
 * ProcessVim vim = ProcessVim.builder().workDir(Path.of("target/apps")).build();
 * }</pre>
 */
public final class ProcessVim implements VimBackend {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessVim.class);
  private static final int TAIL_LINES = 8;

  private final Path workDir;
  private final String java;
  private final List<String> javaOptions;
  private final Clock clock;
  private final ExecutorService starter = Workers.newBlockingExecutor("mec4j-process-vim");
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, Handle> handles = new ConcurrentHashMap<>();
  private final List<Consumer<VimInstance>> listeners = new CopyOnWriteArrayList<>();

  private static final class Handle {
    final Process process;
    final CompletableFuture<VimInstance> ended = new CompletableFuture<>();
    volatile VimInstance instance;
    volatile boolean stopRequested;

    Handle(Process process, VimInstance instance) {
      this.process = process;
      this.instance = instance;
    }
  }

  private ProcessVim(Builder b) {
    try {
      this.workDir = b.workDir != null ? Files.createDirectories(b.workDir)
          : Files.createTempDirectory("mec4j-process-vim");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the process VIM's work directory: " + e.getMessage(), e);
    }
    this.java = b.java != null ? b.java : Path.of(System.getProperty("java.home"), "bin", "java").toString();
    this.javaOptions = List.copyOf(b.javaOptions);
    this.clock = b.clock;
  }

  /**
   * A process VIM with the defaults: a new temporary work directory, this JVM's {@code java}, options for a fast
   * start of small applications.
   */
  public ProcessVim() {
    this(builder());
  }

  /**
   * A builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String type() {
    return "mec4j.process";
  }

  /**
   * Where the instances' working directories and logs are.
   *
   * @return the work directory
   */
  public Path workDir() {
    return workDir;
  }

  @Override
  public CompletableFuture<VimInstance> start(AppImage image, HostId host, Map<String, String> env) {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(env, "env");
    List<String> command;
    try {
      command = command(image);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    String id = "proc-" + ids.incrementAndGet();
    return CompletableFuture.supplyAsync(() -> launch(id, image, host, env, command), starter);
  }

  private List<String> command(AppImage image) {
    Path artifact = image.artifact();
    if (artifact == null) {
      throw new IllegalArgumentException("The process VIM runs files of the application package; image " + image
          + " references " + image.reference() + ", which is not a path in the package");
    }
    if (!Files.isRegularFile(artifact)) {
      throw new IllegalArgumentException("Image " + image + ": " + artifact + " is not a file of the package");
    }
    List<String> cmd = new ArrayList<>();
    if (artifact.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
      cmd.add(java);
      cmd.addAll(javaOptions);
      if (image.resources().memoryMb() >= 16) {
        cmd.add("-Xmx" + (long) image.resources().memoryMb() + "m");
      }
      cmd.add("-jar");
      cmd.add(artifact.toAbsolutePath().toString());
    } else if (Files.isExecutable(artifact)) {
      cmd.add(artifact.toAbsolutePath().toString());
    } else {
      throw new IllegalArgumentException("Image " + image + ": the process VIM runs .jar files or executable files;"
          + " " + artifact.getFileName() + " is neither");
    }
    return cmd;
  }

  private VimInstance launch(String id, AppImage image, HostId host, Map<String, String> env, List<String> command) {
    Path dir = workDir.resolve(id);
    Path log = dir.resolve("app.log");
    Process p;
    try {
      Files.createDirectories(dir);
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      pb.environment().putAll(env);
      p = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + image + " on " + host + ": " + e.getMessage(), e);
    }
    VimInstance v = new VimInstance(id, host, image, VimInstance.Status.RUNNING, clock.instant(), null, null,
        Map.of("pid", Long.toString(p.pid()), "log", log.toString(), "dir", dir.toString()));
    Handle h = new Handle(p, v);
    handles.put(id, h);
    LOG.info("Started {} on {} as {} (pid {}), log {}", image, host, id, p.pid(), log);
    p.onExit().thenAccept(x -> ended(h, x.exitValue(), log));
    return v;
  }

  private void ended(Handle h, int code, Path log) {
    VimInstance v = h.instance;
    if (v.status() != VimInstance.Status.RUNNING) {
      return;
    }
    VimInstance e;
    if (h.stopRequested) {
      e = v.ended(VimInstance.Status.STOPPED, code, null);
      LOG.info("{} stopped (exit code {})", v.id(), code);
    } else {
      e = v.ended(VimInstance.Status.FAILED, code, "process exited with code " + code + tail(log));
      LOG.warn("{} ({}) ended on its own with exit code {}", v.id(), v.image(), code);
    }
    h.instance = e;
    for (Consumer<VimInstance> l : listeners) {
      try {
        l.accept(e);
      } catch (RuntimeException ex) {
        LOG.warn("Exit listener failed for {}", v.id(), ex);
      }
    }
    h.ended.complete(e);
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        return "";
      }
      String t = String.join(" / ", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
      return "; last output: " + (t.length() > 600 ? "..." + t.substring(t.length() - 600) : t);
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  @Override
  public CompletableFuture<Void> stop(String instanceId, Duration grace) {
    Objects.requireNonNull(grace, "grace");
    Handle h = handles.get(instanceId);
    if (h == null || h.instance.status() != VimInstance.Status.RUNNING) {
      return CompletableFuture.completedFuture(null);
    }
    h.stopRequested = true;
    h.process.descendants().forEach(ProcessHandle::destroy);
    h.process.destroy();
    h.ended.copy().orTimeout(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS).whenComplete((x, timeout) -> {
      if (timeout != null) {
        LOG.info("{} did not end within {} ms of SIGTERM; killing it", instanceId, grace.toMillis());
        h.process.descendants().forEach(ProcessHandle::destroyForcibly);
        h.process.destroyForcibly();
      }
    });
    return h.ended.thenApply(v -> null);
  }

  @Override
  public Optional<VimInstance> inspect(String instanceId) {
    Handle h = handles.get(instanceId);
    return h == null ? Optional.empty() : Optional.of(h.instance);
  }

  @Override
  public void addExitListener(Consumer<VimInstance> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * The process of a running instance.
   *
   * @param instanceId the instance
   * @return its process handle, or empty when unknown or ended
   */
  public Optional<ProcessHandle> process(String instanceId) {
    Handle h = handles.get(instanceId);
    return h == null || !h.process.isAlive() ? Optional.empty() : Optional.of(h.process.toHandle());
  }

  /** Stops every running process (2 s grace each, in parallel) and waits for them to end. */
  @Override
  public void close() {
    List<CompletableFuture<Void>> stops = new ArrayList<>();
    for (Map.Entry<String, Handle> e : handles.entrySet()) {
      if (e.getValue().process.isAlive()) {
        stops.add(stop(e.getKey(), Duration.ofSeconds(2)));
      }
    }
    try {
      CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("Not every application process ended: {}", e.toString());
    }
    starter.shutdown();
  }

  /** Builds a {@link ProcessVim}. */
  public static final class Builder {
    private @Nullable Path workDir;
    private @Nullable String java;
    private final List<String> javaOptions = new ArrayList<>(
        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xshare:auto"));
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Where instance directories and logs go. Default: a new temporary directory.
     *
     * @param dir the directory, created when missing
     * @return this builder
     */
    public Builder workDir(Path dir) {
      this.workDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /**
     * The {@code java} executable for {@code .jar} images. Default: the one of the JVM running this code.
     *
     * @param javaExecutable the path
     * @return this builder
     */
    public Builder java(String javaExecutable) {
      this.java = Objects.requireNonNull(javaExecutable, "javaExecutable");
      return this;
    }

    /**
     * Replaces the JVM options for {@code .jar} images (default: quick start, serial GC).
     *
     * @param options the options
     * @return this builder
     */
    public Builder javaOptions(List<String> options) {
      javaOptions.clear();
      javaOptions.addAll(options);
      return this;
    }

    /**
     * The clock for start times.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the VIM.
     *
     * @return the VIM
     */
    public ProcessVim build() {
      return new ProcessVim(this);
    }
  }
}
