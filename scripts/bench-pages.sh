#!/usr/bin/env bash
# Page latency at 20 concurrent users (issue 6 target: p95 <= 200 ms), measured with wrk against a running
# Steward. Usage: scripts/bench-pages.sh http://localhost:8090 USER PASSWORD [seconds]
# Prepare: ./steward --data-dir /tmp/bench-demo demo   (3M contacts; prints the demo users' passwords)
#          ./steward --data-dir /tmp/bench-demo serve --port 8090
# Needs Debian's wrk (apt-get install wrk). Each page is warmed (JIT, KPI cache) before it is measured.
set -euo pipefail
base=${1:?base URL}; user=${2:?user}; password=${3:?password}; seconds=${4:-12}
jar=$(mktemp); lua=$(mktemp)
trap 'rm -f "$jar" "$lua"' EXIT
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '/JSESSIONID/ {print $NF}' "$jar")
cat > "$lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  requests %d  non-2xx %d\n",
    latency:percentile(50)/1000, latency:percentile(95)/1000, latency:percentile(99)/1000,
    summary.requests, summary.errors.status))
end
LUA
for page in / /vendors /contracts /scorecards /decide/staffing /decide/business-cases /monitoring /govern/kpis \
            /transition/plans /select/selections /api/v1/vendors; do
  wrk -t2 -c20 -d5s -H "Cookie: JSESSIONID=$session" "$base$page" > /dev/null 2>&1
  printf "%-24s " "$page"
  wrk -t2 -c20 -d"${seconds}s" -s "$lua" -H "Cookie: JSESSIONID=$session" "$base$page" | tail -n 1
done
