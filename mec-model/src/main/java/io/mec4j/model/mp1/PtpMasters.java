package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The {@code PtpMasters} data type of ETSI GS MEC 011.
 * <p>0..N
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema PtpMasters).
 *
 * @param ptpMasterIpAddress the ptpMasterIpAddress attribute (required)
 * @param ptpMasterLocalPriority the ptpMasterLocalPriority attribute (required)
 * @param delayReqMaxRate the delayReqMaxRate attribute (required)
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "PtpMasters")
public record PtpMasters(
    @JsonProperty("ptpMasterIpAddress") @NotNull List<String> ptpMasterIpAddress,
    @JsonProperty("ptpMasterLocalPriority") @NotNull List<Long> ptpMasterLocalPriority,
    @JsonProperty("delayReqMaxRate") @NotNull List<Long> delayReqMaxRate) {

  /** Copies collections so the record stays immutable. */
  public PtpMasters {
    ptpMasterIpAddress = Copies.list(ptpMasterIpAddress);
    ptpMasterLocalPriority = Copies.list(ptpMasterLocalPriority);
    delayReqMaxRate = Copies.list(delayReqMaxRate);
  }
}
