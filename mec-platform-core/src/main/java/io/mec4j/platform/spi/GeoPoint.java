package io.mec4j.platform.spi;

/**
 * A position on the earth (WGS 84 latitude and longitude in degrees), e.g. of a MEC host's site or of a UE.
 *
 * <p>Immutable. The unit vector of the position is computed once, so that distances between many points cost a few
 * multiplications (host selection compares a UE with thousands of hosts per request).
 */
public final class GeoPoint {

  /** Mean earth radius in kilometres. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private final double latitude;
  private final double longitude;
  private final double x;
  private final double y;
  private final double z;

  private GeoPoint(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("latitude must be in [-90, 90] and longitude in [-180, 180], was "
          + latitude + ", " + longitude);
    }
    this.latitude = latitude;
    this.longitude = longitude;
    double lat = Math.toRadians(latitude);
    double lon = Math.toRadians(longitude);
    this.x = Math.cos(lat) * Math.cos(lon);
    this.y = Math.cos(lat) * Math.sin(lon);
    this.z = Math.sin(lat);
  }

  /**
   * A point.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @return the point
   * @throws IllegalArgumentException when out of range or NaN
   */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /**
   * Degrees north.
   *
   * @return the latitude
   */
  public double latitude() {
    return latitude;
  }

  /**
   * Degrees east.
   *
   * @return the longitude
   */
  public double longitude() {
    return longitude;
  }

  /**
   * The straight-line (chord) distance through the earth between two points on the unit sphere: grows with the
   * great-circle distance, so it ranks points by distance without any trigonometry.
   *
   * @param other the other point
   * @return the chord length on the unit sphere, 0 to 2
   */
  public double chord(GeoPoint other) {
    double dx = x - other.x;
    double dy = y - other.y;
    double dz = z - other.z;
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  /**
   * The great-circle distance.
   *
   * @param other the other point
   * @return kilometres along the earth's surface
   */
  public double distanceKm(GeoPoint other) {
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, chord(other) / 2));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeoPoint p && Double.compare(p.latitude, latitude) == 0
        && Double.compare(p.longitude, longitude) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(latitude) * 31 + Double.hashCode(longitude);
  }

  @Override
  public String toString() {
    return "(" + latitude + ", " + longitude + ")";
  }
}
