#!/usr/bin/env bash
# Install headless Chromium and its WebDriver (Debian packages `chromium` and `chromium-driver`) for the
# browser tests of the book (tests/test_report_*.py), plus a basic font (fonts-dejavu-core) so that
# screenshots show text on a bare image. Idempotent: does nothing when /usr/bin/chromium, /usr/bin/chromedriver
# and the font are already there. Needs root (CI) or sudo.
# Usage: tools/install_browser.sh
#        INSTALL_CJK_FONTS=1 tools/install_browser.sh   # also fonts-noto-cjk, so Chinese text renders in
#                                                       # screenshots (note: matplotlib then finds a CJK font too)
set -euo pipefail

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
PACKAGES=(chromium chromium-driver fonts-dejavu-core)
if [ "${INSTALL_CJK_FONTS:-0}" = "1" ]; then
  PACKAGES+=(fonts-noto-cjk)
fi

have_cjk() { [ "${INSTALL_CJK_FONTS:-0}" != "1" ] || [ -d /usr/share/fonts/opentype/noto ]; }

if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ] && [ -f "$FONT" ] && have_cjk; then
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
echo "==> apt-get install ${PACKAGES[*]} (headless browser for the book test)"
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null

for exe in "$CHROMIUM" "$DRIVER"; do
  if [ ! -x "$exe" ]; then
    echo "error: $exe still missing after installation (package names differ on this system?)" >&2
    exit 1
  fi
done
echo "==> installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM"); $("$DRIVER" --version 2>/dev/null | head -n1)"
