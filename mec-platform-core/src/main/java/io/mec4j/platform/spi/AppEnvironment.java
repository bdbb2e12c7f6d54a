package io.mec4j.platform.spi;

/**
 * The environment variables through which the orchestrator tells a started application where its MEC platform is and
 * who it is. Every {@link VimBackend} passes them to the workload unchanged.
 *
 * <pre>{@code
 * String mp1 = System.getenv(AppEnvironment.SERVICE_MGMT_URI);   // in the application
 * }</pre>
 */
public final class AppEnvironment {

  /** The platform's base URI, e.g. {@code http://127.0.0.1:41234}. */
  public static final String MP1_BASE_URI = "MEC_MP1_BASE_URI";

  /** The MEC 011 service management base URI ({@code .../mec_service_mgmt/v1}). */
  public static final String SERVICE_MGMT_URI = "MEC_SERVICE_MGMT_URI";

  /** The MEC 011 application support base URI ({@code .../mec_app_support/v1}). */
  public static final String APP_SUPPORT_URI = "MEC_APP_SUPPORT_URI";

  /** The application instance id. */
  public static final String APP_INSTANCE_ID = "MEC_APP_INSTANCE_ID";

  /** The bearer token for Mp1 ({@code Authorization: Bearer <token>}). */
  public static final String APP_TOKEN = "MEC_APP_TOKEN";

  /** The MEC host the instance runs on. */
  public static final String HOST_ID = "MEC_HOST_ID";

  /** The MEC 021 application mobility service base URI ({@code .../amsi/v1}), when the orchestrator offers it. */
  public static final String AMS_URI = "MEC_AMS_URI";

  /** The bearer token for the application mobility service. */
  public static final String AMS_TOKEN = "MEC_AMS_TOKEN";

  private AppEnvironment() {}
}
