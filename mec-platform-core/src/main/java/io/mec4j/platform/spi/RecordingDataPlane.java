package io.mec4j.platform.spi;

import io.mec4j.model.mp1.TrafficRule;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link DataPlane} that enforces nothing but remembers what it was told: the rules active now, per application
 * instance, and every call in order. The default of the embedded platform, and a handy assertion target in tests.
 */
public final class RecordingDataPlane implements DataPlane {

  private final RuleRecorder<TrafficRule> recorder = new RuleRecorder<>();

  /** An empty data plane. */
  public RecordingDataPlane() {}

  @Override
  public CompletableFuture<Void> activate(String appInstanceId, TrafficRule rule) {
    recorder.activate(appInstanceId, rule.trafficRuleId(), rule);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> deactivate(String appInstanceId, String trafficRuleId) {
    recorder.deactivate(appInstanceId, trafficRuleId);
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
    return recorder.active(appInstanceId, trafficRuleId);
  }

  /**
   * Every call so far, oldest first.
   *
   * @return a snapshot
   */
  public List<RuleCall> calls() {
    return recorder.calls();
  }
}
