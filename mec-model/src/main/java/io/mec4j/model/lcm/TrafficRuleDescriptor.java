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
 * The {@code TrafficRuleDescriptor} data type of ETSI GS MEC 010-2 (clause 6.2.1.9).
 * <p>  NOTE 1: Value indicates the priority in descending order, i.e. with 0 as the highest priority and 255 as the lowest priority.
 * NOTE 2: Some applications (like inline/tap) require two interfaces. The first interface in the case of inline/tap is on the client (e.g. UE) side and the second on the core network (e.g. EPC) side.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TrafficRuleDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TrafficRuleDescriptor).
 *
 * @param trafficRuleId Identifies the traffic rule. (required)
 * @param filterType Definition of filter type: per FLOW or PACKET If it is per FLOW, the filter matches upstream (e.g. UE-&gt;EPC) packets and downstream (e.g. EPC-&gt;UE) packets are handled by the same context. (required)
 * @param priority Priority of this traffic rule within the range 0 to 255. If traffic rule conflicts, the one with higher priority take precedence. See note 1. (required)
 * @param trafficFilter The filter used to identify specific flow/packets that need to be handled by the MEC host. (required)
 * @param action Identifies the action of the MEC host data plane, when a packet matches the trafficFilter, the example actions include: DROP, FORWARD_DECAPSULATED, FORWARD_ENCAPSULATED, PASSTHROUGH, DUPLICATE_DECAPSULATED, DUPLICATE_ENCAPSULATED (required)
 * @param dstInterface Describes the destination interface information. If the action is FORWARD_DECAPSULATED, FORWARD_ENCAPSULATED or PASSTHROUGH, one value shall be provided. If the action is DUPLICATE_DECAPSULATED or DUPLICATE_ENCAPSULATED, two values shall be provided. See note 2. If the action is DROP, no value shall be provided.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TrafficRuleDescriptor")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TrafficRuleDescriptor")
public record TrafficRuleDescriptor(
    @JsonProperty("trafficRuleId") @NotNull String trafficRuleId,
    @JsonProperty("filterType") @NotNull FilterType filterType,
    @JsonProperty("priority") @NotNull Integer priority,
    @JsonProperty("trafficFilter") @NotNull @Size(min = 1) List<@Valid TrafficFilter> trafficFilter,
    @JsonProperty("action") @NotNull TrafficAction action,
    @JsonProperty("dstInterface") @Valid @Nullable InterfaceDescriptor dstInterface) {

  /** Copies collections so the record stays immutable. */
  public TrafficRuleDescriptor {
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

  /** Builds {@link TrafficRuleDescriptor} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String trafficRuleId;
    private @Nullable FilterType filterType;
    private @Nullable Integer priority;
    private @Nullable List<TrafficFilter> trafficFilter;
    private @Nullable TrafficAction action;
    private @Nullable InterfaceDescriptor dstInterface;

    private Builder() {}

    private Builder(TrafficRuleDescriptor source) {
      this.trafficRuleId = source.trafficRuleId;
      this.filterType = source.filterType;
      this.priority = source.priority;
      this.trafficFilter = Copies.mutable(source.trafficFilter);
      this.action = source.action;
      this.dstInterface = source.dstInterface;
    }

    /**
     * Sets {@code trafficRuleId}: Identifies the traffic rule.
     *
     * @param trafficRuleId the value
     * @return this builder
     */
    public Builder trafficRuleId(@Nullable String trafficRuleId) {
      this.trafficRuleId = trafficRuleId;
      return this;
    }

    /**
     * Sets {@code filterType}: Definition of filter type: per FLOW or PACKET If it is per FLOW, the filter matches upstream (e.g.
     *
     * @param filterType the value
     * @return this builder
     */
    public Builder filterType(@Nullable FilterType filterType) {
      this.filterType = filterType;
      return this;
    }

    /**
     * Sets {@code priority}: Priority of this traffic rule within the range 0 to 255.
     *
     * @param priority the value
     * @return this builder
     */
    public Builder priority(@Nullable Integer priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets {@code trafficFilter}: The filter used to identify specific flow/packets that need to be handled by the MEC host.
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
     * Sets {@code action}: Identifies the action of the MEC host data plane, when a packet matches the trafficFilter, the example actions include: DROP, FORWARD_DECAPSULATED, FORWARD_ENCAPSULATED, PASSTHROUGH, DUPLICATE_DECAPSULATED, DUPLICATE_ENCAPSULATED.
     *
     * @param action the value
     * @return this builder
     */
    public Builder action(@Nullable TrafficAction action) {
      this.action = action;
      return this;
    }

    /**
     * Sets {@code dstInterface}: Describes the destination interface information.
     *
     * @param dstInterface the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dstInterface(@Nullable InterfaceDescriptor dstInterface) {
      this.dstInterface = dstInterface;
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
