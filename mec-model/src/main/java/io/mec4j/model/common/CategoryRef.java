package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a category in a catalogue, used to classify MEC services and applications (for example "RNI" for radio
 * network information services).
 *
 * <p>Data type {@code CategoryRef} of ETSI GS MEC 011, clause 8.1.5.2.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema CategoryRef), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema CategoryRef), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema CategoryRef), ETSI GS MEC 010-2
 * (MEC010-2_AppLcm.yaml, schema CategoryRef).
 *
 * @param href URI of the category in its catalogue
 * @param id identifier of the category
 * @param name name of the category
 * @param version version of the category
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "CategoryRef")
@EtsiSchema(spec = "MEC011_AppSupport", name = "CategoryRef")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "CategoryRef")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CategoryRef")
public record CategoryRef(
    @JsonProperty("href") @NotNull String href,
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("name") @NotNull String name,
    @JsonProperty("version") @NotNull String version) {

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

  /** Builds {@link CategoryRef} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String href;
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String version;

    private Builder() {}

    private Builder(CategoryRef source) {
      this.href = source.href;
      this.id = source.id;
      this.name = source.name;
      this.version = source.version;
    }

    /**
     * Sets {@code href}: URI of the category in its catalogue.
     *
     * @param href the value
     * @return this builder
     */
    public Builder href(@Nullable String href) {
      this.href = href;
      return this;
    }

    /**
     * Sets {@code id}: identifier of the category.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code name}: name of the category.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code version}: version of the category.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      this.version = version;
      return this;
    }

    /**
     * Builds the {@link CategoryRef}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public CategoryRef build() {
      return new CategoryRef(href, id, name, version);
    }
  }
}
