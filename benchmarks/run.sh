#!/usr/bin/env bash
# Generates the synthetic graph at each size, bulk-loads it into the embedded store and into
# Kuzu (in-memory), runs every query shape on both with the same seeded inputs (ours as a direct
# store call and as a GraphQL request to the API in-process), checks that the answers agree and
# prints the table of medians, p99s and ratios; writes benchmarks/out/plot.svg. Then the HTTP cost.
#
#   benchmarks/run.sh                 # 10k 100k 1m
#   benchmarks/run.sh 10k 100k        # chosen sizes
#   COUNT=50 SEED=7 benchmarks/run.sh # inputs per shape (default 100), generator seed (default 42)
#   HTTP=0 benchmarks/run.sh 10k      # without the HTTP cost step; ROUNDS=3 rounds of it by default
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10k 100k 1m)
count="${COUNT:-100}"
seed="${SEED:-42}"
out=benchmarks/out

dotnet build benchmarks/GraphExplorer.Benchmarks -c Release --nologo -v q -clp:ErrorsOnly
(cd benchmarks/kuzu && npm ci --no-audit --no-fund --silent)
# npm may skip kuzu's install script; it only copies the prebuilt addon shipped in the package.
[ -f benchmarks/kuzu/node_modules/kuzu/kuzujs.node ] || (cd benchmarks/kuzu/node_modules/kuzu && node install.js)

bin=benchmarks/GraphExplorer.Benchmarks/bin/Release/net10.0
for size in "${sizes[@]}"; do
  dir="$out/$size"
  if [ ! -f "$dir/queries.json" ] || [ "$(cat "$dir/.seed" 2>/dev/null)" != "$seed" ]; then
    "$bin/GraphExplorer.Benchmarks.Generator" --size "$size" --seed "$seed" --out "$dir"
    echo "$seed" > "$dir/.seed"
  fi
  "$bin/GraphExplorer.Benchmarks" --quick --size "$size" --data "$dir" --out "$dir/ours.json" --count "$count"
  # Kuzu twice: one relationship table (the fair layout) and one table per type (the layout of earlier rounds).
  # A Kuzu crash (see run-kuzu.mjs) keeps the shapes it finished; compare.mjs reports the rest as crashed.
  for layout in single per-type; do
    file=kuzu.json; [ "$layout" = per-type ] && file=kuzu-per-type.json
    (cd benchmarks/kuzu && node run-kuzu.mjs --layout "$layout" --data "../out/$size" --out "../out/$size/$file" \
      --ours "../out/$size/ours.json" --count "$count") || echo "kuzu ($layout) exited with status $? at $size"
  done
done
(cd benchmarks/kuzu && node compare.mjs --out ../out "${sizes[@]}")

# The HTTP cost on the largest size: server CPU per request of our /graphql and of the graphql-js peers (plain, with a
# document cache, graphql-jit) on the same queries and data, one server at a time; exits 1 when an answer disagrees.
if [ "${HTTP:-1}" = 1 ]; then
  (cd benchmarks/http && npm ci --no-audit --no-fund --silent)
  dotnet build src/GraphExplorer.Api -c Release --nologo -v q -clp:ErrorsOnly
  (cd benchmarks/http && node http-cost.mjs --data "../out/${sizes[-1]}" \
    --api ../../src/GraphExplorer.Api/bin/Release/net10.0/GraphExplorer.Api.dll \
    --connections 10 --duration 10 --warmup 3 --rounds "${ROUNDS:-3}")
fi
