package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * The {@code InstantiateAppRequest} data type of ETSI GS MEC 010-2 (clause 6.2.2.7).
 * <p>  NOTE 1: This attribute may be provided in the InstantiateAppRequest structure to override the same attribute in the AppD.
 * NOTE 2: This field applies to Mm3 reference point only.
 * NOTE 3: This field applies to Mm1 reference point only.
 * NOTE 4: Only one of virtualComputeDescriptor or osContainerDescriptor shall be present.
 * NOTE 5: This attribute reflects the ETSI NFV interpretation of the cloud native workloads.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema InstantiateAppRequest).
 *
 * @param virtualComputeDescriptor Describes CPU and memory requirements, as well as optional additional requirements, such as disk and acceleration related capabilities, of the single VM to realize the application instance to be created. See notes 1 and 4.
 * @param osContainerDescriptor Describes CPU, memory requirements and limits, and software images of the OS Containers realizing this MEC application corresponding to OS Containers sharing the same host and same network namespace. See notes 1, 4 and 5.
 * @param virtualStorageDescriptor Defines descriptors of virtual storage resources to be used by the application instance to be created. See note 1.
 * @param selectedMECHostInfo Describes the information of selected host for the application instance. See note 2. (required)
 * @param locationConstraints Defines the location constraints for the application instance to be created. See note 3.
 * @param vimConnectionInfo Information about VIM connections to be used for managing the resources for the application instance, or refer to external/externally-managed virtual links. This attribute shall only be supported and may be present if application-related resource management in direct mode is applicable. See note 2.
 * @param appTermCandsForCoord Provides sets of applications as termination candidate alternatives that the MEO/MEAO shall select from when utilizing the coordinate LCM operation exchange in pre-emption situations (see step 3 in clause 5.3.1). If this attribute is omitted, the MEO/MEAO shall make its own selection for the coordinate LCM operation exchange. See note 3.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "InstantiateAppRequest")
public record InstantiateAppRequest(
    @JsonProperty("virtualComputeDescriptor") @Valid @Nullable VirtualComputeDescriptor virtualComputeDescriptor,
    @JsonProperty("osContainerDescriptor") @Nullable List<@Valid OsContainerDescriptor> osContainerDescriptor,
    @JsonProperty("virtualStorageDescriptor") @Nullable List<@Valid VirtualStorageDescriptor> virtualStorageDescriptor,
    @JsonProperty("selectedMECHostInfo") @NotNull @Size(min = 1) List<@Valid MECHostInformation> selectedMECHostInfo,
    @JsonProperty("locationConstraints") @Valid @Nullable LocationConstraints locationConstraints,
    @JsonProperty("vimConnectionInfo") @Nullable List<Map<String, VimConnectionInfo>> vimConnectionInfo,
    @JsonProperty("appTermCandsForCoord") @Valid @Nullable AppTermCandsForCoord appTermCandsForCoord) {

  /** Copies collections so the record stays immutable. */
  public InstantiateAppRequest {
    osContainerDescriptor = Copies.list(osContainerDescriptor);
    virtualStorageDescriptor = Copies.list(virtualStorageDescriptor);
    selectedMECHostInfo = Copies.list(selectedMECHostInfo);
    vimConnectionInfo = Copies.list(vimConnectionInfo);
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
    private @Nullable List<Map<String, VimConnectionInfo>> vimConnectionInfo;
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
     * Sets {@code virtualComputeDescriptor}: Describes CPU and memory requirements, as well as optional additional requirements, such as disk and acceleration related capabilities, of the single VM to realize the application instance to be created.
     *
     * @param virtualComputeDescriptor the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualComputeDescriptor(@Nullable VirtualComputeDescriptor virtualComputeDescriptor) {
      this.virtualComputeDescriptor = virtualComputeDescriptor;
      return this;
    }

    /**
     * Sets {@code osContainerDescriptor}: Describes CPU, memory requirements and limits, and software images of the OS Containers realizing this MEC application corresponding to OS Containers sharing the same host and same network namespace.
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
     * Sets {@code virtualStorageDescriptor}: Defines descriptors of virtual storage resources to be used by the application instance to be created.
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
     * Sets {@code selectedMECHostInfo}: Describes the information of selected host for the application instance.
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
     * Sets {@code locationConstraints}: Defines the location constraints for the application instance to be created.
     *
     * @param locationConstraints the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder locationConstraints(@Nullable LocationConstraints locationConstraints) {
      this.locationConstraints = locationConstraints;
      return this;
    }

    /**
     * Sets {@code vimConnectionInfo}: Information about VIM connections to be used for managing the resources for the application instance, or refer to external/externally-managed virtual links.
     *
     * @param vimConnectionInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimConnectionInfo(@Nullable List<Map<String, VimConnectionInfo>> vimConnectionInfo) {
      this.vimConnectionInfo = Copies.mutable(vimConnectionInfo);
      return this;
    }

    /**
     * Appends one entry to {@code vimConnectionInfo}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVimConnectionInfo(Map<String, VimConnectionInfo> element) {
      this.vimConnectionInfo = Copies.add(this.vimConnectionInfo, element);
      return this;
    }

    /**
     * Sets {@code appTermCandsForCoord}: Provides sets of applications as termination candidate alternatives that the MEO/MEAO shall select from when utilizing the coordinate LCM operation exchange in pre-emption situations (see step 3 in clause 5.3.1).
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
