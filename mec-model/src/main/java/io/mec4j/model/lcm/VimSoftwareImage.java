package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Maps a software image of the AppD to the image that the VIM holds for it.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.11 (MEC010-2_AppGrant.yaml, schema VimSoftwareImage).
 *
 * @param vimConnectionId Identifier of the VIM connection through which the image is accessed.
 * @param appDSoftwareImageId Identifier of the software image descriptor in the AppD.
 * @param vimSoftwareImageId Identifier of the image in the VIM; for an OS container image, its name and tag in the
 *     container image registry joined by a colon, e.g. {@code dbImage:001}.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "VimSoftwareImage")
public record VimSoftwareImage(
    @JsonProperty("vimConnectionId") @Nullable String vimConnectionId,
    @JsonProperty("appDSoftwareImageId") @NotNull String appDSoftwareImageId,
    @JsonProperty("vimSoftwareImageId") @NotNull String vimSoftwareImageId) {
}
