package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Onboarding state of an application package. ERROR is not in MEC 010-2 v3.1.1; mec4j uses it for a package whose content failed its integrity or authenticity checks (see docs/spec-deviations.md).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum OnboardingState {
  /** Wire value {@code CREATED}. */
  CREATED,
  /** Wire value {@code UPLOADING}. */
  UPLOADING,
  /** Wire value {@code PROCESSING}. */
  PROCESSING,
  /** Wire value {@code ONBOARDED}. */
  ONBOARDED,
  /** Wire value {@code ERROR}. */
  ERROR,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
