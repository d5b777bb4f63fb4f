#!/usr/bin/env bash
# Bounded load test of the GraphExplorer API on loopback: builds it in Release, starts it on the embedded
# store with the seed graph, runs autocannon (pinned in package-lock.json) with a fixed number of
# connections for a fixed time against a mix of explorer queries, and prints throughput, p50/p99 latency,
# errors and the server's resident memory before the run, right after it, and after an idle settle.
# A benchmark, not a test: it prints figures and fails only when requests fail.
#
#   benchmarks/load/run.sh                     # 16 connections, 30 s
#   CONNECTIONS=64 DURATION=60 benchmarks/load/run.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
connections="${CONNECTIONS:-16}"
duration="${DURATION:-30}"
settle="${SETTLE_SECONDS:-20}"
port="${PORT:-5187}"
out="$(mktemp -d)"

rss() { awk '/^VmRSS/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$1/status"; }

echo "== building the API in Release"
dotnet build "$root/src/GraphExplorer.Api" -c Release -o "$out/api" --nologo -v quiet >/dev/null

echo "== installing autocannon"
(cd "$here" && npm ci --no-audit --no-fund --silent)

echo "== starting the API on 127.0.0.1:$port"
# One client sends everything, so the per-client rate limit is off; console logging is kept to warnings.
GraphExplorer__Security__RateLimit__Enabled=false \
Logging__LogLevel__Default=Warning \
  dotnet "$out/api/GraphExplorer.Api.dll" --urls "http://127.0.0.1:$port" >"$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$out"' EXIT

url="http://127.0.0.1:$port/graphql"
for _ in $(seq 1 100); do
  if curl -fsS -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url" 2>/dev/null; then
    break
  fi
  sleep 0.2
done

# A short warm-up so the figures are not dominated by JIT compilation, then the memory baseline.
(cd "$here" && node load.mjs "$url" 4 3 >/dev/null) || true
sleep 2
before="$(rss "$server")"

echo "== load: $connections connections for $duration s"
status=0
(cd "$here" && node load.mjs "$url" "$connections" "$duration") || status=$?
peak="$(rss "$server")"

sleep "$settle"
after="$(rss "$server")"
echo "server RSS: before $before, right after $peak, after ${settle} s idle $after"
exit "$status"
