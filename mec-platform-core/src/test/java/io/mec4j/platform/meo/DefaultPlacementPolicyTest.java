package io.mec4j.platform.meo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.model.lcm.CivicAddressElement;
import io.mec4j.platform.spi.DefaultPlacementPolicy;
import io.mec4j.platform.spi.GeoPoint;
import io.mec4j.platform.spi.GeoPolygon;
import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.HostLocation;
import io.mec4j.platform.spi.HostRejection;
import io.mec4j.platform.spi.HostStatus;
import io.mec4j.platform.spi.InMemoryHostInventory;
import io.mec4j.platform.spi.MecHost;
import io.mec4j.platform.spi.PlacementException;
import io.mec4j.platform.spi.PlacementRequest;
import io.mec4j.platform.spi.Resources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The default host selection: filters, scoring, determinism and explanations. */
class DefaultPlacementPolicyTest {

  static final GeoPoint PARIS = GeoPoint.of(48.8566, 2.3522);
  static final GeoPoint LYON = GeoPoint.of(45.7640, 4.8357);
  static final GeoPoint MARSEILLE = GeoPoint.of(43.2965, 5.3698);
  static final GeoPoint BERLIN = GeoPoint.of(52.5200, 13.4050);

  private final DefaultPlacementPolicy policy = new DefaultPlacementPolicy();
  private final InMemoryHostInventory inventory = new InMemoryHostInventory();

  private static MecHost host(String id, String zone, GeoPoint at) {
    return MecHost.builder(id).location(HostLocation.of(zone, at)).capacity(Resources.of(8, 16_384, 100)).build();
  }

  private HostId place(PlacementRequest r) {
    return policy.place(r, inventory.hosts()).id();
  }

  @Test
  void place_closestHostToTheUsers_wins() {
    inventory.add(host("paris-1", "paris", PARIS));
    inventory.add(host("lyon-1", "lyon", LYON));
    inventory.add(host("marseille-1", "marseille", MARSEILLE));

    assertThat(place(PlacementRequest.builder("app").uePosition(GeoPoint.of(45.9, 4.9)).build()))
        .isEqualTo(HostId.of("lyon-1"));
    assertThat(place(PlacementRequest.builder("app").uePosition(GeoPoint.of(43.3, 5.4)).build()))
        .isEqualTo(HostId.of("marseille-1"));
  }

  @Test
  void place_cellThenZoneBeatDistance() {
    inventory.add(host("paris-1", "paris", PARIS));
    inventory.add(MecHost.builder("lyon-1").location(HostLocation.of("lyon", LYON).withCells("cell-69")).build());

    PlacementRequest nearParis = PlacementRequest.builder("app").uePosition(PARIS).build();
    assertThat(place(nearParis)).isEqualTo(HostId.of("paris-1"));
    assertThat(place(nearParis.toBuilder().zoneId("lyon").build())).isEqualTo(HostId.of("lyon-1"));
    assertThat(place(nearParis.toBuilder().ueCellId("cell-69").build())).isEqualTo(HostId.of("lyon-1"));
  }

  @Test
  void place_sameSite_leastLoadedThenSmallestId() {
    inventory.add(host("site-b", "paris", PARIS));
    inventory.add(host("site-a", "paris", PARIS));
    PlacementRequest r = PlacementRequest.builder("app").uePosition(PARIS).resources(Resources.of(2, 1024, 1)).build();

    assertThat(place(r)).isEqualTo(HostId.of("site-a"));
    assertThat(inventory.allocate(HostId.of("site-a"), "i1", r.resources())).isTrue();
    assertThat(place(r)).isEqualTo(HostId.of("site-b"));
    assertThat(inventory.allocate(HostId.of("site-b"), "i2", r.resources())).isTrue();
    assertThat(place(r)).isEqualTo(HostId.of("site-a"));
  }

