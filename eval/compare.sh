#!/usr/bin/env bash
# eval/compare.sh: in one run, builds the CLI and scores search on the seeds' dev set and on both halves
# of the Greve set (tune = odd ids, test = even ids): ours with everything on, with each part switched off,
# --stock (Lucene's DanishAnalyzer, plain BM25 over our passages), and the peer (plain Java Lucene 8 over
# 120-160-word windows, ../shared/bench/lucene-peer). Every figure comes from the shared scorer
# (../shared/bench/score.py: first 2,000 characters of a hit), so ours and the peer are scored alike.
# Prints the markdown table the README shows (test half first).
#
#   eval/compare.sh [--only "full no-spelling ..."] [--sets "greve dev own"] [--out DIR]
#
# Needs ../shared (corpora, eval sets, bench) and, for the peer, liblucene8-java and a JDK.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$REPO/../shared}"
[ -d "$SHARED/eval" ] || SHARED=/work/shared
OUT=/tmp/minutes-compare
ONLY=""
SETS="greve dev own"
while [ $# -gt 0 ]; do
  case "$1" in
    --only) ONLY="$2"; shift 2 ;;
    --sets) SETS="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"

CONFIGS=(full no-stemming no-folding no-compounds no-synonyms no-spelling no-preferences no-field-weights no-grouping no-thesaurus stock)
[ -n "$ONLY" ] && read -r -a CONFIGS <<< "$ONLY"

echo "building the CLI (Release)" >&2
dotnet build -c Release -v q -nologo "$REPO/src/Minutes.Cli" >&2
MINUTES=(dotnet "$REPO/src/Minutes.Cli/bin/Release/net10.0/minutes.dll")
SCORE=(python3 "$SHARED/bench/score.py")
PEER="$SHARED/bench/lucene-peer/run.sh"

# The halves of the Greve set, split once by id.
python3 - "$SHARED/eval/greve.jsonl" "$OUT" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
num = lambda i: int("".join(c for c in i if c.isdigit()))
for name, parity in (("tune", 1), ("test", 0)):
    with open(f"{sys.argv[2]}/greve-{name}.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows if num(r["id"]) % 2 == parity)
PY

flags() {
  case "$1" in
    full) echo "" ;;
    stock) echo "--stock" ;;
    *) echo "--$1" ;;
  esac
}

# metric <scores.json> <key>
metric() { python3 -c "import json,sys; print(f'{json.load(open(sys.argv[1]))[sys.argv[2]]:.3f}')" "$1" "$2"; }
score() { # score <gold> <results> <out.json> [--stem]
  "${SCORE[@]}" "$1" "$2" ${4:-} 2>/dev/null | tail -1 > "$3"
}

has() { [[ " $SETS " == *" $1 "* ]]; }

# Ranking switches act at query time: those configurations search the full configuration's index
# (kept under $OUT and synced, so a second run re-indexes only what changed).
index_of() {
  case "$2" in
    no-stemming|no-folding|no-compounds|no-synonyms|stock) echo "$OUT/idx.$1.$2" ;;
    *) echo "$OUT/idx.$1.full" ;;
  esac
}

for config in "${CONFIGS[@]}"; do
  echo "ours: $config" >&2
  # shellcheck disable=SC2046
  if has dev; then
    "${MINUTES[@]}" eval "$SHARED/eval/dev.jsonl" --corpus "$REPO/src/samples" --index "$(index_of dev "$config")" --out "$OUT/dev.$config.jsonl" $(flags "$config") > /dev/null
    score "$SHARED/eval/dev.jsonl" "$OUT/dev.$config.jsonl" "$OUT/dev.$config.score"
  fi
  if has greve; then
    "${MINUTES[@]}" eval "$SHARED/eval/greve.jsonl" --corpus "$SHARED/corpus/greve" --index "$(index_of greve "$config")" --out "$OUT/greve.$config.jsonl" $(flags "$config") > /dev/null
    score "$OUT/greve-tune.jsonl" "$OUT/greve.$config.jsonl" "$OUT/tune.$config.score"
    score "$OUT/greve-test.jsonl" "$OUT/greve.$config.jsonl" "$OUT/test.$config.score"
  fi
  if has own && [ -f "$REPO/eval/real.jsonl" ]; then
    "${MINUTES[@]}" eval "$REPO/eval/real.jsonl" --corpus "$SHARED/corpus/real" --index "$(index_of real "$config")" --out "$OUT/own.$config.jsonl" $(flags "$config") > /dev/null
    score "$REPO/eval/real.jsonl" "$OUT/own.$config.jsonl" "$OUT/own.$config.score" --stem
  fi
