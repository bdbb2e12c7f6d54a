#!/usr/bin/env bash
# Mp1 load benchmark -- a script, not a test.
#
# Measures GET /mec_service_mgmt/v1/services (three registered services) on the mec4j platform (`serve`) and on
# nginx serving the byte-identical JSON from a file, on loopback, in the same run, one server at a time, as described
# in ../shared/bench/README.md: wrk -t2 -c64, a 5 s warm-up (discarded) then a measured run, ROUNDS rounds; CPU per
# request from /proc/PID/stat. Then the notification fan-out benchmark (bench/FanoutBench.java).
#
# Usage: bash bench/mp1-load.sh            (JDK on the PATH)
#        JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bash bench/mp1-load.sh
# Env:   ROUNDS (2), DURATION (10s), PORT_MEC (18480), PORT_NGINX (18481), FANOUT_SUBSCRIBERS (1000), FANOUT_ROUNDS (30)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JAVA=${JAVA:-java}
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-10s}
PORT_MEC=${PORT_MEC:-18480}
PORT_NGINX=${PORT_NGINX:-18481}
JAR=examples/target/mec4j-examples.jar
TEMPLATE=${TEMPLATE:-$ROOT/../shared/bench/nginx-static.conf.template}
JVM_FLAGS=(-Xms512m -Xmx512m -XX:+UseG1GC)
WORK=$(mktemp -d /tmp/mec4j-bench.XXXXXX)
chmod 755 "$WORK"  # nginx workers run as another user and must read the body file
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
  echo "Installing wrk and nginx-light ..."
  (apt-get install -y wrk nginx-light >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk nginx-light >/dev/null; })
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -f "$JAR" ] || mvn -q -B -DskipTests package
[ -f "$TEMPLATE" ] || { echo "nginx config template not found at $TEMPLATE (set TEMPLATE=...)"; exit 1; }

echo "JVM: $("$JAVA" -version 2>&1 | head -1)"
"$JAVA" "${JVM_FLAGS[@]}" -jar "$JAR" serve --port "$PORT_MEC" --app bench-app > "$WORK/serve.out" 2>&1 &
MEC_PID=$!; PIDS+=("$MEC_PID")
for _ in $(seq 1 100); do grep -q "Press Ctrl-C" "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
grep -q "Press Ctrl-C" "$WORK/serve.out" || { cat "$WORK/serve.out"; exit 1; }
TOKEN=$(awk '/bench-app  token:/ {print $3}' "$WORK/serve.out")
BASE=http://127.0.0.1:$PORT_MEC/mec_service_mgmt/v1
for name in rnis location bandwidth-management; do
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"serName\":\"$name\",\"version\":\"2.2.1\",\"state\":\"ACTIVE\",\"serializer\":\"JSON\",
         \"serCategory\":{\"href\":\"https://catalogue.operator-a.example/categories/$name\",\"id\":\"cat-$name\",\"name\":\"$name\",\"version\":\"v2\"},
         \"transportInfo\":{\"id\":\"tr-$name\",\"name\":\"REST\",\"description\":\"REST API of $name\",\"type\":\"REST_HTTP\",\"protocol\":\"HTTP\",\"version\":\"2.0\",
           \"endpoint\":{\"uris\":[\"https://mep1.operator-a.example/$name/v2/\"]},\"security\":{\"oAuth2Info\":{\"grantTypes\":[\"OAUTH2_CLIENT_CREDENTIALS\"],\"tokenEndpoint\":\"https://mep1.operator-a.example/oauth/token\"}}},
         \"scopeOfLocality\":\"MEC_HOST\",\"consumedLocalOnly\":true}" \
    "$BASE/applications/bench-app/services"
