package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CategoryRef;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A MEC service that a MEC application produces, as declared in its AppD.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.7.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema ServiceDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ServiceDescriptor).
 *
 * @param serName name of the service, e.g. {@code rnis} or {@code LocationService}
 * @param serCategory category of the service (ETSI GS MEC 011)
 * @param version version of the service
 * @param transportsSupported the transports and serialisers over which the service is offered; REST over HTTP with JSON
 *     when absent
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ServiceDescriptor")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ServiceDescriptor")
public record ServiceDescriptor(
    @JsonProperty("serName") @NotNull String serName,
    @JsonProperty("serCategory") @Valid @Nullable CategoryRef serCategory,
    @JsonProperty("version") @NotNull String version,
    @JsonProperty("transportsSupported") @Nullable List<@Valid TransportsSupported> transportsSupported) {

  /** Copies collections so the record stays immutable. */
  public ServiceDescriptor {
    transportsSupported = Copies.list(transportsSupported);
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

  /** Builds {@link ServiceDescriptor} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String serName;
    private @Nullable CategoryRef serCategory;
    private @Nullable String version;
    private @Nullable List<TransportsSupported> transportsSupported;

    private Builder() {}

    private Builder(ServiceDescriptor source) {
      this.serName = source.serName;
      this.serCategory = source.serCategory;
      this.version = source.version;
      this.transportsSupported = Copies.mutable(source.transportsSupported);
    }

    /**
     * Sets {@code serName}: Name of the service, e.g. {@code rnis} or {@code LocationService}.
     *
     * @param serName the value
     * @return this builder
     */
    public Builder serName(@Nullable String serName) {
      this.serName = serName;
      return this;
    }

    /**
     * Sets {@code serCategory}: Category of the service (ETSI GS MEC 011).
     *
     * @param serCategory the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder serCategory(@Nullable CategoryRef serCategory) {
      this.serCategory = serCategory;
      return this;
    }

    /**
     * Sets {@code version}: Version of the service.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets {@code transportsSupported}: The transports and serialisers over which the service is offered; REST over
     * HTTP with JSON when absent.
     *
     * @param transportsSupported the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder transportsSupported(@Nullable List<TransportsSupported> transportsSupported) {
      this.transportsSupported = Copies.mutable(transportsSupported);
      return this;
    }

    /**
     * Appends one entry to {@code transportsSupported}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addTransportsSupported(TransportsSupported element) {
      this.transportsSupported = Copies.add(this.transportsSupported, element);
      return this;
    }

    /**
     * Builds the {@link ServiceDescriptor}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ServiceDescriptor build() {
      return new ServiceDescriptor(serName, serCategory, version, transportsSupported);
    }
  }
}
