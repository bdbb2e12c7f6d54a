package io.mec4j.platform.meo;

import io.mec4j.model.MecJson;
import io.mec4j.model.ams.AmsSubscriptionLink;
import io.mec4j.model.ams.AmsSubscriptionLinkList;
import io.mec4j.model.ams.AmsSubscriptionLinkListLinks;
import io.mec4j.model.ams.ContextTransferStateCode;
import io.mec4j.model.ams.AssociateId;
import io.mec4j.model.ams.AssociateIdType;
import io.mec4j.model.ams.DeviceInformation;
import io.mec4j.model.ams.MobilityProcedureFilterCriteria;
import io.mec4j.model.ams.MobilityProcedureNotification;
import io.mec4j.model.ams.MobilityProcedureSubscription;
import io.mec4j.model.ams.MobilityStatus;
import io.mec4j.model.ams.RegistrationInfo;
import io.mec4j.model.ams.ServiceConsumerId;
import io.mec4j.model.ams.TargetAppInfo;
import io.mec4j.model.common.LinkType;
import io.mec4j.model.common.SelfLinks;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.common.TimeStamp;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.error.MecForbiddenException;
import io.mec4j.model.error.MecNotFoundException;
import io.mec4j.platform.internal.BeanValidation;
import io.mec4j.platform.internal.Callbacks;
import io.mec4j.platform.meo.LcmEntries.AmsRegistrationEntry;
import io.mec4j.platform.meo.LcmEntries.AmsSubscriptionEntry;
import io.mec4j.platform.notify.NotificationDispatcher;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.Store;
import io.mec4j.platform.spi.StoreTable;
import io.mec4j.platform.spi.Versioned;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The part of the MEC 021 application mobility service (AMS) that application state relocation needs: applications
 * register for mobility support ({@code app_mobility_services}), subscribe to mobility procedure notifications, learn
 * from an {@code INTERHOST_MOVEOUT_TRIGGERED} notification where the target instance is, move their state to it, and
 * report {@code USER_CONTEXT_TRANSFER_COMPLETED} by updating their registration.
 */
final class AppMobilityService {

  /** Base path of the MEC 021 API. */
  static final String PATH = "/amsi/v1";

  static final String MOBILITY_SUBSCRIPTION = "MobilityProcedureSubscription";
  static final String MOBILITY_NOTIFICATION = "MobilityProcedureNotification";

  private final StoreTable<AmsRegistrationEntry> registrations;
  private final StoreTable<AmsSubscriptionEntry> subscriptions;
  private final NotificationDispatcher dispatcher;
  private final Clock clock;
  private final Supplier<String> base;
  private final Map<String, CompletableFuture<Void>> transfers = new ConcurrentHashMap<>();

  AppMobilityService(Store store, NotificationDispatcher dispatcher, Clock clock, Supplier<String> base) {
    this.registrations = store.table("meo.amsRegistrations", AmsRegistrationEntry.class);
    this.subscriptions = store.table("meo.amsSubscriptions", AmsSubscriptionEntry.class);
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.base = base;
  }

  // ------------------------------------------------------------------------------------------------ registrations

  RegistrationInfo register(Caller caller, RegistrationInfo info) {
    BeanValidation.check(info, "RegistrationInfo");
    if (info.appMobilityServiceId() != null) {
      throw new MecBadRequestException("appMobilityServiceId is assigned by the service: leave it out of the request");
    }
    String owner = ownerOf(caller, info.serviceConsumerId());
    String id = UUID.randomUUID().toString();
    RegistrationInfo stored = info.toBuilder().appMobilityServiceId(id).build();
    registrations.insert(id, new AmsRegistrationEntry(owner, stored));
    return stored;
  }

  List<RegistrationInfo> registrations(Caller caller) {
    return registrations.list().stream().filter(v -> caller.mayActFor(v.value().owner()))
        .map(v -> v.value().info()).toList();
  }

  RegistrationInfo registration(Caller caller, String id) {
    return ownRegistration(caller, id).value().info();
  }

