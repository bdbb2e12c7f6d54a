package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Criteria that select the packets a traffic rule applies to; a packet matches when it meets every criterion given.
 *
 * <p>Data type {@code TrafficFilter} of ETSI GS MEC 011, clause 7.1.5.2, and ETSI GS MEC 010-2, clause 6.2.1.10.
 * {@code uri} and {@code packetLabel} are defined by MEC 010-2 only.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema TrafficFilter), ETSI GS MEC 010-2
 * (MEC010-2_AppPkgMgmt.yaml, schema TrafficFilter), ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TrafficFilter).
 *
 * @param srcAddress source IP addresses or ranges: for IPv4 an address, an address with mask or a range; for IPv6 a
 *     prefix or a range of prefixes
 * @param dstAddress destination IP addresses or ranges, in the same forms as {@code srcAddress}
 * @param srcPort source ports or port ranges
 * @param dstPort destination ports or port ranges
 * @param protocol protocols of the traffic, for example TCP or UDP
 * @param tag tags, for tag-based traffic rules
 * @param srcTunnelAddress source addresses of GTP tunnels, for tunnel-based traffic rules
 * @param tgtTunnelAddress target addresses of GTP tunnels, for tunnel-based traffic rules
 * @param srcTunnelPort source ports of GTP tunnels, for tunnel-based traffic rules
 * @param dstTunnelPort destination ports of GTP tunnels, for tunnel-based traffic rules
 * @param qCI QoS class identifier (QCI) that matching packets carry
 * @param dSCP differentiated services code point (DSCP) that matching IPv4 packets carry
 * @param tC traffic class that matching IPv6 packets carry
 * @param uri URI labels in the application layer (for example in HTTP messages) that select the traffic; MEC 010-2 only
 * @param packetLabel packet labels in the network layer, defined by the owner of the MEC platform, that select the
 *     traffic; MEC 010-2 only
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "TrafficFilter")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TrafficFilter")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TrafficFilter")
public record TrafficFilter(
    @JsonProperty("srcAddress") @Nullable List<String> srcAddress,
    @JsonProperty("dstAddress") @Nullable List<String> dstAddress,
    @JsonProperty("srcPort") @Nullable List<String> srcPort,
    @JsonProperty("dstPort") @Nullable List<String> dstPort,
    @JsonProperty("protocol") @Nullable List<String> protocol,
    @JsonProperty("tag") @Nullable List<String> tag,
    @JsonProperty("srcTunnelAddress") @Nullable List<String> srcTunnelAddress,
    @JsonProperty("tgtTunnelAddress") @Nullable List<String> tgtTunnelAddress,
    @JsonProperty("srcTunnelPort") @Nullable List<String> srcTunnelPort,
    @JsonProperty("dstTunnelPort") @Nullable List<String> dstTunnelPort,
    @JsonProperty("qCI") @Nullable Integer qCI,
    @JsonProperty("dSCP") @Nullable Integer dSCP,
    @JsonProperty("tC") @Nullable Integer tC,
    @JsonProperty("uri") @Nullable List<String> uri,
    @JsonProperty("packetLabel") @Nullable List<String> packetLabel) {

  /** Copies collections so the record stays immutable. */
  public TrafficFilter {
    srcAddress = Copies.list(srcAddress);
    dstAddress = Copies.list(dstAddress);
    srcPort = Copies.list(srcPort);
    dstPort = Copies.list(dstPort);
    protocol = Copies.list(protocol);
    tag = Copies.list(tag);
    srcTunnelAddress = Copies.list(srcTunnelAddress);
    tgtTunnelAddress = Copies.list(tgtTunnelAddress);
    srcTunnelPort = Copies.list(srcTunnelPort);
    dstTunnelPort = Copies.list(dstTunnelPort);
    uri = Copies.list(uri);
    packetLabel = Copies.list(packetLabel);
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

  /** Builds {@link TrafficFilter} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable List<String> srcAddress;
    private @Nullable List<String> dstAddress;
    private @Nullable List<String> srcPort;
    private @Nullable List<String> dstPort;
    private @Nullable List<String> protocol;
    private @Nullable List<String> tag;
    private @Nullable List<String> srcTunnelAddress;
    private @Nullable List<String> tgtTunnelAddress;
    private @Nullable List<String> srcTunnelPort;
    private @Nullable List<String> dstTunnelPort;
    private @Nullable Integer qCI;
    private @Nullable Integer dSCP;
    private @Nullable Integer tC;
    private @Nullable List<String> uri;
    private @Nullable List<String> packetLabel;

    private Builder() {}

    private Builder(TrafficFilter source) {
      this.srcAddress = Copies.mutable(source.srcAddress);
      this.dstAddress = Copies.mutable(source.dstAddress);
      this.srcPort = Copies.mutable(source.srcPort);
      this.dstPort = Copies.mutable(source.dstPort);
      this.protocol = Copies.mutable(source.protocol);
      this.tag = Copies.mutable(source.tag);
      this.srcTunnelAddress = Copies.mutable(source.srcTunnelAddress);
      this.tgtTunnelAddress = Copies.mutable(source.tgtTunnelAddress);
      this.srcTunnelPort = Copies.mutable(source.srcTunnelPort);
      this.dstTunnelPort = Copies.mutable(source.dstTunnelPort);
      this.qCI = source.qCI;
      this.dSCP = source.dSCP;
      this.tC = source.tC;
      this.uri = Copies.mutable(source.uri);
      this.packetLabel = Copies.mutable(source.packetLabel);
    }

    /**
     * Sets {@code srcAddress}: source IP addresses or ranges.
     *
     * @param srcAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder srcAddress(@Nullable List<String> srcAddress) {
      this.srcAddress = Copies.mutable(srcAddress);
      return this;
    }

    /**
     * Appends one entry to {@code srcAddress}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSrcAddress(String element) {
      this.srcAddress = Copies.add(this.srcAddress, element);
      return this;
    }

    /**
     * Sets {@code dstAddress}: destination IP addresses or ranges.
     *
     * @param dstAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dstAddress(@Nullable List<String> dstAddress) {
      this.dstAddress = Copies.mutable(dstAddress);
      return this;
    }

    /**
     * Appends one entry to {@code dstAddress}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addDstAddress(String element) {
      this.dstAddress = Copies.add(this.dstAddress, element);
      return this;
    }

    /**
     * Sets {@code srcPort}: source ports or port ranges.
     *
     * @param srcPort the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder srcPort(@Nullable List<String> srcPort) {
      this.srcPort = Copies.mutable(srcPort);
      return this;
    }

    /**
     * Appends one entry to {@code srcPort}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSrcPort(String element) {
      this.srcPort = Copies.add(this.srcPort, element);
      return this;
    }

    /**
     * Sets {@code dstPort}: destination ports or port ranges.
     *
     * @param dstPort the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dstPort(@Nullable List<String> dstPort) {
      this.dstPort = Copies.mutable(dstPort);
      return this;
    }

    /**
     * Appends one entry to {@code dstPort}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addDstPort(String element) {
      this.dstPort = Copies.add(this.dstPort, element);
      return this;
    }

    /**
     * Sets {@code protocol}: protocols of the traffic, for example TCP or UDP.
     *
     * @param protocol the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder protocol(@Nullable List<String> protocol) {
      this.protocol = Copies.mutable(protocol);
      return this;
    }

    /**
     * Appends one entry to {@code protocol}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addProtocol(String element) {
      this.protocol = Copies.add(this.protocol, element);
      return this;
    }

    /**
     * Sets {@code tag}: tags, for tag-based traffic rules.
     *
     * @param tag the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder tag(@Nullable List<String> tag) {
      this.tag = Copies.mutable(tag);
      return this;
    }

    /**
     * Appends one entry to {@code tag}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addTag(String element) {
      this.tag = Copies.add(this.tag, element);
      return this;
    }

    /**
     * Sets {@code srcTunnelAddress}: source addresses of GTP tunnels, for tunnel-based traffic rules.
     *
     * @param srcTunnelAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder srcTunnelAddress(@Nullable List<String> srcTunnelAddress) {
      this.srcTunnelAddress = Copies.mutable(srcTunnelAddress);
      return this;
    }

    /**
     * Appends one entry to {@code srcTunnelAddress}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSrcTunnelAddress(String element) {
      this.srcTunnelAddress = Copies.add(this.srcTunnelAddress, element);
      return this;
    }

    /**
     * Sets {@code tgtTunnelAddress}: target addresses of GTP tunnels, for tunnel-based traffic rules.
     *
     * @param tgtTunnelAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder tgtTunnelAddress(@Nullable List<String> tgtTunnelAddress) {
      this.tgtTunnelAddress = Copies.mutable(tgtTunnelAddress);
      return this;
    }

    /**
     * Appends one entry to {@code tgtTunnelAddress}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addTgtTunnelAddress(String element) {
      this.tgtTunnelAddress = Copies.add(this.tgtTunnelAddress, element);
      return this;
    }

    /**
     * Sets {@code srcTunnelPort}: source ports of GTP tunnels, for tunnel-based traffic rules.
     *
     * @param srcTunnelPort the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder srcTunnelPort(@Nullable List<String> srcTunnelPort) {
      this.srcTunnelPort = Copies.mutable(srcTunnelPort);
      return this;
    }

    /**
     * Appends one entry to {@code srcTunnelPort}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSrcTunnelPort(String element) {
      this.srcTunnelPort = Copies.add(this.srcTunnelPort, element);
      return this;
    }

    /**
     * Sets {@code dstTunnelPort}: destination ports of GTP tunnels, for tunnel-based traffic rules.
     *
     * @param dstTunnelPort the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dstTunnelPort(@Nullable List<String> dstTunnelPort) {
      this.dstTunnelPort = Copies.mutable(dstTunnelPort);
      return this;
    }

    /**
     * Appends one entry to {@code dstTunnelPort}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addDstTunnelPort(String element) {
      this.dstTunnelPort = Copies.add(this.dstTunnelPort, element);
      return this;
    }

    /**
     * Sets {@code qCI}: QoS class identifier (QCI) that matching packets carry.
     *
     * @param qCI the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder qCI(@Nullable Integer qCI) {
      this.qCI = qCI;
      return this;
    }

    /**
     * Sets {@code dSCP}: differentiated services code point (DSCP) that matching IPv4 packets carry.
     *
     * @param dSCP the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dSCP(@Nullable Integer dSCP) {
      this.dSCP = dSCP;
      return this;
    }

    /**
     * Sets {@code tC}: traffic class that matching IPv6 packets carry.
     *
     * @param tC the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder tC(@Nullable Integer tC) {
      this.tC = tC;
      return this;
    }

    /**
     * Sets {@code uri}: URI labels in the application layer that select the traffic.
     *
     * @param uri the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder uri(@Nullable List<String> uri) {
      this.uri = Copies.mutable(uri);
      return this;
    }

    /**
     * Appends one entry to {@code uri}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addUri(String element) {
      this.uri = Copies.add(this.uri, element);
      return this;
    }

    /**
     * Sets {@code packetLabel}: packet labels in the network layer that select the traffic.
     *
     * @param packetLabel the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder packetLabel(@Nullable List<String> packetLabel) {
      this.packetLabel = Copies.mutable(packetLabel);
      return this;
    }

    /**
     * Appends one entry to {@code packetLabel}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addPacketLabel(String element) {
      this.packetLabel = Copies.add(this.packetLabel, element);
      return this;
    }

    /**
     * Builds the {@link TrafficFilter}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public TrafficFilter build() {
      return new TrafficFilter(srcAddress, dstAddress, srcPort, dstPort, protocol, tag, srcTunnelAddress, tgtTunnelAddress, srcTunnelPort, dstTunnelPort, qCI, dSCP, tC, uri, packetLabel);
    }
  }
}
