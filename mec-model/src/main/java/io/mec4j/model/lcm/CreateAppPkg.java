package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request to onboard an application package, the body of a POST on the application packages resource: which package,
 * where to fetch it and its checksum.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema CreateAppPkg).
 *
 * @param appPkgName name of the application package
 * @param appPkgVersion version of the package; with {@code appPkgName} it identifies the package uniquely
 * @param appProvider provider of the package
 * @param checksum checksum of the package
 * @param userDefinedData user-defined data for the package
 * @param appPkgPath address from which the package can be fetched (how to convey it is for further study in the spec)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "CreateAppPkg")
public record CreateAppPkg(
    @JsonProperty("appPkgName") @NotNull String appPkgName,
    @JsonProperty("appPkgVersion") @NotNull String appPkgVersion,
    @JsonProperty("appProvider") @Nullable String appProvider,
    @JsonProperty("checksum") @NotNull @Valid Checksum checksum,
    @JsonProperty("userDefinedData") @Nullable Map<String, Object> userDefinedData,
    @JsonProperty("appPkgPath") @NotNull String appPkgPath) {

  /** Copies collections so the record stays immutable. */
  public CreateAppPkg {
    userDefinedData = Copies.map(userDefinedData);
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

  /** Builds {@link CreateAppPkg} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String appPkgName;
    private @Nullable String appPkgVersion;
    private @Nullable String appProvider;
    private @Nullable Checksum checksum;
    private @Nullable Map<String, Object> userDefinedData;
    private @Nullable String appPkgPath;

    private Builder() {}

    private Builder(CreateAppPkg source) {
      this.appPkgName = source.appPkgName;
      this.appPkgVersion = source.appPkgVersion;
      this.appProvider = source.appProvider;
      this.checksum = source.checksum;
      this.userDefinedData = Copies.mutable(source.userDefinedData);
      this.appPkgPath = source.appPkgPath;
    }

    /**
     * Sets {@code appPkgName}: Name of the application package.
     *
     * @param appPkgName the value
     * @return this builder
     */
    public Builder appPkgName(@Nullable String appPkgName) {
      this.appPkgName = appPkgName;
      return this;
    }

    /**
     * Sets {@code appPkgVersion}: Version of the package; with {@code appPkgName} it identifies the package uniquely.
     *
     * @param appPkgVersion the value
     * @return this builder
     */
    public Builder appPkgVersion(@Nullable String appPkgVersion) {
      this.appPkgVersion = appPkgVersion;
      return this;
    }

    /**
     * Sets {@code appProvider}: Provider of the package.
     *
     * @param appProvider the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appProvider(@Nullable String appProvider) {
      this.appProvider = appProvider;
      return this;
    }

    /**
     * Sets {@code checksum}: Checksum of the package.
     *
     * @param checksum the value
     * @return this builder
     */
    public Builder checksum(@Nullable Checksum checksum) {
      this.checksum = checksum;
      return this;
    }

    /**
     * Sets {@code userDefinedData}: User-defined data for the package.
     *
     * @param userDefinedData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder userDefinedData(@Nullable Map<String, Object> userDefinedData) {
      this.userDefinedData = Copies.mutable(userDefinedData);
      return this;
    }

    /**
     * Puts one entry into {@code userDefinedData}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putUserDefinedData(String key, Object value) {
      this.userDefinedData = Copies.put(this.userDefinedData, key, value);
      return this;
    }

    /**
     * Sets {@code appPkgPath}: Address from which the package can be fetched (how to convey it is for further study in
     * the spec).
     *
     * @param appPkgPath the value
     * @return this builder
     */
    public Builder appPkgPath(@Nullable String appPkgPath) {
      this.appPkgPath = appPkgPath;
      return this;
    }

    /**
     * Builds the {@link CreateAppPkg}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public CreateAppPkg build() {
      return new CreateAppPkg(appPkgName, appPkgVersion, appProvider, checksum, userDefinedData, appPkgPath);
    }
  }
}