  RegistrationInfo updateRegistration(Caller caller, String id, RegistrationInfo info) {
    BeanValidation.check(info, "RegistrationInfo");
    Versioned<AmsRegistrationEntry> current = ownRegistration(caller, id);
    if (info.appMobilityServiceId() != null && !info.appMobilityServiceId().equals(id)) {
      throw new MecBadRequestException("appMobilityServiceId " + info.appMobilityServiceId()
          + " does not match the resource " + id);
    }
    String owner = ownerOf(caller, info.serviceConsumerId());
    if (!owner.equals(current.value().owner())) {
      throw new MecBadRequestException("serviceConsumerId cannot change (was " + current.value().owner() + ")");
    }
    RegistrationInfo stored = info.toBuilder().appMobilityServiceId(id).build();
    registrations.update(id, new AmsRegistrationEntry(owner, stored), StoreTable.ANY_VERSION);
    List<DeviceInformation> devices = stored.deviceInformation();
    if (devices != null && !devices.isEmpty() && devices.stream()
        .allMatch(d -> d.contextTransferState() == ContextTransferStateCode.USER_CONTEXT_TRANSFER_COMPLETED)) {
      CompletableFuture<Void> waiting = transfers.get(owner);
      if (waiting != null) {
        waiting.complete(null);
      }
    }
    return stored;
  }

  void deregister(Caller caller, String id) {
    ownRegistration(caller, id);
    registrations.delete(id);
  }

  private Versioned<AmsRegistrationEntry> ownRegistration(Caller caller, String id) {
    Versioned<AmsRegistrationEntry> v = registrations.find(id)
        .orElseThrow(() -> new MecNotFoundException("No application mobility service registration " + id));
    if (!caller.mayActFor(v.value().owner())) {
      throw new MecNotFoundException("No application mobility service registration " + id);
    }
    return v;
  }

  private static String ownerOf(Caller caller, ServiceConsumerId consumer) {
    String app = consumer.appInstanceId();
    if (app == null || app.isBlank()) {
      throw new MecBadRequestException("serviceConsumerId.appInstanceId is required: this service supports"
          + " application instances as service consumers");
    }
    if (!caller.mayActFor(app)) {
      throw new MecForbiddenException("Application instance " + caller.appInstanceId() + " may not register for "
          + app);
    }
    return app;
  }

  // ------------------------------------------------------------------------------------------------ subscriptions

  Versioned<MobilityProcedureSubscription> subscribe(Caller caller, MobilityProcedureSubscription sub) {
    BeanValidation.check(sub, "MobilityProcedureSubscription");
    if (!MOBILITY_SUBSCRIPTION.equals(sub.subscriptionType())) {
      throw new MecBadRequestException("subscriptionType must be " + MOBILITY_SUBSCRIPTION + ", was "
          + sub.subscriptionType());
    }
    if (sub.callbackReference() == null) {
      throw new MecBadRequestException("callbackReference is required: this service delivers notifications by HTTP"
          + " POST only (no websockets)");
    }
    Callbacks.check(sub.callbackReference());
    MobilityProcedureFilterCriteria f = sub.filterCriteria();
    String owner = f.appInstanceId() != null ? f.appInstanceId() : caller.appInstanceId();
    if (owner == null) {
      throw new MecBadRequestException("filterCriteria.appInstanceId is required");
    }
    if (!caller.mayActFor(owner)) {
      throw new MecForbiddenException("Application instance " + caller.appInstanceId()
          + " may only subscribe to its own mobility procedures");
    }
    String id = UUID.randomUUID().toString();
    MobilityProcedureSubscription stored = sub.toBuilder()
        .filterCriteria(new MobilityProcedureFilterCriteria(owner, f.associateId(), f.mobilityStatus()))
        .links(new SelfLinks(new LinkType(subHref(id))))
        .build();
    Versioned<AmsSubscriptionEntry> v = subscriptions.insert(id, new AmsSubscriptionEntry(owner, stored));
    return new Versioned<>(id, stored, v.version());
  }

  AmsSubscriptionLinkList subscriptionList(Caller caller) {
    List<AmsSubscriptionLink> links = subscriptions.list().stream()
        .filter(v -> caller.mayActFor(v.value().owner()))
        .map(v -> new AmsSubscriptionLink(subHref(v.id()), MOBILITY_SUBSCRIPTION)).toList();
    return new AmsSubscriptionLinkList(new AmsSubscriptionLinkListLinks(new LinkType(base.get() + "/subscriptions"),
        links));
  }

