#!/usr/bin/env bash
# The page-image check (scripts/check-page-images.mjs) needs LibreOffice (DOCX → PDF),
# Debian's Chromium (HTML → PDF), poppler's pdfinfo/pdftotext (reading the pages) and
# Liberation fonts 2.x (metric-compatible with Times New Roman, with Vietnamese glyphs).
# Installs what is missing from the distribution's own packages when it can (root and
# apt-get, as in CI); otherwise it says what to install and fails. Never downloads
# anything from elsewhere.
set -euo pipefail
CHROMIUM="${ROLLOUT_CHROMIUM:-/usr/bin/chromium}"
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x "$CHROMIUM" ] || missing+=(chromium)
if ! fc-list 2>/dev/null | grep -qi 'Liberation Serif' ||
  ! dpkg-query -W -f='${Status}' fonts-liberation2 2>/dev/null | grep -q 'ok installed'; then
  missing+=(fonts-liberation2)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The page-image check needs: ${missing[*]}." >&2
  echo "Install them with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing ${missing[*]} from Debian's packages …"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
command -v soffice >/dev/null && command -v pdfinfo >/dev/null && [ -x "$CHROMIUM" ]
