package io.mec4j.platform.meo;

import io.mec4j.model.MecJson;
import io.mec4j.model.common.LinkType;
import io.mec4j.model.common.SelfLinks;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.common.TimeStamp;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.error.MecNotFoundException;
import io.mec4j.model.lcm.AppInstIdCreationSubscriptionInfo;
import io.mec4j.model.lcm.AppInstIdCreationSubscriptionRequest;
import io.mec4j.model.lcm.AppInstIdDeletionSubscriptionInfo;
import io.mec4j.model.lcm.AppInstIdDeletionSubscriptionRequest;
import io.mec4j.model.lcm.AppInstNotification;
import io.mec4j.model.lcm.AppInstSelectorType;
import io.mec4j.model.lcm.AppInstSubscriptionInfo;
import io.mec4j.model.lcm.AppInstSubscriptionRequest;
import io.mec4j.model.lcm.AppInstanceIdentifierCreationNotification;
import io.mec4j.model.lcm.AppInstanceIdentifierDeletionNotification;
import io.mec4j.model.lcm.AppInstanceIdentifierNotificationLinks;
import io.mec4j.model.lcm.AppInstanceInfo;
import io.mec4j.model.lcm.AppInstanceState;
import io.mec4j.model.lcm.AppInstanceSubscriptionFilter;
import io.mec4j.model.lcm.AppInstanceSubscriptionLink;
import io.mec4j.model.lcm.AppInstanceSubscriptionLinkList;
import io.mec4j.model.lcm.AppInstanceSubscriptionLinkListLinks;
import io.mec4j.model.lcm.AppInstanceSubscriptionType;
import io.mec4j.model.lcm.AppLcmOpOcc;
import io.mec4j.model.lcm.AppLcmOpOccNotification;
import io.mec4j.model.lcm.AppLcmOpOccNotificationLinks;
import io.mec4j.model.lcm.AppLcmOpOccSubscriptionFilter;
import io.mec4j.model.lcm.AppLcmOpOccSubscriptionInfo;
import io.mec4j.model.lcm.AppLcmOpOccSubscriptionRequest;
import io.mec4j.model.lcm.AppProducts;
import io.mec4j.model.lcm.AppsFromProviders;
import io.mec4j.model.lcm.LocationInformation;
import io.mec4j.model.lcm.Versions;
import io.mec4j.platform.internal.BeanValidation;
import io.mec4j.platform.internal.Callbacks;
import io.mec4j.platform.meo.LcmEntries.SubscriptionEntry;
import io.mec4j.platform.notify.NotificationDispatcher;
import io.mec4j.platform.spi.Store;
import io.mec4j.platform.spi.StoreTable;
import io.mec4j.platform.spi.Versioned;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The four MEC 010-2 LCM subscription types and their notifications: application instance state changes, LCM
 * operation occurrence state changes, and application instance identifier creation and deletion. Delivery is at
 * least once, in order, per subscription ({@link NotificationDispatcher}).
 */
final class LcmSubscriptions {

  static final String OP_OCC_NOTIFICATION_TYPE_FILTER = "AppLcmOpOccNotification";

  private final StoreTable<SubscriptionEntry> table;
  private final NotificationDispatcher dispatcher;
  private final Clock clock;
  private final Supplier<String> lcmBase;

  LcmSubscriptions(Store store, NotificationDispatcher dispatcher, Clock clock, Supplier<String> lcmBase) {
    this.table = store.table("meo.lcmSubscriptions", SubscriptionEntry.class);
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.lcmBase = lcmBase;
  }

  private String href(String id) {
    return lcmBase.get() + "/subscriptions/" + id;
  }

