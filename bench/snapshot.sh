#!/usr/bin/env bash
# Runs the benchmark on a snapshot of a commit (default HEAD) exported to a temporary directory,
# so that edits in progress in the working tree cannot break or skew a long run.
# Results land in this checkout's bench/results/.   usage: bench/snapshot.sh [COMMIT] [-- bench options]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
commit=HEAD
if [[ $# -gt 0 && $1 != -- ]]; then commit=$1; shift; fi
[[ ${1:-} == -- ]] && shift
sha=$(git -C "$root" rev-parse "$commit")
snap=$(mktemp -d "${TMPDIR:-/tmp}/guifan-snapshot-XXXXXX")
trap 'rm -rf "$snap"' EXIT
git -C "$root" archive "$sha" | tar -x -C "$snap"
ln -s "$root/node_modules" "$snap/node_modules"
# What npm install does after patch-package: the precompiled CLI that guifan build and guifan pdf run.
(cd "$snap" && node src/cli/bundle.mjs >/dev/null)
mkdir -p "$snap/bench/results"
cp -r "$root/bench/results/." "$snap/bench/results/" 2>/dev/null || true
(cd "$snap" && GUIFAN_BENCH_COMMIT=$sha node --import tsx bench/run.ts "$@")
mkdir -p "$root/bench/results"
cp "$snap"/bench/results/*.json "$snap"/bench/results/*.md "$root/bench/results/"
# The snapshot's BENCHMARKS.md got the new table; carry that block over to this checkout's file.
if [[ -f "$root/BENCHMARKS.md" && -f "$snap/BENCHMARKS.md" ]]; then
  python3 - "$root/BENCHMARKS.md" "$snap/BENCHMARKS.md" <<'PY'
import re, sys
root, snap = (open(p, encoding='utf-8').read() for p in sys.argv[1:3])
pat = re.compile(r'<!-- results:start -->.*?<!-- results:end -->', re.S)
m = pat.search(snap)
if m:
    open(sys.argv[1], 'w', encoding='utf-8').write(pat.sub(lambda _: m.group(0), root, count=1))
PY
fi
