"""Print, per article, gold events next to the predicted event of the same type and person (dates)."""
import json, subprocess, sys, os
from pathlib import Path
sys.path.insert(0, "/work/shared/tools")
from score_extraction import same_name, greedy_pairs  # type: ignore
HERE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
gold = {json.loads(l)["article"]: json.loads(l) for l in (HERE / "gold.jsonl").read_text().splitlines() if l.strip()}
files = sorted(str(p) for p in (HERE / "articles").glob("*.txt") if p.stem in gold)
out = subprocess.run(["/work/main/.venv/bin/vigil", "extract", "--format", "jsonl", *files], capture_output=True, text=True).stdout
pred = {Path(json.loads(l)["file"]).stem: json.loads(l) for l in out.splitlines() if l.startswith("{")}
for a, g in gold.items():
    pd = pred.get(a, {}).get("detainees") or []
    for gd in g["detainees"]:
        m = [d for d in pd if same_name(d.get("name"), gd["name"])]
        pe = list(m[0]["events"]) if m else []
        for ge in gd["events"]:
            hit = next((e for e in pe if e["type"] == ge["type"]), None)
            if hit: pe.remove(hit)
            pdt = hit.get("date") if hit else "—"
            flag = "  " if hit and (pdt == ge["date"] or not ge["date"]) else "XX"
            if hit and not ge["date"] and pdt: flag = "x?"
            print(f"{flag} {a} {gd['name'][:20]:20} {ge['type'][:10]:10} gold={ge['date']} pred={pdt}  {(hit or {}).get('reason','')[-90:] if hit else ''}")
        for e in pe:
            print(f"++ {a} {gd['name'][:20]:20} {e['type'][:10]:10} extra pred={e.get('date')}")
