#!/usr/bin/env bash
# Renders a workbook (or .docx) the way a person sees it: LibreOffice → PDF → PNG pages.
# Needs: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-noto-cjk
# Usage: scripts/render-xlsx.sh FILE OUTDIR [DPI]
set -euo pipefail
file=$1; out=$2; dpi=${3:-80}
mkdir -p "$out"
soffice --headless --norestore -env:UserInstallation=file://$HOME/.lo-profile \
  --convert-to pdf --outdir "$out" "$file" >/dev/null 2>&1
pdf="$out/$(basename "${file%.*}").pdf"
pdftoppm -png -r "$dpi" "$pdf" "$out/page"
ls "$out"