done
PATH_=/mec_service_mgmt/v1/services
curl -sf -H "Authorization: Bearer $TOKEN" -o "$WORK/body.json" "http://127.0.0.1:$PORT_MEC$PATH_"
chmod 644 "$WORK/body.json"
mkdir -p "$WORK/nginx/tmp"
sed -e "s#@DIR@#$WORK/nginx#g; s#@PORT@#$PORT_NGINX#g; s#@PATH@#$PATH_#g; s#@BODY@#$WORK/body.json#g" "$TEMPLATE" > "$WORK/nginx/nginx.conf"
"$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" 2>"$WORK/nginx/stderr" &
NGINX_PID=$!; PIDS+=("$NGINX_PID")
sleep 0.5

check() { # url -> verifies status, content type, body bytes, keep-alive
  local h="$WORK/h.$2"
  curl -s -D "$h" -H "Authorization: Bearer $TOKEN" -o "$WORK/b.$2" "$1" "$1" -o "$WORK/b2.$2" -w '%{num_connects}\n' > "$WORK/c.$2"
  grep -q "^HTTP/1.1 200" "$h" || { echo "$2: not 200"; cat "$h"; exit 1; }
  grep -qi "^content-type: application/json" "$h" || { echo "$2: wrong content type"; cat "$h"; exit 1; }
  cmp -s "$WORK/b.$2" "$WORK/body.json" || { echo "$2: body differs"; exit 1; }
  [ "$(tail -1 "$WORK/c.$2")" = "0" ] || { echo "$2: keep-alive not kept"; exit 1; }
}
check "http://127.0.0.1:$PORT_NGINX$PATH_" nginx
check "http://127.0.0.1:$PORT_MEC$PATH_" mec4j
echo "Body: $(wc -c < "$WORK/body.json") bytes, 3 ServiceInfo; both servers answer 200 application/json, identical bytes, keep-alive"

ticks() { local t=0; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $t; }
pids_of() { if [ "$1" = nginx ]; then echo "$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"; else echo "$MEC_PID"; fi; }
HZ=$(getconf CLK_TCK)
run() { # name url -> "rps p99 us_per_req"
  local name=$1 url=$2 pids
  pids=$(pids_of "$name")
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $TOKEN" "$url" > /dev/null
  local before; before=$(ticks $pids)
  wrk -t2 -c64 -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$url" > "$WORK/wrk.$name"
  local after; after=$(ticks $pids)
  local reqs rps p99
  reqs=$(awk '/requests in/ {print $1}' "$WORK/wrk.$name")
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.$name")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.$name")
  local us; us=$(awk -v t=$((after - before)) -v hz="$HZ" -v n="$reqs" 'BEGIN {printf "%.1f", t * 1e6 / hz / n}')
  if grep -q "Non-2xx" "$WORK/wrk.$name"; then echo "$name: non-2xx answers!"; grep Non-2xx "$WORK/wrk.$name"; exit 1; fi
  echo "$rps $p99 $us"
}
printf "%-6s %-8s %12s %10s %12s\n" round server "req/s" "p99" "CPU us/req"
for r in $(seq 1 "$ROUNDS"); do
  read -r n_rps n_p99 n_us < <(run nginx "http://127.0.0.1:$PORT_NGINX$PATH_")
  read -r m_rps m_p99 m_us < <(run mec4j "http://127.0.0.1:$PORT_MEC$PATH_")
  printf "%-6s %-8s %12s %10s %12s\n" "$r" nginx "$n_rps" "$n_p99" "$n_us"
  printf "%-6s %-8s %12s %10s %12s\n" "$r" mec4j "$m_rps" "$m_p99" "$m_us"
  awk -v m="$m_rps" -v n="$n_rps" -v mu="$m_us" -v nu="$n_us" \
    'BEGIN {printf "round %s: throughput ratio mec4j/nginx = %.2f (target >= 0.8), CPU per request ratio = %.2f (target <= 1.5)\n", "'"$r"'", m / n, mu / nu}'
done

echo "Notification fan-out:"
"$JAVA" "${JVM_FLAGS[@]}" -cp "$JAR" bench/FanoutBench.java "${FANOUT_SUBSCRIBERS:-1000}" "${FANOUT_ROUNDS:-30}" 2>&1 | grep -v "^\[" | tail -1
