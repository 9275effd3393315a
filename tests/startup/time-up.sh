#!/usr/bin/env bash
# Times the README's main command against the built binary doing the same work, side by side:
#   dotnet run --project functions/QuoteCheck.Cli -- up --exit     (the front door)
#   functions/QuoteCheck.Tool/bin/Debug/net10.0/quotecheck up --exit
# Runs them alternately ROUNDS times (default 5) and prints each time, the medians and their ratio.
# Builds first, so every timed run starts from a built clone. Pass --urls to keep off port 7071:
#   bash tests/startup/time-up.sh 5 --urls http://127.0.0.1:7301
# `up` starts Azurite when none is running and stops it on exit, so each run does the whole job, as on a
# developer's machine; with an emulator already running both commands reuse it instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
shift || true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet run --project functions/QuoteCheck.Cli -- --version >/dev/null
binary=functions/QuoteCheck.Tool/bin/Debug/net10.0/quotecheck

seconds() { # runs "$@" quietly (it must print the seed's quotes), prints the wall time in seconds
  local start end out
  out=$(mktemp)
  start=$(date +%s.%N)
  "$@" >"$out" 2>&1 || { cat "$out" >&2; rm -f "$out"; return 1; }
  end=$(date +%s.%N)
  grep -q "3 quotes" "$out" || { echo "no quotes printed:" >&2; cat "$out" >&2; rm -f "$out"; return 1; }
  rm -f "$out"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

run_times=() bin_times=()
for i in $(seq "$rounds"); do
  r=$(seconds dotnet run --project functions/QuoteCheck.Cli -- up --exit "$@")
  b=$(seconds "$binary" up --exit "$@")
  printf 'round %d: dotnet run %6.2f s   binary %6.2f s\n' "$i" "$r" "$b"
  run_times+=("$r") bin_times+=("$b")
done
mr=$(printf '%s\n' "${run_times[@]}" | median)
mb=$(printf '%s\n' "${bin_times[@]}" | median)
printf 'median: dotnet run %.2f s, binary %.2f s, ratio %.2f\n' "$mr" "$mb" "$(awk -v a="$mr" -v b="$mb" 'BEGIN { print a / b }')"
