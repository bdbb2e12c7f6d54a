package io.mec4j.platform.spi;

import io.mec4j.model.mp1.DnsRule;
import java.util.concurrent.CompletableFuture;

/**
 * The DNS server that answers for the MEC host: DNS rules of application instances are activated and deactivated
 * here, so that a name resolves to the application instance serving the client's edge.
 *
 * <p>Same contract as {@link DataPlane}: a failed future leaves the rule's stored state unchanged. Implementations
 * are thread-safe.
 */
public interface DnsBackend {

  /**
   * Installs or replaces an active DNS rule.
   *
   * @param appInstanceId the application instance that owns the rule
   * @param rule the rule, in state {@code ACTIVE}
   * @return completes when the DNS server answers per the rule
   */
  CompletableFuture<Void> activate(String appInstanceId, DnsRule rule);

  /**
   * Removes a DNS rule; removing an absent rule succeeds.
   *
   * @param appInstanceId the application instance that owns the rule
   * @param dnsRuleId the rule's id
   * @return completes when the DNS server no longer answers per the rule
   */
  CompletableFuture<Void> deactivate(String appInstanceId, String dnsRuleId);
}
