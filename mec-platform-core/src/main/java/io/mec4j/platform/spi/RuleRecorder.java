package io.mec4j.platform.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The bookkeeping shared by {@link RecordingDataPlane} and {@link RecordingDnsBackend}. */
final class RuleRecorder<R> {

  private final Map<String, R> active = new ConcurrentHashMap<>();
  private final List<RuleCall> calls = new CopyOnWriteArrayList<>();

  void activate(String appInstanceId, String ruleId, R rule) {
    active.put(key(appInstanceId, ruleId), rule);
    calls.add(new RuleCall(true, appInstanceId, ruleId));
  }

  void deactivate(String appInstanceId, String ruleId) {
    active.remove(key(appInstanceId, ruleId));
    calls.add(new RuleCall(false, appInstanceId, ruleId));
  }

  Optional<R> active(String appInstanceId, String ruleId) {
    return Optional.ofNullable(active.get(key(appInstanceId, ruleId)));
  }

  List<RuleCall> calls() {
    return List.copyOf(calls);
  }

  private static String key(String app, String rule) {
    return app + '\u0000' + rule;
  }
}
