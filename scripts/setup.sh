#!/usr/bin/env bash
# Installs what relmap needs from Debian (only what is missing) and builds it.
# Usage: scripts/setup.sh run    build, then map examples/ into out/
#        scripts/setup.sh test   build, then run the whole test suite
#        scripts/setup.sh build  build only
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkgconf libboost-graph-dev libgraphviz-dev libyaml-cpp-dev
          libfmt-dev libcli11-dev nlohmann-json3-dev libgtest-dev iso-codes libxml2-utils)
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

build=${RELMAP_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=${RELMAP_BUILD_TYPE:-Release} >/dev/null
cmake --build "$build" -j"$(nproc)" -- --no-print-directory >/dev/null || cmake --build "$build" -j1

case "${1:-build}" in
  run)   "$build/relmap" run examples -o out ;;
  test)  cd "$build" && ctest --output-on-failure -j"$(nproc)" ;;
  build) ;;
  *)     echo "usage: scripts/setup.sh run|test|build" >&2; exit 2 ;;
esac
