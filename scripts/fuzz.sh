#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan, and runs each for
# SECONDS (default 600) on a scratch copy of its seed corpus in fuzz/corpus/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_rule_loader fuzz_pattern fuzz_extract)
build=${RELMAP_FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRELMAP_FUZZ=ON -DRELMAP_SANITIZE=ON \
  -DRELMAP_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >/dev/null
export ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp UBSAN_OPTIONS=print_stacktrace=1
for t in "${targets[@]}"; do
  case $t in
    fuzz_rule_loader) seeds=fuzz/corpus/rules ;;
    fuzz_pattern) seeds=fuzz/corpus/patterns ;;
    fuzz_extract) seeds=fuzz/corpus/texts ;;
  esac
  work=$(mktemp -d)
  echo "fuzz: $t for ${seconds}s" >&2
  log="$build/$t.log"
  status=0
  "$build/$t" -max_total_time="$seconds" -print_final_stats=1 -max_len=65536 -timeout=10 \
    -artifact_prefix="$build/$t-" "$work" "$seeds" >"$log" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|==[0-9]+==ERROR|SUMMARY)" "$log" >&2 || true
  rm -rf "$work"
  if ((status != 0)); then echo "fuzz: $t found a crash (see $log and $build/$t-*)" >&2; exit 1; fi
done
echo "fuzz: no crash" >&2
