package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A software image: its identity and format, what it needs, and where it is.
 *
 * <p>For VM-based images referenced from a VDU or a virtual storage descriptor, {@code checksum}, {@code size},
 * {@code diskFormat} and {@code minDisk} are present, and {@code minRam} may be; for other images {@code diskFormat},
 * {@code minDisk} and {@code minRam} are absent.
 *
 * <p>Both files declare {@code swImage} as a required {@code SwImageDesc}, which no finite document can satisfy; the
 * spec text says it is a reference to the image, a string (see {@code docs/spec-deviations.md}).
 *
 * <p>ETSI GS NFV-IFA 011 {@code SwImageDesc}; used by {@link BlockStorageData} and {@link OsContainerDescriptor}.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema SwImageDesc), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema SwImageDesc).
 *
 * @param id identifier of this software image
 * @param name name of the image
 * @param version version of the image
 * @param checksum checksum of the image file
 * @param containerFormat container format of the image file, e.g. {@code BARE}, {@code OVF} or {@code DOCKER}
 * @param diskFormat disk format of the image, e.g. {@code QCOW2} or {@code RAW}
 * @param minDisk the minimum disk size the image needs (compared with {@code BlockStorageData.sizeOfStorage}, in GB)
 * @param minRam the minimum RAM the image needs (compared with {@code VirtualMemoryData.virtualMemSize}, in MB)
 * @param size size of the image file
 * @param swImage the image itself: a path relative to the root of the application package, or a URL
 * @param operatingSystem operating system of the image, including whether it is 32 or 64 bit
 * @param supportedVirtualisationEnvironment virtualisation environments (e.g. hypervisors) the image works with
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "SwImageDesc")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "SwImageDesc")
public record SwImageDesc(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("name") @NotNull String name,
    @JsonProperty("version") @NotNull String version,
    @JsonProperty("checksum") @Valid @Nullable ChecksumData checksum,
    @JsonProperty("containerFormat") @NotNull String containerFormat,
    @JsonProperty("diskFormat") @Nullable String diskFormat,
    @JsonProperty("minDisk") @Nullable Double minDisk,
    @JsonProperty("minRam") @Nullable Double minRam,
    @JsonProperty("size") @Nullable Double size,
    @JsonProperty("swImage") @NotNull String swImage,
    @JsonProperty("operatingSystem") @Nullable String operatingSystem,
    @JsonProperty("supportedVirtualisationEnvironment") @Nullable List<String> supportedVirtualisationEnvironment) {

  /** Copies collections so the record stays immutable. */
  public SwImageDesc {
    supportedVirtualisationEnvironment = Copies.list(supportedVirtualisationEnvironment);
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

  /** Builds {@link SwImageDesc} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String version;
    private @Nullable ChecksumData checksum;
    private @Nullable String containerFormat;
    private @Nullable String diskFormat;
    private @Nullable Double minDisk;
    private @Nullable Double minRam;
    private @Nullable Double size;
    private @Nullable String swImage;
    private @Nullable String operatingSystem;
    private @Nullable List<String> supportedVirtualisationEnvironment;

    private Builder() {}

    private Builder(SwImageDesc source) {
      this.id = source.id;
      this.name = source.name;
      this.version = source.version;
      this.checksum = source.checksum;
      this.containerFormat = source.containerFormat;
      this.diskFormat = source.diskFormat;
      this.minDisk = source.minDisk;
      this.minRam = source.minRam;
      this.size = source.size;
      this.swImage = source.swImage;
      this.operatingSystem = source.operatingSystem;
      this.supportedVirtualisationEnvironment = Copies.mutable(source.supportedVirtualisationEnvironment);
    }

    /**
     * Sets {@code id}: Identifier of this software image.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code name}: Name of the image.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code version}: Version of the image.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets {@code checksum}: Checksum of the image file.
     *
     * @param checksum the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder checksum(@Nullable ChecksumData checksum) {
      this.checksum = checksum;
      return this;
    }

    /**
     * Sets {@code containerFormat}: Container format of the image file, e.g. {@code BARE}, {@code OVF} or
     * {@code DOCKER}.
     *
     * @param containerFormat the value
     * @return this builder
     */
    public Builder containerFormat(@Nullable String containerFormat) {
      this.containerFormat = containerFormat;
      return this;
    }

    /**
     * Sets {@code diskFormat}: Disk format of the image, e.g. {@code QCOW2} or {@code RAW}.
     *
     * @param diskFormat the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder diskFormat(@Nullable String diskFormat) {
      this.diskFormat = diskFormat;
      return this;
    }

    /**
     * Sets {@code minDisk}: The minimum disk size the image needs (compared with
     * {@code BlockStorageData.sizeOfStorage}, in GB).
     *
     * @param minDisk the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder minDisk(@Nullable Double minDisk) {
      this.minDisk = minDisk;
      return this;
    }

    /**
     * Sets {@code minRam}: The minimum RAM the image needs (compared with {@code VirtualMemoryData.virtualMemSize}, in
     * MB).
     *
     * @param minRam the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder minRam(@Nullable Double minRam) {
      this.minRam = minRam;
      return this;
    }

    /**
     * Sets {@code size}: Size of the image file.
     *
     * @param size the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder size(@Nullable Double size) {
      this.size = size;
      return this;
    }

    /**
     * Sets {@code swImage}: The image itself: a path relative to the root of the application package, or a URL.
     *
     * @param swImage the value
     * @return this builder
     */
    public Builder swImage(@Nullable String swImage) {
      this.swImage = swImage;
      return this;
    }

    /**
     * Sets {@code operatingSystem}: Operating system of the image, including whether it is 32 or 64 bit.
     *
     * @param operatingSystem the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder operatingSystem(@Nullable String operatingSystem) {
      this.operatingSystem = operatingSystem;
      return this;
    }

    /**
     * Sets {@code supportedVirtualisationEnvironment}: Virtualisation environments (e.g. hypervisors) the image works
     * with.
     *
     * @param supportedVirtualisationEnvironment the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder supportedVirtualisationEnvironment(@Nullable List<String> supportedVirtualisationEnvironment) {
      this.supportedVirtualisationEnvironment = Copies.mutable(supportedVirtualisationEnvironment);
      return this;
    }

    /**
     * Appends one entry to {@code supportedVirtualisationEnvironment}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSupportedVirtualisationEnvironment(String element) {
      this.supportedVirtualisationEnvironment = Copies.add(this.supportedVirtualisationEnvironment, element);
      return this;
    }

    /**
     * Builds the {@link SwImageDesc}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public SwImageDesc build() {
      return new SwImageDesc(id, name, version, checksum, containerFormat, diskFormat, minDisk, minRam, size, swImage, operatingSystem, supportedVirtualisationEnvironment);
    }
  }
}
