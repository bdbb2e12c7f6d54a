package io.mec4j.testing;

import java.net.URI;
import java.util.Objects;

/**
 * What an application instance needs to talk to the embedded platform over Mp1.
 *
 * @param appInstanceId the application instance id
 * @param token the bearer token (send {@code Authorization: Bearer <token>}); a placeholder in open mode
 * @param serviceMgmtUri base URI of MEC 011 service management, e.g. {@code http://127.0.0.1:41234/mec_service_mgmt/v1}
 * @param appSupportUri base URI of MEC 011 application support, e.g. {@code http://127.0.0.1:41234/mec_app_support/v1}
 */
public record AppCredentials(String appInstanceId, String token, URI serviceMgmtUri, URI appSupportUri) {

  /** Checks the components. */
  public AppCredentials {
    Objects.requireNonNull(appInstanceId, "appInstanceId");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(serviceMgmtUri, "serviceMgmtUri");
    Objects.requireNonNull(appSupportUri, "appSupportUri");
  }

  /**
   * The {@code Authorization} header value.
   *
   * @return {@code Bearer <token>}
   */
  public String authorizationHeader() {
    return "Bearer " + token;
  }

  @Override
  public String toString() {
    return "AppCredentials[appInstanceId=" + appInstanceId + ", serviceMgmtUri=" + serviceMgmtUri + ", token=***]";
  }
}
