package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppExternalCpd} data type of ETSI GS MEC 010-2 (clause 6.2.1.6).
 * <p>  NOTE 1: An AppD conformant to the present document shall not specify "virtualNetworkInterfaceRequirements" in AppExternalCpd corresponding to primary container cluster network interfaces.
 * NOTE 2: For CPs exposed by MEC Applications realized only by one or set of OS containers and used by the OS containers to connect to the primary container cluster external network, the ability to configure virtualised resources based on cpRole and trunkMode attributes might not be supported by all container technologies.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppExternalCpd).
 *
 * @param virtualNetworkInterfaceRequirements Specifies requirements on a virtual network interface realizing the CPs instantiated from this CPD. See note 1.
 * @param additionalServiceData Additional service identification data of the external CP.
 * @param inherited_attributes All attributes inherited from Cpd. See note 2. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppExternalCpd")
public record AppExternalCpd(
    @JsonProperty("virtualNetworkInterfaceRequirements") @Nullable List<@Valid VirtualNetworkInterfaceRequirements> virtualNetworkInterfaceRequirements,
    @JsonProperty("additionalServiceData") @Nullable List<@Valid AdditionalServiceData> additionalServiceData,
    @JsonProperty("inherited_attributes") @NotNull Map<String, Object> inherited_attributes) {

  /** Copies collections so the record stays immutable. */
  public AppExternalCpd {
    virtualNetworkInterfaceRequirements = Copies.list(virtualNetworkInterfaceRequirements);
    additionalServiceData = Copies.list(additionalServiceData);
    inherited_attributes = Copies.map(inherited_attributes);
  }
}
