package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CategoryRef;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code FilteringCriteria} data type of ETSI GS MEC 011.
 * <p>Filtering criteria to match services for which events are requested to be reported. If absent, matches all services. All child attributes are combined with the logical "AND" operation.
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema FilteringCriteria).
 *
 * @param serInstanceIds Identifiers of service instances about which to report events. See note.
 * @param serNames Names of services about which to report events. See note.
 * @param serCategories Categories of services about which to report events. See note.
 * @param states States of the services about which to report events. If the event is a state change, this filter represents the state after the change.
 * @param isLocal Restrict event reporting to whether the service is local to the MEC platform where the subscription is managed.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "FilteringCriteria")
public record FilteringCriteria(
    @JsonProperty("serInstanceIds") @Nullable List<String> serInstanceIds,
    @JsonProperty("serNames") @Nullable List<String> serNames,
    @JsonProperty("serCategories") @Nullable List<@Valid CategoryRef> serCategories,
    @JsonProperty("states") @Nullable List<ServiceState> states,
    @JsonProperty("isLocal") @Nullable Boolean isLocal) {

  /** Copies collections so the record stays immutable. */
  public FilteringCriteria {
    serInstanceIds = Copies.list(serInstanceIds);
    serNames = Copies.list(serNames);
    serCategories = Copies.list(serCategories);
    states = Copies.list(states);
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

  /** Builds {@link FilteringCriteria} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable List<String> serInstanceIds;
    private @Nullable List<String> serNames;
    private @Nullable List<CategoryRef> serCategories;
    private @Nullable List<ServiceState> states;
    private @Nullable Boolean isLocal;

    private Builder() {}

    private Builder(FilteringCriteria source) {
      this.serInstanceIds = Copies.mutable(source.serInstanceIds);
      this.serNames = Copies.mutable(source.serNames);
      this.serCategories = Copies.mutable(source.serCategories);
      this.states = Copies.mutable(source.states);
      this.isLocal = source.isLocal;
    }

    /**
     * Sets {@code serInstanceIds}: Identifiers of service instances about which to report events.
     *
     * @param serInstanceIds the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder serInstanceIds(@Nullable List<String> serInstanceIds) {
      this.serInstanceIds = Copies.mutable(serInstanceIds);
      return this;
    }

    /**
     * Appends one entry to {@code serInstanceIds}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSerInstanceId(String element) {
      this.serInstanceIds = Copies.add(this.serInstanceIds, element);
      return this;
    }

    /**
     * Sets {@code serNames}: Names of services about which to report events.
     *
     * @param serNames the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder serNames(@Nullable List<String> serNames) {
      this.serNames = Copies.mutable(serNames);
      return this;
    }

    /**
     * Appends one entry to {@code serNames}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSerName(String element) {
      this.serNames = Copies.add(this.serNames, element);
      return this;
    }

    /**
     * Sets {@code serCategories}: Categories of services about which to report events.
     *
     * @param serCategories the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder serCategories(@Nullable List<CategoryRef> serCategories) {
      this.serCategories = Copies.mutable(serCategories);
      return this;
    }

    /**
     * Appends one entry to {@code serCategories}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSerCategory(CategoryRef element) {
      this.serCategories = Copies.add(this.serCategories, element);
      return this;
    }

    /**
     * Sets {@code states}: States of the services about which to report events.
     *
     * @param states the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder states(@Nullable List<ServiceState> states) {
      this.states = Copies.mutable(states);
      return this;
    }

    /**
     * Appends one entry to {@code states}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addState(ServiceState element) {
      this.states = Copies.add(this.states, element);
      return this;
    }

    /**
     * Sets {@code isLocal}: Restrict event reporting to whether the service is local to the MEC platform where the subscription is managed.
     *
     * @param isLocal the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder isLocal(@Nullable Boolean isLocal) {
      this.isLocal = isLocal;
      return this;
    }

    /**
     * Builds the {@link FilteringCriteria}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public FilteringCriteria build() {
      return new FilteringCriteria(serInstanceIds, serNames, serCategories, states, isLocal);
    }
  }
}
