#!/usr/bin/env bash
# mpirun -n 2 relmap run must write the same files as a one-process run.
# Usage: tests/mpi_test.sh RELMAP CORPUS   (exit 77: skipped, no mpirun)
set -euo pipefail
relmap=$1 corpus=$2
command -v mpirun >/dev/null || { echo "mpirun not installed: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# CI runs as root, which Open MPI refuses unless told; one slot per rank even on
# a one-core machine.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_rmaps_base_oversubscribe=1
# Open MPI's own start-up allocations (in plugins it unloads, so they cannot be
# suppressed by name) are never freed: under the sanitizer build, leak checking
# stays with the one-process tests, which run the same relmap code.
mpirun() { ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" command mpirun -x ASAN_OPTIONS "$@"; }
"$relmap" -q run --threads 1 "$corpus" -o "$work/one"
mpirun -n 2 "$relmap" -q run "$corpus" -o "$work/two"
for f in edges.jsonl map.dot map.svg; do
  cmp "$work/one/$f" "$work/two/$f" || { echo "mpirun -n 2: $f differs"; exit 1; }
done
"$relmap" -q extract --threads 1 "$corpus" > "$work/one.jsonl"
mpirun -n 2 "$relmap" -q extract "$corpus" > "$work/two.jsonl"
cmp "$work/one.jsonl" "$work/two.jsonl" || { echo "mpirun -n 2 extract differs"; exit 1; }
[[ $(wc -l < "$work/two.jsonl") -gt 100 ]] || { echo "too few mentions"; exit 1; }
# A command that does not spread its work runs once, on the root.
[[ $(mpirun -n 2 "$relmap" rules names | grep -c '^China$') -eq 1 ]] || { echo "rules names ran twice"; exit 1; }
echo "mpirun -n 2: outputs identical ($(wc -l < "$work/two.jsonl") mentions)"
