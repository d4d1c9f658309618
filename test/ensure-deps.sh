#!/usr/bin/env bash
# Makes a fresh machine ready for the test suite: npm packages (with the fontkit
# patch applied by postinstall), and the Debian packages the browser and PDF
# tests drive. Missing tools are a failure, never a silent skip.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/vitest ] || [ ! -d node_modules/@pdf-lib/fontkit ] || [ ! -d node_modules/@astrojs/check ]; then
  # npm ci installs exactly the committed lock file and never rewrites it (npm install may).
  echo "guifan: installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
fi

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# CJK glyphs for the browser's own UI text in screenshots (PDF tests use only embedded fonts).
# Noto Sans CJK (OTF, CID-keyed CFF) also feeds the print test of the CFF subsetting fix;
# DejaVu is the fallback font in the print fallback test.
ls /usr/share/fonts/opentype/noto 2>/dev/null | grep -q CJK || need+=(fonts-noto-cjk)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "guifan: installing Debian packages: ${need[*]}"
    started=$SECONDS
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    # Said so that a slow run shows where its time went (a fresh CI machine installs them every run).
    echo "guifan: Debian packages installed in $((SECONDS - started)) s"
  else
    echo "guifan: the tests need these Debian packages: ${need[*]}" >&2
    echo "        install them with: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
