#!/usr/bin/env bash
# End-to-end browser tests of the web UI in real headless Chromium.
#
#   MARSAD_DB=path/to/marsad.db web/e2e/run.sh     # against an analysed database
#   web/e2e/run.sh                                 # analyses ../shared/corpus/seeds first
#
# Starts `marsad serve` on a free loopback port, runs web/e2e/*.test.mjs with
# node's test runner and playwright-core driving Debian's chromium (override with CHROMIUM=...),
# and saves screenshots to screenshots/ at the repository root (gitignored).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
web=$(dirname "$here")
root=$(dirname "$web")
cd "$root"

chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ] || [ ! -x "$chromium" ]; then
  echo "e2e: no chromium found; install it (apt-get install -y chromium) or set CHROMIUM" >&2
  exit 1
fi
if [ ! -d "$web/node_modules/playwright-core" ]; then
  (cd "$web" && npm ci --no-audit --no-fund)
fi

cargo build -q --bin marsad
marsad=${CARGO_TARGET_DIR:-$root/target}/debug/marsad

tmp=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

db=${MARSAD_DB:-}
if [ -z "$db" ]; then
  seeds="$root/../shared/corpus/seeds"
  if [ ! -d "$seeds" ]; then
    echo "skipped: e2e ($seeds missing)"
    exit 0
  fi
  db="$tmp/seeds.db"
  # The seeds carry no dates; they report the Moscow talks of 13-14 January 2020.
  "$marsad" analyze "$seeds" --db "$db" --date 2020-01-15
  export MARSAD_SEEDS=1
fi
[ -f "$db" ] || { echo "e2e: $db: no such database" >&2; exit 1; }

# A free port on the loopback interface only.
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
"$marsad" serve --db "$db" --addr "127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
server_pid=$!
url="http://127.0.0.1:$port"
# The first start may build the search index: allow a while.
for _ in $(seq 1 600); do
  if node -e "fetch('$url/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$tmp/server.log" >&2; echo "e2e: server died" >&2; exit 1; fi
  sleep 0.5
done

mkdir -p "$root/screenshots"
status=0
MARSAD_URL="$url" CHROMIUM="$chromium" SCREENSHOTS="$root/screenshots" \
  node --test --test-reporter=spec "$here"/*.test.mjs || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log ---" >&2
  tail -n 50 "$tmp/server.log" >&2
fi
exit "$status"
