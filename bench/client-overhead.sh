#!/usr/bin/env bash
# Client overhead benchmark -- a script, not a test.
#
# The same GET /mec_service_mgmt/v1/services (three services, about 2 KB of JSON) against one local MEC platform,
# 100,000 calls per run after a warm-up, through ServiceMgmtClient and through raw OkHttp doing the same work by hand;
# see bench/ClientBench.java. Target: client overhead <= 10 %.
#
# Usage: bash bench/client-overhead.sh [calls] [rounds]       (JDK on the PATH; JAVA=... to choose another)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
JAR=examples/target/mec4j-examples.jar
[ -f "$JAR" ] || mvn -q -B -DskipTests package
exec "$JAVA" -Xms512m -Xmx512m -XX:+UseG1GC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$JAR" bench/ClientBench.java "${1:-100000}" "${2:-3}"
