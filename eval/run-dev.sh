#!/usr/bin/env bash
# Score the extractor on the project's dev set: 96 articles of ../shared/corpus/relevant/
# annotated per ../shared/eval/ANNOTATION.md (eval/dev/gold.json, registry eval/dev/entities.json).
# Run from the project root:  eval/run-dev.sh        (SHOW_ERRORS=1 lists every miss)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
GUANXI=${GUANXI:-$root/guanxi}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/articles"
while IFS= read -r f; do
  [ -n "$f" ] && ln -s "$corpus/$f" "$work/articles/$(basename "$f")"
done < "$root/eval/dev/articles.txt"
"$GUANXI" ingest -q --store "$work/store" "$work/articles" >"$work/ingest.log" 2>&1 || { cat "$work/ingest.log"; echo "ingest failed"; exit 1; }
"$GUANXI" export --store "$work/store" --format nquads --out "$work/dump.nq" >"$work/export.log" 2>&1 || { cat "$work/export.log"; echo "export failed"; exit 1; }
python3 "$root/../shared/eval/score.py" --quads "$work/dump.nq" --gold "$root/eval/dev/gold.json" \
  --entities "$root/eval/dev/entities.json" ${SHOW_ERRORS:+--show-errors} ${JSON_OUT:+--json "$JSON_OUT"}
