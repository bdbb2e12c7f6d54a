package io.mec4j.platform.spi;

import io.mec4j.model.lcm.CivicAddressElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What host selection must satisfy for one application instance (MEC 003 A.1): the resources of its AppD, the MEC
 * services and features it requires, its latency bound, the location constraints of the request and where its users
 * are. The orchestrator builds it from the AppD and the instantiation request.
 *
 * @param application how to name the application in explanations, e.g. its name and AppD id
 * @param resources the virtualised resources it needs
 * @param requiredServices names of MEC services it requires ({@code appServiceRequired})
 * @param requiredFeatures MEC features it requires ({@code appFeatureRequired}): name to version
 * @param maxLatencyMs the largest tolerated UE round-trip latency ({@code appLatency.maxLatency}), or {@code null}
 * @param uePosition where its users are, or {@code null}
 * @param ueCellId the cell its users are in, or {@code null}
 * @param zoneId the zone it should run in, or {@code null}
 * @param countryCode the country it must run in ({@code locationConstraints.countryCode}), or {@code null}
 * @param civicAddress civic address elements the host's address must have ({@code
 *     locationConstraints.civicAddressElement})
 * @param area the area the host must be in ({@code locationConstraints.area}), or {@code null}
 * @param candidates the hosts to choose from ({@code selectedMECHostInfo}); empty for every host
 * @param excluded hosts that must not be chosen, e.g. the source host of a relocation
 */
public record PlacementRequest(
    String application,
    Resources resources,
    List<String> requiredServices,
    Map<String, String> requiredFeatures,
    @Nullable Double maxLatencyMs,
    @Nullable GeoPoint uePosition,
    @Nullable String ueCellId,
    @Nullable String zoneId,
    @Nullable String countryCode,
    List<CivicAddressElement> civicAddress,
    @Nullable GeoPolygon area,
    Set<HostId> candidates,
    Set<HostId> excluded) {

  /** Checks and copies. */
  public PlacementRequest {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(resources, "resources");
    requiredServices = List.copyOf(requiredServices);
    requiredFeatures = Map.copyOf(requiredFeatures);
    civicAddress = List.copyOf(civicAddress);
    candidates = Set.copyOf(candidates);
    excluded = Set.copyOf(excluded);
  }

  /**
   * A builder.
   *
   * @param application how to name the application in explanations
   * @return the builder
   */
  public static Builder builder(String application) {
    return new Builder(application);
  }

  /**
   * A builder initialised from this request.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(application).resources(resources).maxLatencyMs(maxLatencyMs).uePosition(uePosition)
        .ueCellId(ueCellId).zoneId(zoneId).countryCode(countryCode).area(area);
    b.requiredServices.addAll(requiredServices);
    b.requiredFeatures.putAll(requiredFeatures);
    b.civicAddress.addAll(civicAddress);
    b.candidates.addAll(candidates);
    b.excluded.addAll(excluded);
    return b;
  }

  /** Builds a {@link PlacementRequest}. */
  public static final class Builder {
    private final String application;
    private Resources resources = Resources.NONE;
    private final List<String> requiredServices = new ArrayList<>();
    private final Map<String, String> requiredFeatures = new LinkedHashMap<>();
    private @Nullable Double maxLatencyMs;
    private @Nullable GeoPoint uePosition;
    private @Nullable String ueCellId;
    private @Nullable String zoneId;
    private @Nullable String countryCode;
    private final List<CivicAddressElement> civicAddress = new ArrayList<>();
    private @Nullable GeoPolygon area;
    private final Set<HostId> candidates = new LinkedHashSet<>();
    private final Set<HostId> excluded = new LinkedHashSet<>();

    private Builder(String application) {
      this.application = Objects.requireNonNull(application, "application");
    }

    /**
     * The resources needed.
     *
     * @param r the resources
     * @return this builder
     */
    public Builder resources(Resources r) {
      this.resources = Objects.requireNonNull(r, "r");
      return this;
    }

    /**
     * Adds a required MEC service.
     *
     * @param serName its name
     * @return this builder
     */
    public Builder requireService(String serName) {
      requiredServices.add(Objects.requireNonNull(serName, "serName"));
      return this;
    }

    /**
     * Adds a required MEC feature.
     *
     * @param name the feature name
     * @param version the version
     * @return this builder
     */
    public Builder requireFeature(String name, String version) {
      requiredFeatures.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(version, "version"));
      return this;
    }

    /**
     * The latency bound.
     *
     * @param ms milliseconds, or {@code null}
     * @return this builder
     */
    public Builder maxLatencyMs(@Nullable Double ms) {
      this.maxLatencyMs = ms;
      return this;
    }

    /**
     * Where the users are.
     *
     * @param p the position, or {@code null}
     * @return this builder
     */
    public Builder uePosition(@Nullable GeoPoint p) {
      this.uePosition = p;
      return this;
    }

    /**
     * The users' cell.
     *
     * @param cellId the cell id, or {@code null}
     * @return this builder
     */
    public Builder ueCellId(@Nullable String cellId) {
      this.ueCellId = cellId;
      return this;
    }

    /**
     * The preferred zone.
     *
     * @param zone the zone id, or {@code null}
     * @return this builder
     */
    public Builder zoneId(@Nullable String zone) {
      this.zoneId = zone;
      return this;
    }

    /**
     * The required country.
     *
     * @param code ISO 3166 code, or {@code null}
     * @return this builder
     */
    public Builder countryCode(@Nullable String code) {
      this.countryCode = code;
      return this;
    }

    /**
     * Adds a required civic address element.
     *
     * @param element the element
     * @return this builder
     */
    public Builder requireCivicAddress(CivicAddressElement element) {
      civicAddress.add(Objects.requireNonNull(element, "element"));
      return this;
    }

    /**
     * The required area.
     *
     * @param polygon the area, or {@code null}
     * @return this builder
     */
    public Builder area(@Nullable GeoPolygon polygon) {
      this.area = polygon;
      return this;
    }

    /**
     * Adds a host to choose from; without any, every host is a candidate.
     *
     * @param host the host
     * @return this builder
     */
    public Builder candidate(HostId host) {
      candidates.add(Objects.requireNonNull(host, "host"));
      return this;
    }

    /**
     * Excludes a host.
     *
     * @param host the host
     * @return this builder
     */
    public Builder exclude(HostId host) {
      excluded.add(Objects.requireNonNull(host, "host"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public PlacementRequest build() {
      return new PlacementRequest(application, resources, requiredServices, requiredFeatures, maxLatencyMs,
          uePosition, ueCellId, zoneId, countryCode, civicAddress, area, candidates, excluded);
    }
  }
}
