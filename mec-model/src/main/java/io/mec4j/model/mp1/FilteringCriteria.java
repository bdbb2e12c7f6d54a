package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CategoryRef;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Selects the MEC services whose availability changes a subscription reports; all given criteria must match.
 *
 * <p>Inlined type {@code filteringCriteria} of {@code SerAvailabilityNotificationSubscription}, ETSI GS MEC 011, clause
 * 8.1.3.2. {@code serInstanceIds}, {@code serNames} and {@code serCategories} are alternatives: at most one of them may
 * be present (not checked by validation). Without criteria all services match.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema FilteringCriteria).
 *
 * @param serInstanceIds identifiers of the service instances to report on
 * @param serNames names of the services to report on
 * @param serCategories categories of the services to report on
 * @param states states of the services to report on; for a state change, the state after the change
 * @param isLocal whether to report only on services that are local (or only on services that are not local) to the MEC
 *     platform where the subscription is managed
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
     * Sets {@code serInstanceIds}: identifiers of the service instances to report on.
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
     * Sets {@code serNames}: names of the services to report on.
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
     * Sets {@code serCategories}: categories of the services to report on.
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
     * Sets {@code states}: states of the services to report on.
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
     * Sets {@code isLocal}: whether to report only on local (or only on non-local) services.
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
