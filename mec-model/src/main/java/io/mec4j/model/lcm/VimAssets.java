package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Assets of an application that the MEO manages in the VIM, such as software images.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema VimAssets).
 *
 * @param softwareImages Mappings of the software images of the AppD to the images in the VIM.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "VimAssets")
public record VimAssets(
    @JsonProperty("softwareImages") @Nullable List<@Valid VimSoftwareImage> softwareImages) {

  /** Copies collections so the record stays immutable. */
  public VimAssets {
    softwareImages = Copies.list(softwareImages);
  }
}