  MobilityProcedureSubscription subscription(Caller caller, String id) {
    return ownSubscription(caller, id).value().sub();
  }

  void unsubscribe(Caller caller, String id) {
    ownSubscription(caller, id);
    subscriptions.delete(id);
    dispatcher.cancel("ams." + id);
  }

  private Versioned<AmsSubscriptionEntry> ownSubscription(Caller caller, String id) {
    Versioned<AmsSubscriptionEntry> v = subscriptions.find(id)
        .orElseThrow(() -> new MecNotFoundException("No mobility subscription " + id));
    if (!caller.mayActFor(v.value().owner())) {
      throw new MecNotFoundException("No mobility subscription " + id);
    }
    return v;
  }

  private String subHref(String id) {
    return base.get() + "/subscriptions/" + id;
  }

  // ------------------------------------------------------------------------------------------------ relocation

  /** Whether an application instance subscribed to mobility procedure notifications. */
  boolean subscribed(String appInstanceId) {
    return subscriptions.list().stream().anyMatch(v -> v.value().owner().equals(appInstanceId));
  }

  /** Starts waiting for an application instance to report its context transferred; call before notifying it. */
  CompletableFuture<Void> expectContextTransfer(String appInstanceId) {
    CompletableFuture<Void> f = new CompletableFuture<>();
    transfers.put(appInstanceId, f);
    f.whenComplete((v, e) -> transfers.remove(appInstanceId, f));
    return f;
  }

  /** Sends a mobility procedure notification to the subscriptions of an application instance. */
  int notifyMobility(String appInstanceId, MobilityStatus status, @Nullable TargetAppInfo target) {
    List<AssociateId> associates = new ArrayList<>();
    for (Versioned<AmsRegistrationEntry> r : registrations.list()) {
      if (r.value().owner().equals(appInstanceId) && r.value().info().deviceInformation() != null) {
        for (DeviceInformation d : r.value().info().deviceInformation()) {
          associates.add(d.associateId());
        }
      }
    }
    if (associates.isEmpty()) {
      // MEC 021 requires at least one; without registered devices, the instance itself is named (type 0, reserved)
      associates.add(new AssociateId(AssociateIdType.RESERVED, appInstanceId));
    }
    Instant now = clock.instant();
    int sent = 0;
    for (Versioned<AmsSubscriptionEntry> v : subscriptions.list()) {
      MobilityProcedureSubscription s = v.value().sub();
      if (!v.value().owner().equals(appInstanceId)) {
        continue;
      }
      List<MobilityStatus> wanted = s.filterCriteria().mobilityStatus();
      if (wanted != null && !wanted.isEmpty() && !wanted.contains(status)) {
        continue;
      }
      MobilityProcedureNotification n = new MobilityProcedureNotification(MOBILITY_NOTIFICATION,
          new TimeStamp(now.getEpochSecond(), (long) now.getNano()), associates, status, target,
          new SubscriptionLinks(new LinkType(subHref(v.id()))));
      dispatcher.enqueue("ams." + v.id(), URI.create(Objects.requireNonNull(s.callbackReference())),
          MecJson.writeBytes(n));
      sent++;
    }
    return sent;
  }

  /** Forgets the registrations and subscriptions of an application instance that is gone. */
  void forget(String appInstanceId) {
    for (Versioned<AmsRegistrationEntry> r : registrations.list()) {
      if (r.value().owner().equals(appInstanceId)) {
        registrations.delete(r.id());
      }
    }
    for (Versioned<AmsSubscriptionEntry> s : subscriptions.list()) {
      if (s.value().owner().equals(appInstanceId)) {
        subscriptions.delete(s.id());
        dispatcher.cancel("ams." + s.id());
      }
    }
    CompletableFuture<Void> waiting = transfers.remove(appInstanceId);
    if (waiting != null) {
      waiting.completeExceptionally(new IllegalStateException("Application instance " + appInstanceId + " is gone"));
    }
  }
}
