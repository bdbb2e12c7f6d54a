package io.mec4j.platform.meo.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mec4j.model.MecJson;
import io.mec4j.model.error.MecPreconditionFailedException;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.AppPkgInfo;
import io.mec4j.model.lcm.AppPkgInfoModifications;
import io.mec4j.model.lcm.AppPkgSubscription;
import io.mec4j.model.lcm.AppPkgSubscriptionInfo;
import io.mec4j.model.lcm.CreateAppPkg;
import io.mec4j.platform.http.HttpCall;
import io.mec4j.platform.http.HttpReply;
import io.mec4j.platform.http.JsonBodies;
import io.mec4j.platform.http.MecHttpServer;
import io.mec4j.platform.http.Problems;
import io.mec4j.platform.http.Route;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.StoreTable;
import io.mec4j.platform.spi.Versioned;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP binding of MEC 010-2 application package management ({@value AppPackageManager#BASE_PATH}): every path
 * and method of {@code MEC010-2_AppPkgMgmt.yaml}, translated into {@link AppPackageManager} calls.
 *
 * <p>Two resource trees name the same packages: {@code /onboarded_app_packages/{appDId}} (the file's paths; the
 * segment is an AppD id, or the package id while the package has no onboarded AppD) and
 * {@code /app_packages/{appPkgId}} (the package id, as in the spec text and MEC 010-2 v2). Each has a collection
 * (POST creates, GET lists with MEC 009 {@code filter}, {@code all_fields}, {@code fields}, {@code exclude_fields},
 * {@code exclude_default}), the individual package (GET with ETag, PATCH with {@code If-Match} to enable or disable,
 * DELETE), its AppD ({@code /appd}, JSON or a ZIP with the AppD file) and its content ({@code /package_content}: PUT
 * uploads the ZIP as {@code application/zip}, answered 202 while the package is processed; GET fetches it, with
 * single byte ranges). {@code /subscriptions} and {@code /subscriptions/{subscriptionId}} manage notification
 * subscriptions. {@code /user_defined_notification} is the subscriber's endpoint, not the MEO's: notifications are
 * POSTed to each subscription's {@code callbackUri}.
 *
 * <p>Only operator callers ({@link Caller.Kind#PLATFORM} tokens, or open mode) are let in: 401 without valid
 * credentials, 403 for an application instance's token.
 *
 * <pre>{@code
 * AppPackageManager packages = AppPackageManager.builder().build();
 * MecHttpServer server = AppPkgMgmtHttpBinding.start(packages, MecHttpServer.builder().port(8080));
 * }</pre>
 */
public final class AppPkgMgmtHttpBinding {

  private static final String ZIP = AppPackageFormat.CONTENT_TYPE;
  private static final Set<String> PATCH_TYPES = Set.of(HttpReply.JSON, "application/merge-patch+json");
  private static final Set<String> PKG_DEFAULT_EXCLUDED = Set.of("checksum", "softwareImages",
      "additionalArtifacts");
  private static final Set<String> APPD_DEFAULT_EXCLUDED = Set.of("virtualComputeDescriptor", "swImageDescriptor",
      "virtualStorageDescriptor", "appExtCpd", "terminateAppInstanceOpConfig", "changeAppInstanceStateOpConfig");

  private final AppPackageManager manager;

  /**
   * A binding for a package manager.
   *
   * @param manager the engine
   */
  public AppPkgMgmtHttpBinding(AppPackageManager manager) {
    this.manager = Objects.requireNonNull(manager, "manager");
  }

  /**
   * Starts a server with this binding and tells the manager its base URI.
   *
   * @param manager the engine
   * @param server the server settings
   * @return the started server; closing it stops serving (the manager stays)
   */
  public static MecHttpServer start(AppPackageManager manager, MecHttpServer.Builder server) {
    MecHttpServer s = server.build();
    s.addRoutes(new AppPkgMgmtHttpBinding(manager).routes());
    s.start();
    manager.baseUri(s.baseUri());
    return s;
  }

  /**
   * Every route of the API. The content upload routes accept bodies up to the manager's
   * {@link PackageLimits#maxPackageBytes()}.
   *
   * @return the routes
   */
  public List<Route> routes() {
    String b = AppPackageManager.BASE_PATH;
    List<Route> routes = new ArrayList<>();
    packageTree(routes, b + "/onboarded_app_packages", "appDId", manager::resolveAppDId);
    packageTree(routes, b + "/app_packages", "appPkgId", (caller, id) -> id);
    routes.add(Route.write("POST", b + "/subscriptions", c -> {
      Versioned<AppPkgSubscriptionInfo> v = manager.subscribe(caller(c), JsonBodies.read(c,
          AppPkgSubscription.class));
      return HttpReply.created(v.value().links().self().href(), v.value());
    }));
    routes.add(Route.read("GET", b + "/subscriptions", c -> HttpReply.ok(manager.subscriptions(caller(c)))));
    routes.add(Route.read("GET", b + "/subscriptions/{subscriptionId}", c -> HttpReply.ok(
        manager.subscription(caller(c), c.pathParam("subscriptionId")))));
    routes.add(Route.action("DELETE", b + "/subscriptions/{subscriptionId}", c -> {
      manager.unsubscribe(caller(c), c.pathParam("subscriptionId"));
      return HttpReply.noContent();
    }));
    return List.copyOf(routes);
  }

  private void packageTree(List<Route> routes, String collection, String param,
      BiFunction<Caller, String, String> resolve) {
    String one = collection + "/{" + param + "}";
    routes.add(Route.write("POST", collection, c -> {
      Versioned<AppPkgInfo> v = manager.createPackage(caller(c), JsonBodies.read(c, CreateAppPkg.class));
      return HttpReply.created(v.value().links().self().href(), v.value()).withHeader("ETag", v.etag());
    }));
    routes.add(Route.read("GET", collection, this::list));
    routes.add(Route.read("GET", one, c -> {
      Caller caller = caller(c);
      return etagged(manager.getPackage(caller, resolve.apply(caller, c.pathParam(param))));
    }));
    routes.add(new Route("PATCH", one, c -> {
      Caller caller = caller(c);
      AppPkgInfoModifications change = JsonBodies.read(c, AppPkgInfoModifications.class);
      Versioned<AppPkgInfo> v = manager.changeOperationalState(caller, resolve.apply(caller, c.pathParam(param)),
          change, c.ifMatchVersion());
      return HttpReply.ok(change).withHeader("ETag", v.etag());
    }, PATCH_TYPES, false));
    routes.add(Route.action("DELETE", one, c -> {
      Caller caller = caller(c);
      manager.deletePackage(caller, resolve.apply(caller, c.pathParam(param)), c.ifMatchVersion());
      return HttpReply.noContent();
    }));
    routes.add(Route.action("GET", one + "/appd", c -> {
      Caller caller = caller(c);
      return appD(c, manager.appDFile(caller, resolve.apply(caller, c.pathParam(param))));
    }).withReplyTypes(Set.of(HttpReply.JSON, ZIP)));
    routes.add(Route.action("GET", one + "/package_content", c -> {
      Caller caller = caller(c);
      return content(c, manager.packageContent(caller, resolve.apply(caller, c.pathParam(param))));
    }).withReplyTypes(Set.of(ZIP)));
    routes.add(new Route("PUT", one + "/package_content", c -> {
      Caller caller = caller(c);
      manager.uploadContent(caller, resolve.apply(caller, c.pathParam(param)), c.body());
      return new HttpReply(202, null, Map.of(), new byte[0]);
    }, Set.of(ZIP), false).withMaxBodyBytes((int) manager.limits().maxPackageBytes()));
  }

  private HttpReply list(HttpCall c) {
    Caller caller = caller(c);
    AttributeQuery q = AttributeQuery.of(c, AppPkgInfo.class, PKG_DEFAULT_EXCLUDED, "", true, true);
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (AppPkgInfo info : manager.packages(caller)) {
      ObjectNode node = MecJson.mapper().valueToTree(info);
      if (q.matches(node)) {
        out.add(q.select(node));
      }
    }
    return HttpReply.ok(out);
  }

  private static HttpReply appD(HttpCall c, byte[] file) {
    AttributeQuery q = AttributeQuery.of(c, AppD.class, APPD_DEFAULT_EXCLUDED, "1", false, false);
    byte[] json = file;
    if (!q.isIdentity()) {
      try {
        JsonNode tree = MecJson.mapper().readTree(file);
        json = MecJson.writeBytes(q.select((ObjectNode) tree));
      } catch (IOException e) {
        throw new UncheckedIOException("The stored AppD is not JSON", e);
      }
    }
    if (!wantsZip(c.header("accept"))) {
      return HttpReply.okBytes(json);
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry(AppPackageFormat.APPD));
      out.write(json);
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HttpReply(200, ZIP, Map.of(), zip.toByteArray());
  }

  /** JSON unless the client asks for ZIP and not for JSON. */
  private static boolean wantsZip(@Nullable String accept) {
    if (accept == null) {
      return false;
    }
    boolean zip = false;
    for (String part : accept.split(",")) {
      String t = part.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (t.equals(HttpReply.JSON) || t.equals("*/*") || t.equals("application/*")) {
        return false;
      }
      zip |= t.equals(ZIP);
    }
    return zip;
  }

  private static HttpReply content(HttpCall c, Path archive) {
    byte[] all;
    try {
      all = Files.readAllBytes(archive);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read package content " + archive, e);
    }
    long[] range = range(c.header("range"), all.length);
    if (range == null) {
      return new HttpReply(200, ZIP, Map.of("Accept-Ranges", "bytes"), all);
    }
    if (range.length == 0) {
      return Problems.reply(416, "Range Not Satisfiable", "The package content has " + all.length
          + " bytes; the requested range starts after its end").withHeader("Content-Range", "bytes */" + all.length);
    }
    int from = (int) range[0];
    int to = (int) range[1];
    return new HttpReply(206, ZIP, Map.of("Content-Range", "bytes " + from + "-" + to + "/" + all.length,
        "Accept-Ranges", "bytes"), Arrays.copyOfRange(all, from, to + 1));
  }

  /**
   * A single byte range of RFC 9110: {@code null} to send everything (no header, several ranges or a malformed
   * header, which the RFC lets a server ignore), an empty array when unsatisfiable, else {@code [first, last]}.
   */
  static long @Nullable [] range(@Nullable String header, long length) {
    if (header == null) {
      return null;
    }
    String h = header.strip();
    if (!h.toLowerCase(Locale.ROOT).startsWith("bytes=") || h.contains(",")) {
      return null;
    }
    String spec = h.substring(6).strip();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      String a = spec.substring(0, dash).strip();
      String z = spec.substring(dash + 1).strip();
      if (a.isEmpty()) {
        long suffix = Long.parseLong(z);
        if (suffix <= 0) {
          return suffix == 0 ? new long[0] : null;
        }
        return length == 0 ? new long[0] : new long[] {Math.max(0, length - suffix), length - 1};
      }
      long first = Long.parseLong(a);
      long last = z.isEmpty() ? length - 1 : Math.min(Long.parseLong(z), length - 1);
      if (first < 0 || (!z.isEmpty() && Long.parseLong(z) < first)) {
        return null;
      }
      if (first >= length) {
        return new long[0];
      }
      return new long[] {first, last};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Caller caller(HttpCall c) {
    return manager.authenticate(c.header("authorization"));
  }

  private static HttpReply etagged(Versioned<?> v) {
    return HttpReply.ok(v.value()).withHeader("ETag", v.etag());
  }


}