done

echo "peer: plain Lucene 8" >&2
if has dev; then
  "$PEER" index "$REPO/src/samples" "$OUT/peer-dev-index" > /dev/null 2>&1
  "$PEER" query "$OUT/peer-dev-index" "$SHARED/eval/dev.jsonl" "$OUT/dev.peer.jsonl" 1 0 > /dev/null 2>&1
  score "$SHARED/eval/dev.jsonl" "$OUT/dev.peer.jsonl" "$OUT/dev.peer.score"
fi
if has greve; then
  rm -rf "$OUT/greve-txt" && python3 "$SHARED/bench/firstagenda_to_text.py" "$SHARED/corpus/greve" "$OUT/greve-txt"
  "$PEER" index "$OUT/greve-txt" "$OUT/peer-greve-index" > /dev/null 2>&1
  "$PEER" query "$OUT/peer-greve-index" "$SHARED/eval/greve.jsonl" "$OUT/greve.peer.jsonl" 1 0 > /dev/null 2>&1
  score "$OUT/greve-tune.jsonl" "$OUT/greve.peer.jsonl" "$OUT/tune.peer.score" --stem
  score "$OUT/greve-test.jsonl" "$OUT/greve.peer.jsonl" "$OUT/test.peer.score" --stem
fi
if has own && [ -f "$REPO/eval/real.jsonl" ]; then
  rm -rf "$OUT/real-txt" && python3 "$REPO/eval/real_to_text.py" "$SHARED/corpus/real" "$OUT/real-txt"
  "$PEER" index "$OUT/real-txt" "$OUT/peer-real-index" > /dev/null 2>&1
  "$PEER" query "$OUT/peer-real-index" "$REPO/eval/real.jsonl" "$OUT/own.peer.jsonl" 1 0 > /dev/null 2>&1
  score "$REPO/eval/real.jsonl" "$OUT/own.peer.jsonl" "$OUT/own.peer.score" --stem
fi

# The table: one row per configuration, mrr10 and s5 per set (test half first).
label() {
  case "$1" in
    full) echo "ours, everything on" ;;
    stock) echo "--stock (DanishAnalyzer, plain BM25, our passages)" ;;
    peer) echo "peer: plain Lucene 8, 120-160-word windows" ;;
    *) echo "ours, $1" ;;
  esac
}
header="| configuration |"; rule="|---|"
for set in test tune dev own; do
  case "$set" in test|tune) has greve || continue ;; *) has "$set" || continue ;; esac
  [ "$set" = own ] && [ ! -f "$REPO/eval/real.jsonl" ] && continue
  header+=" $set mrr10 | $set s5 |"; rule+="---|---|"
done
echo "$header"; echo "$rule"
for config in "${CONFIGS[@]}" peer; do
  row="| $(label "$config") |"
  for set in test tune dev own; do
    case "$set" in test|tune) has greve || continue ;; *) has "$set" || continue ;; esac
    [ "$set" = own ] && [ ! -f "$REPO/eval/real.jsonl" ] && continue
    f="$OUT/$set.$config.score"
    if [ -s "$f" ]; then row+=" $(metric "$f" mrr10) | $(metric "$f" s5) |"; else row+=" - | - |"; fi
  done
  echo "$row"
done
