package io.mec4j.platform.meo;

import io.mec4j.model.MecJson;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.OperationalState;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A package catalog for LCM tests: packages are "onboarded" by handing over an AppD and a content directory. */
final class TestCatalog implements PackageCatalog {

  private final Map<String, OnboardedPackage> packages = new ConcurrentHashMap<>();
  final Map<String, Boolean> inUse = new ConcurrentHashMap<>();

  OnboardedPackage add(AppD appD, Path contentDir) {
    OnboardedPackage p = new OnboardedPackage("pkg-" + appD.appDId(), appD, contentDir, OperationalState.ENABLED);
    packages.put(p.appPkgId(), p);
    return p;
  }

  OnboardedPackage add(String appDJson, Path contentDir) {
    return add(MecJson.read(appDJson, AppD.class), contentDir);
  }

  void setState(String appPkgId, OperationalState state) {
    OnboardedPackage p = packages.get(appPkgId);
    packages.put(appPkgId, new OnboardedPackage(p.appPkgId(), p.appD(), p.contentDir(), state));
  }

  void remove(String appPkgId) {
    packages.remove(appPkgId);
  }

  @Override
  public Optional<OnboardedPackage> findByPackageId(String appPkgId) {
    return Optional.ofNullable(packages.get(appPkgId));
  }

  @Override
  public Optional<OnboardedPackage> findByAppDId(String appDId) {
    return packages.values().stream().filter(p -> p.appDId().equals(appDId)).findFirst();
  }

  @Override
  public void markInUse(String appPkgId, boolean used) {
    inUse.put(appPkgId, used);
  }

  /** An AppD with one image, 1 vCPU and 512 MB, a traffic rule and a DNS rule; {@code extra} adds JSON members. */
  static String appD(String appDId, String extra) {
    return """
        {"appDId":"%s","appName":"counter","appProvider":"mec4j","appSoftVersion":"1.0","appDVersion":"1.0",
         "mecVersion":"3.1.1","appDescription":"Counts, and carries its count when relocated",
         "virtualComputeDescriptor":{"virtualComputeDescId":"vcd-1","virtualMemory":{"virtualMemSize":512},
           "virtualCpu":{"numVirtualCpu":1}},
         "swImageDescriptor":[{"id":"img-1","name":"counter","version":"1.0","containerFormat":"BARE",
           "swImage":"counter-app.jar"}],
         "appExtCpd":[{"cpdId":"cp-1","layerProtocol":["IPV4"]}],
         "appTrafficRule":[{"trafficRuleId":"tr-1","filterType":"FLOW","priority":1,
           "trafficFilter":[{"dstAddress":["10.0.0.9"],"dstPort":["8080"]}],"action":"FORWARD_DECAPSULATED"}],
         "appDNSRule":[{"dnsRuleId":"dns-1","domainName":"counter.mec.example","ipAddressType":"IP_V4",
           "ipAddress":"10.0.0.9","ttl":30}]%s}
        """.formatted(appDId, extra.isEmpty() ? "" : "," + extra);
  }
}
