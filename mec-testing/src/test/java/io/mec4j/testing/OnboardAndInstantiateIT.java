package io.mec4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mec4j.client.AttributeQuery;
import io.mec4j.client.lcm.AcceptedOperation;
import io.mec4j.client.lcm.AppLcmClient;
import io.mec4j.client.lcm.AppPkgMgmtClient;
import io.mec4j.model.MecJson;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.AppInstanceInfo;
import io.mec4j.model.lcm.AppPkgInfo;
import io.mec4j.model.lcm.CreateAppInstanceRequest;
import io.mec4j.model.lcm.CreateAppPkg;
import io.mec4j.model.lcm.InstantiateAppRequest;
import io.mec4j.model.lcm.InstantiationState;
import io.mec4j.model.lcm.OnboardingState;
import io.mec4j.model.lcm.OperationState;
import io.mec4j.model.lcm.StopType;
import io.mec4j.model.lcm.TerminateAppRequest;
import io.mec4j.platform.meo.pkg.AppPackageBuilder;
import io.mec4j.platform.mep.ServiceQuery;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.ProcessVim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole orchestrator path over real HTTP, with the mec4j clients: a package holding a real application is
 * onboarded (integrity checked), instantiated on a host by the process VIM, the application registers its service over
 * Mp1 and confirms ready, then it is terminated and deleted.
 */
class OnboardAndInstantiateIT {

  static final String APPD = """
      {"appDId":"appd-hello-edge","appName":"hello-edge","appProvider":"mec4j","appSoftVersion":"1.0",
       "appDVersion":"1.0","mecVersion":"3.1.1","appDescription":"Registers hello-edge over Mp1",
       "virtualComputeDescriptor":{"virtualComputeDescId":"vcd-1","virtualMemory":{"virtualMemSize":256},
         "virtualCpu":{"numVirtualCpu":1}},
       "swImageDescriptor":[{"id":"img-1","name":"hello-edge","version":"1.0","containerFormat":"BARE",
         "swImage":"Artifacts/hello-edge.jar"}],
       "appExtCpd":[{"cpdId":"cp-1","layerProtocol":["IPV4"]}],
       "appDNSRule":[{"dnsRuleId":"dns-hello","domainName":"hello.edge.example","ipAddressType":"IP_V4",
         "ipAddress":"10.0.0.8","ttl":30}]}""";

  @Test
  void onboard_instantiate_appRegistersOverMp1_terminate(@TempDir Path dir) throws Exception {
    Path jar = TestJars.runnableJar(HelloEdgeApp.class, dir.resolve("hello-edge.jar"));
    byte[] zip = AppPackageBuilder.forAppD(MecJson.read(APPD, AppD.class))
        .addFile("Artifacts/hello-edge.jar", Files.readAllBytes(jar)).build();

    try (ProcessVim vim = ProcessVim.builder().workDir(dir.resolve("work")).build();
         EmbeddedMecSystem mec = EmbeddedMecSystem.builder().hosts(2).vim(vim).start();
         AppPkgMgmtClient pkgm = AppPkgMgmtClient.builder().baseUri(mec.pkgmUri())
             .bearerToken(mec.operatorToken()).build();
         AppLcmClient lcm = AppLcmClient.builder().baseUri(mec.lcmUri()).bearerToken(mec.operatorToken()).build()) {

      AppPkgInfo created = pkgm.createAppPkg(CreateAppPkg.builder().appPkgName("hello-edge").appPkgVersion("1.0")
          .checksum(AppPackageBuilder.checksumOf(zip)).appPkgPath("https://vendor.example/hello-edge.zip").build());
      pkgm.uploadPackageContent(created.id(), zip);
      await().atMost(Duration.ofSeconds(20)).until(() ->
          pkgm.getAppPkg(created.id()).onboardingState() != OnboardingState.UPLOADING
              && pkgm.getAppPkg(created.id()).onboardingState() != OnboardingState.PROCESSING);
      AppPkgInfo onboarded = pkgm.getAppPkg(created.id());
      assertThat(onboarded.onboardingState()).as(MecJson.write(onboarded)).isEqualTo(OnboardingState.ONBOARDED);
      assertThat(onboarded.appDId()).isEqualTo("appd-hello-edge");

      AppInstanceInfo app = lcm.createAppInstance(CreateAppInstanceRequest.builder().appDId("appd-hello-edge")
          .appInstanceName("hello-1").build());
      AcceptedOperation op = lcm.instantiate(app.id(), InstantiateAppRequest.builder().build());
      String opId = op.appLcmOpOccId().orElseThrow();
      await().atMost(Duration.ofSeconds(60)).until(() -> lcm.getAppLcmOpOcc(opId).operationState() != OperationState.STARTING
          && lcm.getAppLcmOpOcc(opId).operationState() != OperationState.PROCESSING);
      assertThat(lcm.getAppLcmOpOcc(opId).operationState()).as(MecJson.write(lcm.getAppLcmOpOcc(opId)))
          .isEqualTo(OperationState.COMPLETED);
      AppInstanceInfo running = lcm.getAppInstance(app.id());
      assertThat(running.instantiationState()).isEqualTo(InstantiationState.INSTANTIATED);

      long hostsWithService = mec.hosts().values().stream().filter(h -> !h.platform().services(Caller.platform(),
          ServiceQuery.bySerName("hello-edge")).isEmpty()).count();
      assertThat(hostsWithService).as("the application registered hello-edge on its host").isEqualTo(1);
      assertThat(mec.hosts().values().stream().anyMatch(h -> h.dns().activeRule(app.id(), "dns-hello").isPresent()))
          .as("its DNS rule is active on its host").isTrue();
      assertThat(lcm.getAppInstances(AttributeQuery.all())).extracting(AppInstanceInfo::id).contains(app.id());

      String term = lcm.terminate(app.id(), new TerminateAppRequest(StopType.FORCEFUL, null))
          .appLcmOpOccId().orElseThrow();
      await().atMost(Duration.ofSeconds(30)).until(() ->
          lcm.getAppLcmOpOcc(term).operationState() == OperationState.COMPLETED);
      assertThat(lcm.getAppInstance(app.id()).instantiationState()).isEqualTo(InstantiationState.NOT_INSTANTIATED);
      assertThat(mec.hosts().values().stream().allMatch(h -> h.platform().services(Caller.platform(),
          ServiceQuery.bySerName("hello-edge")).isEmpty())).as("its service is gone").isTrue();
      lcm.deleteAppInstance(app.id());
    }
  }
}
