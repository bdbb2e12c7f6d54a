package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;

/**
 * String representing the type of a subscription.
 *
 * <p>Defined in ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppInstanceSubscriptionType), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppInstanceSubscriptionType).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppInstanceSubscriptionType")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstanceSubscriptionType")
public enum AppInstanceSubscriptionType {
  /** Wire value {@code AppInstanceStateChangeSubscription}. */
  @JsonProperty("AppInstanceStateChangeSubscription")
  APP_INSTANCE_STATE_CHANGE_SUBSCRIPTION,
  /** Wire value {@code AppLcmOpOccStateChangeSubscription}. */
  @JsonProperty("AppLcmOpOccStateChangeSubscription")
  APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION,
  /** Wire value {@code AppIdentifierCreationSubscription}. */
  @JsonProperty("AppIdentifierCreationSubscription")
  APP_IDENTIFIER_CREATION_SUBSCRIPTION,
  /** Wire value {@code AppIdentifierDeletionSubscription}. */
  @JsonProperty("AppIdentifierDeletionSubscription")
  APP_IDENTIFIER_DELETION_SUBSCRIPTION,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
