package io.mec4j.platform.meo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.error.MecConflictException;
import io.mec4j.model.error.MecNotFoundException;
import io.mec4j.model.lcm.AppInstanceInfo;
import io.mec4j.model.lcm.CreateAppInstanceRequest;
import io.mec4j.model.lcm.InstantiateAppRequest;
import io.mec4j.model.lcm.OperationState;
import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.MecHost;
import io.mec4j.platform.spi.Resources;
import io.mec4j.platform.spi.VimInstance;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Relocation through the Java API with the in-memory VIM: the switch-over, and the ways it can fail safely. */
class RelocationIT {

  static final HostId A = HostId.of("edge-a");
  static final HostId B = HostId.of("edge-b");
  static final HostId SMALL = HostId.of("edge-small");

  private MeoFixture f;

  @BeforeEach
  void start() {
    f = new MeoFixture(List.of(MeoFixture.host("edge-a"), MeoFixture.host("edge-b"),
        MecHost.builder("edge-small").capacity(Resources.of(1, 128, 1)).build()), b -> b);
    f.catalog.add(TestCatalog.appD("appd-counter", ""), f.packageDir);
    f.catalog.add(TestCatalog.appD("appd-stateful", "\"userContextTransferCapability\":{\"statefulApplication\":true}"),
        f.packageDir);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private String runningOn(String appDId, HostId host) throws Exception {
    AppInstanceInfo i = f.meo.createAppInstance(CreateAppInstanceRequest.builder().appDId(appDId).build());
    LcmOpOccurrence op = f.meo.instantiate(i.id(), InstantiateAppRequest.builder()
        .addSelectedMECHostInfo(new io.mec4j.model.common.MECHostInformation(null, java.util.Map.of("id",
            host.value()))).build());
    assertThat(f.meo.awaitOperation(op.id()).get(10, TimeUnit.SECONDS).state()).isEqualTo(OperationState.COMPLETED);
    return i.id();
  }

  @Test
  void statelessApp_isSwitchedOver() throws Exception {
    String id = runningOn("appd-counter", A);

    AppInstanceInfo moved = f.meo.relocate(id, B).get(20, TimeUnit.SECONDS);

    assertThat(f.meo.hostOf(moved.id())).contains(B);
    assertThat(f.host(B).dataPlane().activeRule(moved.id(), "tr-1")).isPresent();
    assertThat(f.host(A).dataPlane().activeRule(id, "tr-1")).isEmpty();
    assertThat(f.meo.findAppInstance(id)).isEmpty();
    assertThat(f.meo.inventory().find(A).orElseThrow().used()).isEqualTo(Resources.NONE);
    assertThat(f.vim.running()).hasSize(1);
    // the termination of the source was graceful: it was told over Mp1
    assertThat(f.appCallbacks.received(n -> n.path("_links").path("confirmTermination").path("href").asText()
        .contains(id))).hasSize(1);
  }

  @Test
  void targetThatDoesNotFit_isExplained_andTheSourceKeepsRunning() throws Exception {
    String id = runningOn("appd-counter", A);

    assertThatThrownBy(() -> f.meo.relocate(id, SMALL).get(20, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause()
        .isInstanceOf(RelocationException.class)
        .hasMessageContaining("instantiation on edge-small ended FAILED_TEMP")
        .hasMessageContaining("edge-small: needs 512 MB memory, 128 of 128 MB free")
        .hasMessageContaining("the source instance keeps running");

    assertThat(f.meo.hostOf(id)).contains(A);
    assertThat(f.meo.appInstances()).extracting(AppInstanceInfo::id).containsExactly(id);
    assertThat(f.host(A).dataPlane().activeRule(id, "tr-1")).isPresent();
    assertThat(f.vim.running()).extracting(VimInstance::host).containsExactly(A);
    // the source can still be operated
    assertThat(f.meo.operate(id, new io.mec4j.model.lcm.OperateAppRequest(
        io.mec4j.model.lcm.AppOperationalState.STOPPED, null, null))).isNotNull();
  }

  @Test
  void statefulAppThatCannotMoveItsState_isNotRelocated() throws Exception {
    String id = runningOn("appd-stateful", A);

    assertThatThrownBy(() -> f.meo.relocate(id, B).get(20, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause()
        .isInstanceOf(RelocationException.class)
        .hasMessageContaining("the AppD says the application is stateful");

    assertThat(f.meo.hostOf(id)).contains(A);
    assertThat(f.meo.appInstances()).hasSize(1);
    assertThat(f.host(B).platform().apps()).isEmpty();
    assertThat(f.vim.running()).extracting(VimInstance::host).containsExactly(A);
  }

  @Test
  void invalidRelocations_areRefusedAtOnce() throws Exception {
    String id = runningOn("appd-counter", A);
    assertThatThrownBy(() -> f.meo.relocate(id, A)).isInstanceOf(MecBadRequestException.class)
        .hasMessageContaining("already runs on edge-a");
    assertThatThrownBy(() -> f.meo.relocate(id, HostId.of("mars"))).isInstanceOf(MecNotFoundException.class);
    String idle = f.meo.createAppInstance(CreateAppInstanceRequest.builder().appDId("appd-counter").build()).id();
    assertThatThrownBy(() -> f.meo.relocate(idle, B)).isInstanceOf(MecConflictException.class)
        .hasMessageContaining("not STARTED");
  }
}
