#!/usr/bin/env bash
# Set up everything vnadmin needs on a Debian machine, idempotently:
#   - Debian packages (Tesseract with the Vietnamese model, LibreOffice Writer for .doc/.rtf, fonts for generated
#     test PDFs, poppler tools; with --test, Chromium for the browser test),
#     installed with apt-get when missing (as root, or through sudo);
#   - .venv/ in the project root with vnadmin and its dependencies (and the test tools with --test),
#     reinstalled only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

WITH_TEST=0
[ "${1:-}" = "--test" ] && WITH_TEST=1

# python3-venv: Debian's Python makes no venv without it
DEBIAN_PACKAGES=(python3-venv tesseract-ocr tesseract-ocr-vie libreoffice-writer-nogui fonts-dejavu-core poppler-utils)
# the browser test of `vnadmin serve` drives Debian's Chromium with Playwright (no browser download)
[ $WITH_TEST -eq 1 ] && DEBIAN_PACKAGES+=(chromium chromium-driver)
missing=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
    echo "setup: need root or sudo to install ${missing[*]}" >&2; exit 1; fi
  "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
  # Debian's own Python 3.11 first: its build (profile-guided, link-time optimized) runs the extraction about 13 %
  # faster than a default source build such as pyenv's, which may come first on the PATH
  for candidate in /usr/bin/python3.11 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PYTHON=$candidate; break; fi
  done
fi
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "vnadmin needs Python 3.11 or newer")'

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $("$PYTHON" --version)"
  "$PYTHON" -m venv .venv
fi
extras=""
[ $WITH_TEST -eq 1 ] && extras="[test]"
stamp=".venv/.vnadmin-installed${extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing vnadmin${extras} into .venv"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".${extras}"
  touch "$stamp"
fi
