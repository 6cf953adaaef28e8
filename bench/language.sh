#!/usr/bin/env bash
# Throughput (MB/s) of the language check (readability figures, jargon against
# the shipped glossary, passive hints, verdict) on a generated 10 MB English
# corpus, side by side in one run with the npm package text-readability
# (Flesch Reading Ease and Flesch-Kincaid grade) on the same file.
set -euo pipefail
cd "$(dirname "$0")/.."

bench_binary=${ROUNDTABLE_LANGUAGE_BENCH:-build/rt_language_bench}
bytes=${BENCH_BYTES:-10000000}
rounds=${BENCH_ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd bench && npm ci --no-audit --no-fund --silent)
python3 bench/make_corpus.py "$bytes" >"$work/corpus.txt"

ours=$("$bench_binary" "$work/corpus.txt" "$rounds")
theirs=$(node bench/text_readability.mjs "$work/corpus.txt" "$rounds")
field() { printf '%s' "$1" | sed -n "s/.*\"$2\":\([-0-9.e+]*\).*/\1/p"; }

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "Run: $(date -u +%Y-%m-%dT%H:%MZ); corpus $(stat -c %s "$work/corpus.txt") bytes (bench/make_corpus.py); $rounds rounds each; medians; one thread; node $(node --version)"
echo
echo "| check | seconds (median) | MB/s | Reading Ease | grade |"
echo "| --- | --- | --- | --- | --- |"
printf '| Roundtable language check (readability, jargon, passive, verdict) | %.3f | %.2f | %.2f | %.2f |\n' \
  "$(field "$ours" seconds)" "$(field "$ours" mb_per_s)" "$(field "$ours" reading_ease)" "$(field "$ours" grade)"
printf '| text-readability 1.1.1: fleschReadingEase + fleschKincaidGrade | %.3f | %.2f | %.2f | %.2f |\n' \
  "$(field "$theirs" seconds)" "$(field "$theirs" mb_per_s)" "$(field "$theirs" reading_ease)" "$(field "$theirs" grade)"
echo
awk -v a="$(field "$ours" mb_per_s)" -v b="$(field "$theirs" mb_per_s)" 'BEGIN { printf "Throughput ratio: %.1f (target: at least 20)\n", a / b }'
