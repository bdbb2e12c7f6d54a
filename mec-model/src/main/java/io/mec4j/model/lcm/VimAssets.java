package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code VimAssets} data type of ETSI GS MEC 010-2.
 * <p>Information about assets for the application that are managed by the MEO in the VIM, such as software images.
 * See note 2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema VimAssets).
 *
 * @param softwareImages Mappings between software images defined in the AppD and software images managed in the VIM.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "VimAssets")
public record VimAssets(
    @JsonProperty("softwareImages") @Nullable List<@Valid VimSoftwareImage> softwareImages) {

  /** Copies collections so the record stays immutable. */
  public VimAssets {
    softwareImages = Copies.list(softwareImages);
  }
}
