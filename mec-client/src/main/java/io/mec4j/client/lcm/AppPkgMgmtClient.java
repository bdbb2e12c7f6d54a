package io.mec4j.client.lcm;

import io.mec4j.client.AttributeQuery;
import io.mec4j.client.MecClientBuilder;
import io.mec4j.client.internal.BodyReader;
import io.mec4j.client.internal.Exchange;
import io.mec4j.client.internal.HttpTransport;
import io.mec4j.client.internal.Notifications;
import io.mec4j.client.internal.Queries;
import io.mec4j.client.internal.Readers;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.AppPkgInfo;
import io.mec4j.model.lcm.AppPkgInfoModifications;
import io.mec4j.model.lcm.AppPkgNotification;
import io.mec4j.model.lcm.AppPkgSubscription;
import io.mec4j.model.lcm.AppPkgSubscriptionInfo;
import io.mec4j.model.lcm.AppPkgSubscriptionLinkList;
import io.mec4j.model.lcm.CreateAppPkg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Client of MEC 010-2 application package management ({@code /app_pkgm/v1}): onboard, query, enable/disable and delete
 * application packages, upload and fetch their content and AppD, subscribe to package notifications.
 *
 * <pre>{@code
 * try (AppPkgMgmtClient pkgs = AppPkgMgmtClient.builder()
 *         .baseUri(URI.create("https://meo.example/app_pkgm/v1")).tokenProvider(tokens).build()) {
 *   AppPkgInfo pkg = pkgs.createAppPkg(createAppPkg);
 *   pkgs.uploadPackageContent(pkg.appDId(), Path.of("video-analytics.zip"));
 *   List<AppPkgInfo> enabled = pkgs.getAppPkgs(AttributeQuery.filter("(eq,operationalState,ENABLED)"));
 * }
 * }</pre>
 *
 * <p>Every method has an {@code ...Async} twin. Errors as for the Mp1 clients. Immutable and thread-safe; {@link
 * #toBuilder()} shares the connection pool.
 */
public final class AppPkgMgmtClient implements AutoCloseable {

  private static final String PKGS = "onboarded_app_packages";
  private static final BodyReader<AppPkgInfo> PKG = Readers.json(AppPkgInfo.class);
  private static final BodyReader<List<AppPkgInfo>> PKG_LIST = Readers.jsonList(AppPkgInfo.class);
  private static final BodyReader<AppPkgInfoModifications> MODS = Readers.json(AppPkgInfoModifications.class);
  private static final BodyReader<AppPkgSubscriptionInfo> SUB = Readers.json(AppPkgSubscriptionInfo.class);
  private static final BodyReader<AppPkgSubscriptionLinkList> SUBS = Readers.json(AppPkgSubscriptionLinkList.class);
  private static final BodyReader<AppD> APPD = Readers.json(AppD.class);

  private final HttpTransport http;

  private AppPkgMgmtClient(HttpTransport http) {
    this.http = http;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this client's settings; clients it builds share this client's connection pool.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(http);
  }

  /**
   * Creates an application package resource, to be onboarded from {@code appPkgPath} or by {@link
   * #uploadPackageContent} ({@code POST /onboarded_app_packages}).
   *
   * @param request the package to create
   * @return the created package
   */
  public AppPkgInfo createAppPkg(CreateAppPkg request) {
    return http.send(createCall(request));
  }

  /**
   * Async {@link #createAppPkg}.
   *
   * @param request the package to create
   * @return the created package
   */
  public CompletableFuture<AppPkgInfo> createAppPkgAsync(CreateAppPkg request) {
    return http.sendAsync(createCall(request));
  }

  private Exchange<AppPkgInfo> createCall(CreateAppPkg request) {
    return http.exchange("POST", PKG).path(PKGS).json(request).build();
  }

  /**
   * Onboarded packages matching a query ({@code GET /onboarded_app_packages}).
   *
   * @param query filter and attribute selectors
   * @return the packages
   */
  public List<AppPkgInfo> getAppPkgs(AttributeQuery query) {
    return http.send(listCall(query));
  }

  /**
   * Async {@link #getAppPkgs}.
   *
   * @param query filter and attribute selectors
   * @return the packages
   */
  public CompletableFuture<List<AppPkgInfo>> getAppPkgsAsync(AttributeQuery query) {
    return http.sendAsync(listCall(query));
  }

  private Exchange<List<AppPkgInfo>> listCall(AttributeQuery query) {
    return Queries.attributes(http.exchange("GET", PKG_LIST).path(PKGS), query).build();
  }

  /**
   * One package ({@code GET /onboarded_app_packages/{appDId}}).
   *
   * @param appDId the AppD id (or package id)
   * @return the package
   */
  public AppPkgInfo getAppPkg(String appDId) {
    return http.send(http.exchange("GET", PKG).path(PKGS, appDId).build());
  }

  /**
   * Async {@link #getAppPkg}.
   *
   * @param appDId the AppD id
   * @return the package
   */
  public CompletableFuture<AppPkgInfo> getAppPkgAsync(String appDId) {
    return http.sendAsync(http.exchange("GET", PKG).path(PKGS, appDId).build());
  }

  /**
   * Deletes a package ({@code DELETE /onboarded_app_packages/{appDId}}).
   *
   * @param appDId the AppD id
   */
  public void deleteAppPkg(String appDId) {
    http.send(http.exchange("DELETE", Readers.none()).path(PKGS, appDId).build());
  }

  /**
   * Async {@link #deleteAppPkg}.
   *
   * @param appDId the AppD id
   * @return completes when done
   */
  public CompletableFuture<Void> deleteAppPkgAsync(String appDId) {
    return http.sendAsync(http.exchange("DELETE", Readers.none()).path(PKGS, appDId).build());
  }

  /**
   * Enables or disables a package ({@code PATCH /onboarded_app_packages/{appDId}}).
   *
   * @param appDId the AppD id
   * @param modifications the new operational state
   * @return the modifications applied
   */
  public AppPkgInfoModifications updateAppPkg(String appDId, AppPkgInfoModifications modifications) {
    return http.send(patchCall(appDId, modifications));
  }

  /**
   * Async {@link #updateAppPkg}.
   *
   * @param appDId the AppD id
   * @param modifications the new operational state
   * @return the modifications applied
   */
  public CompletableFuture<AppPkgInfoModifications> updateAppPkgAsync(String appDId,
      AppPkgInfoModifications modifications) {
    return http.sendAsync(patchCall(appDId, modifications));
  }

  private Exchange<AppPkgInfoModifications> patchCall(String appDId, AppPkgInfoModifications m) {
    return http.exchange("PATCH", MODS).path(PKGS, appDId).json(m).build();
  }

  /**
   * The AppD of a package ({@code GET /onboarded_app_packages/{appDId}/appd}).
   *
   * @param appDId the AppD id
   * @param query filter and attribute selectors
   * @return the AppD
   */
  public AppD getAppD(String appDId, AttributeQuery query) {
    return http.send(appdCall(appDId, query));
  }

  /**
   * Async {@link #getAppD}.
   *
   * @param appDId the AppD id
   * @param query filter and attribute selectors
   * @return the AppD
   */
  public CompletableFuture<AppD> getAppDAsync(String appDId, AttributeQuery query) {
    return http.sendAsync(appdCall(appDId, query));
  }

  private Exchange<AppD> appdCall(String appDId, AttributeQuery query) {
    return Queries.attributes(http.exchange("GET", APPD).path(PKGS, appDId, "appd"), query).build();
  }

  /**
   * The package archive ({@code GET /onboarded_app_packages/{appDId}/package_content}).
   *
   * @param appDId the AppD id
   * @return the ZIP bytes
   */
  public byte[] getPackageContent(String appDId) {
    return http.send(contentCall(appDId));
  }

  /**
   * Async {@link #getPackageContent(String)}.
   *
   * @param appDId the AppD id
   * @return the ZIP bytes
   */
  public CompletableFuture<byte[]> getPackageContentAsync(String appDId) {
    return http.sendAsync(contentCall(appDId));
  }

  /**
   * Downloads the package archive to a file.
   *
   * @param appDId the AppD id
   * @param target the file to write (replaced)
   */
  public void getPackageContent(String appDId, Path target) {
    byte[] zip = getPackageContent(appDId);
    try {
      Files.write(Objects.requireNonNull(target, "target"), zip);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the package to " + target, e);
    }
  }

  private Exchange<byte[]> contentCall(String appDId) {
    return http.exchange("GET", Readers.bytes()).path(PKGS, appDId, "package_content")
        .header("Accept", "application/zip, application/problem+json").build();
  }

  /**
   * Uploads the package archive ({@code PUT /onboarded_app_packages/{appDId}/package_content}); the server answers
   * 202 and onboards it asynchronously.
   *
   * @param appDId the AppD id
   * @param zip the ZIP bytes
   */
  public void uploadPackageContent(String appDId, byte[] zip) {
    http.send(uploadCall(appDId, zip));
  }

  /**
   * Uploads the package archive from a file.
   *
   * @param appDId the AppD id
   * @param zip the ZIP file
   */
  public void uploadPackageContent(String appDId, Path zip) {
    try {
      uploadPackageContent(appDId, Files.readAllBytes(Objects.requireNonNull(zip, "zip")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the package " + zip, e);
    }
  }

  /**
   * Async {@link #uploadPackageContent(String, byte[])}.
   *
   * @param appDId the AppD id
   * @param zip the ZIP bytes
   * @return completes when the server accepted the upload
   */
  public CompletableFuture<Void> uploadPackageContentAsync(String appDId, byte[] zip) {
    return http.sendAsync(uploadCall(appDId, zip));
  }

  private Exchange<Void> uploadCall(String appDId, byte[] zip) {
    return http.exchange("PUT", Readers.none()).path(PKGS, appDId, "package_content")
        .bytes(Objects.requireNonNull(zip, "zip"), "application/zip").build();
  }

  /**
   * Subscribes to package notifications ({@code POST /subscriptions}).
   *
   * @param subscription the subscription; notifications go to its {@code callbackUri}
   * @return the created subscription
   */
  public AppPkgSubscriptionInfo subscribe(AppPkgSubscription subscription) {
    return http.send(http.exchange("POST", SUB).path("subscriptions").json(subscription).build());
  }

  /**
   * Async {@link #subscribe}.
   *
   * @param subscription the subscription
   * @return the created subscription
   */
  public CompletableFuture<AppPkgSubscriptionInfo> subscribeAsync(AppPkgSubscription subscription) {
    return http.sendAsync(http.exchange("POST", SUB).path("subscriptions").json(subscription).build());
  }

  /**
   * The subscriptions ({@code GET /subscriptions}).
   *
   * @return links to them
   */
  public AppPkgSubscriptionLinkList getSubscriptions() {
    return http.send(http.exchange("GET", SUBS).path("subscriptions").build());
  }

  /**
   * Async {@link #getSubscriptions}.
   *
   * @return links to them
   */
  public CompletableFuture<AppPkgSubscriptionLinkList> getSubscriptionsAsync() {
    return http.sendAsync(http.exchange("GET", SUBS).path("subscriptions").build());
  }

  /**
   * One subscription ({@code GET /subscriptions/{subscriptionId}}).
   *
   * @param subscriptionId the id
   * @return the subscription
   */
  public AppPkgSubscriptionInfo getSubscription(String subscriptionId) {
    return http.send(http.exchange("GET", SUB).path("subscriptions", subscriptionId).build());
  }

  /**
   * Async {@link #getSubscription}.
   *
   * @param subscriptionId the id
   * @return the subscription
   */
  public CompletableFuture<AppPkgSubscriptionInfo> getSubscriptionAsync(String subscriptionId) {
    return http.sendAsync(http.exchange("GET", SUB).path("subscriptions", subscriptionId).build());
  }

  /**
   * Deletes a subscription ({@code DELETE /subscriptions/{subscriptionId}}).
   *
   * @param subscriptionId the id
   */
  public void unsubscribe(String subscriptionId) {
    http.send(http.exchange("DELETE", Readers.none()).path("subscriptions", subscriptionId).build());
  }

  /**
   * Async {@link #unsubscribe}.
   *
   * @param subscriptionId the id
   * @return completes when done
   */
  public CompletableFuture<Void> unsubscribeAsync(String subscriptionId) {
    return http.sendAsync(http.exchange("DELETE", Readers.none()).path("subscriptions", subscriptionId).build());
  }

  /**
   * Delivers a package notification to a subscriber (the spec's {@code POST /user_defined_notification}, whose real
   * URI is the subscription's {@code callbackUri}); for package management implementations and tests.
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification
   */
  public void deliverNotification(URI callbackUri, AppPkgNotification notification) {
    http.send(Notifications.post(http, callbackUri, notification));
  }

  /**
   * Async {@link #deliverNotification}.
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification
   * @return completes when the subscriber answered 2xx
   */
  public CompletableFuture<Void> deliverNotificationAsync(URI callbackUri, AppPkgNotification notification) {
    return http.sendAsync(Notifications.post(http, callbackUri, notification));
  }

  /** Releases this client's share of the connection pool. Idempotent. */
  @Override
  public void close() {
    http.close();
  }

  /** Builds an {@link AppPkgMgmtClient}. */
  public static final class Builder extends MecClientBuilder<Builder> {
    private Builder() {}

    private Builder(HttpTransport from) {
      from(from);
    }

    /**
     * The client.
     *
     * @return the client
     * @throws IllegalStateException when no base URI was set
     */
    public AppPkgMgmtClient build() {
      return new AppPkgMgmtClient(transport(AppPkgMgmtClient.class, "https://meo.example/app_pkgm/v1"));
    }
  }
}
