package io.mec4j.platform.meo;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import io.mec4j.model.common.FeatureDependency;
import io.mec4j.model.common.MECHostInformation;
import io.mec4j.model.common.ServiceDependency;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.BlockStorageData;
import io.mec4j.model.lcm.ConfigPlatformForAppRequest;
import io.mec4j.model.lcm.DNSRuleDescriptor;
import io.mec4j.model.lcm.InstantiateAppRequest;
import io.mec4j.model.lcm.InterfaceDescriptor;
import io.mec4j.model.lcm.LatencyDescriptor;
import io.mec4j.model.lcm.LocationConstraints;
import io.mec4j.model.lcm.OsContainerDescriptor;
import io.mec4j.model.lcm.SwImageDescriptor;
import io.mec4j.model.lcm.TrafficRuleDescriptor;
import io.mec4j.model.lcm.VirtualComputeDescriptor;
import io.mec4j.model.lcm.VirtualStorageDescriptor;
import io.mec4j.model.mp1.DestinationInterface;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.RuleState;
import io.mec4j.model.mp1.TrafficRule;
import io.mec4j.platform.spi.AppImage;
import io.mec4j.platform.spi.GeoPoint;
import io.mec4j.platform.spi.GeoPolygon;
import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.PlacementRequest;
import io.mec4j.platform.spi.Resources;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns an AppD (and the overrides of a request) into what the platform, the VIM and host selection need. */
final class Descriptors {

  private Descriptors() {}

  /** The AppD's platform configuration, with the lists a {@code configure_platform_for_app} request replaced. */
  record PlatformConfig(
      List<ServiceDependency> requiredServices,
      List<FeatureDependency> requiredFeatures,
      List<TrafficRuleDescriptor> trafficRules,
      List<DNSRuleDescriptor> dnsRules,
      @Nullable LatencyDescriptor latency) {}

  static PlatformConfig config(AppD appD, @Nullable ConfigPlatformForAppRequest c) {
    return new PlatformConfig(
        pick(c == null ? null : c.appServiceRequired(), appD.appServiceRequired()),
        pick(c == null ? null : c.appFeatureRequired(), appD.appFeatureRequired()),
        pick(c == null ? null : c.appTrafficRule(), appD.appTrafficRule()),
        pick(c == null ? null : c.appDNSRule(), appD.appDNSRule()),
        c != null && c.appLatency() != null ? c.appLatency() : appD.appLatency());
  }

  private static <T> List<T> pick(@Nullable List<T> override, @Nullable List<T> base) {
    if (override != null) {
      return override;
    }
    return base == null ? List.of() : base;
  }

  /** The resources of the AppD, or of the request's descriptors when it overrides them. */
  static Resources resources(AppD appD, @Nullable InstantiateAppRequest req) {
    VirtualComputeDescriptor vcd = appD.virtualComputeDescriptor();
    List<OsContainerDescriptor> containers = appD.osContainerDescriptor();
    List<VirtualStorageDescriptor> storage = appD.virtualStorageDescriptor();
    if (req != null) {
      if (req.virtualComputeDescriptor() != null) {
        vcd = req.virtualComputeDescriptor();
        containers = null;
      } else if (req.osContainerDescriptor() != null && !req.osContainerDescriptor().isEmpty()) {
        containers = req.osContainerDescriptor();
        vcd = null;
      }
      if (req.virtualStorageDescriptor() != null) {
        storage = req.virtualStorageDescriptor();
      }
    }
    int vcpu = 0;
    double mem = 0;
    double disk = 0;
    if (vcd != null) {
      vcpu = vcd.virtualCpu().numVirtualCpu() == null ? 0 : vcd.virtualCpu().numVirtualCpu();
      mem = vcd.virtualMemory().virtualMemSize() == null ? 0 : vcd.virtualMemory().virtualMemSize();
      if (vcd.virtualDisk() != null) {
        for (BlockStorageData d : vcd.virtualDisk()) {
          disk += d != null && d.sizeOfStorage() != null ? d.sizeOfStorage() : 0;
        }
      }
    } else if (containers != null) {
      long milliCpu = 0;
      for (OsContainerDescriptor c : containers) {
        milliCpu += c.requestedCpuResources() == null ? 0 : c.requestedCpuResources();
        mem += c.requestedMemoryResources() == null ? 0 : c.requestedMemoryResources();
        disk += c.requestedEphemeralStorageResources() == null ? 0 : c.requestedEphemeralStorageResources();
      }
      // IFA 011: requested CPU resources are in milli-CPUs
      vcpu = (int) ((milliCpu + 999) / 1000);
    }
    if (storage != null) {
      for (VirtualStorageDescriptor s : storage) {
        if (s != null && s.blockStorageData() != null && s.blockStorageData().sizeOfStorage() != null) {
          disk += s.blockStorageData().sizeOfStorage();
        }
      }
    }
    return Resources.of(vcpu, mem, disk);
  }

  /** The image to start: the AppD's first software image, resolved against the package when it is a path. */
  static AppImage image(OnboardedPackage pkg, Resources resources) {
    SwImageDescriptor sw = pkg.appD().swImageDescriptor().get(0);
    String ref = sw.swImage();
    Path artifact = null;
    if (!isUrl(ref)) {
      artifact = pkg.artifact(ref);
    }
    return new AppImage(pkg.appDId(), sw.id(), sw.name(), sw.version(), sw.containerFormat(), ref, artifact,
        resources);
  }

