package io.mec4j.platform.spi;

import io.mec4j.model.mp1.TrafficRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link DataPlane} that enforces nothing but remembers what it was told: the rules active now, per application
 * instance, and every call in order. The default of the embedded platform, and a handy assertion target in tests.
 */
public final class RecordingDataPlane implements DataPlane {

  /**
   * One call the platform made.
   *
   * @param activate true for activate, false for deactivate
   * @param appInstanceId the owning application instance
   * @param ruleId the rule id
   */
  public record Call(boolean activate, String appInstanceId, String ruleId) {}

  private final Map<String, TrafficRule> active = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  /** An empty data plane. */
  public RecordingDataPlane() {}

  @Override
  public CompletableFuture<Void> activate(String appInstanceId, TrafficRule rule) {
    active.put(key(appInstanceId, rule.trafficRuleId()), rule);
    calls.add(new Call(true, appInstanceId, rule.trafficRuleId()));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> deactivate(String appInstanceId, String trafficRuleId) {
    active.remove(key(appInstanceId, trafficRuleId));
    calls.add(new Call(false, appInstanceId, trafficRuleId));
    return CompletableFuture.completedFuture(null);
  }

  /**
   * The rule active now for this application instance and id.
   *
   * @param appInstanceId the owning application instance
   * @param trafficRuleId the rule id
   * @return the active rule, or empty
   */
  public Optional<TrafficRule> activeRule(String appInstanceId, String trafficRuleId) {
    return Optional.ofNullable(active.get(key(appInstanceId, trafficRuleId)));
  }

  /**
   * Every call so far, oldest first.
   *
   * @return a snapshot
   */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  private static String key(String app, String rule) {
    return app + '\u0000' + rule;
  }
}
