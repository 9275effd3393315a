#!/usr/bin/env bash
# Installs the browser the desk's browser tests drive: Debian's chromium package (Playwright only drives it;
# no browser is ever downloaded). Run by the tests when chromium is missing; safe to run by hand or in CI.
# Exit 0 when chromium is on PATH afterwards; non-zero, with the reason on stderr, when it cannot be installed.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  echo "chromium is installed: $(chromium --version 2>/dev/null || command -v chromium)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium is not installed and there is no apt-get here: install Chromium with this system's package manager." >&2
  exit 2
fi

run=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run=(sudo -n)
  else
    echo "chromium is not installed, and installing it needs root: run 'apt-get install chromium' as root." >&2
    exit 3
  fi
fi

echo "Installing chromium from Debian's packages (apt-get)..."
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt or dpkg run (an unattended upgrade, a parallel install) instead of failing on its lock.
lock_wait=(-o DPkg::Lock::Timeout=300)
"${run[@]}" apt-get "${lock_wait[@]}" update -qq
"${run[@]}" apt-get "${lock_wait[@]}" install -y -qq chromium >/dev/null
echo "chromium is installed: $(chromium --version 2>/dev/null || command -v chromium)"
