#!/usr/bin/env bash
# Real-browser tests (Tests/browser): Debian's Chromium + chromedriver, Selenium and axe-core drive the pages
# of the already built server (.build/debug/backstrong) on a phone-sized screen. Called by .ci/run after
# `swift build`; exits non-zero when a test fails or when no test ran. Extra arguments go to pytest
# (e.g. `bash .ci/browser.sh -k red_flag`).
#   BROWSER_VENV         where to make the Python venv (default /tmp/backstrong-browser-venv)
#   BROWSER_SCREENSHOTS  where the screenshots go (default Tests/browser/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
export SE_OFFLINE=true  # Selenium Manager must never download a driver

BINARY="${BACKSTRONG_BINARY:-$PWD/.build/debug/backstrong}"
if [ ! -x "$BINARY" ]; then
  echo "browser tests: $BINARY is missing; run swift build first" >&2
  exit 1
fi

SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
APT=($SUDO apt-get -o DPkg::Lock::Timeout=600)
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
dpkg -s fonts-liberation >/dev/null 2>&1 || need+=(fonts-liberation)  # without fonts, text is invisible
/usr/bin/python3 -c "import ensurepip, venv" 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "== apt-get install ${need[*]}"
  "${APT[@]}" update -q
  DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y -q "${need[@]}"
fi

VENV="${BROWSER_VENV:-/tmp/backstrong-browser-venv}"
if ! "$VENV/bin/python" -c "import selenium, axe_selenium_python, pytest" 2>/dev/null; then
  echo "== Python venv at $VENV"
  rm -rf "$VENV"
  /usr/bin/python3 -m venv "$VENV"  # Debian's Python: the first python3 on PATH may be another build
  "$VENV/bin/pip" install --quiet --disable-pip-version-check selenium==4.51.0 axe-selenium-python==2.1.6 pytest
fi

echo "== browser tests ($(/usr/bin/chromium --version 2>/dev/null || echo chromium))"
status=0
BACKSTRONG_BINARY="$BINARY" "$VENV/bin/python" -m pytest Tests/browser -v --durations=5 "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "browser tests: no test ran (pytest exit 5); that is a failure" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "browser tests failed (pytest exit $status); screenshots: ${BROWSER_SCREENSHOTS:-Tests/browser/screenshots}" >&2
fi
exit "$status"
