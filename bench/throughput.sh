#!/usr/bin/env bash
# Whole-corpus throughput of relmap beside ripgrep, on one corpus, in one run.
#
# Usage: bench/throughput.sh [BASE_MB]      (default 75: the 4x corpus is 300 MB)
#
# Builds a corpus from the texts the repository has (tests/gold, examples and
# ../shared/seeds when present), one article per file as news archives hold
# them, then measures on this machine:
#   - rg -j1 -o -i -w -F -f NAMES: ripgrep finding just the gazetteer's names;
#   - relmap extract --threads 1 and --threads 2 with the default rules
#     (these three: the better of two runs);
#   - relmap extract on the 1x, 2x and 4x corpus (is the cost linear?);
#   - the peak memory of relmap run (graph and all) at 1x and 4x.
# Needs a release build (scripts/setup.sh build) and ripgrep.
set -euo pipefail
cd "$(dirname "$0")/.."
base_mb=${1:-75}
relmap=${RELMAP:-build/relmap}
work=${RELMAP_BENCH_DIR:-/tmp/relmap-bench}
command -v rg >/dev/null || { echo "bench: ripgrep (rg) is not installed: apt-get install ripgrep" >&2; exit 1; }
[[ -x $relmap ]] || { echo "bench: $relmap not built: scripts/setup.sh build" >&2; exit 1; }
mkdir -p "$work"

# make_corpus DIR MB: folders of 1,000 articles, copies of the source texts, until MB.
make_corpus() {
  local dir=$1 mb=$2 n=0 folder
  [[ -f $dir/.complete ]] && return
  rm -rf "$dir"
  mkdir -p "$dir/00000"
  local texts=(tests/gold/*/*.txt examples/*.txt)
  compgen -G "../shared/seeds/*.txt" > /dev/null && texts+=(../shared/seeds/*.txt)
  for ((n = 0; n < 1000; n++)); do cp "${texts[n % ${#texts[@]}]}" "$dir/00000/$(printf %07d "$n").txt"; done
  local per_folder total=0
  per_folder=$(du -sb "$dir/00000" | cut -f1)
  for ((n = 1; (n * per_folder) < mb * 1000000; n++)); do
    folder=$(printf %05d "$n")
    cp -r "$dir/00000" "$dir/$folder"
  done
  touch "$dir/.complete"
}

# seconds CMD...: wall-clock seconds of CMD, its output discarded.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'
}
# best CMD...: the better of two runs, so that a hiccup of a shared machine
# does not decide a ratio.
best() {
  local a b
  a=$(seconds "$@")
  b=$(seconds "$@")
  awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", (a < b ? a : b)}'
}
bytes_of() { find "$1" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {printf "%d", s}'; }
calc() { awk "BEGIN {printf \"$1\", $2}"; }
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }

echo "bench: building the corpora in $work (first time only)" >&2
make_corpus "$work/x1" "$base_mb"
make_corpus "$work/x2" $((base_mb * 2))
make_corpus "$work/x4" $((base_mb * 4))
"$relmap" rules names > "$work/names.txt"
b1=$(bytes_of "$work/x1") b2=$(bytes_of "$work/x2") b4=$(bytes_of "$work/x4")
files1=$(find "$work/x1" -name '*.txt' | wc -l)
for x in x1 x2 x4; do find "$work/$x" -name "*.txt" -exec cat {} + > /dev/null; done  # warm the page cache

echo "bench: timing (this takes a few minutes)" >&2
t_rg=$(best rg -j1 -o -i -w -F -f "$work/names.txt" "$work/x1")
t_1=$(best "$relmap" -q extract --threads 1 "$work/x1")
t_2=$(best "$relmap" -q extract --threads 2 "$work/x1")
t_x2=$(seconds "$relmap" -q extract --threads 1 "$work/x2")
t_x4=$(seconds "$relmap" -q extract --threads 1 "$work/x4")
m_1=$(peak_kb "$relmap" -q run --threads 1 "$work/x1" -o "$work/out1")
m_4=$(peak_kb "$relmap" -q run --threads 1 "$work/x4" -o "$work/out4")

mb1=$(calc %.1f "$b1 / 1e6") mb2=$(calc %.1f "$b2 / 1e6") mb4=$(calc %.1f "$b4 / 1e6")
cat <<REPORT
machine:    $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo) GiB
corpus:     $mb1 MB in $files1 files (1x); $(wc -l < "$work/names.txt") names
ripgrep:    $(rg --version | sed -n 1p)

                                   seconds     MB/s
rg -j1 -o -i -w -F -f NAMES        $(calc %7.2f "$t_rg")  $(calc %7.1f "$b1 / 1e6 / $t_rg")
relmap extract --threads 1         $(calc %7.2f "$t_1")  $(calc %7.1f "$b1 / 1e6 / $t_1")
relmap extract --threads 2         $(calc %7.2f "$t_2")  $(calc %7.1f "$b1 / 1e6 / $t_2")

ratio relmap (1 thread) / ripgrep:   $(calc %.2f "$t_rg / $t_1")   (target >= 1.0)
speed-up of 2 threads over 1:        $(calc %.2f "$t_1 / $t_2")   (target >= 1.8)

linearity (relmap extract, 1 thread):
  1x $(calc %7.1f "$mb1") MB  $(calc %7.2f "$t_1") s  $(calc %6.1f "$b1 / 1e6 / $t_1") MB/s
  2x $(calc %7.1f "$mb2") MB  $(calc %7.2f "$t_x2") s  $(calc %6.1f "$b2 / 1e6 / $t_x2") MB/s
  4x $(calc %7.1f "$mb4") MB  $(calc %7.2f "$t_x4") s  $(calc %6.1f "$b4 / 1e6 / $t_x4") MB/s

peak memory of relmap run (maximum resident set):
  1x $((m_1 / 1024)) MB    4x $((m_4 / 1024)) MB
REPORT
