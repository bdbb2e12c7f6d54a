package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ServiceReferences} data type of ETSI GS MEC 011.
 * <p>List of links to services whose availability has changed.
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceReferences).
 *
 * @param link Link to the resource representing the individual service. Shall be present unless "changeType"="REMOVED".
 * @param serName Name of the service. (required)
 * @param serInstanceId Identifier of the service. (required)
 * @param state State of the service after the modification. (required)
 * @param changeType Type of the change. Valid values: ADDED: The service was newly added. REMOVED: The service was removed. STATE_CHANGED: Only the state of the service was changed. ATTRIBUTES_CHANGED: At least one attribute of the service other than state was changed. The change may or may not include changing the state. (required)
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ServiceReferences")
public record ServiceReferences(
    @JsonProperty("link") @Valid @Nullable LinkType link,
    @JsonProperty("serName") @NotNull String serName,
    @JsonProperty("serInstanceId") @NotNull String serInstanceId,
    @JsonProperty("state") @NotNull ServiceState state,
    @JsonProperty("changeType") @NotNull ChangeType changeType) {

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

  /** Builds {@link ServiceReferences} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable LinkType link;
    private @Nullable String serName;
    private @Nullable String serInstanceId;
    private @Nullable ServiceState state;
    private @Nullable ChangeType changeType;

    private Builder() {}

    private Builder(ServiceReferences source) {
      this.link = source.link;
      this.serName = source.serName;
      this.serInstanceId = source.serInstanceId;
      this.state = source.state;
      this.changeType = source.changeType;
    }

    /**
     * Sets {@code link}: Link to the resource representing the individual service.
     *
     * @param link the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder link(@Nullable LinkType link) {
      this.link = link;
      return this;
    }

    /**
     * Sets {@code serName}: Name of the service.
     *
     * @param serName the value
     * @return this builder
     */
    public Builder serName(@Nullable String serName) {
      this.serName = serName;
      return this;
    }

    /**
     * Sets {@code serInstanceId}: Identifier of the service.
     *
     * @param serInstanceId the value
     * @return this builder
     */
    public Builder serInstanceId(@Nullable String serInstanceId) {
      this.serInstanceId = serInstanceId;
      return this;
    }

    /**
     * Sets {@code state}: State of the service after the modification.
     *
     * @param state the value
     * @return this builder
     */
    public Builder state(@Nullable ServiceState state) {
      this.state = state;
      return this;
    }

    /**
     * Sets {@code changeType}: Type of the change.
     *
     * @param changeType the value
     * @return this builder
     */
    public Builder changeType(@Nullable ChangeType changeType) {
      this.changeType = changeType;
      return this;
    }

    /**
     * Builds the {@link ServiceReferences}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ServiceReferences build() {
      return new ServiceReferences(link, serName, serInstanceId, state, changeType);
    }
  }
}
