package io.mec4j.platform.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An application workload a {@link VimBackend} runs (a VM, container or process).
 *
 * @param id the VIM's id of the workload (its resource handle)
 * @param host the MEC host it runs on
 * @param image the image it runs
 * @param status where it is in its life
 * @param startedAt when it was started
 * @param exitCode the exit code once it ended, when the VIM knows one
 * @param detail why it ended, for {@link Status#FAILED}; {@code null} otherwise
 * @param attributes VIM-specific facts, e.g. {@code pid} and {@code log} for a process
 */
public record VimInstance(
    String id,
    HostId host,
    AppImage image,
    Status status,
    Instant startedAt,
    @Nullable Integer exitCode,
    @Nullable String detail,
    Map<String, String> attributes) {

  /** Life of a workload. */
  public enum Status {
    /** Started and not ended. */
    RUNNING,
    /** Ended because it was asked to ({@link VimBackend#stop}). */
    STOPPED,
    /** Ended on its own: exited, crashed or was killed from outside. */
    FAILED
  }

  /** Checks and copies. */
  public VimInstance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
    attributes = Map.copyOf(attributes);
  }

  /**
   * This instance having ended.
   *
   * @param newStatus STOPPED or FAILED
   * @param code the exit code, if known
   * @param why why it ended, for FAILED
   * @return the ended instance
   */
  public VimInstance ended(Status newStatus, @Nullable Integer code, @Nullable String why) {
    return new VimInstance(id, host, image, newStatus, startedAt, code, why, attributes);
  }
}
