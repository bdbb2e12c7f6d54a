package io.mec4j.model.lcm;

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
 * A traffic rule a MEC application requires: which packets the MEC host data plane matches, and what it does with them.
 *
 * <p>{@code dstInterface} is a list of up to two interfaces, as the spec text and the v2.1.1 file have it; the v3.1.1
 * files declare a single object although their own description asks for two values for the {@code DUPLICATE_*} actions
 * (see {@code docs/spec-deviations.md}).
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.9.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TrafficRuleDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TrafficRuleDescriptor).
 *
 * @param trafficRuleId identifier of the traffic rule
 * @param filterType whether the filter applies per {@code FLOW} (upstream packets match, downstream packets are handled
 *     by the same context) or per {@code PACKET}
 * @param priority priority from 0 (highest) to 255 (lowest); the rule with the higher priority wins when rules conflict
 * @param trafficFilter filters identifying the flows or packets to handle; at least one
 * @param action what the data plane does with matching packets
 * @param dstInterface the destination interfaces: one for {@code FORWARD_DECAPSULATED}, {@code FORWARD_ENCAPSULATED}
 *     and {@code PASSTHROUGH}, two for {@code DUPLICATE_DECAPSULATED} and {@code DUPLICATE_ENCAPSULATED} (the client
 *     side, e.g. the UE, first; then the core network side), none for {@code DROP}
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TrafficRuleDescriptor")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TrafficRuleDescriptor")
public record TrafficRuleDescriptor(
    @JsonProperty("trafficRuleId") @NotNull String trafficRuleId,
    @JsonProperty("filterType") @NotNull FilterType filterType,
    @JsonProperty("priority") @NotNull Integer priority,
    @JsonProperty("trafficFilter") @NotNull @Size(min = 1) List<@Valid TrafficFilter> trafficFilter,
    @JsonProperty("action") @NotNull TrafficAction action,
    @JsonProperty("dstInterface") @Nullable @Size(max = 2) List<@Valid InterfaceDescriptor> dstInterface) {

  /** Copies collections so the record stays immutable. */
  public TrafficRuleDescriptor {
    trafficFilter = Copies.list(trafficFilter);
    dstInterface = Copies.list(dstInterface);
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

  /** Builds {@link TrafficRuleDescriptor} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String trafficRuleId;
    private @Nullable FilterType filterType;
    private @Nullable Integer priority;
    private @Nullable List<TrafficFilter> trafficFilter;
    private @Nullable TrafficAction action;
    private @Nullable List<InterfaceDescriptor> dstInterface;

    private Builder() {}

    private Builder(TrafficRuleDescriptor source) {
      this.trafficRuleId = source.trafficRuleId;
      this.filterType = source.filterType;
      this.priority = source.priority;
      this.trafficFilter = Copies.mutable(source.trafficFilter);
      this.action = source.action;
      this.dstInterface = Copies.mutable(source.dstInterface);
    }

    /**
     * Sets {@code trafficRuleId}: Identifier of the traffic rule.
     *
     * @param trafficRuleId the value
     * @return this builder
     */
    public Builder trafficRuleId(@Nullable String trafficRuleId) {
      this.trafficRuleId = trafficRuleId;
      return this;
    }

    /**
     * Sets {@code filterType}: Whether the filter applies per {@code FLOW} (upstream packets match, downstream packets
     * are handled by the same context) or per {@code PACKET}.
     *
     * @param filterType the value
     * @return this builder
     */
    public Builder filterType(@Nullable FilterType filterType) {
      this.filterType = filterType;
      return this;
    }

    /**
     * Sets {@code priority}: Priority from 0 (highest) to 255 (lowest); the rule with the higher priority wins when
     * rules conflict.
     *
     * @param priority the value
     * @return this builder
     */
    public Builder priority(@Nullable Integer priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets {@code trafficFilter}: Filters identifying the flows or packets to handle; at least one.
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
     * Sets {@code action}: What the data plane does with matching packets.
     *
     * @param action the value
     * @return this builder
     */
    public Builder action(@Nullable TrafficAction action) {
      this.action = action;
      return this;
    }

    /**
     * Sets {@code dstInterface}: The destination interfaces: one for {@code FORWARD_DECAPSULATED},
     * {@code FORWARD_ENCAPSULATED} and {@code PASSTHROUGH}, two for {@code DUPLICATE_DECAPSULATED} and
     * {@code DUPLICATE_ENCAPSULATED} (the client side, e.g. the UE, first; then the core network side), none for
     * {@code DROP}.
     *
     * @param dstInterface the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dstInterface(@Nullable List<InterfaceDescriptor> dstInterface) {
      this.dstInterface = Copies.mutable(dstInterface);
      return this;
    }

    /**
     * Appends one entry to {@code dstInterface}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addDstInterface(InterfaceDescriptor element) {
      this.dstInterface = Copies.add(this.dstInterface, element);
      return this;
    }

    /**
     * Builds the {@link TrafficRuleDescriptor}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public TrafficRuleDescriptor build() {
      return new TrafficRuleDescriptor(trafficRuleId, filterType, priority, trafficFilter, action, dstInterface);
    }
  }
}
