package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;

/**
 * The kind of an application instance subscription: to instance state changes, to lifecycle operation occurrence state
 * changes, or to the creation or deletion of application instance identifiers.
 *
 * <p>Types the links of an {@link AppInstanceSubscriptionLink} (MEC010-2_AppLcm.yaml, clause 6.2.2.19) and the
 * {@code subscription_type} query parameter; MEC010-2_AppPkgMgmt.yaml repeats the schema without using it.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppInstanceSubscriptionType")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstanceSubscriptionType")
public enum AppInstanceSubscriptionType {
  /** Changes of the state of application instances ({@code AppInstanceStateChangeSubscription}). */
  @JsonProperty("AppInstanceStateChangeSubscription")
  APP_INSTANCE_STATE_CHANGE_SUBSCRIPTION,
  /** Changes of the state of lifecycle operation occurrences ({@code AppLcmOpOccStateChangeSubscription}). */
  @JsonProperty("AppLcmOpOccStateChangeSubscription")
  APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION,
  /** Creation of application instance identifiers ({@code AppIdentifierCreationSubscription}). */
  @JsonProperty("AppIdentifierCreationSubscription")
  APP_IDENTIFIER_CREATION_SUBSCRIPTION,
  /** Deletion of application instance identifiers ({@code AppIdentifierDeletionSubscription}). */
  @JsonProperty("AppIdentifierDeletionSubscription")
  APP_IDENTIFIER_DELETION_SUBSCRIPTION,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
