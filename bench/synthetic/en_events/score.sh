#!/bin/sh
# Score one batch of the synthetic English event articles: bench/synthetic/en_events/score.sh b1 [-v]
here=$(cd "$(dirname "$0")" && pwd)
tree=$(cd "$here/../../.." && pwd)
PYTHONPATH="$tree/src" /work/main/.venv/bin/python /work/shared/tools/score_extraction.py "$here/$1" --language en \
  --cmd "/work/main/.venv/bin/vigil extract --format jsonl" $2
