package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * A problem report in the format of IETF RFC 7807 ({@code application/problem+json}), the body of every MEC API error
 * response.
 *
 * <p>ETSI GS MEC 009 makes RFC 7807 problem details the error body of all MEC APIs; every ETSI file defines this schema
 * identically. All attributes are optional; a server should at least give {@code status} and {@code detail}, as
 * {@link #of(int, String, String)} does.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ProblemDetails), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema ProblemDetails), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ProblemDetails), ETSI GS MEC 010-2
 * (MEC010-2_AppLcm.yaml, schema ProblemDetails), ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema ProblemDetails),
 * ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema ProblemDetails), ETSI GS MEC 021
 * (MEC021_AppMobilityService.yaml, schema ProblemDetails).
 *
 * @param type URI reference (IETF RFC 3986) that identifies the problem type; {@code about:blank} when absent
 * @param title short, human-readable summary of the problem type
 * @param status HTTP status code of this occurrence of the problem
 * @param detail human-readable explanation of this occurrence of the problem
 * @param instance URI reference that identifies this occurrence of the problem
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ProblemDetails")
@EtsiSchema(spec = "MEC011_AppSupport", name = "ProblemDetails")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ProblemDetails")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ProblemDetails")
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ProblemDetails")
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "ProblemDetails")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "ProblemDetails")
public record ProblemDetails(
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("title") @Nullable String title,
    @JsonProperty("status") @Nullable Integer status,
    @JsonProperty("detail") @Nullable String detail,
    @JsonProperty("instance") @Nullable String instance) implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * A problem with a status, a short title and a detail that says what went wrong and how to fix it.
   *
   * <pre>{@code
   * ProblemDetails p = ProblemDetails.of(400, "Bad Request", "serName: must not be null");
   * }</pre>
   *
   * @param status the HTTP status code
   * @param title a short summary of the problem type
   * @param detail the explanation of this occurrence
   * @return the problem
   */
  public static ProblemDetails of(int status, String title, String detail) {
    return new ProblemDetails(null, title, status, detail, null);
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

  /** Builds {@link ProblemDetails} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String type;
    private @Nullable String title;
    private @Nullable Integer status;
    private @Nullable String detail;
    private @Nullable String instance;

    private Builder() {}

    private Builder(ProblemDetails source) {
      this.type = source.type;
      this.title = source.title;
      this.status = source.status;
      this.detail = source.detail;
      this.instance = source.instance;
    }

    /**
     * Sets {@code type}: URI reference that identifies the problem type.
     *
     * @param type the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder type(@Nullable String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code title}: short, human-readable summary of the problem type.
     *
     * @param title the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@code status}: HTTP status code of this occurrence of the problem.
     *
     * @param status the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder status(@Nullable Integer status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@code detail}: human-readable explanation of this occurrence of the problem.
     *
     * @param detail the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder detail(@Nullable String detail) {
      this.detail = detail;
      return this;
    }

    /**
     * Sets {@code instance}: URI reference that identifies this occurrence of the problem.
     *
     * @param instance the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder instance(@Nullable String instance) {
      this.instance = instance;
      return this;
    }

    /**
     * Builds the {@link ProblemDetails}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ProblemDetails build() {
      return new ProblemDetails(type, title, status, detail, instance);
    }
  }
}
