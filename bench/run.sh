#!/usr/bin/env bash
# Benchmarks norcegen against the floor (kin-openapi's plain load) and its
# peers, side by side, on Stripe's and GitHub's descriptions and the two
# Norce specs. Each figure is the median of RUNS runs (default 5) of wall
# time and peak RSS, measured with /usr/bin/time.
#
#   bench/run.sh                 # everything
#   RUNS=3 bench/run.sh          # fewer runs
#   STRIPE_SPEC=... GITHUB_SPEC=... bench/run.sh
#
# The peers are installed into a temporary GOBIN and never enter the main
# module's go.mod: oapi-codegen v2.8.2 (-generate types) and ogen v1.14.0
# (built from a temporary module that requires it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${RUNS:-5}
corpus=${NORCEGEN_CORPUS:-$HOME/.cache/norcegen-corpus}
stripe=${STRIPE_SPEC:-$corpus/stripe.json}
github=${GITHUB_SPEC:-$corpus/github.json}
if [ ! -f "$stripe" ] || [ ! -f "$github" ]; then
  if [ -x scripts/corpus/fetch.sh ]; then scripts/corpus/fetch.sh >&2; fi
fi
for f in "$stripe" "$github"; do
  [ -f "$f" ] || { echo "missing $f: run scripts/corpus/fetch.sh or set STRIPE_SPEC/GITHUB_SPEC" >&2; exit 2; }
done
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/bin
mkdir -p "$bin"

echo "building tools..." >&2
go build -o "$bin/norcegen" ./cmd/norcegen
(cd bench && go build -o "$bin/kinload" ./kinload)
GOBIN=$bin GOFLAGS=-mod=mod go install github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@v2.8.2 >&2
mkdir -p "$work/ogenmod"
(
  cd "$work/ogenmod"
  printf 'module ogenbuild\n\ngo 1.26\n' > go.mod
  printf 'package ogenbuild\n\nimport _ "github.com/ogen-go/ogen"\n' > tools.go
  GOFLAGS=-mod=mod go get github.com/ogen-go/ogen@v1.14.0 >&2
  GOFLAGS=-mod=mod go build -o "$bin/ogen" github.com/ogen-go/ogen/cmd/ogen
)

# measure NAME CMD...: runs CMD $runs times (after a setup hook in $pre),
# prints "median_wall median_rss_kib" or "fail". Each run starts with the
# files written by earlier runs flushed (sync), so that no run pays for
# another's disk writes.
measure() {
  local walls=() rsss=() i out
  for ((i = 0; i < runs; i++)); do
    eval "${pre:-:}"
    sync
    if ! /usr/bin/time -o "$work/time" -f '%e %M' "$@" >/dev/null 2>"$work/err"; then
      # The failure's reason: its first line that is not a Go stack frame.
      echo "fail $(grep -v -e '^[[:space:]]*/' -e '^[[:space:]]*main\.' -e '^generation failed' -e '^Command exited' "$work/err" | grep . | head -n 1 | cut -c1-100)"
      return
    fi
    out=$(tail -n 1 "$work/time")
    walls+=("${out% *}")
    rsss+=("${out#* }")
  done
  printf '%s %s\n' \
    "$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")" \
    "$(printf '%s\n' "${rsss[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")"
}

row() { # spec tool result floor_wall floor_rss
  local spec=$1 tool=$2 res=$3 fw=$4 fr=$5
  if [ "${res%% *}" = fail ]; then
    printf '| %s | %s | fail: %s | | | |\n' "$spec" "$tool" "$(sed 's/|/\\|/g' <<<"${res#fail}" | xargs)"
    return
  fi
  local w=${res% *} r=${res#* }
  awk -v s="$spec" -v t="$tool" -v w="$w" -v r="$r" -v fw="$fw" -v fr="$fr" 'BEGIN {
    printf "| %s | %s | %.2f s | %.2fx | %.0f MiB | %.2fx |\n", s, t, w, w / fw, r / 1024, r / fr }'
}

echo "| spec | tool | wall | vs floor | peak RSS | vs floor |"
echo "|---|---|---|---|---|---|"
for entry in "stripe:$stripe" "github:$github" "connect:spec/connect/customer-4.0.yaml" "storefront:spec/storefront/customer.yaml"; do
  name=${entry%%:*} spec=${entry#*:}
  pre=: floor=$(measure "$bin/kinload" "$spec")
  fw=${floor% *} fr=${floor#* }
  row "$name" "kin-openapi load (floor)" "$floor" "$fw" "$fr"
  out=$work/out-$name
  pre="rm -rf '$out'" res=$(measure "$bin/norcegen" -spec "$spec" -o "$out" -package bench)
  row "$name" "norcegen generate" "$res" "$fw" "$fr"
  rm -rf "$out"; "$bin/norcegen" -spec "$spec" -o "$out" -package bench 2>/dev/null
  pre=: res=$(measure "$bin/norcegen" -check -spec "$spec" -o "$out" -package bench)
  row "$name" "norcegen -check" "$res" "$fw" "$fr"
  pre=: res=$(measure "$bin/oapi-codegen" -generate types -package bench "$spec")
  row "$name" "oapi-codegen v2.8.2 types" "$res" "$fw" "$fr"
  pre="rm -rf '$work/ogen-$name'" res=$(measure "$bin/ogen" --target "$work/ogen-$name" --package bench --clean "$spec")
  row "$name" "ogen v1.14.0" "$res" "$fw" "$fr"
done
echo
echo "$(date -u +%F), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3), median of $runs runs; command: bench/run.sh"
