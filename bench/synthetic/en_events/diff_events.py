"""Per article of a synthetic batch: the (type, date) events gold has and en.v2 gave.

PYTHONPATH=src python bench/synthetic/en_events/diff_events.py bench/synthetic/en_events/b1
"""

import json
import subprocess
import sys
from pathlib import Path


def main() -> None:
    batch = Path(sys.argv[1])
    lines = (batch / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = {json.loads(x)["article"]: json.loads(x) for x in lines if x.strip()}
    files = sorted(str(p) for p in (batch / "articles").glob("*.txt"))
    argv = [str(Path(sys.executable).with_name("vigil")), "extract", "--format", "jsonl", *files]
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if not line.startswith("{"):
            continue
        p = json.loads(line)
        g = gold[Path(p["file"]).stem]
        pd = {d["name"]: d for d in p["detainees"]}
        for d in g["detainees"]:
            name = d["name"]
            match = next(
                (n for n in pd if n.split()[-1] == name.split()[-1] or n in name or name in n),
                None,
            )
            ge = sorted(((e["type"], e["date"]) for e in d["events"]), key=str)
            pe = (
                sorted(((e["type"], e.get("date")) for e in pd[match]["events"]), key=str)
                if match
                else []
            )
            if ge != pe:
                only_g = [x for x in ge if x not in pe]
                only_p = [x for x in pe if x not in ge]
                print(Path(p["file"]).stem, name, "| gold only:", only_g, "| given only:", only_p)


if __name__ == "__main__":
    main()
