package io.mec4j.platform.mep;

import io.mec4j.model.common.TimeStamp;
import io.mec4j.model.mp1.TimingCaps;

/** The timing capabilities a platform reports when none are configured: a time stamp, no NTP or PTP sources. */
final class TimingDefaults {

  private TimingDefaults() {}

  static TimingCaps caps(TimeStamp now) {
    return new TimingCaps(now, null, null);
  }
}
