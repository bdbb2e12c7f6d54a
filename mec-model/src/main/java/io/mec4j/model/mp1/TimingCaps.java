package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.TimeStamp;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The timing capabilities of the MEC platform: its current time and the NTP servers and PTP masters it offers.
 *
 * <p>Data type {@code TimingCaps} of ETSI GS MEC 011, clause 7.1.2.4. {@code MEC011_AppSupport.yaml} declares
 * {@code timeStamp} as an array and all attributes as required; the spec text makes it one optional time stamp and the
 * lists optional, as MEC 011 v2.1.1 does (see {@code docs/spec-deviations.md}).
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema TimingCaps).
 *
 * @param timeStamp current time of the MEC platform
 * @param ntpServers available NTP servers
 * @param ptpMasters available PTP masters
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "TimingCaps")
public record TimingCaps(
    @JsonProperty("timeStamp") @Valid @Nullable TimeStamp timeStamp,
    @JsonProperty("ntpServers") @Nullable List<@Valid NtpServers> ntpServers,
    @JsonProperty("ptpMasters") @Nullable List<@Valid PtpMasters> ptpMasters) {

  /** Copies collections so the record stays immutable. */
  public TimingCaps {
    ntpServers = Copies.list(ntpServers);
    ptpMasters = Copies.list(ptpMasters);
  }
}
