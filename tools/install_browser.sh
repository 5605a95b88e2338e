#!/usr/bin/env bash
# Install headless Chromium and its WebDriver (Debian packages `chromium` and `chromium-driver`) for the
# browser test of the HTML report (tests/test_report_browser.py). Idempotent: does nothing when
# /usr/bin/chromium and /usr/bin/chromedriver are already there. Needs root (CI) or sudo.
# Usage: tools/install_browser.sh
set -euo pipefail

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]; then
  echo "==> browser already installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM"); $("$DRIVER" --version 2>/dev/null | head -n1 || echo "$DRIVER")"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: apt-get not found; install Chromium and chromedriver by hand so that $CHROMIUM and $DRIVER exist" >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "error: must run as root (or with sudo available) to install packages" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "==> apt-get update"
"${SUDO[@]}" apt-get update -qq
echo "==> apt-get install chromium chromium-driver (headless browser for the report test)"
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null

for exe in "$CHROMIUM" "$DRIVER"; do
  if [ ! -x "$exe" ]; then
    echo "error: $exe still missing after installation (package names differ on this system?)" >&2
    exit 1
  fi
done
echo "==> installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM"); $("$DRIVER" --version 2>/dev/null | head -n1)"
