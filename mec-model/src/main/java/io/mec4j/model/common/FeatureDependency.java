package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code FeatureDependency} data type of ETSI GS MEC 011 (clause 6.2.1.8).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema FeatureDependency), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema FeatureDependency), ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema FeatureDependency).
 *
 * @param featureName The name of the feature, for example, UserApps, UEIdentity, etc. (required)
 * @param version The version of the feature. (required)
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "FeatureDependency")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "FeatureDependency")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "FeatureDependency")
public record FeatureDependency(
    @JsonProperty("featureName") @NotNull String featureName,
    @JsonProperty("version") @NotNull String version) {
}
