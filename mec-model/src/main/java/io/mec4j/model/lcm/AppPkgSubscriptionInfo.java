package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SelfLinks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A subscription to application package notifications, as the MEO returns it.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.4.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgSubscriptionInfo).
 *
 * @param id identifier of the subscription, allocated by the MEO
 * @param subscriptionType the kind of package events notified
 * @param callbackUri URI to which the notifications are sent
 * @param links link to this subscription resource
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgSubscriptionInfo")
public record AppPkgSubscriptionInfo(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("subscriptionType") @NotNull AppPkgSubscriptionType subscriptionType,
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("_links") @NotNull @Valid SelfLinks links) {

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

  /** Builds {@link AppPkgSubscriptionInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable AppPkgSubscriptionType subscriptionType;
    private @Nullable String callbackUri;
    private @Nullable SelfLinks links;

    private Builder() {}

    private Builder(AppPkgSubscriptionInfo source) {
      this.id = source.id;
      this.subscriptionType = source.subscriptionType;
      this.callbackUri = source.callbackUri;
      this.links = source.links;
    }

    /**
     * Sets {@code id}: Identifier of the subscription, allocated by the MEO.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code subscriptionType}: The kind of package events notified.
     *
     * @param subscriptionType the value
     * @return this builder
     */
    public Builder subscriptionType(@Nullable AppPkgSubscriptionType subscriptionType) {
      this.subscriptionType = subscriptionType;
      return this;
    }

    /**
     * Sets {@code callbackUri}: URI to which the notifications are sent.
     *
     * @param callbackUri the value
     * @return this builder
     */
    public Builder callbackUri(@Nullable String callbackUri) {
      this.callbackUri = callbackUri;
      return this;
    }

    /**
     * Sets {@code _links}: Links to resources related to this resource.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable SelfLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link AppPkgSubscriptionInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppPkgSubscriptionInfo build() {
      return new AppPkgSubscriptionInfo(id, subscriptionType, callbackUri, links);
    }
  }
}
