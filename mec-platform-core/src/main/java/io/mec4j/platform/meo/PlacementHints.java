package io.mec4j.platform.meo;

import io.mec4j.platform.spi.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Where the users of an application instance are, for host selection: the orchestrator places the instance on the
 * host closest to them. MEC 010-2 instantiation requests carry no UE location; these hints come from the caller of
 * the Java API (for example from a location service), or from the centroid of the request's {@code area}.
 *
 * @param uePosition where the users are, or {@code null}
 * @param ueCellId the cell they are in, or {@code null}
 * @param zoneId the zone the instance should run in, or {@code null}
 */
public record PlacementHints(@Nullable GeoPoint uePosition, @Nullable String ueCellId, @Nullable String zoneId) {

  /** No hints. */
  public static final PlacementHints NONE = new PlacementHints(null, null, null);

  /**
   * Users at a position.
   *
   * @param position where they are
   * @return the hints
   */
  public static PlacementHints near(GeoPoint position) {
    return new PlacementHints(position, null, null);
  }

  /**
   * Users in a cell.
   *
   * @param cellId the cell id
   * @return the hints
   */
  public static PlacementHints inCell(String cellId) {
    return new PlacementHints(null, cellId, null);
  }

  /**
   * An instance for a zone.
   *
   * @param zoneId the zone id
   * @return the hints
   */
  public static PlacementHints inZone(String zoneId) {
    return new PlacementHints(null, null, zoneId);
  }
}
