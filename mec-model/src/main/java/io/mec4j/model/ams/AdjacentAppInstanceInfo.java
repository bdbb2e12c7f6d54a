package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CommunicationInterface;
import io.mec4j.model.common.MECHostInformation;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An adjacent application instance: an instance of the same application running on another MEC host, that could
 * serve a device after it moves there. Returned by {@code GET /queries/adjacent_app_instances}.
 *
 * <p>ETSI GS MEC 021, clause 7.2.3.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema AdjacentAppInstanceInfo).
 *
 * @param appInstanceId identifier of the adjacent application instance
 * @param appDId identifier of the application descriptor it is instantiated from
 * @param appInstanceCommLink addresses at which the adjacent instance can be reached; at least one
 * @param mecHostInformation the MEC host the adjacent instance runs on
 * @param registeredInstanceId identifier of the application instance registered with the AMS that is instantiated
 *     from the same application descriptor
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "AdjacentAppInstanceInfo")
public record AdjacentAppInstanceInfo(
    @JsonProperty("appInstanceId") @NotNull String appInstanceId,
    @JsonProperty("appDId") @NotNull String appDId,
    @JsonProperty("appInstanceCommLink") @NotNull @Size(min = 1) List<@Valid CommunicationInterface> appInstanceCommLink,
    @JsonProperty("mecHostInformation") @Valid @Nullable MECHostInformation mecHostInformation,
    @JsonProperty("registeredInstanceId") @Nullable String registeredInstanceId) {

  /** Copies collections so the record stays immutable. */
  public AdjacentAppInstanceInfo {
    appInstanceCommLink = Copies.list(appInstanceCommLink);
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

  /** Builds {@link AdjacentAppInstanceInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String appInstanceId;
    private @Nullable String appDId;
    private @Nullable List<CommunicationInterface> appInstanceCommLink;
    private @Nullable MECHostInformation mecHostInformation;
    private @Nullable String registeredInstanceId;

    private Builder() {}

    private Builder(AdjacentAppInstanceInfo source) {
      this.appInstanceId = source.appInstanceId;
      this.appDId = source.appDId;
      this.appInstanceCommLink = Copies.mutable(source.appInstanceCommLink);
      this.mecHostInformation = source.mecHostInformation;
      this.registeredInstanceId = source.registeredInstanceId;
    }

    /**
     * Sets {@code appInstanceId}: identifier of the adjacent application instance.
     *
     * @param appInstanceId the value
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Sets {@code appDId}: identifier of the application descriptor.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appInstanceCommLink}: addresses at which the adjacent instance can be reached.
     *
     * @param appInstanceCommLink the value
     * @return this builder
     */
    public Builder appInstanceCommLink(@Nullable List<CommunicationInterface> appInstanceCommLink) {
      this.appInstanceCommLink = Copies.mutable(appInstanceCommLink);
      return this;
    }

    /**
     * Appends one entry to {@code appInstanceCommLink}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAppInstanceCommLink(CommunicationInterface element) {
      this.appInstanceCommLink = Copies.add(this.appInstanceCommLink, element);
      return this;
    }

    /**
     * Sets {@code mecHostInformation}: the MEC host the adjacent instance runs on.
     *
     * @param mecHostInformation the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder mecHostInformation(@Nullable MECHostInformation mecHostInformation) {
      this.mecHostInformation = mecHostInformation;
      return this;
    }

    /**
     * Sets {@code registeredInstanceId}: identifier of the registered application instance of the same application descriptor.
     *
     * @param registeredInstanceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder registeredInstanceId(@Nullable String registeredInstanceId) {
      this.registeredInstanceId = registeredInstanceId;
      return this;
    }

    /**
     * Builds the {@link AdjacentAppInstanceInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AdjacentAppInstanceInfo build() {
      return new AdjacentAppInstanceInfo(appInstanceId, appDId, appInstanceCommLink, mecHostInformation, registeredInstanceId);
    }
  }
}