  /** Creates a subscription from one of the four request types. */
  Versioned<Object> subscribe(Object request) {
    Objects.requireNonNull(request, "request");
    String id = UUID.randomUUID().toString();
    SelfLinks self = new SelfLinks(new LinkType(href(id)));
    SubscriptionEntry e;
    if (request instanceof AppInstSubscriptionRequest r) {
      check(r, "AppInstSubscriptionRequest", r.subscriptionType(), AppInstSubscriptionRequest.SUBSCRIPTION_TYPE,
          r.callbackUri(), r.appInstanceSubscriptionFilter());
      e = new SubscriptionEntry(AppInstanceSubscriptionType.APP_INSTANCE_STATE_CHANGE_SUBSCRIPTION,
          new AppInstSubscriptionInfo(id, r.subscriptionType(), r.appInstanceState(), r.appInstanceSubscriptionFilter(),
              r.callbackUri(), self), null, null, null);
    } else if (request instanceof AppLcmOpOccSubscriptionRequest r) {
      AppLcmOpOccSubscriptionFilter f = r.appLcmOpOccSubscriptionFilter();
      check(r, "AppLcmOpOccSubscriptionRequest", r.subscriptionType(),
          AppLcmOpOccSubscriptionRequest.SUBSCRIPTION_TYPE, r.callbackUri(),
          f == null ? null : f.appInstanceSubscriptionFilter());
      if (f != null && f.notificationTypes() != null
          && !OP_OCC_NOTIFICATION_TYPE_FILTER.equals(f.notificationTypes())) {
        throw new MecBadRequestException("appLcmOpOccSubscriptionFilter.notificationTypes must be "
            + OP_OCC_NOTIFICATION_TYPE_FILTER + ", was " + f.notificationTypes());
      }
      e = new SubscriptionEntry(AppInstanceSubscriptionType.APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION, null,
          new AppLcmOpOccSubscriptionInfo(id, r.subscriptionType(), r.callbackUri(), f, self), null, null);
    } else if (request instanceof AppInstIdCreationSubscriptionRequest r) {
      check(r, "AppInstIdCreationSubscriptionRequest", r.subscriptionType(),
          AppInstIdCreationSubscriptionRequest.SUBSCRIPTION_TYPE, r.callbackUri(), r.appInstanceSubscriptionFilter());
      e = new SubscriptionEntry(AppInstanceSubscriptionType.APP_IDENTIFIER_CREATION_SUBSCRIPTION, null, null,
          new AppInstIdCreationSubscriptionInfo(id, r.subscriptionType(), r.callbackUri(),
              r.appInstanceSubscriptionFilter(), self), null);
    } else if (request instanceof AppInstIdDeletionSubscriptionRequest r) {
      check(r, "AppInstIdDeletionSubscriptionRequest", r.subscriptionType(),
          AppInstIdDeletionSubscriptionRequest.SUBSCRIPTION_TYPE, r.callbackUri(), r.appInstanceSubscriptionFilter());
      e = new SubscriptionEntry(AppInstanceSubscriptionType.APP_IDENTIFIER_DELETION_SUBSCRIPTION, null, null, null,
          new AppInstIdDeletionSubscriptionInfo(id, r.subscriptionType(), r.callbackUri(),
              r.appInstanceSubscriptionFilter(), self));
    } else {
      throw new MecBadRequestException("Not a MEC 010-2 subscription request: " + request.getClass().getSimpleName());
    }
    Versioned<SubscriptionEntry> v = table.insert(id, e);
    return new Versioned<>(id, e.info(), v.version());
  }

  private static void check(Object r, String what, String type, String expectedType, String callbackUri,
      @Nullable AppInstanceSubscriptionFilter filter) {
    BeanValidation.check(r, what);
    if (!expectedType.equals(type)) {
      throw new MecBadRequestException("subscriptionType must be " + expectedType + " for a " + what + ", was "
          + type);
    }
    Callbacks.check(callbackUri, "callbackUri");
    if (filter != null) {
      AppInstSelectorType s = filter.appInstSelectorType();
      boolean hasInstances = filter.appInstances() != null && !filter.appInstances().isEmpty();
      boolean hasProviders = filter.appsFromProviders() != null && !filter.appsFromProviders().isEmpty();
      switch (s) {
        case APP_FROM_PROVIDER -> {
          if (!hasProviders || hasInstances) {
            throw new MecBadRequestException("appInstanceSubscriptionFilter: selector APP_FROM_PROVIDER (4) needs"
                + " appsFromProviders and no appInstances");
          }
        }
        case APP_IDENTITY, APP_NAME, APP_D_ID -> {
          if (!hasInstances) {
            throw new MecBadRequestException("appInstanceSubscriptionFilter: selector " + s + " (" + s.code()
                + ") needs appInstances");
          }
        }
        default -> {
        }
      }
    }
  }

  /** The link list, optionally of one subscription type. */
  AppInstanceSubscriptionLinkList list(@Nullable AppInstanceSubscriptionType type) {
    List<AppInstanceSubscriptionLink> links = table.list().stream()
        .filter(v -> type == null || v.value().type() == type)
        .map(v -> new AppInstanceSubscriptionLink(href(v.id()), v.value().type()))
        .toList();
    return new AppInstanceSubscriptionLinkList(new AppInstanceSubscriptionLinkListLinks(
        new LinkType(lcmBase.get() + "/subscriptions"), links));
  }

  Object get(String id) {
    return table.find(id).orElseThrow(() -> notFound(id)).value().info();
  }

  void delete(String id) {
    table.delete(id).orElseThrow(() -> notFound(id));
    dispatcher.cancel("lcm." + id);
  }

  private static MecNotFoundException notFound(String id) {
    return new MecNotFoundException("No LCM subscription " + id);
  }

  // ------------------------------------------------------------------------------------------------ notifications

