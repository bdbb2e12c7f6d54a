package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code VimSoftwareImage} data type of ETSI GS MEC 010-2 (clause 6.2.4.11).
 * <p>  NOTE: For an OS container image, the value of this attribute is a string concatenating the name and tag of the image in the CIR separated by a colon ':' with no spaces, e.g. "dbImage:001".
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema VimSoftwareImage).
 *
 * @param vimConnectionId Identifier of the VIM connection to access the software image referenced in this structure.
 * @param appDSoftwareImageId Identifier which references the software image descriptor in the AppD. (required)
 * @param vimSoftwareImageId Identifier of the software image in the resource management layer (i.e. VIM). See note. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "VimSoftwareImage")
public record VimSoftwareImage(
    @JsonProperty("vimConnectionId") @Nullable String vimConnectionId,
    @JsonProperty("appDSoftwareImageId") @NotNull String appDSoftwareImageId,
    @JsonProperty("vimSoftwareImageId") @NotNull String vimSoftwareImageId) {
}
