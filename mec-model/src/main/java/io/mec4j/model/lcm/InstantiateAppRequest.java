package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.MECHostInformation;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request to instantiate an application instance: the MEC host selected for it and, optionally, resource
 * requirements that override those of its AppD.
 *
 * <p>At most one of {@code virtualComputeDescriptor} (a VM) and {@code osContainerDescriptor} (OS containers) is
 * present. {@code selectedMECHostInfo} and {@code vimConnectionInfo} are used on Mm3, {@code locationConstraints} and
 * {@code appTermCandsForCoord} on Mm1.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.7 (MEC010-2_AppLcm.yaml, schema InstantiateAppRequest).
 *
 * @param virtualComputeDescriptor CPU, memory and other requirements of the single VM that realises the instance.
 * @param osContainerDescriptor Requirements and software images of the OS containers that realise the instance,
 *     sharing one host and network namespace.
 * @param virtualStorageDescriptor Virtual storage resources of the instance.
 * @param selectedMECHostInfo The MEC hosts selected for the instance, at least one.
 * @param locationConstraints Where the instance may be placed.
 * @param vimConnectionInfo Connections to the VIMs that manage the resources of the instance or refer to external or
 *     externally-managed virtual links, keyed by VIM connection identifier; only where application resource
 *     management in direct mode applies.
 * @param appTermCandsForCoord Alternative sets of application instances the MEO/MEAO selects from for termination in
 *     pre-emption situations; if absent it makes its own selection.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE) // read and written as itself wherever it is declared as such
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "InstantiateAppRequest")
public record InstantiateAppRequest(
    @JsonProperty("virtualComputeDescriptor") @Valid @Nullable VirtualComputeDescriptor virtualComputeDescriptor,
    @JsonProperty("osContainerDescriptor") @Nullable List<@Valid OsContainerDescriptor> osContainerDescriptor,
    @JsonProperty("virtualStorageDescriptor") @Nullable List<@Valid VirtualStorageDescriptor> virtualStorageDescriptor,
    @JsonProperty("selectedMECHostInfo") @NotNull @Size(min = 1) List<@Valid MECHostInformation> selectedMECHostInfo,
    @JsonProperty("locationConstraints") @Valid @Nullable LocationConstraints locationConstraints,
    @JsonProperty("vimConnectionInfo") @Nullable Map<String, @Valid VimConnectionInfo> vimConnectionInfo,
    @JsonProperty("appTermCandsForCoord") @Valid @Nullable AppTermCandsForCoord appTermCandsForCoord)
    implements LcmOperationParams {

  /** Copies collections so the record stays immutable. */
  public InstantiateAppRequest {
    osContainerDescriptor = Copies.list(osContainerDescriptor);
    virtualStorageDescriptor = Copies.list(virtualStorageDescriptor);
    selectedMECHostInfo = Copies.list(selectedMECHostInfo);
    vimConnectionInfo = Copies.map(vimConnectionInfo);
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

  /** Builds {@link InstantiateAppRequest} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable VirtualComputeDescriptor virtualComputeDescriptor;
    private @Nullable List<OsContainerDescriptor> osContainerDescriptor;
    private @Nullable List<VirtualStorageDescriptor> virtualStorageDescriptor;
    private @Nullable List<MECHostInformation> selectedMECHostInfo;
    private @Nullable LocationConstraints locationConstraints;
    private @Nullable Map<String, VimConnectionInfo> vimConnectionInfo;
    private @Nullable AppTermCandsForCoord appTermCandsForCoord;

    private Builder() {}

    private Builder(InstantiateAppRequest source) {
      this.virtualComputeDescriptor = source.virtualComputeDescriptor;
      this.osContainerDescriptor = Copies.mutable(source.osContainerDescriptor);
      this.virtualStorageDescriptor = Copies.mutable(source.virtualStorageDescriptor);
      this.selectedMECHostInfo = Copies.mutable(source.selectedMECHostInfo);
      this.locationConstraints = source.locationConstraints;
      this.vimConnectionInfo = Copies.mutable(source.vimConnectionInfo);
      this.appTermCandsForCoord = source.appTermCandsForCoord;
    }

    /**
     * Sets {@code virtualComputeDescriptor}: CPU, memory and other requirements of the single VM that realises the
     * instance.
     *
     * @param virtualComputeDescriptor the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualComputeDescriptor(@Nullable VirtualComputeDescriptor virtualComputeDescriptor) {
      this.virtualComputeDescriptor = virtualComputeDescriptor;
      return this;
    }

    /**
     * Sets {@code osContainerDescriptor}: Requirements and software images of the OS containers that realise the
     * instance, sharing one host and network namespace.
     *
     * @param osContainerDescriptor the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder osContainerDescriptor(@Nullable List<OsContainerDescriptor> osContainerDescriptor) {
      this.osContainerDescriptor = Copies.mutable(osContainerDescriptor);
      return this;
    }

    /**
     * Appends one entry to {@code osContainerDescriptor}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addOsContainerDescriptor(OsContainerDescriptor element) {
      this.osContainerDescriptor = Copies.add(this.osContainerDescriptor, element);
      return this;
    }

    /**
     * Sets {@code virtualStorageDescriptor}: Virtual storage resources of the instance.
     *
     * @param virtualStorageDescriptor the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualStorageDescriptor(@Nullable List<VirtualStorageDescriptor> virtualStorageDescriptor) {
      this.virtualStorageDescriptor = Copies.mutable(virtualStorageDescriptor);
      return this;
    }

    /**
     * Appends one entry to {@code virtualStorageDescriptor}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVirtualStorageDescriptor(VirtualStorageDescriptor element) {
      this.virtualStorageDescriptor = Copies.add(this.virtualStorageDescriptor, element);
      return this;
    }

    /**
     * Sets {@code selectedMECHostInfo}: The MEC hosts selected for the instance, at least one.
     *
     * @param selectedMECHostInfo the value
     * @return this builder
     */
    public Builder selectedMECHostInfo(@Nullable List<MECHostInformation> selectedMECHostInfo) {
      this.selectedMECHostInfo = Copies.mutable(selectedMECHostInfo);
      return this;
    }

    /**
     * Appends one entry to {@code selectedMECHostInfo}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSelectedMECHostInfo(MECHostInformation element) {
      this.selectedMECHostInfo = Copies.add(this.selectedMECHostInfo, element);
      return this;
    }

    /**
     * Sets {@code locationConstraints}: Where the instance may be placed.
     *
     * @param locationConstraints the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder locationConstraints(@Nullable LocationConstraints locationConstraints) {
      this.locationConstraints = locationConstraints;
      return this;
    }

    /**
     * Sets {@code vimConnectionInfo}: Connections to the VIMs that manage the resources of the instance or refer to
     * external or externally-managed virtual links, keyed by VIM connection identifier.
     *
     * @param vimConnectionInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimConnectionInfo(@Nullable Map<String, VimConnectionInfo> vimConnectionInfo) {
      this.vimConnectionInfo = Copies.mutable(vimConnectionInfo);
      return this;
    }

    /**
     * Puts one entry into {@code vimConnectionInfo}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putVimConnectionInfo(String key, VimConnectionInfo value) {
      this.vimConnectionInfo = Copies.put(this.vimConnectionInfo, key, value);
      return this;
    }

    /**
     * Sets {@code appTermCandsForCoord}: Alternative sets of application instances the MEO/MEAO selects from for
     * termination in pre-emption situations.
     *
     * @param appTermCandsForCoord the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appTermCandsForCoord(@Nullable AppTermCandsForCoord appTermCandsForCoord) {
      this.appTermCandsForCoord = appTermCandsForCoord;
      return this;
    }

    /**
     * Builds the {@link InstantiateAppRequest}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public InstantiateAppRequest build() {
      return new InstantiateAppRequest(virtualComputeDescriptor, osContainerDescriptor, virtualStorageDescriptor, selectedMECHostInfo, locationConstraints, vimConnectionInfo, appTermCandsForCoord);
    }
  }
}