  private static boolean isUrl(String ref) {
    try {
      URI u = new URI(ref);
      return u.getScheme() != null && u.getScheme().length() > 1;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  static List<TrafficRule> trafficRules(List<TrafficRuleDescriptor> descriptors, RuleState state) {
    List<TrafficRule> out = new ArrayList<>();
    for (TrafficRuleDescriptor d : descriptors) {
      DestinationInterface dst = null;
      if (d.dstInterface() != null && !d.dstInterface().isEmpty()) {
        InterfaceDescriptor i = d.dstInterface().get(0);
        dst = new DestinationInterface(i.interfaceType(), i.tunnelInfo(), i.srcMACAddress(), i.dstMACAddress(),
            i.dstIPAddress());
      }
      out.add(new TrafficRule(d.trafficRuleId(), d.filterType(), d.priority(), d.trafficFilter(), d.action(), dst,
          state));
    }
    return out;
  }

  static List<DnsRule> dnsRules(List<DNSRuleDescriptor> descriptors, RuleState state) {
    List<DnsRule> out = new ArrayList<>();
    for (DNSRuleDescriptor d : descriptors) {
      out.add(new DnsRule(d.dnsRuleId(), d.domainName(), d.ipAddressType(), d.ipAddress(), d.ttl(), state));
    }
    return out;
  }

  /**
   * Reads a GeoJSON Polygon (RFC 7946) as MEC 010-2 {@code LocationConstraints.area} carries it.
   *
   * @throws MecBadRequestException naming what is wrong
   */
  static GeoPolygon area(String geoJson) {
    JsonNode n;
    try {
      n = MecJson.mapper().readTree(geoJson);
    } catch (IOException e) {
      throw new MecBadRequestException("locationConstraints.area is not a GeoJSON Polygon: malformed JSON");
    }
    if (n == null || !n.isObject() || !"Polygon".equals(n.path("type").asText())) {
      throw new MecBadRequestException("locationConstraints.area must be a GeoJSON object with \"type\":\"Polygon\""
          + " (RFC 7946)");
    }
    JsonNode rings = n.path("coordinates");
    if (!rings.isArray() || rings.isEmpty() || !rings.get(0).isArray()) {
      throw new MecBadRequestException("locationConstraints.area needs \"coordinates\": an array of linear rings");
    }
    JsonNode ring = rings.get(0);
    if (ring.size() < 4) {
      throw new MecBadRequestException("locationConstraints.area: a linear ring has four or more positions, got "
          + ring.size());
    }
    List<GeoPoint> points = new ArrayList<>();
    for (JsonNode pos : ring) {
      if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
        throw new MecBadRequestException("locationConstraints.area: each position is [longitude, latitude]");
      }
      try {
        points.add(GeoPoint.of(pos.get(1).asDouble(), pos.get(0).asDouble()));
      } catch (IllegalArgumentException e) {
        throw new MecBadRequestException("locationConstraints.area: " + e.getMessage());
      }
    }
    if (!points.get(0).equals(points.get(points.size() - 1))) {
      throw new MecBadRequestException("locationConstraints.area: the first and last positions of a linear ring"
          + " must be identical");
    }
    try {
      return GeoPolygon.of(points);
    } catch (IllegalArgumentException e) {
      throw new MecBadRequestException("locationConstraints.area: " + e.getMessage());
    }
  }

  /** The host a {@code MECHostInformation} names: {@code hostId.id}, else its {@code hostName}. */
  static @Nullable HostId hostOf(MECHostInformation info) {
    Object id = info.hostId().get("id");
    String v = id instanceof String s ? s : info.hostName();
    if (v == null || v.isBlank() || v.contains("/")) {
      return null;
    }
    return HostId.of(v);
  }

  static PlacementRequest placement(String application, AppD appD, PlatformConfig config,
      @Nullable InstantiateAppRequest req, PlacementHints hints, @Nullable String pinnedHost, Set<HostId> excluded) {
    PlacementRequest.Builder b = PlacementRequest.builder(application)
        .resources(resources(appD, req))
        .uePosition(hints.uePosition())
        .ueCellId(hints.ueCellId())
        .zoneId(hints.zoneId());
    for (ServiceDependency s : config.requiredServices()) {
      b.requireService(s.serName());
    }
    for (FeatureDependency f : config.requiredFeatures()) {
      b.requireFeature(f.featureName(), f.version());
    }
    if (config.latency() != null && config.latency().maxLatency() != null) {
      b.maxLatencyMs(config.latency().maxLatency().doubleValue());
    }
    if (req != null) {
      LocationConstraints lc = req.locationConstraints();
      if (lc != null) {
        b.countryCode(lc.countryCode());
        if (lc.civicAddressElement() != null) {
          lc.civicAddressElement().forEach(b::requireCivicAddress);
        }
        if (lc.area() != null) {
          GeoPolygon area = area(lc.area());
          b.area(area);
          if (hints.uePosition() == null) {
            b.uePosition(area.centroid());
          }
        }
      }
      if (req.selectedMECHostInfo() != null && pinnedHost == null) {
        for (MECHostInformation h : req.selectedMECHostInfo()) {
          HostId id = hostOf(h);
          if (id == null) {
            throw new MecBadRequestException("selectedMECHostInfo: give each host as hostId {\"id\": \"<host id>\"}"
                + " or hostName");
          }
          b.candidate(id);
        }
      }
    }
    if (pinnedHost != null) {
      b.candidate(HostId.of(pinnedHost));
    }
    excluded.forEach(b::exclude);
    return b.build();
  }
}
