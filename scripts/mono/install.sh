#!/usr/bin/env bash
# Installs Mono from Debian's packages (mono-devel: the mono runtime and the
# mcs compiler with System.Runtime.Serialization), which the test against
# .NET's DataContractSerializer (internal/dctest) needs; without Mono that
# test skips. Needs root (or sudo) and apt-get.
set -euo pipefail
if command -v mono >/dev/null && command -v mcs >/dev/null; then
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  sudo=sudo
fi
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends mono-devel
