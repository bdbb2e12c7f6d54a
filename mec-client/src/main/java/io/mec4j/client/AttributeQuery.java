package io.mec4j.client;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Attribute-based filtering and attribute selectors of ETSI GS MEC 009 (clauses 6.18 and 6.19), the {@code filter},
 * {@code all_fields}, {@code fields}, {@code exclude_fields} and {@code exclude_default} query parameters of the MEC
 * 010-2 and MEC 021 list queries. Immutable.
 *
 * <pre>{@code
 * AttributeQuery.all();
 * AttributeQuery.filter("(eq,operationalState,ENABLED)");
 * AttributeQuery.builder().filter("(eq,appName,video)").fields("appD", "softwareImages").build();
 * }</pre>
 *
 * @param filter the filter expression, sent as is, or {@code null}
 * @param allFields {@code all_fields}: include all complex attributes
 * @param fields {@code fields}: complex attributes to include
 * @param excludeFields {@code exclude_fields}: complex attributes to leave out
 * @param excludeDefault {@code exclude_default}: leave out the API's default set of complex attributes
 */
public record AttributeQuery(@Nullable String filter, boolean allFields, List<String> fields,
    List<String> excludeFields, boolean excludeDefault) {

  private static final AttributeQuery ALL = new AttributeQuery(null, false, List.of(), List.of(), false);

  /** Copies the lists and checks that {@code all_fields} is not combined with the other selectors. */
  public AttributeQuery {
    fields = List.copyOf(fields);
    excludeFields = List.copyOf(excludeFields);
    if (filter != null && filter.isBlank()) {
      throw new IllegalArgumentException("filter must not be blank");
    }
    if (allFields && (!fields.isEmpty() || !excludeFields.isEmpty() || excludeDefault)) {
      throw new IllegalArgumentException("all_fields cannot be combined with fields, exclude_fields or"
          + " exclude_default (MEC 009 clause 6.18)");
    }
  }

  /**
   * No filter and no selector: the API's default representation of every resource.
   *
   * @return the query
   */
  public static AttributeQuery all() {
    return ALL;
  }

  /**
   * Only a filter expression.
   *
   * @param filter e.g. {@code (eq,operationalState,ENABLED)}
   * @return the query
   */
  public static AttributeQuery filter(String filter) {
    return builder().filter(filter).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AttributeQuery}; not thread-safe. */
  public static final class Builder {
    private @Nullable String filter;
    private boolean allFields;
    private List<String> fields = List.of();
    private List<String> excludeFields = List.of();
    private boolean excludeDefault;

    private Builder() {}

    /**
     * Sets the filter expression.
     *
     * @param filter e.g. {@code (eq,appName,video)}
     * @return this builder
     */
    public Builder filter(String filter) {
      this.filter = Objects.requireNonNull(filter, "filter");
      return this;
    }

    /**
     * Asks for all complex attributes.
     *
     * @return this builder
     */
    public Builder allFields() {
      this.allFields = true;
      return this;
    }

    /**
     * Complex attributes to include.
     *
     * @param names attribute names
     * @return this builder
     */
    public Builder fields(String... names) {
      this.fields = List.of(names);
      return this;
    }

    /**
     * Complex attributes to leave out.
     *
     * @param names attribute names
     * @return this builder
     */
    public Builder excludeFields(String... names) {
      this.excludeFields = List.of(names);
      return this;
    }

    /**
     * Leaves out the default set of complex attributes.
     *
     * @return this builder
     */
    public Builder excludeDefault() {
      this.excludeDefault = true;
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     */
    public AttributeQuery build() {
      return new AttributeQuery(filter, allFields, fields, excludeFields, excludeDefault);
    }
  }
}
