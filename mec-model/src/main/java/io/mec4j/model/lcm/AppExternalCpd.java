package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An external connection point descriptor of a MEC application: an interface through which the application connects to
 * other MEC applications, MEC services, UEs, the MEC platform or OSS.
 *
 * <p>The spec defines it as the ETSI GS NFV-IFA 011 {@code Cpd}, whose attributes it inherits ({@code cpdId} to
 * {@code securityGroupRuleId} here), plus {@code virtualNetworkInterfaceRequirements} and
 * {@code additionalServiceData}. The OpenAPI file instead declares a required member named
 * {@code inherited_attributes}; mec4j reads and writes the inherited attributes as members of the object itself, as the
 * spec text and the file's own note on {@code cpRole} and {@code trunkMode} intend (see
 * {@code docs/spec-deviations.md}).
 *
 * <p>For connection points that OS containers use to reach the primary container cluster network, {@code cpRole} and
 * {@code trunkMode} may not be supported by every container technology, and {@code virtualNetworkInterfaceRequirements}
 * shall not be given.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.6; {@code Cpd}: ETSI GS NFV-IFA 011, clause 7.1.6.3.
 *
 * @param cpdId identifier of this connection point descriptor within the AppD
 * @param layerProtocol protocols the connection point uses, highest layer first; at least one
 * @param cpRole role of the port in the traffic flow patterns of the application, e.g. {@code root} or {@code leaf}
 * @param description human-readable description of the connection point
 * @param cpProtocol protocol data of the connection point (IFA 011 {@code CpProtocolData}: the associated layer
 *     protocol and its address data), as free-form JSON objects
 * @param trunkMode whether connection points created from this descriptor are in trunk mode (802.1Q or other)
 * @param securityGroupRuleId identifiers of the security group rules that apply to the connection point
 * @param virtualNetworkInterfaceRequirements requirements on the virtual network interfaces realising the connection
 *     point
 * @param additionalServiceData additional service identification data of the connection point
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppExternalCpd")
public record AppExternalCpd(
    @JsonProperty("cpdId") @NotNull String cpdId,
    @JsonProperty("layerProtocol") @NotNull @Size(min = 1) List<LayerProtocol> layerProtocol,
    @JsonProperty("cpRole") @Nullable String cpRole,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("cpProtocol") @Nullable List<Map<String, Object>> cpProtocol,
    @JsonProperty("trunkMode") @Nullable Boolean trunkMode,
    @JsonProperty("securityGroupRuleId") @Nullable List<String> securityGroupRuleId,
    @JsonProperty("virtualNetworkInterfaceRequirements") @Nullable List<@Valid VirtualNetworkInterfaceRequirements> virtualNetworkInterfaceRequirements,
    @JsonProperty("additionalServiceData") @Nullable List<@Valid AdditionalServiceData> additionalServiceData) {

  /** Copies collections so the record stays immutable. */
  public AppExternalCpd {
    layerProtocol = Copies.list(layerProtocol);
    cpProtocol = Copies.list(cpProtocol);
    securityGroupRuleId = Copies.list(securityGroupRuleId);
    virtualNetworkInterfaceRequirements = Copies.list(virtualNetworkInterfaceRequirements);
    additionalServiceData = Copies.list(additionalServiceData);
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder pre-filled with this record's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link AppExternalCpd} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String cpdId;
    private @Nullable List<LayerProtocol> layerProtocol;
    private @Nullable String cpRole;
    private @Nullable String description;
    private @Nullable List<Map<String, Object>> cpProtocol;
    private @Nullable Boolean trunkMode;
    private @Nullable List<String> securityGroupRuleId;
    private @Nullable List<VirtualNetworkInterfaceRequirements> virtualNetworkInterfaceRequirements;
    private @Nullable List<AdditionalServiceData> additionalServiceData;

    private Builder() {}

    private Builder(AppExternalCpd source) {
      this.cpdId = source.cpdId;
      this.layerProtocol = Copies.mutable(source.layerProtocol);
      this.cpRole = source.cpRole;
      this.description = source.description;
      this.cpProtocol = Copies.mutable(source.cpProtocol);
      this.trunkMode = source.trunkMode;
      this.securityGroupRuleId = Copies.mutable(source.securityGroupRuleId);
      this.virtualNetworkInterfaceRequirements = Copies.mutable(source.virtualNetworkInterfaceRequirements);
      this.additionalServiceData = Copies.mutable(source.additionalServiceData);
    }

    /**
     * Sets {@code cpdId}: Identifier of this connection point descriptor within the AppD.
     *
     * @param cpdId the value
     * @return this builder
     */
    public Builder cpdId(@Nullable String cpdId) {
      this.cpdId = cpdId;
      return this;
    }

    /**
     * Sets {@code layerProtocol}: Protocols the connection point uses, highest layer first; at least one.
     *
     * @param layerProtocol the value
     * @return this builder
     */
    public Builder layerProtocol(@Nullable List<LayerProtocol> layerProtocol) {
      this.layerProtocol = Copies.mutable(layerProtocol);
      return this;
    }

    /**
     * Appends one entry to {@code layerProtocol}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addLayerProtocol(LayerProtocol element) {
      this.layerProtocol = Copies.add(this.layerProtocol, element);
      return this;
    }

    /**
     * Sets {@code cpRole}: Role of the port in the traffic flow patterns of the application, e.g. {@code root} or
     * {@code leaf}.
     *
     * @param cpRole the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder cpRole(@Nullable String cpRole) {
      this.cpRole = cpRole;
      return this;
    }

    /**
     * Sets {@code description}: Human-readable description of the connection point.
     *
     * @param description the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code cpProtocol}: Protocol data of the connection point (IFA 011 {@code CpProtocolData}: the associated
     * layer protocol and its address data), as free-form JSON objects.
     *
     * @param cpProtocol the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder cpProtocol(@Nullable List<Map<String, Object>> cpProtocol) {
      this.cpProtocol = Copies.mutable(cpProtocol);
      return this;
    }

    /**
     * Appends one entry to {@code cpProtocol}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addCpProtocol(Map<String, Object> element) {
      this.cpProtocol = Copies.add(this.cpProtocol, element);
      return this;
    }

    /**
     * Sets {@code trunkMode}: Whether connection points created from this descriptor are in trunk mode (802.1Q or
     * other).
     *
     * @param trunkMode the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder trunkMode(@Nullable Boolean trunkMode) {
      this.trunkMode = trunkMode;
      return this;
    }

    /**
     * Sets {@code securityGroupRuleId}: Identifiers of the security group rules that apply to the connection point.
     *
     * @param securityGroupRuleId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder securityGroupRuleId(@Nullable List<String> securityGroupRuleId) {
      this.securityGroupRuleId = Copies.mutable(securityGroupRuleId);
      return this;
    }

    /**
     * Appends one entry to {@code securityGroupRuleId}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSecurityGroupRuleId(String element) {
      this.securityGroupRuleId = Copies.add(this.securityGroupRuleId, element);
      return this;
    }

    /**
     * Sets {@code virtualNetworkInterfaceRequirements}: Requirements on the virtual network interfaces realising the
     * connection point.
     *
     * @param virtualNetworkInterfaceRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualNetworkInterfaceRequirements(
        @Nullable List<VirtualNetworkInterfaceRequirements> virtualNetworkInterfaceRequirements) {
      this.virtualNetworkInterfaceRequirements = Copies.mutable(virtualNetworkInterfaceRequirements);
      return this;
    }

    /**
     * Appends one entry to {@code virtualNetworkInterfaceRequirements}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVirtualNetworkInterfaceRequirement(VirtualNetworkInterfaceRequirements element) {
      this.virtualNetworkInterfaceRequirements = Copies.add(this.virtualNetworkInterfaceRequirements, element);
      return this;
    }

    /**
     * Sets {@code additionalServiceData}: Additional service identification data of the connection point.
     *
     * @param additionalServiceData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder additionalServiceData(@Nullable List<AdditionalServiceData> additionalServiceData) {
      this.additionalServiceData = Copies.mutable(additionalServiceData);
      return this;
    }

    /**
     * Appends one entry to {@code additionalServiceData}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAdditionalServiceData(AdditionalServiceData element) {
      this.additionalServiceData = Copies.add(this.additionalServiceData, element);
      return this;
    }

    /**
     * Builds the {@link AppExternalCpd}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppExternalCpd build() {
      return new AppExternalCpd(cpdId, layerProtocol, cpRole, description, cpProtocol, trunkMode, securityGroupRuleId,
          virtualNetworkInterfaceRequirements, additionalServiceData);
    }
  }
}
