package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A point in time as seconds and nanoseconds since the Unix epoch (1970-01-01T00:00:00Z).
 *
 * <p>Data type {@code TimeStamp} of ETSI GS MEC 010-2, clause 6.2.5.4, ETSI GS MEC 021, clause 7.5.3, and ETSI GS MEC
 * 040, clause 6.5.2; inlined in MEC 011 {@code ServiceLivenessInfo} and {@code TimingCaps}. Both parts are uint32
 * values, hence {@code Long}. {@code MEC011_AppSupport.yaml} declares them as arrays; they are scalars (see
 * {@code docs/spec-deviations.md}).
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema TimeStamp), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema TimeStamp), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TimeStamp), ETSI GS MEC 010-2
 * (MEC010-2_AppLcm.yaml, schema TimeStamp), ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema TimeStamp), ETSI
 * GS MEC 021 (MEC021_AppMobilityService.yaml, schema TimeStamp).
 *
 * @param seconds seconds part of the time since the Unix epoch, UTC
 * @param nanoSeconds nanoseconds part of the time
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "TimeStamp")
@EtsiSchema(spec = "MEC011_AppSupport", name = "TimeStamp")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TimeStamp")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TimeStamp")
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "TimeStamp")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "TimeStamp")
public record TimeStamp(
    @JsonProperty("seconds") @NotNull Long seconds,
    @JsonProperty("nanoSeconds") @NotNull Long nanoSeconds) {
}
