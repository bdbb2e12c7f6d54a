package io.mec4j.platform.mep;

import io.mec4j.model.mp1.AppInfo;
import io.mec4j.model.mp1.AppTerminationNotificationSubscription;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.SerAvailabilityNotificationSubscription;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.model.mp1.TrafficRule;
import org.jspecify.annotations.Nullable;

/** What the platform keeps in its {@link io.mec4j.platform.spi.Store} tables. */
final class Entries {

  private Entries() {}

  /** A registered service: the producing app, the service as registered (without links), liveness bookkeeping. */
  record ServiceEntry(String owner, ServiceInfo info, @Nullable Integer livenessInterval,
      @Nullable Long lastHeartbeatMillis, boolean suspendedByLiveness) {}

  record SerSubEntry(String owner, SerAvailabilityNotificationSubscription sub) {}

  record TermSubEntry(String owner, AppTerminationNotificationSubscription sub) {}

  record TrafficRuleEntry(String owner, TrafficRule rule) {}

  record DnsRuleEntry(String owner, DnsRule rule) {}

  record Registration(String owner, AppInfo info) {}

  static String ruleKey(String owner, String ruleId) {
    return owner + "/" + ruleId;
  }
}
