package io.mec4j.platform.spi;

import java.util.List;
import java.util.Objects;

/**
 * A geographic area bounded by one ring of points (the exterior ring of a GeoJSON {@code Polygon}, RFC 7946, as MEC
 * 010-2 {@code LocationConstraints.area} carries it). Holes are not modelled. Immutable.
 */
public final class GeoPolygon {

  private final List<GeoPoint> ring;
  private final double[] lat;
  private final double[] lon;
  private final double minLat;
  private final double maxLat;
  private final double minLon;
  private final double maxLon;
  private final GeoPoint centroid;

  private GeoPolygon(List<GeoPoint> ring) {
    if (ring.size() < 3) {
      throw new IllegalArgumentException("A polygon needs at least three distinct points, got " + ring.size());
    }
    this.ring = List.copyOf(ring);
    int n = ring.size();
    lat = new double[n];
    lon = new double[n];
    double a = 90;
    double b = -90;
    double c = 180;
    double d = -180;
    double sumLat = 0;
    double sumLon = 0;
    for (int i = 0; i < n; i++) {
      GeoPoint p = ring.get(i);
      lat[i] = p.latitude();
      lon[i] = p.longitude();
      a = Math.min(a, lat[i]);
      b = Math.max(b, lat[i]);
      c = Math.min(c, lon[i]);
      d = Math.max(d, lon[i]);
      sumLat += lat[i];
      sumLon += lon[i];
    }
    minLat = a;
    maxLat = b;
    minLon = c;
    maxLon = d;
    centroid = GeoPoint.of(sumLat / n, sumLon / n);
  }

  /**
   * A polygon from its ring; a closing point equal to the first is dropped.
   *
   * @param ring the boundary, at least three distinct points
   * @return the polygon
   */
  public static GeoPolygon of(List<GeoPoint> ring) {
    Objects.requireNonNull(ring, "ring");
    if (ring.size() > 1 && ring.get(0).equals(ring.get(ring.size() - 1))) {
      ring = ring.subList(0, ring.size() - 1);
    }
    return new GeoPolygon(ring);
  }

  /**
   * The boundary points.
   *
   * @return the ring, without a closing point
   */
  public List<GeoPoint> ring() {
    return ring;
  }

  /**
   * The mean of the boundary points: where host selection assumes the users of an area to be.
   *
   * @return the centroid
   */
  public GeoPoint centroid() {
    return centroid;
  }

  /**
   * Whether a point lies inside (ray casting on latitude and longitude; points on the edge may go either way).
   *
   * @param p the point
   * @return true when inside
   */
  public boolean contains(GeoPoint p) {
    double y = p.latitude();
    double x = p.longitude();
    if (y < minLat || y > maxLat || x < minLon || x > maxLon) {
      return false;
    }
    boolean inside = false;
    int n = lat.length;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      if ((lat[i] > y) != (lat[j] > y)
          && x < (lon[j] - lon[i]) * (y - lat[i]) / (lat[j] - lat[i]) + lon[i]) {
        inside = !inside;
      }
    }
    return inside;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeoPolygon g && g.ring.equals(ring);
  }

  @Override
  public int hashCode() {
    return ring.hashCode();
  }

  @Override
  public String toString() {
    return "Polygon" + ring;
  }
}
