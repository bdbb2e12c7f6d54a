package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A PTP (IEEE 1588) master clock that the MEC platform offers for time synchronization.
 *
 * <p>Inlined type {@code ptpMasters} of {@code TimingCaps}, ETSI GS MEC 011, clause 7.1.2.4.
 * {@code MEC011_AppSupport.yaml} declares every attribute as an array; they are single values, as in the spec text and
 * MEC 011 v2.1.1 (see {@code docs/spec-deviations.md}).
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema PtpMasters).
 *
 * @param ptpMasterIpAddress IP address of the PTP master
 * @param ptpMasterLocalPriority local priority of the PTP master
 * @param delayReqMaxRate maximum acceptable rate of Delay_Req messages, in packets per second
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "PtpMasters")
public record PtpMasters(
    @JsonProperty("ptpMasterIpAddress") @NotNull String ptpMasterIpAddress,
    @JsonProperty("ptpMasterLocalPriority") @NotNull Long ptpMasterLocalPriority,
    @JsonProperty("delayReqMaxRate") @NotNull Long delayReqMaxRate) {
}
