#!/usr/bin/env bash
# GraphExplorer's test command: ./test.sh
#   1. the Cypher lint's own tests, then every .cypher file in cypher/ and src/ checked by
#      Neo4j's Cypher front end (zero errors required);
#   2. docker-compose.yml validated (skipped, with the reason, when no compose tool is installed);
#   3. dotnet format --verify-no-changes, then dotnet test GraphExplorer.sln (which also drives the API with the
#      graphql-http audit, with the front-end tools of tools/frontend-clients, and in Chromium: the IDE and explorer).
# Needs .NET 10 SDK, Node 20+ with npm, and Chromium (Debian's chromium package); installs its npm packages itself.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\ntest.sh: FAILED: %s\n' "$*" >&2; exit 1; }
run() {
  local rc=0
  "$@" || rc=$?
  [[ $rc -eq 0 ]] || fail "$* (exit code $rc)"
}

command -v node >/dev/null || fail "node not found: install Node.js 20 or newer"
command -v npm >/dev/null || fail "npm not found: install Node.js 20 or newer with npm"
command -v dotnet >/dev/null || fail "dotnet not found: install the .NET 10 SDK"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[[ $node_major -ge 20 ]] || fail "Node.js $(node --version) is too old: the Cypher lint needs Node.js 20 or newer"

for tool in tools/cypher-lint tools/graphql-audit tools/frontend-clients frontend; do
  if [[ -f $tool/package.json ]]; then
    step "npm ci in $tool"
    # The lint package declares node >=24 but runs on 20; npm only warns about it.
    run npm ci --prefix "$tool" --no-audit --no-fund --loglevel=error
  fi
done

step "Front end: TypeScript type-check (frontend/)"
(cd frontend && npx --no-install tsc --noEmit -p .) || fail "TypeScript errors in frontend/ (above)"

[[ -x ${GRAPHEXPLORER_CHROMIUM:-/usr/bin/chromium} ]] \
  || fail "the browser tests need Chromium at ${GRAPHEXPLORER_CHROMIUM:-/usr/bin/chromium}: apt-get install -y chromium (.ci/run does), or set GRAPHEXPLORER_CHROMIUM"

step "Cypher lint: its own tests"
(cd tools/cypher-lint && node --test --test-reporter=spec lint.test.mjs) || fail "the Cypher lint's tests (tools/cypher-lint/lint.test.mjs)"

step "Cypher lint: every .cypher file in cypher/ and src/"
lint_paths=(cypher)
[[ -d src ]] && lint_paths+=(src)
node tools/cypher-lint/lint.mjs "${lint_paths[@]}" || fail "Cypher lint found errors (file:line:column above)"

step "docker-compose.yml"
if command -v docker-compose >/dev/null; then
  docker-compose -f docker-compose.yml config -q || fail "docker-compose.yml is invalid (docker-compose config -q)"
  echo "docker-compose.yml is valid ($(docker-compose version --short 2>/dev/null || echo docker-compose))"
elif docker compose version >/dev/null 2>&1; then
  docker compose -f docker-compose.yml config -q || fail "docker-compose.yml is invalid (docker compose config -q)"
  echo "docker-compose.yml is valid (docker compose plugin)"
else
  echo "SKIPPED: docker-compose.yml not validated: neither docker-compose nor the docker compose plugin is installed"
  echo "         (Debian/Ubuntu: apt-get install docker-compose; .ci/run installs it)"
fi

step "dotnet format --verify-no-changes (house style of .editorconfig)"
run dotnet format --verify-no-changes GraphExplorer.sln

step "dotnet test GraphExplorer.sln"
dotnet_log=$(mktemp)
rc=0
dotnet test --solution GraphExplorer.sln 2>&1 | tee "$dotnet_log" || rc=$?
# One closing line over all test projects, in the plain form CI reads.
awk '/^ *total:/ {t+=$2} /^ *failed:/ {f+=$2} /^ *succeeded:/ {p+=$2} /^ *skipped:/ {s+=$2}
     END {printf "\n%d passed, %d failed, %d skipped\n", p, f, s}' "$dotnet_log"
rm -f "$dotnet_log"
[[ $rc -eq 0 ]] || fail "dotnet test GraphExplorer.sln (exit code $rc)"

printf '\ntest.sh: all checks passed\n'
