package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The onboarding state of an application package.
 *
 * <p>{@code ERROR} is not a value of ETSI GS MEC 010-2 v3.1.1: mec4j uses it for a package whose content failed its
 * integrity or authenticity checks, as ETSI GS NFV-SOL 005 does for VNF packages (see {@code docs/spec-deviations.md}).
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.3.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
public enum OnboardingState {
  /** The package resource has been created. */
  CREATED,
  /** The package content is being uploaded. */
  UPLOADING,
  /** The package content is being processed, e.g. validated. */
  PROCESSING,
  /** The package content has been onboarded. */
  ONBOARDED,
  /** The package content failed its integrity or authenticity checks (a mec4j extension). */
  ERROR,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
