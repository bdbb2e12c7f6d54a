package io.mec4j.platform.spi;

import io.mec4j.model.mp1.TrafficRule;
import java.util.concurrent.CompletableFuture;

/**
 * The MEC host's data plane as the platform drives it over Mp2: traffic rules are activated and deactivated here.
 *
 * <p>The platform calls {@link #activate} when a rule of an application instance becomes {@code ACTIVE} (or an
 * active rule changes) and {@link #deactivate} when it becomes {@code INACTIVE} or its application goes away. A
 * failed future leaves the rule's stored state unchanged. Implementations are thread-safe.
 */
public interface DataPlane {

  /**
   * Installs or replaces an active traffic rule.
   *
   * @param appInstanceId the application instance that owns the rule
   * @param rule the rule, in state {@code ACTIVE}
   * @return completes when the data plane enforces the rule
   */
  CompletableFuture<Void> activate(String appInstanceId, TrafficRule rule);

  /**
   * Removes a traffic rule from the data plane; removing an absent rule succeeds.
   *
   * @param appInstanceId the application instance that owns the rule
   * @param trafficRuleId the rule's id
   * @return completes when the data plane no longer applies the rule
   */
  CompletableFuture<Void> deactivate(String appInstanceId, String trafficRuleId);
}
