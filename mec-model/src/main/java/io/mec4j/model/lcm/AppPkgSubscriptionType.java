package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;

/**
 * type of a subscription
 *
 * <p>Defined in ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgSubscriptionType).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgSubscriptionType")
public enum AppPkgSubscriptionType {
  /** Wire value {@code AppPackageOnBoardingSubscription}. */
  @JsonProperty("AppPackageOnBoardingSubscription")
  APP_PACKAGE_ON_BOARDING_SUBSCRIPTION,
  /** Wire value {@code AppPackageChangeSubscription}. */
  @JsonProperty("AppPackageChangeSubscription")
  APP_PACKAGE_CHANGE_SUBSCRIPTION,
  /** Wire value {@code AppPackageDeletionSubscription}. */
  @JsonProperty("AppPackageDeletionSubscription")
  APP_PACKAGE_DELETION_SUBSCRIPTION,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
