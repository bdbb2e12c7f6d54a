package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A managed container infrastructure object (MCIO), such as a Kubernetes Deployment, that realises part of a
 * containerised application instance, as reported by the CISM.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema McioInfo).
 *
 * @param mcioId Identifier of the MCIO, created by the CISM.
 * @param mcioName Human-readable name of the MCIO.
 * @param mcioNamespace Namespace of the MCIO.
 * @param vduId Identifier of the VDU of the descriptor that the MCIO realises.
 * @param cismId Identifier of the CISM that manages the MCIO.
 * @param mcioType Type of the MCIO as its declarative descriptor gives it, e.g. the {@code kind} of a Kubernetes
 *     manifest such as {@code Deployment}.
 * @param desiredInstances Number of desired instances of the MCIO.
 * @param availableInstances Number of available instances of the MCIO.
 * @param additionalInfo Further information on the MCIO from the CISM, e.g. on its actual and desired runtime state.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "McioInfo")
public record McioInfo(
    @JsonProperty("mcioId") @NotNull String mcioId,
    @JsonProperty("mcioName") @NotNull String mcioName,
    @JsonProperty("mcioNamespace") @NotNull String mcioNamespace,
    @JsonProperty("vduId") @NotNull String vduId,
    @JsonProperty("cismId") @NotNull String cismId,
    @JsonProperty("mcioType") @NotNull String mcioType,
    @JsonProperty("desiredInstances") @NotNull Integer desiredInstances,
    @JsonProperty("availableInstances") @NotNull Integer availableInstances,
    @JsonProperty("additionalInfo") @Nullable String additionalInfo) {

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

  /** Builds {@link McioInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String mcioId;
    private @Nullable String mcioName;
    private @Nullable String mcioNamespace;
    private @Nullable String vduId;
    private @Nullable String cismId;
    private @Nullable String mcioType;
    private @Nullable Integer desiredInstances;
    private @Nullable Integer availableInstances;
    private @Nullable String additionalInfo;

    private Builder() {}

    private Builder(McioInfo source) {
      this.mcioId = source.mcioId;
      this.mcioName = source.mcioName;
      this.mcioNamespace = source.mcioNamespace;
      this.vduId = source.vduId;
      this.cismId = source.cismId;
      this.mcioType = source.mcioType;
      this.desiredInstances = source.desiredInstances;
      this.availableInstances = source.availableInstances;
      this.additionalInfo = source.additionalInfo;
    }

    /**
     * Sets {@code mcioId}: Identifier of the MCIO, created by the CISM.
     *
     * @param mcioId the value
     * @return this builder
     */
    public Builder mcioId(@Nullable String mcioId) {
      this.mcioId = mcioId;
      return this;
    }

    /**
     * Sets {@code mcioName}: Human-readable name of the MCIO.
     *
     * @param mcioName the value
     * @return this builder
     */
    public Builder mcioName(@Nullable String mcioName) {
      this.mcioName = mcioName;
      return this;
    }

    /**
     * Sets {@code mcioNamespace}: Namespace of the MCIO.
     *
     * @param mcioNamespace the value
     * @return this builder
     */
    public Builder mcioNamespace(@Nullable String mcioNamespace) {
      this.mcioNamespace = mcioNamespace;
      return this;
    }

    /**
     * Sets {@code vduId}: Identifier of the VDU of the descriptor that the MCIO realises.
     *
     * @param vduId the value
     * @return this builder
     */
    public Builder vduId(@Nullable String vduId) {
      this.vduId = vduId;
      return this;
    }

    /**
     * Sets {@code cismId}: Identifier of the CISM that manages the MCIO.
     *
     * @param cismId the value
     * @return this builder
     */
    public Builder cismId(@Nullable String cismId) {
      this.cismId = cismId;
      return this;
    }

    /**
     * Sets {@code mcioType}: Type of the MCIO as its declarative descriptor gives it, e.g. the {@code kind} of a
     * Kubernetes manifest such as {@code Deployment}.
     *
     * @param mcioType the value
     * @return this builder
     */
    public Builder mcioType(@Nullable String mcioType) {
      this.mcioType = mcioType;
      return this;
    }

    /**
     * Sets {@code desiredInstances}: Number of desired instances of the MCIO.
     *
     * @param desiredInstances the value
     * @return this builder
     */
    public Builder desiredInstances(@Nullable Integer desiredInstances) {
      this.desiredInstances = desiredInstances;
      return this;
    }

    /**
     * Sets {@code availableInstances}: Number of available instances of the MCIO.
     *
     * @param availableInstances the value
     * @return this builder
     */
    public Builder availableInstances(@Nullable Integer availableInstances) {
      this.availableInstances = availableInstances;
      return this;
    }

    /**
     * Sets {@code additionalInfo}: Further information on the MCIO from the CISM, e.g. on its actual and desired
     * runtime state.
     *
     * @param additionalInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder additionalInfo(@Nullable String additionalInfo) {
      this.additionalInfo = additionalInfo;
      return this;
    }

    /**
     * Builds the {@link McioInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public McioInfo build() {
      return new McioInfo(mcioId, mcioName, mcioNamespace, vduId, cismId, mcioType, desiredInstances, availableInstances, additionalInfo);
    }
  }
}
