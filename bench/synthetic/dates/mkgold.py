"""Write gold.jsonl for the synthetic date articles from compact tables; check quotes."""
import json, re, sys
from pathlib import Path
HERE = Path(__file__).parent
def body(a):
    t = (HERE / "articles" / f"{a}.txt").read_text()
    return t.split("---\n", 2)[2]
def F(v, q, c, quote, of=None):
    return {"value": v, "qualifier": q, "category": c, "of_whom": of, "as_of": None, "quote": quote}
def E(t, d, quote, detail=None):
    return {"type": t, "date": d, "detail": detail, "quote": quote}
G = {}
exec((HERE / "gold_src.py").read_text())
out = []
bad = 0
for a, g in sorted(G.items()):
    b = body(a)
    for f in g.get("figures", []):
        if f["quote"] not in b: print(a, "figure quote", f["quote"]); bad += 1
    for d in g.get("detainees", []):
        if d["name"] not in b: print(a, "name", d["name"]); bad += 1
        for e in d["events"]:
            if e["quote"] not in b: print(a, "quote", e["quote"]); bad += 1
    out.append(json.dumps({"article": a, "figures": g.get("figures", []), "detainees": g.get("detainees", []),
                           "facilities": g.get("facilities", []), "others": g.get("others", [])}, ensure_ascii=False))
(HERE / "gold.jsonl").write_text("\n".join(out) + "\n")
sys.exit(1 if bad else 0)
