package io.mec4j.platform.spi;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A MEC host as the orchestrator's host selection sees it: where it is, what it can hold, which MEC features it
 * supports and which MEC services it offers.
 *
 * <pre>{@code
 * MecHost host = MecHost.builder("edge-paris-1")
 *     .location(HostLocation.of("paris", GeoPoint.of(48.85, 2.35)).withCells("cell-7501"))
 *     .capacity(Resources.of(32, 65536, 1000))
 *     .feature("UEIdentity", "1.0")
 *     .service("rnis")
 *     .accessLatencyMs(4)
 *     .build();
 * }</pre>
 *
 * @param id the host id, also its platform's {@code mepId}
 * @param name a human-readable name
 * @param location where the host is
 * @param capacity the resources it offers to application instances in total
 * @param features MEC features it supports (MEC 010-2 {@code FeatureDependency}): name to version
 * @param services MEC services it offers (service names, e.g. {@code rnis}); services that applications register
 *     on its platform at run time are added by the inventory
 * @param accessLatencyMs the typical round-trip latency in ms between a UE in the host's cells and the host
 */
public record MecHost(
    HostId id,
    String name,
    HostLocation location,
    Resources capacity,
    Map<String, String> features,
    Set<String> services,
    double accessLatencyMs) {

  /** Checks and copies. */
  public MecHost {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(capacity, "capacity");
    features = Map.copyOf(features);
    services = Set.copyOf(services);
    if (!(accessLatencyMs >= 0) || Double.isInfinite(accessLatencyMs)) {
      throw new IllegalArgumentException("accessLatencyMs must be finite and >= 0, was " + accessLatencyMs);
    }
  }

  /**
   * A builder; by default the host has no known location, 8 vCPU, 16 GB memory, 100 GB storage, no features, no
   * services and 5 ms access latency.
   *
   * @param id the host id
   * @return the builder
   */
  public static Builder builder(String id) {
    return new Builder(HostId.of(id));
  }

  /**
   * A builder initialised from this host.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id).name(name).location(location).capacity(capacity).accessLatencyMs(accessLatencyMs);
    b.features.putAll(features);
    b.services.addAll(services);
    return b;
  }

  /** Builds a {@link MecHost}. */
  public static final class Builder {
    private final HostId id;
    private @Nullable String name;
    private HostLocation location = HostLocation.UNKNOWN;
    private Resources capacity = Resources.of(8, 16_384, 100);
    private final Map<String, String> features = new LinkedHashMap<>();
    private final Set<String> services = new LinkedHashSet<>();
    private double accessLatencyMs = 5;

    private Builder(HostId id) {
      this.id = id;
    }

    /**
     * The human-readable name; the id by default.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Where the host is.
     *
     * @param location the location
     * @return this builder
     */
    public Builder location(HostLocation location) {
      this.location = Objects.requireNonNull(location, "location");
      return this;
    }

    /**
     * The resources the host offers in total.
     *
     * @param capacity the capacity
     * @return this builder
     */
    public Builder capacity(Resources capacity) {
      this.capacity = Objects.requireNonNull(capacity, "capacity");
      return this;
    }

    /**
     * Adds a supported MEC feature.
     *
     * @param featureName e.g. {@code UEIdentity}
     * @param version its version
     * @return this builder
     */
    public Builder feature(String featureName, String version) {
      features.put(Objects.requireNonNull(featureName, "featureName"), Objects.requireNonNull(version, "version"));
      return this;
    }

    /**
     * Adds an offered MEC service.
     *
     * @param serName the service name, e.g. {@code rnis}
     * @return this builder
     */
    public Builder service(String serName) {
      services.add(Objects.requireNonNull(serName, "serName"));
      return this;
    }

    /**
     * The typical UE-to-host round-trip latency.
     *
     * @param ms milliseconds
     * @return this builder
     */
    public Builder accessLatencyMs(double ms) {
      this.accessLatencyMs = ms;
      return this;
    }

    /**
     * Builds the host.
     *
     * @return the host
     */
    public MecHost build() {
      return new MecHost(id, name != null ? name : id.value(), location, capacity, features, services,
          accessLatencyMs);
    }
  }
}
