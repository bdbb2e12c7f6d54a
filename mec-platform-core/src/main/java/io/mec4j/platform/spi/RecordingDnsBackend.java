package io.mec4j.platform.spi;

import io.mec4j.model.mp1.DnsRule;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link DnsBackend} that answers no query but remembers what it was told: the DNS rules active now, per
 * application instance, and every call in order. The default of the embedded platform.
 */
public final class RecordingDnsBackend implements DnsBackend {

  private final RuleRecorder<DnsRule> recorder = new RuleRecorder<>();

  /** An empty DNS backend. */
  public RecordingDnsBackend() {}

  @Override
  public CompletableFuture<Void> activate(String appInstanceId, DnsRule rule) {
    recorder.activate(appInstanceId, rule.dnsRuleId(), rule);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> deactivate(String appInstanceId, String dnsRuleId) {
    recorder.deactivate(appInstanceId, dnsRuleId);
    return CompletableFuture.completedFuture(null);
  }

  /**
   * The rule active now for this application instance and id.
   *
   * @param appInstanceId the owning application instance
   * @param dnsRuleId the rule id
   * @return the active rule, or empty
   */
  public Optional<DnsRule> activeRule(String appInstanceId, String dnsRuleId) {
    return recorder.active(appInstanceId, dnsRuleId);
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
