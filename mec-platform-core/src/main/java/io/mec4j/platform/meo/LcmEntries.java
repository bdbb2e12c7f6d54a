package io.mec4j.platform.meo;

import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.lcm.AppInstIdCreationSubscriptionInfo;
import io.mec4j.model.lcm.AppInstIdDeletionSubscriptionInfo;
import io.mec4j.model.lcm.AppInstSubscriptionInfo;
import io.mec4j.model.lcm.AppInstanceInfo;
import io.mec4j.model.lcm.AppInstanceSubscriptionFilter;
import io.mec4j.model.lcm.AppInstanceSubscriptionType;
import io.mec4j.model.lcm.AppLcmOpOcc;
import io.mec4j.model.lcm.AppLcmOpOccSubscriptionInfo;
import io.mec4j.model.lcm.ConfigPlatformForAppRequest;
import io.mec4j.model.ams.MobilityProcedureSubscription;
import io.mec4j.model.ams.RegistrationInfo;
import io.mec4j.platform.spi.GeoPoint;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the orchestrator keeps in its {@link io.mec4j.platform.spi.Store} tables: plain records of model types. */
final class LcmEntries {

  private LcmEntries() {}

  /**
   * An application instance resource.
   *
   * @param info the resource without {@code _links} (added when read)
   * @param hostId the host it is instantiated on, or {@code null}
   * @param vimInstanceId the VIM workload running it, or {@code null}
   * @param pinnedHost the host the creation request chose ({@code appPlacementInfo.mepId}), or {@code null}
   * @param config the platform configuration of a {@code configure_platform_for_app} request, or {@code null}
   */
  record InstanceEntry(AppInstanceInfo info, @Nullable String hostId, @Nullable String vimInstanceId,
      @Nullable String pinnedHost, @Nullable ConfigPlatformForAppRequest config) {

    String id() {
      return info.id();
    }

    InstanceEntry withInfo(AppInstanceInfo newInfo) {
      return new InstanceEntry(newInfo, hostId, vimInstanceId, pinnedHost, config);
    }

    InstanceEntry placed(@Nullable String host, @Nullable String vim) {
      return new InstanceEntry(info, host, vim, pinnedHost, config);
    }

    InstanceEntry withConfig(ConfigPlatformForAppRequest c) {
      return new InstanceEntry(info, hostId, vimInstanceId, pinnedHost, c);
    }
  }

  /** Placement hints in a form any store can serialise. */
  record HintsEntry(@Nullable Double latitude, @Nullable Double longitude, @Nullable String ueCellId,
      @Nullable String zoneId) {

    static @Nullable HintsEntry of(PlacementHints h) {
      if (h.equals(PlacementHints.NONE)) {
        return null;
      }
      GeoPoint p = h.uePosition();
      return new HintsEntry(p == null ? null : p.latitude(), p == null ? null : p.longitude(), h.ueCellId(),
          h.zoneId());
    }

    static PlacementHints toHints(@Nullable HintsEntry e) {
      if (e == null) {
        return PlacementHints.NONE;
      }
      GeoPoint p = e.latitude() != null && e.longitude() != null ? GeoPoint.of(e.latitude(), e.longitude()) : null;
      return new PlacementHints(p, e.ueCellId(), e.zoneId());
    }
  }

  /**
   * An LCM operation occurrence.
   *
   * @param occ the occurrence without {@code _links}
   * @param appInstanceId the instance it acts on
   * @param error why it failed, once it did
   * @param hints placement hints of an instantiation
   * @param targetHost the host an instantiation must use (relocation), or {@code null}
   * @param excludedHost a host an instantiation must not use (relocation source), or {@code null}
   * @param deferRules true when an instantiation leaves the traffic and DNS rules inactive (relocation switches them)
   * @param grantId the grant of the operation, once granted
   */
  record OpEntry(AppLcmOpOcc occ, String appInstanceId, @Nullable ProblemDetails error, @Nullable HintsEntry hints,
      @Nullable String targetHost, @Nullable String excludedHost, boolean deferRules, @Nullable String grantId) {

    String id() {
      return occ.id();
    }

    OpEntry withOcc(AppLcmOpOcc o, @Nullable ProblemDetails e) {
      return new OpEntry(o, appInstanceId, e, hints, targetHost, excludedHost, deferRules, grantId);
    }

    OpEntry withGrant(String g) {
      return new OpEntry(occ, appInstanceId, error, hints, targetHost, excludedHost, deferRules, g);
    }
  }

  /** A subscription: exactly one of the four MEC 010-2 subscription types. */
  record SubscriptionEntry(
      AppInstanceSubscriptionType type,
      @Nullable AppInstSubscriptionInfo appInstance,
      @Nullable AppLcmOpOccSubscriptionInfo opOcc,
      @Nullable AppInstIdCreationSubscriptionInfo creation,
      @Nullable AppInstIdDeletionSubscriptionInfo deletion) {

    Object info() {
      return Objects.requireNonNull(switch (type) {
        case APP_INSTANCE_STATE_CHANGE_SUBSCRIPTION -> appInstance;
        case APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION -> opOcc;
        case APP_IDENTIFIER_CREATION_SUBSCRIPTION -> creation;
        default -> deletion;
      });
    }

    String callbackUri() {
      return switch (type) {
        case APP_INSTANCE_STATE_CHANGE_SUBSCRIPTION -> Objects.requireNonNull(appInstance).callbackUri();
        case APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION -> Objects.requireNonNull(opOcc).callbackUri();
        case APP_IDENTIFIER_CREATION_SUBSCRIPTION -> Objects.requireNonNull(creation).callbackUri();
        default -> Objects.requireNonNull(deletion).callbackUri();
      };
    }

    @Nullable AppInstanceSubscriptionFilter filter() {
      return switch (type) {
        case APP_INSTANCE_STATE_CHANGE_SUBSCRIPTION -> Objects.requireNonNull(appInstance)
            .appInstanceSubscriptionFilter();
        case APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION -> {
          var f = Objects.requireNonNull(opOcc).appLcmOpOccSubscriptionFilter();
          yield f == null ? null : f.appInstanceSubscriptionFilter();
        }
        case APP_IDENTIFIER_CREATION_SUBSCRIPTION -> Objects.requireNonNull(creation).appInstanceSubscriptionFilter();
        default -> Objects.requireNonNull(deletion).appInstanceSubscriptionFilter();
      };
    }
  }

  /** A MEC 021 application mobility service registration and the application instance that made it. */
  record AmsRegistrationEntry(String owner, RegistrationInfo info) {}

  /** A MEC 021 mobility procedure subscription and the application instance that made it. */
  record AmsSubscriptionEntry(String owner, MobilityProcedureSubscription sub) {}
}
