#!/usr/bin/env bash
# Opens the HTML report in headless Chromium as a reader would: the map and the
# tables render, and pointing at an edge shows its evidence.
# Usage: tests/browser_test.sh RELMAP_BINARY   (exit 77: no Chromium, skipped)
set -euo pipefail
relmap=$1
browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n $browser ]] || { echo "no chromium: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$(dirname "$0")/.."
"$relmap" run examples -o "$work/out" --report -q
chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --window-size=1200,1400 "$@" 2>/dev/null
}
# The edge "hovered" through the address: its evidence fills the panel.
edge=$(grep -o 'id="a_edge1"' "$work/out/report.html" >/dev/null && echo edge1)
chrome --dump-dom "file://$work/out/report.html#hover=$edge" >"$work/dom.html"
grep -q '<div id="evidence" class="shown">' "$work/dom.html" || { echo "hover did not show evidence"; exit 1; }
panel=$(tr '\n' ' ' <"$work/dom.html" | grep -o '<div id="evidence" class="shown">[^<]*')
[[ $panel == *"document"* && $panel == *"["*"examples/"* ]] || { echo "evidence panel lacks its sentence: $panel"; exit 1; }
grep -q '<svg' "$work/dom.html" || { echo "no map"; exit 1; }
rows=$(grep -c '^<tr><td' "$work/dom.html" || true)
[[ $rows -gt 20 ]] || { echo "tables have only $rows rows"; exit 1; }
chrome --screenshot="$work/report.png" "file://$work/out/report.html#hover=$edge"
size=$(stat -c %s "$work/report.png")
[[ $(head -c 4 "$work/report.png" | tail -c 3) == PNG && $size -gt 50000 ]] || { echo "screenshot too small: $size"; exit 1; }
echo "browser: map, $rows table rows, evidence on hover, screenshot of $size bytes"
