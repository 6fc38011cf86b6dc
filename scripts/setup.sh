#!/usr/bin/env bash
# Installs what relmap needs from Debian (only what is missing) and builds it.
# Usage: scripts/setup.sh run    build, then map examples/ into out/
#        scripts/setup.sh test   build, then run the whole test suite: under
#                                ASan+UBSan, a short fuzzing smoke run, then the
#                                release build's suite (its summary comes last)
#        scripts/setup.sh bench  build, then time each stage and the whole corpus
#                                beside ripgrep (bench/throughput.sh; minutes)
#        scripts/setup.sh build  build only
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-build}

packages=(g++ cmake make pkgconf libboost-graph-dev libgraphviz-dev libyaml-cpp-dev
          libfmt-dev libcli11-dev nlohmann-json3-dev libgtest-dev iso-codes libxml2-utils
          libboost-mpi-dev libboost-serialization-dev openmpi-bin libbenchmark-dev)
[[ $mode == test ]] && packages+=(clang libclang-rt-14-dev chromium)
[[ $mode == bench ]] && packages+=(ripgrep)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Configures and builds DIR with the given cmake flags; shows the errors if any.
build() {
  local dir=$1
  shift
  cmake -S . -B "$dir" "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)" -- --no-print-directory >/dev/null 2>&1 || cmake --build "$dir" -j1
}

release=${RELMAP_BUILD_DIR:-build}
build "$release" -DCMAKE_BUILD_TYPE=${RELMAP_BUILD_TYPE:-Release}

case "$mode" in
  run) "$release/relmap" run examples -o out ;;
  test)
    echo "setup: the test suite under AddressSanitizer and UndefinedBehaviorSanitizer" >&2
    build build-sanitize -DCMAKE_BUILD_TYPE=Debug -DRELMAP_SANITIZE=ON
    (cd build-sanitize && ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/../tests/lsan.supp \
       UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest -j"$(nproc)" --output-on-failure >../build-sanitize.log 2>&1) ||
      { cat build-sanitize.log; exit 1; }
    tail -n 3 build-sanitize.log >&2
    echo "setup: fuzzing smoke run" >&2
    bash scripts/fuzz.sh "${RELMAP_FUZZ_SECONDS:-15}"
    echo "setup: the test suite" >&2
    cd "$release" && ctest -j"$(nproc)" --output-on-failure ;;
  bench)
    "$release/bench/relmap_bench"
    bash bench/throughput.sh "${RELMAP_BENCH_MB:-75}" ;;
  build) ;;
  *) echo "usage: scripts/setup.sh run|test|bench|build" >&2; exit 2 ;;
esac
