package io.mec4j.platform.mep;

import io.mec4j.model.common.ServiceDependency;
import io.mec4j.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An application instance the platform knows: provisioned by the orchestrator over Mm5, or registered by the
 * application itself ({@code POST /registrations}).
 *
 * @param appInstanceId the instance id
 * @param appName the application's name
 * @param appProvider the provider, if known
 * @param appDId the application descriptor id, if instantiated from a package
 * @param requiredServices MEC services the application requires (from its AppD)
 * @param state where the instance is in its life on this platform
 * @param createdAt when the platform learnt of it
 */
public record AppInstance(
    String appInstanceId,
    String appName,
    @Nullable String appProvider,
    @Nullable String appDId,
    @Nullable List<ServiceDependency> requiredServices,
    State state,
    Instant createdAt) {

  /** Life of an application instance on the platform. */
  public enum State {
    /** Known to the platform, not yet confirmed ready. */
    PROVISIONED,
    /** The application confirmed it is ready ({@code confirm_ready}). */
    READY,
    /** A termination or stop was requested; waiting for the application's confirmation. */
    TERMINATING
  }

  /** Checks and copies. */
  public AppInstance {
    Objects.requireNonNull(appInstanceId, "appInstanceId");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    requiredServices = Copies.list(requiredServices);
  }

  AppInstance withState(State newState) {
    return new AppInstance(appInstanceId, appName, appProvider, appDId, requiredServices, newState, createdAt);
  }
}
