package io.mec4j.platform.mep;

import io.mec4j.model.common.ServiceDependency;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.TrafficRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the orchestrator tells a platform about a new application instance (Mm5): who it is, the services it requires
 * and the traffic and DNS rules of its AppD. Rules in state {@code ACTIVE} are enforced at once.
 *
 * <pre>{@code
 * platform.provisionApp(AppProvisioning.builder("app-1", "video-analytics")
 *     .appDId("appd-42").addTrafficRule(rule).build());
 * }</pre>
 *
 * @param appInstanceId the instance id
 * @param appName the application name
 * @param appProvider the provider
 * @param appDId the application descriptor id
 * @param requiredServices MEC services the application requires
 * @param trafficRules the application's traffic rules
 * @param dnsRules the application's DNS rules
 */
public record AppProvisioning(
    String appInstanceId,
    String appName,
    @Nullable String appProvider,
    @Nullable String appDId,
    List<ServiceDependency> requiredServices,
    List<TrafficRule> trafficRules,
    List<DnsRule> dnsRules) {

  /** Checks and copies. */
  @SuppressWarnings("NullAway")
  public AppProvisioning {
    Objects.requireNonNull(appInstanceId, "appInstanceId");
    Objects.requireNonNull(appName, "appName");
    if (appInstanceId.isBlank() || appInstanceId.contains("/")) {
      throw new IllegalArgumentException("appInstanceId must be non-blank and contain no '/': " + appInstanceId);
    }
    requiredServices = List.copyOf(requiredServices);
    trafficRules = List.copyOf(trafficRules);
    dnsRules = List.copyOf(dnsRules);
  }

  /**
   * A builder.
   *
   * @param appInstanceId the instance id
   * @param appName the application name
   * @return the builder
   */
  public static Builder builder(String appInstanceId, String appName) {
    return new Builder(appInstanceId, appName);
  }

  /** Builds {@link AppProvisioning}. */
  public static final class Builder {
    private final String appInstanceId;
    private final String appName;
    private @Nullable String appProvider;
    private @Nullable String appDId;
    private final List<ServiceDependency> requiredServices = new ArrayList<>();
    private final List<TrafficRule> trafficRules = new ArrayList<>();
    private final List<DnsRule> dnsRules = new ArrayList<>();

    private Builder(String appInstanceId, String appName) {
      this.appInstanceId = Objects.requireNonNull(appInstanceId, "appInstanceId");
      this.appName = Objects.requireNonNull(appName, "appName");
    }

    /**
     * The provider.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder appProvider(@Nullable String provider) {
      this.appProvider = provider;
      return this;
    }

    /**
     * The application descriptor id.
     *
     * @param id the AppD id
     * @return this builder
     */
    public Builder appDId(@Nullable String id) {
      this.appDId = id;
      return this;
    }

    /**
     * Adds a required service.
     *
     * @param dependency the service
     * @return this builder
     */
    public Builder addRequiredService(ServiceDependency dependency) {
      requiredServices.add(Objects.requireNonNull(dependency, "dependency"));
      return this;
    }

    /**
     * Adds a traffic rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addTrafficRule(TrafficRule rule) {
      trafficRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds a DNS rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addDnsRule(DnsRule rule) {
      dnsRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds.
     *
     * @return the provisioning
     */
    public AppProvisioning build() {
      return new AppProvisioning(appInstanceId, appName, appProvider, appDId, requiredServices,
          trafficRules, dnsRules);
    }
  }
}
