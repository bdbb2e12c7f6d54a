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
 * The {@code SwImageDescriptor} data type of ETSI GS MEC 010-2.
 * <p>NOTE 1: The attribute shall be present for VM-based software images referenced from a Vdu or from a VirtualStorageDesc, and shall be absent otherwise.
 * NOTE 2: The attribute may be present for VM-based software images referenced from a Vdu or from a VirtualStorageDesc, and shall be absent otherwise.
 * NOTE 3: The attribute shall be present for VM-based software images referenced from a Vdu or from a VirtualStorageDesc, and may be present otherwise.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema SwImageDescriptor).
 *
 * @param id The identifier of this software image. (required)
 * @param name The name of this software image. (required)
 * @param version The version of this software image. (required)
 * @param checksum The checksum of the software image file. See note 3.
 * @param containerFormat The container format describes the container file format in which software image is provided. (required)
 * @param diskFormat The disk format of a software image is the format of the underlying disk image. See note 1.
 * @param minDisk The minimal disk size requirement for this software image. See note 1.
 * @param minRam The minimal RAM requirement for this software image. See note 2.
 * @param size The size of this software image file. See note 3.
 * @param swImage A reference to the actual software image. (required)
 * @param operatingSystem Specifies the operating system used in the software image.
 * @param supportedVirtualisationEnvironment Specifies the virtualisation environments (e.g. hypervisor) compatible with this software image.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "SwImageDescriptor")
public record SwImageDescriptor(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("name") @NotNull String name,
    @JsonProperty("version") @NotNull String version,
    @JsonProperty("checksum") @Valid @Nullable ChecksumData checksum,
    @JsonProperty("containerFormat") @NotNull String containerFormat,
    @JsonProperty("diskFormat") @Nullable String diskFormat,
    @JsonProperty("minDisk") @Nullable Double minDisk,
    @JsonProperty("minRam") @Nullable Double minRam,
    @JsonProperty("size") @Nullable Double size,
    @JsonProperty("swImage") @NotNull Map<String, Object> swImage,
    @JsonProperty("operatingSystem") @Nullable String operatingSystem,
    @JsonProperty("supportedVirtualisationEnvironment") @Nullable List<String> supportedVirtualisationEnvironment) {

  /** Copies collections so the record stays immutable. */
  public SwImageDescriptor {
    swImage = Copies.map(swImage);
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

  /** Builds {@link SwImageDescriptor} values; not thread-safe. Required attributes are checked by validation, not here. */
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
    private @Nullable Map<String, Object> swImage;
    private @Nullable String operatingSystem;
    private @Nullable List<String> supportedVirtualisationEnvironment;

    private Builder() {}

    private Builder(SwImageDescriptor source) {
      this.id = source.id;
      this.name = source.name;
      this.version = source.version;
      this.checksum = source.checksum;
      this.containerFormat = source.containerFormat;
      this.diskFormat = source.diskFormat;
      this.minDisk = source.minDisk;
      this.minRam = source.minRam;
      this.size = source.size;
      this.swImage = Copies.mutable(source.swImage);
      this.operatingSystem = source.operatingSystem;
      this.supportedVirtualisationEnvironment = Copies.mutable(source.supportedVirtualisationEnvironment);
    }

    /**
     * Sets {@code id}: The identifier of this software image.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code name}: The name of this software image.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code version}: The version of this software image.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets {@code checksum}: The checksum of the software image file.
     *
     * @param checksum the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder checksum(@Nullable ChecksumData checksum) {
      this.checksum = checksum;
      return this;
    }

    /**
     * Sets {@code containerFormat}: The container format describes the container file format in which software image is provided.
     *
     * @param containerFormat the value
     * @return this builder
     */
    public Builder containerFormat(@Nullable String containerFormat) {
      this.containerFormat = containerFormat;
      return this;
    }

    /**
     * Sets {@code diskFormat}: The disk format of a software image is the format of the underlying disk image.
     *
     * @param diskFormat the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder diskFormat(@Nullable String diskFormat) {
      this.diskFormat = diskFormat;
      return this;
    }

    /**
     * Sets {@code minDisk}: The minimal disk size requirement for this software image.
     *
     * @param minDisk the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder minDisk(@Nullable Double minDisk) {
      this.minDisk = minDisk;
      return this;
    }

    /**
     * Sets {@code minRam}: The minimal RAM requirement for this software image.
     *
     * @param minRam the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder minRam(@Nullable Double minRam) {
      this.minRam = minRam;
      return this;
    }

    /**
     * Sets {@code size}: The size of this software image file.
     *
     * @param size the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder size(@Nullable Double size) {
      this.size = size;
      return this;
    }

    /**
     * Sets {@code swImage}: A reference to the actual software image.
     *
     * @param swImage the value
     * @return this builder
     */
    public Builder swImage(@Nullable Map<String, Object> swImage) {
      this.swImage = Copies.mutable(swImage);
      return this;
    }

    /**
     * Puts one entry into {@code swImage}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putSwImage(String key, Object value) {
      this.swImage = Copies.put(this.swImage, key, value);
      return this;
    }

    /**
     * Sets {@code operatingSystem}: Specifies the operating system used in the software image.
     *
     * @param operatingSystem the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder operatingSystem(@Nullable String operatingSystem) {
      this.operatingSystem = operatingSystem;
      return this;
    }

    /**
     * Sets {@code supportedVirtualisationEnvironment}: Specifies the virtualisation environments (e.g.
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
     * Builds the {@link SwImageDescriptor}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public SwImageDescriptor build() {
      return new SwImageDescriptor(id, name, version, checksum, containerFormat, diskFormat, minDisk, minRam, size, swImage, operatingSystem, supportedVirtualisationEnvironment);
    }
  }
}
