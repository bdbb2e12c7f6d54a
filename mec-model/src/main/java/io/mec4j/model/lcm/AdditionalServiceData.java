package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AdditionalServiceData} data type of ETSI GS MEC 010-2.
 * <p>This information element describes the additional service data of the VirtualCp used to expose
 * properties of the VirtualCp to NFV-MANO.
 * <p>If the VirtualCp is exposed by a VNF component realized by one or a set of OS containers,
 * the properties are mirrored from the declarative descriptor of the corresponding MCIO where available.
 * <p>NOTE: This attribute shall only be present if additional information is needed to identify the
 * service termination within the VNF, such as for example a url path information in an HTTP request
 * required to allow a single VirtualCp IP address to be used for several HTTP based services that
 * use the same portnumber.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AdditionalServiceData).
 *
 * @param portData the portData attribute (required)
 * @param serviceData Service matching information exposed by the VirtualCp. See note.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AdditionalServiceData")
public record AdditionalServiceData(
    @JsonProperty("portData") @NotNull @Size(min = 1) List<@Valid ServicePortData> portData,
    @JsonProperty("serviceData") @Nullable String serviceData) {

  /** Copies collections so the record stays immutable. */
  public AdditionalServiceData {
    portData = Copies.list(portData);
  }
}
