#!/bin/sh
# Regenerates test/fixtures/other-programs/: our workbooks after a save in LibreOffice Calc, as a
# unit on a 信创 desktop would send them (issue 31), and the sample after a save in Gnumeric.
# Needs `soffice` (libreoffice-calc-nogui), optionally `ssconvert` (gnumeric), and a built CLI
# (npm run build:cli); the normal test run needs neither program, only these files.
set -eu
cd "$(dirname "$0")/.."
OUT=test/fixtures/other-programs
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT" "$WORK/src"

node bin/jixiao.js template -o "$WORK/src/template.xlsx"
node bin/jixiao.js sample -o "$WORK/src/sample.xlsx"
# validate exits 1 when it finds errors: that is expected here.
node bin/jixiao.js validate "$WORK/src/sample.xlsx" -o "$WORK/src/sample-validated.xlsx" || [ $? -eq 1 ]
node bin/jixiao.js report "$WORK/src/sample.xlsx" -o "$WORK/src/sample-report.xlsx" || [ $? -eq 1 ]

for f in "$WORK"/src/*.xlsx; do
  soffice --headless --norestore "-env:UserInstallation=file://$WORK/profile" \
    --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$WORK/lo" "$f" >/dev/null
done
for f in "$WORK"/lo/*.xlsx; do
  cp "$f" "$OUT/libreoffice-$(basename "$f")"
done
# Gnumeric has no tables: it drops them and turns their formulas into errors, so its save is a
# damaged workbook that every command must still handle (validate reports the lost tables).
if command -v ssconvert >/dev/null; then
  ssconvert --export-type=Gnumeric_Excel:xlsx2 "$WORK/src/sample.xlsx" "$OUT/gnumeric-sample.xlsx" 2>/dev/null
fi
ls -l "$OUT"
