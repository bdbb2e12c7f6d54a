#!/usr/bin/env bash
# Placement benchmark -- a script, not a test. See PlacementBench.java for what it measures.
#
# Usage: bash bench/placement/run.sh [hosts] [requests] [instantiations]     (defaults 10000 10000 10)
#        JAVA=/path/to/java bash bench/placement/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
JAR=examples/target/mec4j-examples.jar
[ -f "$JAR" ] || mvn -q -B -DskipTests package
WORK=$(mktemp -d /tmp/mec4j-placement.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
"$JAVAC" -d "$WORK/app" bench/placement/BenchApp.java
jar --create --file "$WORK/bench-app.jar" --main-class BenchApp -C "$WORK/app" .
"$JAVA" -Xms1g -Xmx1g -XX:+UseG1GC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$JAR" \
  bench/placement/PlacementBench.java "$WORK/bench-app.jar" "${1:-10000}" "${2:-10000}" "${3:-10}"
