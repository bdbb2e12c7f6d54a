package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.TimeStamp;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The {@code TimingCaps} data type of ETSI GS MEC 011 (clause 7.1.2.4).
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema TimingCaps).
 *
 * @param timeStamp 0..1 (required)
 * @param ntpServers 0..N (required)
 * @param ptpMasters 0..N (required)
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "TimingCaps")
public record TimingCaps(
    @JsonProperty("timeStamp") @NotNull List<@Valid TimeStamp> timeStamp,
    @JsonProperty("ntpServers") @NotNull List<@Valid NtpServers> ntpServers,
    @JsonProperty("ptpMasters") @NotNull List<@Valid PtpMasters> ptpMasters) {

  /** Copies collections so the record stays immutable. */
  public TimingCaps {
    timeStamp = Copies.list(timeStamp);
    ntpServers = Copies.list(ntpServers);
    ptpMasters = Copies.list(ptpMasters);
  }
}