  @Test
  void place_isDeterministic_whateverTheHostOrder() {
    List<MecHost> hosts = new ArrayList<>();
    Random rnd = new Random(42);
    for (int i = 0; i < 200; i++) {
      hosts.add(MecHost.builder("h-" + i).location(HostLocation.of("z" + (i % 7),
          GeoPoint.of(43 + rnd.nextDouble() * 8, -1 + rnd.nextDouble() * 8))).build());
    }
    PlacementRequest r = PlacementRequest.builder("app").uePosition(PARIS).zoneId("z3").build();
    HostId first = policy.place(r, new InMemoryHostInventory(hosts).hosts()).id();
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(hosts, new Random(round));
      assertThat(policy.place(r, new InMemoryHostInventory(hosts).hosts()).id()).isEqualTo(first);
    }
  }

  @Test
  void place_nothingFits_explainsEveryHost() {
    inventory.add(MecHost.builder("small").capacity(Resources.of(2, 2048, 10)).service("rnis")
        .location(HostLocation.of("paris", PARIS)).build());
    inventory.add(MecHost.builder("far").capacity(Resources.of(16, 65536, 500)).feature("UEIdentity", "2.0")
        .location(HostLocation.of("berlin", BERLIN)).accessLatencyMs(3).build());
    PlacementRequest r = PlacementRequest.builder("video-analytics (appd-1)")
        .resources(Resources.of(4, 4096, 20))
        .requireService("rnis")
        .requireFeature("UEIdentity", "1.0")
        .maxLatencyMs(8.0)
        .uePosition(PARIS)
        .build();

    assertThatThrownBy(() -> place(r))
        .isInstanceOfSatisfying(PlacementException.class, e -> {
          assertThat(e.rejections()).extracting(HostRejection::host)
              .containsExactly(HostId.of("small"), HostId.of("far"));
          assertThat(e.rejections().get(0).reasons()).containsExactly(
              "needs 4 vCPU, 2 of 2 free",
              "needs 4096 MB memory, 2048 of 2048 MB free",
              "needs 20 GB storage, 10 of 10 GB free",
              "required feature UEIdentity 1.0 is not supported");
          assertThat(e.rejections().get(1).reasons()).hasSize(3);
          assertThat(e.rejections().get(1).reasons().get(0)).isEqualTo("required MEC service rnis is not available");
          assertThat(e.rejections().get(1).reasons().get(1))
              .isEqualTo("supports feature UEIdentity 2.0, not the required 1.0");
          assertThat(e.rejections().get(1).reasons().get(2))
              .startsWith("estimated latency 11.8 ms exceeds the required maximum 8 ms");
        })
        .hasMessageStartingWith("No MEC host can take video-analytics (appd-1) (2 hosts considered): small: needs 4 vCPU");
  }

  @Test
  void place_registeredServicesCount() {
    inventory.add(host("paris-1", "paris", PARIS));
    PlacementRequest r = PlacementRequest.builder("app").requireService("location").build();
    assertThatThrownBy(() -> place(r)).isInstanceOf(PlacementException.class);

    inventory.updateRegisteredServices(HostId.of("paris-1"), Set.of("location"));

    assertThat(place(r)).isEqualTo(HostId.of("paris-1"));
  }

  @Test
  void place_locationConstraints_countryCivicAddressArea() {
    CivicAddressElement city = new CivicAddressElement(3, "Lyon");
    inventory.add(MecHost.builder("fr-lyon").location(HostLocation.of("lyon", LYON)
        .withAddress("FR", List.of(city))).build());
    inventory.add(MecHost.builder("de-berlin").location(HostLocation.of("berlin", BERLIN)
        .withAddress("DE", List.of())).build());
    inventory.add(MecHost.builder("nowhere").build());

    assertThat(place(PlacementRequest.builder("app").countryCode("DE").build())).isEqualTo(HostId.of("de-berlin"));
    assertThat(place(PlacementRequest.builder("app").requireCivicAddress(city).build()))
        .isEqualTo(HostId.of("fr-lyon"));
    GeoPolygon rhone = GeoPolygon.of(List.of(GeoPoint.of(45, 4), GeoPoint.of(45, 6), GeoPoint.of(47, 6),
        GeoPoint.of(47, 4), GeoPoint.of(45, 4)));
    assertThat(place(PlacementRequest.builder("app").area(rhone).build())).isEqualTo(HostId.of("fr-lyon"));

    assertThatThrownBy(() -> place(PlacementRequest.builder("app").countryCode("IT").area(rhone).build()))
        .isInstanceOfSatisfying(PlacementException.class, e -> assertThat(e.rejections())
            .extracting(Object::toString)
            .containsExactly(
                "fr-lyon: in country FR, the request requires IT",
                "de-berlin: in country DE, the request requires IT; at (52.52, 13.405), outside the requested area",
                "nowhere: country unknown, the request requires IT; position unknown, the request requires a"
                    + " location in an area"));
  }

  @Test
  void place_candidatesAndExclusions() {
    inventory.add(host("paris-1", "paris", PARIS));
    inventory.add(host("lyon-1", "lyon", LYON));
    PlacementRequest nearParis = PlacementRequest.builder("app").uePosition(PARIS).build();

    assertThat(place(nearParis.toBuilder().candidate(HostId.of("lyon-1")).build())).isEqualTo(HostId.of("lyon-1"));
    assertThat(place(nearParis.toBuilder().exclude(HostId.of("paris-1")).build())).isEqualTo(HostId.of("lyon-1"));
    assertThatThrownBy(() -> place(nearParis.toBuilder().candidate(HostId.of("paris-1"))
        .candidate(HostId.of("rome-1")).exclude(HostId.of("paris-1")).build()))
        .isInstanceOfSatisfying(PlacementException.class, e -> assertThat(e.rejections())
            .extracting(Object::toString)
            .containsExactly("paris-1: excluded by the request (e.g. the source host of a relocation)",
                "rome-1: unknown MEC host"));
  }

  @Test
  void place_noHosts_saysSo() {
    assertThatThrownBy(() -> place(PlacementRequest.builder("app").build()))
        .isInstanceOf(PlacementException.class)
        .hasMessageContaining("no MEC host is known to the orchestrator");
  }

  @Test
  void place_manyRejections_messageListsTwentyAndCountsTheRest() {
    for (int i = 0; i < 50; i++) {
      inventory.add(MecHost.builder("h-" + i).capacity(Resources.of(1, 512, 1)).build());
    }
    assertThatThrownBy(() -> place(PlacementRequest.builder("big").resources(Resources.of(2, 1, 1)).build()))
        .isInstanceOfSatisfying(PlacementException.class, e -> assertThat(e.rejections()).hasSize(50))
        .hasMessageEndingWith("and 30 more hosts");
  }

  @Test
  void latencyEstimate_growsWithDistance() {
    MecHost lyon = host("lyon-1", "lyon", LYON);
    double atHome = DefaultPlacementPolicy.estimatedLatencyMs(PlacementRequest.builder("a").uePosition(LYON).build(),
        lyon);
    double fromParis = DefaultPlacementPolicy.estimatedLatencyMs(
        PlacementRequest.builder("a").uePosition(PARIS).build(), lyon);
    assertThat(atHome).isEqualTo(5.0);
    // Paris-Lyon is about 392 km: 3.9 ms more over fibre
    assertThat(fromParis).isBetween(8.8, 9.0);
    assertThat(PARIS.distanceKm(LYON)).isBetween(390.0, 394.0);
  }

  @Test
  void hostStatus_loadIsTheLargerUtilisation() {
    HostStatus s = new HostStatus(MecHost.builder("h").capacity(Resources.of(10, 1000, 10)).build(),
        Resources.of(2, 500, 0), 1, Set.of());
    assertThat(s.load()).isEqualTo(0.5);
    assertThat(s.free()).isEqualTo(Resources.of(8, 500, 10));
  }
}
