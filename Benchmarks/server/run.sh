#!/usr/bin/env bash
# Server benchmark: wrk against a release build of `backstrong serve` on a fresh SQLite file, loopback only.
# Measures logging a set (POST with a unique Idempotency-Key per request) and GET /api/v1/next for a user with
# two years of history, then the server's resident memory. Prints numbers; asserts nothing.
# Usage: Benchmarks/server/run.sh [path-to-backstrong-binary]   (needs wrk: apt-get install wrk)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$root/.build/release/backstrong}"
[ -x "$bin" ] || { echo "build first: swift build -c release (or pass the binary)"; exit 1; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
work="$(mktemp -d)"; port=8187; base="http://127.0.0.1:$port"
"$bin" serve --port "$port" --db "$work/bench.sqlite" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do curl -sf "$base/health" >/dev/null && break; sleep 0.2; done
curl -sf -X POST "$base/api/v1/users" -H 'content-type: application/json' -d '{"email":"bench@example.com","password":"benchmark-pass"}' >/dev/null
token=$(curl -sf -X POST "$base/api/v1/tokens" -H 'content-type: application/json' -d '{"email":"bench@example.com","password":"benchmark-pass"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
python3 "$here/generate_journal.py" > "$work/journal.json"
curl -sf -X PUT "$base/api/v1/journal" -H "authorization: Bearer $token" -H 'content-type: application/json' --data-binary @"$work/journal.json" >/dev/null
session=$(curl -sf -X POST "$base/api/v1/sessions" -H "authorization: Bearer $token" -H 'content-type: application/json' -d '{"date":"2026-11-30","painBefore":2}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
# Every request gets its own key: wrk's threads have separate Lua states with the same random sequence, so the
# key carries the thread's number (a key shared by two threads would be answered as a retry, not written).
cat > "$work/set.lua" <<LUA
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
counter = 0
request = function()
  counter = counter + 1
  local headers = {}
  headers["authorization"] = "Bearer $token"
  headers["content-type"] = "application/json"
  headers["idempotency-key"] = "bench-" .. tid .. "-" .. counter
  return wrk.format("POST", "/api/v1/sessions/$session/sets", headers, '{"exerciseId":"goblet-squat","weightKg":20,"reps":12,"rpe":7,"form":"good","pain":1}')
end
LUA
echo "== log a set (POST /api/v1/sessions/{id}/sets)"
wrk -t2 -c16 -d15s --latency -s "$work/set.lua" "$base" | sed -n '1,20p'
echo "sets stored in the session: $(curl -sf "$base/api/v1/sessions/$session" -H "authorization: Bearer $token" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["sets"]))')"
echo "resident memory right after set logging: $(grep VmRSS "/proc/$pid/status" | tr -s " \t" " ")"
echo "== GET /api/v1/next (two years of history)"
wrk -t2 -c16 -d15s --latency -H "authorization: Bearer $token" "$base/api/v1/next?today=2026-12-01" | sed -n '1,20p'
echo "== GET /health (one trivial query: what this machine does at the moment, for comparing runs)"
wrk -t2 -c16 -d5s --latency "$base/health" | grep -E "Requests/sec|99%"
echo "== resident memory after the runs"
grep VmRSS "/proc/$pid/status"
