package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;

/**
 * The kind of application package events a subscription is for: onboarding, changes of operational state, or deletion.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.7.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgSubscriptionType")
public enum AppPkgSubscriptionType {
  /** Packages onboarded ({@code AppPackageOnBoardingSubscription}). */
  @JsonProperty("AppPackageOnBoardingSubscription")
  APP_PACKAGE_ON_BOARDING_SUBSCRIPTION,
  /** Packages enabled or disabled ({@code AppPackageChangeSubscription}). */
  @JsonProperty("AppPackageChangeSubscription")
  APP_PACKAGE_CHANGE_SUBSCRIPTION,
  /** Packages deleted ({@code AppPackageDeletionSubscription}). */
  @JsonProperty("AppPackageDeletionSubscription")
  APP_PACKAGE_DELETION_SUBSCRIPTION,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
