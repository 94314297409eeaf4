#!/usr/bin/env bash
# Score the extractor on one of the project's annotated sets (eval/<set>/: articles.txt, gold.json,
# entities.json; annotated per ../shared/eval/ANNOTATION.md):
#   dev   96 articles of ../shared/corpus/relevant/, the set rules are tuned on
#   dev2  40 further articles of relevant/, annotated blind (by readers who had not seen the extractor)
#   dev3  36 further articles of relevant/, annotated blind the same way
#   dev4  43 further articles (13 of relevant/, 30 of bulk/ outside the check set), annotated blind the same way
#   dev5  44 further articles (10 of relevant/, 34 of bulk/: two to four per outlet), annotated blind the same way
#   dev6  40 articles of bulk/: the check set of earlier rounds (blind then), opened for rule work
#   dev7  40 further articles (14 of relevant/, 26 of bulk/: two per outlet), annotated blind the same way
#   check 40 further articles of bulk/ (three per outlet), kept apart from rule tuning: a stand-in for articles never seen
# Run from the project root:  eval/run-set.sh dev2        (SHOW_ERRORS=1 lists every miss)
set -euo pipefail
set_name=${1:?usage: eval/run-set.sh dev|dev2|dev3|dev4|dev5|dev6|dev7|check}
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/eval/$set_name"
[ -f "$dir/gold.json" ] || { echo "no annotated set at $dir" >&2; exit 2; }
corpus=${CORPUS:-$root/../shared/corpus}
GUANXI=${GUANXI:-$root/guanxi}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/articles"
while IFS= read -r f; do
  [ -n "$f" ] && ln -s "$corpus/$f" "$work/articles/$(basename "$f")"
done < "$dir/articles.txt"
"$GUANXI" ingest -q --store "$work/store" "$work/articles" >"$work/ingest.log" 2>&1 || { cat "$work/ingest.log"; echo "ingest failed"; exit 1; }
"$GUANXI" export --store "$work/store" --format nquads --out "$work/dump.nq" >"$work/export.log" 2>&1 || { cat "$work/export.log"; echo "export failed"; exit 1; }
# a fixed hash seed: score.py resolves a label two registry entries share (米勒, 约翰逊) in Python set order
PYTHONHASHSEED=0 python3 "$root/../shared/eval/score.py" --quads "$work/dump.nq" --gold "$dir/gold.json" \
  --entities "$dir/entities.json" ${SHOW_ERRORS:+--show-errors} ${JSON_OUT:+--json "$JSON_OUT"}
