package io.mec4j.testing;

import io.mec4j.model.MecJson;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.OperationalState;
import io.mec4j.platform.meo.OnboardedPackage;
import io.mec4j.platform.meo.PackageCatalog;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A package catalog for tests: an AppD and a content directory stand for an onboarded package. */
final class TestCatalog implements PackageCatalog {

  private final Map<String, OnboardedPackage> packages = new ConcurrentHashMap<>();

  OnboardedPackage add(String appDJson, Path contentDir) {
    AppD appD = MecJson.read(appDJson, AppD.class);
    OnboardedPackage p = new OnboardedPackage("pkg-" + appD.appDId(), appD, contentDir, OperationalState.ENABLED);
    packages.put(p.appPkgId(), p);
    return p;
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
  public void markInUse(String appPkgId, boolean inUse) {
    // not tracked here
  }

  static String appD(String appDId) {
    return """
        {"appDId":"%s","appName":"demo","appProvider":"mec4j","appSoftVersion":"1.0","appDVersion":"1.0",
         "mecVersion":"3.1.1","appDescription":"A demo application",
         "virtualComputeDescriptor":{"virtualComputeDescId":"vcd-1","virtualMemory":{"virtualMemSize":256},
           "virtualCpu":{"numVirtualCpu":1}},
         "swImageDescriptor":[{"id":"img-1","name":"demo","version":"1.0","containerFormat":"BARE",
           "swImage":"demo.jar"}],
         "appExtCpd":[{"cpdId":"cp-1","layerProtocol":["IPV4"]}],
         "appDNSRule":[{"dnsRuleId":"dns-1","domainName":"demo.mec.example","ipAddressType":"IP_V4",
           "ipAddress":"10.0.0.9","ttl":30}]}
        """.formatted(appDId);
  }
}
