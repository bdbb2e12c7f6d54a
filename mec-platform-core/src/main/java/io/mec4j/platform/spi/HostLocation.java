package io.mec4j.platform.spi;

import io.mec4j.model.lcm.CivicAddressElement;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a MEC host is: its zone, the radio cells it serves, its coordinates and postal location. Every part is
 * optional; host selection only uses what is known.
 *
 * @param zoneId the zone (e.g. an edge site or an operator's region), or {@code null}
 * @param cellIds the cells (e.g. E-UTRAN or NR cell ids) whose users this host serves best
 * @param position the host's coordinates, or {@code null}
 * @param countryCode the ISO 3166 two-letter country code, or {@code null}
 * @param civicAddress civic address elements (RFC 4776 CAtype and value) of the host's site
 */
public record HostLocation(
    @Nullable String zoneId,
    Set<String> cellIds,
    @Nullable GeoPoint position,
    @Nullable String countryCode,
    List<CivicAddressElement> civicAddress) {

  /** A location of which nothing is known. */
  public static final HostLocation UNKNOWN = new HostLocation(null, Set.of(), null, null, List.of());

  /** Copies the collections. */
  public HostLocation {
    cellIds = Set.copyOf(cellIds);
    civicAddress = List.copyOf(civicAddress);
  }

  /**
   * A location in a zone at a position.
   *
   * @param zoneId the zone
   * @param position the coordinates
   * @return the location
   */
  public static HostLocation of(@Nullable String zoneId, @Nullable GeoPoint position) {
    return new HostLocation(zoneId, Set.of(), position, null, List.of());
  }

  /**
   * This location with the cells the host serves.
   *
   * @param cells cell ids
   * @return a new location
   */
  public HostLocation withCells(String... cells) {
    return new HostLocation(zoneId, Set.of(cells), position, countryCode, civicAddress);
  }

  /**
   * This location with a country and civic address.
   *
   * @param country the ISO 3166 country code
   * @param elements civic address elements
   * @return a new location
   */
  public HostLocation withAddress(@Nullable String country, List<CivicAddressElement> elements) {
    return new HostLocation(zoneId, cellIds, position, country, elements);
  }
}
