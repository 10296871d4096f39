"""Event dates of a synthetic corpus next to the gold's (bench/synthetic/<area>/).

    PYTHONPATH=src python bench/synthetic/dates_diff.py bench/synthetic/dates

For each gold event: the predicted event of the same type on the same person (matched by
the scorer's name rule), its date and the end of its reason; "XX" marks a wrong or
missing date, "++" an event the gold does not have. Also checks that every gold quote and
name is a substring of its article's body.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, "/work/shared/tools")
from score_extraction import same_name  # type: ignore[import-not-found]


def _body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("---\n", 2)[2]


def main(corpus: Path) -> None:
    lines = (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold: dict[str, dict[str, Any]] = {
        json.loads(line)["article"]: json.loads(line) for line in lines if line.strip()
    }
    paths = {p.stem: p for p in (corpus / "articles").glob("*.txt") if p.stem in gold}
    for a, g in gold.items():
        body = _body(paths[a])
        quotes = [f["quote"] for f in g["figures"]] + [d["name"] for d in g["detainees"]]
        quotes += [e["quote"] for d in g["detainees"] for e in d["events"]]
        for q in quotes:
            if q not in body:
                print(f"!! {a} not in the text: {q}")
    vigil = str(Path(sys.executable).with_name("vigil"))
    argv = [vigil, "extract", "--format", "jsonl", *map(str, sorted(paths.values()))]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    pred = {Path(json.loads(x)["file"]).stem: json.loads(x) for x in out.splitlines()
            if x.startswith("{")}  # fmt: skip
    for a, g in gold.items():
        found = pred.get(a, {}).get("detainees") or []
        for gd in g["detainees"]:
            same = [d for d in found if same_name(d.get("name"), gd["name"])]
            left = list(same[0]["events"]) if same else []
            for ge in gd["events"]:
                hit = next((e for e in left if e["type"] == ge["type"]), None)
                if hit is not None:
                    left.remove(hit)
                date = hit.get("date") if hit else "—"
                ok = hit is not None and (date == ge["date"] or not ge["date"])
                why = str(hit.get("reason", ""))[-80:] if hit else ""
                print(f"{'  ' if ok else 'XX'} {a} {gd['name'][:20]:20} {ge['type'][:10]:10} "
                      f"gold={ge['date']} pred={date}  {why}")  # fmt: skip
            for e in left:
                print(f"++ {a} {gd['name'][:20]:20} {e['type'][:10]:10} pred={e.get('date')}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
