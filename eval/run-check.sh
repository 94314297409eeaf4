#!/usr/bin/env bash
# Score the extractor on the project's check set: 40 articles of ../shared/corpus/bulk/
# annotated per ../shared/eval/ANNOTATION.md (eval/check/gold.json, registry eval/check/entities.json),
# kept apart from rule tuning: a stand-in for articles never seen.
# Run from the project root:  eval/run-check.sh        (SHOW_ERRORS=1 lists every miss)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
GUANXI=${GUANXI:-$root/guanxi}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/articles"
while IFS= read -r f; do
  [ -n "$f" ] && ln -s "$corpus/$f" "$work/articles/$(basename "$f")"
done < "$root/eval/check/articles.txt"
"$GUANXI" ingest -q --store "$work/store" "$work/articles" >"$work/ingest.log" 2>&1 || { cat "$work/ingest.log"; echo "ingest failed"; exit 1; }
"$GUANXI" export --store "$work/store" --format nquads --out "$work/dump.nq" >"$work/export.log" 2>&1 || { cat "$work/export.log"; echo "export failed"; exit 1; }
python3 "$root/../shared/eval/score.py" --quads "$work/dump.nq" --gold "$root/eval/check/gold.json" \
  --entities "$root/eval/check/entities.json" ${SHOW_ERRORS:+--show-errors} ${JSON_OUT:+--json "$JSON_OUT"}
