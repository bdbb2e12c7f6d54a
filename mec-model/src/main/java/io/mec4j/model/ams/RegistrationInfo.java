package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registration with the application mobility service: who registers, for which devices, and for how long.
 *
 * <p>An application instance (or a MEC platform on its behalf) registers to have the mobility of the devices it serves
 * handled by the AMS. The AMS assigns {@code appMobilityServiceId}.
 *
 * <p>ETSI GS MEC 021, clause 7.2.2.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema RegistrationInfo).
 *
 * @param appMobilityServiceId identifier of the registration, assigned by the AMS; absent in POST requests, present
 *     otherwise
 * @param serviceConsumerId the application instance or MEC platform that registers
 * @param deviceInformation the devices served by the registering application instance
 * @param expiryTime lifetime of the registration in seconds from its acceptance; {@code 0} means it never expires
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "RegistrationInfo")
public record RegistrationInfo(
    @JsonProperty("appMobilityServiceId") @Nullable String appMobilityServiceId,
    @JsonProperty("serviceConsumerId") @NotNull @Valid ServiceConsumerId serviceConsumerId,
    @JsonProperty("deviceInformation") @Nullable List<@Valid DeviceInformation> deviceInformation,
    @JsonProperty("expiryTime") @Nullable Long expiryTime) {

  /** Copies collections so the record stays immutable. */
  public RegistrationInfo {
    deviceInformation = Copies.list(deviceInformation);
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

  /** Builds {@link RegistrationInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String appMobilityServiceId;
    private @Nullable ServiceConsumerId serviceConsumerId;
    private @Nullable List<DeviceInformation> deviceInformation;
    private @Nullable Long expiryTime;

    private Builder() {}

    private Builder(RegistrationInfo source) {
      this.appMobilityServiceId = source.appMobilityServiceId;
      this.serviceConsumerId = source.serviceConsumerId;
      this.deviceInformation = Copies.mutable(source.deviceInformation);
      this.expiryTime = source.expiryTime;
    }

    /**
     * Sets {@code appMobilityServiceId}: identifier of the registration, assigned by the AMS.
     *
     * @param appMobilityServiceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appMobilityServiceId(@Nullable String appMobilityServiceId) {
      this.appMobilityServiceId = appMobilityServiceId;
      return this;
    }

    /**
     * Sets {@code serviceConsumerId}: the application instance or MEC platform that registers.
     *
     * @param serviceConsumerId the value
     * @return this builder
     */
    public Builder serviceConsumerId(@Nullable ServiceConsumerId serviceConsumerId) {
      this.serviceConsumerId = serviceConsumerId;
      return this;
    }

    /**
     * Sets {@code deviceInformation}: the devices served by the registering application instance.
     *
     * @param deviceInformation the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder deviceInformation(@Nullable List<DeviceInformation> deviceInformation) {
      this.deviceInformation = Copies.mutable(deviceInformation);
      return this;
    }

    /**
     * Appends one entry to {@code deviceInformation}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addDeviceInformation(DeviceInformation element) {
      this.deviceInformation = Copies.add(this.deviceInformation, element);
      return this;
    }

    /**
     * Sets {@code expiryTime}: lifetime of the registration in seconds; {@code 0} means it never expires.
     *
     * @param expiryTime the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder expiryTime(@Nullable Long expiryTime) {
      this.expiryTime = expiryTime;
      return this;
    }

    /**
     * Builds the {@link RegistrationInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public RegistrationInfo build() {
      return new RegistrationInfo(appMobilityServiceId, serviceConsumerId, deviceInformation, expiryTime);
    }
  }
}
