package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code RegistrationInfo} data type of ETSI GS MEC 021 (clause 7.2.2).
 * <p>  NOTE: The data type of AssociateId is defined in ETSI GS MEC 012 [6].
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema RegistrationInfo).
 *
 * @param appMobilityServiceId The identifier of registered Application Mobility Service. Shall be absent in POST requests, and present otherwise.
 * @param serviceConsumerId The identifier of service consumer requesting the Application Mobility Service, i.e. either the application instance ID or the MEC platform ID. (required)
 * @param deviceInformation If present, it specifies the device served by the application instance which is registering the Application Mobility Service.
 * @param expiryTime If present, it indicates the time of Application Mobility Service expiration from the time of registration accepted. The value "0" means infinite time, i.e. no expiration. The unit of expiry time is one second.
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
     * Sets {@code appMobilityServiceId}: The identifier of registered Application Mobility Service.
     *
     * @param appMobilityServiceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appMobilityServiceId(@Nullable String appMobilityServiceId) {
      this.appMobilityServiceId = appMobilityServiceId;
      return this;
    }

    /**
     * Sets {@code serviceConsumerId}: The identifier of service consumer requesting the Application Mobility Service, i.e.
     *
     * @param serviceConsumerId the value
     * @return this builder
     */
    public Builder serviceConsumerId(@Nullable ServiceConsumerId serviceConsumerId) {
      this.serviceConsumerId = serviceConsumerId;
      return this;
    }

    /**
     * Sets {@code deviceInformation}: If present, it specifies the device served by the application instance which is registering the Application Mobility Service.
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
     * Sets {@code expiryTime}: If present, it indicates the time of Application Mobility Service expiration from the time of registration accepted.
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