  void instanceState(AppInstanceInfo info, AppInstanceState state, @Nullable LocationInformation location) {
    String notificationId = UUID.randomUUID().toString();
    TimeStamp now = now();
    for (Versioned<SubscriptionEntry> v : table.list()) {
      SubscriptionEntry e = v.value();
      if (e.type() != AppInstanceSubscriptionType.APP_INSTANCE_STATE_CHANGE_SUBSCRIPTION) {
        continue;
      }
      AppInstSubscriptionInfo s = Objects.requireNonNull(e.appInstance());
      if (s.appInstanceState() != null && s.appInstanceState() != state || !matches(e.filter(), info)) {
        continue;
      }
      send(v.id(), e, new AppInstNotification(notificationId, AppInstNotification.NOTIFICATION_TYPE, state, v.id(),
          now, info.id(), info.appPkgId(), info.appDId(), location, new SubscriptionLinks(new LinkType(href(v.id())))));
    }
  }

  void opOcc(AppLcmOpOcc occ, AppInstanceInfo info, String opOccHref, String instanceHref) {
    String notificationId = UUID.randomUUID().toString();
    TimeStamp now = now();
    for (Versioned<SubscriptionEntry> v : table.list()) {
      SubscriptionEntry e = v.value();
      if (e.type() != AppInstanceSubscriptionType.APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION) {
        continue;
      }
      AppLcmOpOccSubscriptionFilter f = Objects.requireNonNull(e.opOcc()).appLcmOpOccSubscriptionFilter();
      if (f != null && (f.operationTypes() != null && f.operationTypes() != occ.lcmOperation()
          || f.operationStates() != null && f.operationStates() != occ.operationState())) {
        continue;
      }
      if (!matches(e.filter(), info)) {
        continue;
      }
      send(v.id(), e, new AppLcmOpOccNotification(notificationId, AppLcmOpOccNotification.NOTIFICATION_TYPE,
          occ.lcmOperation(), occ.operationState(), v.id(), now, occ.id(), info.id(),
          new AppLcmOpOccNotificationLinks(new LinkType(instanceHref), new LinkType(href(v.id())),
              new LinkType(opOccHref))));
    }
  }

  void identifier(AppInstanceInfo info, boolean created, String instanceHref) {
    String notificationId = UUID.randomUUID().toString();
    TimeStamp now = now();
    AppInstanceSubscriptionType wanted = created ? AppInstanceSubscriptionType.APP_IDENTIFIER_CREATION_SUBSCRIPTION
        : AppInstanceSubscriptionType.APP_IDENTIFIER_DELETION_SUBSCRIPTION;
    for (Versioned<SubscriptionEntry> v : table.list()) {
      SubscriptionEntry e = v.value();
      if (e.type() != wanted || !matches(e.filter(), info)) {
        continue;
      }
      AppInstanceIdentifierNotificationLinks links = new AppInstanceIdentifierNotificationLinks(
          new LinkType(href(v.id())), new LinkType(instanceHref));
      send(v.id(), e, created
          ? new AppInstanceIdentifierCreationNotification(notificationId,
              AppInstanceIdentifierCreationNotification.NOTIFICATION_TYPE, v.id(), now, info.id(), links)
          : new AppInstanceIdentifierDeletionNotification(notificationId,
              AppInstanceIdentifierDeletionNotification.NOTIFICATION_TYPE, v.id(), now, info.id(), links));
    }
  }

  private void send(String subscriptionId, SubscriptionEntry e, Object notification) {
    dispatcher.enqueue("lcm." + subscriptionId, URI.create(e.callbackUri()), MecJson.writeBytes(notification));
  }

  private TimeStamp now() {
    Instant t = clock.instant();
    return new TimeStamp(t.getEpochSecond(), (long) t.getNano());
  }

  /** Whether an application instance is selected by a filter (MEC 010-2 {@code AppInstanceSubscriptionFilter}). */
  static boolean matches(@Nullable AppInstanceSubscriptionFilter f, AppInstanceInfo i) {
    if (f == null) {
      return true;
    }
    List<String> values = f.appInstances() == null ? List.of() : f.appInstances();
    return switch (f.appInstSelectorType()) {
      case APP_IDENTITY -> values.contains(i.id());
      case APP_NAME -> values.contains(i.appInstanceName()) || values.contains(i.appName());
      case APP_D_ID -> values.contains(i.appDId());
      case APP_FROM_PROVIDER -> fromProvider(f.appsFromProviders(), i);
      default -> true;
    };
  }

  private static boolean fromProvider(@Nullable List<AppsFromProviders> providers, AppInstanceInfo i) {
    if (providers == null) {
      return false;
    }
    for (AppsFromProviders p : providers) {
      if (!p.appProvider().equals(i.appProvider())) {
        continue;
      }
      if (p.appProducts() == null || p.appProducts().isEmpty()) {
        return true;
      }
      for (AppProducts prod : p.appProducts()) {
        if (!prod.appName().equals(i.appName())) {
          continue;
        }
        if (prod.versions() == null || prod.versions().isEmpty()) {
          return true;
        }
        for (Versions v : prod.versions()) {
          if (v.appSoftVersion().equals(i.appSoftVersion())
              && (v.appDVersion() == null || v.appDVersion().isEmpty() || v.appDVersion().contains(i.appDVersion()))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
