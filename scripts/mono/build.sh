#!/usr/bin/env bash
# Builds the C# program that round-trips norcegen's DataContract XML through
# .NET's DataContractSerializer: scripts/mono/build.sh [OUT.exe] (default
# $TMPDIR/norcegen-datacontract/RoundTrip.exe). Run scripts/mono/install.sh
# first; internal/dctest's test builds the program with this script.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-${TMPDIR:-/tmp}/norcegen-datacontract/RoundTrip.exe}"
mkdir -p "$(dirname "$out")"
mcs -nologo -warnaserror -r:System.Runtime.Serialization.dll -out:"$out" "$root/testdata/datacontract/RoundTrip.cs"
