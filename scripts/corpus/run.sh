#!/usr/bin/env bash
# run.sh runs norcegen on the robustness corpus that fetch.sh unpacked:
# each document is generated twice (the bytes must match), every output is
# a package of one temporary module that is built and vetted with one go
# command each. First it checks that the parallel JSON decoder loads each
# JSON document exactly as kin-openapi's plain load does. It prints
#   generated X/N, built Y/N, vetted Z/N, deterministic D/N
# and writes the failures, one a line with its first error line, to
# CACHE_DIR/failures.tsv.
#
# Usage: scripts/corpus/run.sh [-match REGEXP]   (from anywhere in the repo)
# CACHE_DIR is $NORCEGEN_CORPUS or $HOME/.cache/norcegen-corpus.
set -euo pipefail

cache=${NORCEGEN_CORPUS:-$HOME/.cache/norcegen-corpus}
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -f "$cache/corpus.txt" ] || "$root/scripts/corpus/fetch.sh" "$cache"
cd "$root"
# The parallel JSON decoder must load every document as kin-openapi does.
NORCEGEN_CORPUS=$cache nice -n 10 go test ./internal/load -run TestCorpusLoadMatchesKin -count=1 -timeout 30m
# The machine is shared: run niced, one document at a time.
exec nice -n 10 go run ./scripts/corpus/run.go -list "$cache/corpus.txt" -work "$cache/module" -tsv "$cache/failures.tsv" -timeout 300s "$@"
