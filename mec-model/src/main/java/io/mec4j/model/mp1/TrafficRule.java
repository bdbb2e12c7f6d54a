package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.FilterType;
import io.mec4j.model.common.TrafficAction;
import io.mec4j.model.common.TrafficFilter;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A traffic rule of a MEC application: which packets the MEC host data plane selects and what it does with them.
 *
 * <p>Data type {@code TrafficRule} of ETSI GS MEC 011, clause 7.1.2.2. Priorities run from 0 (highest) to 255 (lowest);
 * when rules conflict, the one with the higher priority wins.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema TrafficRule).
 *
 * @param trafficRuleId identifier of the rule
 * @param filterType whether the filter applies per flow or per packet
 * @param priority priority of the rule, from 0 (highest) to 255 (lowest)
 * @param trafficFilter filters that select the packets the rule applies to, at least one
 * @param action what the data plane does with a matching packet
 * @param dstInterface where matching packets go: needed for the forwarding actions and absent for
 *     {@link TrafficAction#DROP}
 * @param state whether the rule is applied; a MEC application may change it with PUT
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "TrafficRule")
public record TrafficRule(
    @JsonProperty("trafficRuleId") @NotNull String trafficRuleId,
    @JsonProperty("filterType") @NotNull FilterType filterType,
    @JsonProperty("priority") @NotNull Integer priority,
    @JsonProperty("trafficFilter") @NotNull @Size(min = 1) List<@Valid TrafficFilter> trafficFilter,
    @JsonProperty("action") @NotNull TrafficAction action,
    @JsonProperty("dstInterface") @Valid @Nullable DestinationInterface dstInterface,
    @JsonProperty("state") @NotNull RuleState state) {

  /** Copies collections so the record stays immutable. */
  public TrafficRule {
    trafficFilter = Copies.list(trafficFilter);
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

  /** Builds {@link TrafficRule} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String trafficRuleId;
    private @Nullable FilterType filterType;
    private @Nullable Integer priority;
    private @Nullable List<TrafficFilter> trafficFilter;
    private @Nullable TrafficAction action;
    private @Nullable DestinationInterface dstInterface;
    private @Nullable RuleState state;

    private Builder() {}

    private Builder(TrafficRule source) {
      this.trafficRuleId = source.trafficRuleId;
      this.filterType = source.filterType;
      this.priority = source.priority;
      this.trafficFilter = Copies.mutable(source.trafficFilter);
      this.action = source.action;
      this.dstInterface = source.dstInterface;
      this.state = source.state;
    }

    /**
     * Sets {@code trafficRuleId}: identifier of the rule.
     *
     * @param trafficRuleId the value
     * @return this builder
     */
    public Builder trafficRuleId(@Nullable String trafficRuleId) {
      this.trafficRuleId = trafficRuleId;
      return this;
    }

    /**
     * Sets {@code filterType}: whether the filter applies per flow or per packet.
     *
     * @param filterType the value
     * @return this builder
     */
    public Builder filterType(@Nullable FilterType filterType) {
      this.filterType = filterType;
      return this;
    }

    /**
     * Sets {@code priority}: priority of the rule, from 0 (highest) to 255 (lowest).
     *
     * @param priority the value
     * @return this builder
     */
    public Builder priority(@Nullable Integer priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets {@code trafficFilter}: filters that select the packets the rule applies to, at least one.
     *
     * @param trafficFilter the value
     * @return this builder
     */
    public Builder trafficFilter(@Nullable List<TrafficFilter> trafficFilter) {
      this.trafficFilter = Copies.mutable(trafficFilter);
      return this;
    }

    /**
     * Appends one entry to {@code trafficFilter}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addTrafficFilter(TrafficFilter element) {
      this.trafficFilter = Copies.add(this.trafficFilter, element);
      return this;
    }

    /**
     * Sets {@code action}: what the data plane does with a matching packet.
     *
     * @param action the value
     * @return this builder
     */
    public Builder action(@Nullable TrafficAction action) {
      this.action = action;
      return this;
    }

    /**
     * Sets {@code dstInterface}: where matching packets go.
     *
     * @param dstInterface the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dstInterface(@Nullable DestinationInterface dstInterface) {
      this.dstInterface = dstInterface;
      return this;
    }

    /**
     * Sets {@code state}: whether the rule is applied; a MEC application may change it with PUT.
     *
     * @param state the value
     * @return this builder
     */
    public Builder state(@Nullable RuleState state) {
      this.state = state;
      return this;
    }

    /**
     * Builds the {@link TrafficRule}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public TrafficRule build() {
      return new TrafficRule(trafficRuleId, filterType, priority, trafficFilter, action, dstInterface, state);
    }
  }
}
