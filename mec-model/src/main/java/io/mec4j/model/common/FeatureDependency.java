package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A platform feature that a MEC application requires or can use, such as UserApps or UEIdentity.
 *
 * <p>Data type {@code FeatureDependency} of ETSI GS MEC 010-2, clause 6.2.1.8; used by MEC 011 {@code AppInfo}.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema FeatureDependency), ETSI GS MEC 010-2
 * (MEC010-2_AppPkgMgmt.yaml, schema FeatureDependency), ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema
 * FeatureDependency).
 *
 * @param featureName name of the feature, for example UserApps or UEIdentity
 * @param version version of the feature
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "FeatureDependency")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "FeatureDependency")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "FeatureDependency")
public record FeatureDependency(
    @JsonProperty("featureName") @NotNull String featureName,
    @JsonProperty("version") @NotNull String version) {
}
