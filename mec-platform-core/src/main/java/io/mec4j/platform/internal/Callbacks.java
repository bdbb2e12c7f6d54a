package io.mec4j.platform.internal;

import io.mec4j.model.error.MecBadRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** <b>Not API.</b> Checks subscribers' callback URIs. */
public final class Callbacks {

  private Callbacks() {}

  /**
   * Checks that a callback is an absolute http or https URI with a host.
   *
   * @param callback the {@code callbackReference}
   * @return the parsed URI
   * @throws MecBadRequestException otherwise
   */
  public static URI check(String callback) {
    return check(callback, "callbackReference");
  }

  /**
   * Checks that a callback is an absolute http or https URI with a host.
   *
   * @param callback the callback URI
   * @param attribute the attribute's name in the spec, for the message (e.g. {@code callbackUri})
   * @return the parsed URI
   * @throws MecBadRequestException otherwise
   */
  public static URI check(String callback, String attribute) {
    URI uri;
    try {
      uri = new URI(callback);
    } catch (URISyntaxException e) {
      throw new MecBadRequestException(attribute + " is not a URI: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new MecBadRequestException(attribute + " must be an absolute http(s) URI with a host, was "
          + callback);
    }
    return uri;
  }
}
