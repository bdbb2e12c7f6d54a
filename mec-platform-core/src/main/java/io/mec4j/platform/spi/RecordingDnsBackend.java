package io.mec4j.platform.spi;

import io.mec4j.model.mp1.DnsRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link DnsBackend} that answers no query but remembers what it was told: the rules active now, per application
 * instance, and every call in order. The default of the embedded platform, and a handy assertion target in tests.
 */
public final class RecordingDnsBackend implements DnsBackend {

  /**
   * One call the platform made.
   *
   * @param activate true for activate, false for deactivate
   * @param appInstanceId the owning application instance
   * @param ruleId the rule id
   */
  public record Call(boolean activate, String appInstanceId, String ruleId) {}

  private final Map<String, DnsRule> active = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  /** An empty DNS backend. */
  public RecordingDnsBackend() {}

  @Override
  public CompletableFuture<Void> activate(String appInstanceId, DnsRule rule) {
    active.put(key(appInstanceId, rule.dnsRuleId()), rule);
    calls.add(new Call(true, appInstanceId, rule.dnsRuleId()));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> deactivate(String appInstanceId, String dnsRuleId) {
    active.remove(key(appInstanceId, dnsRuleId));
    calls.add(new Call(false, appInstanceId, dnsRuleId));
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
    return Optional.ofNullable(active.get(key(appInstanceId, dnsRuleId)));
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
