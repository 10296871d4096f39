"""What reaches the reviewer: per claim kind, how many claims the default extractors
propose on the dev corpus and the share of them that the gold annotations support.

Each proposed claim is checked with the scorer's own matching rules, imported from
``score_extraction.py`` (``same_name``, ``same_facility``, ``greedy_pairs``):

- persons (every person is a claim, whatever its role): the name matches a gold
  detainee or a gold "other" person (an official, a lawyer); " as detainee": the
  persons proposed as detainees, supported when they match a gold detainee;
- events: a person's event is supported when the person matches a gold detainee that
  has an event of the same type not yet taken; events of unnamed groups have no gold;
- figures: same value and category as a gold figure (the total; its breakdown parts
  are the scorer's business);
- facilities: the scorer's facility match;
- organisations: the name matches a gold "other" whose role is "organization" (the
  scorer has no rule for organisations, so its name rule is used; the corpus README
  does not describe how organisations are annotated, so read this share as indicative);
- quotes: the gold has no annotation for them, so no share is given.

Per-article details are never printed for the check part (score it as a whole only).

    .venv/bin/python bench/extract_precision.py [--part work|check|all] [--language en]
        [--extractor vigil.extract.en.v2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from vigil.extract import extract
from vigil.extract.language import detect_language

# ../shared beside the repository (a worktree sits one level deeper)
SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents[1:4] if (p / "shared").is_dir()),
    Path("../shared"),
)
DEFAULT_CORPUS = SHARED / "corpus" / "dev"
DEFAULT_SCORER = SHARED / "tools" / "score_extraction.py"
KINDS = (
    "persons",
    " as detainee",
    "events",
    "group events",
    "figures",
    "facilities",
    "organisations",
    "quotes",
)
NO_GOLD = {"group events", "quotes"}


def load_scorer(path: Path) -> ModuleType:
    """The scorer as a module, so its matching rules are used, not copied."""
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load the scorer from {path}; give --scorer PATH")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Count:
    proposed: int = 0
    supported: int = 0


def articles(
    corpus: Path, scorer: ModuleType, part: str, language: str | None
) -> list[tuple[Path, dict[str, Any], dict[str, Any], str]]:
    """(path, front matter, gold, body) of the articles in ``part`` and ``language``."""
    gold: dict[str, dict[str, Any]] = {}
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            gold[obj["article"]] = obj
    check = set(json.loads((corpus / "split.json").read_text(encoding="utf-8"))["check"])
    out = []
    for path in sorted((corpus / "articles").glob("*.txt")):
        if path.stem not in gold or (part != "all" and (path.stem in check) != (part == "check")):
            continue
        meta, body = scorer.read_front_matter(path)
        if language and meta.get("language") != language:
            continue
        out.append((path, meta, gold[path.stem], body))
    return out


def tally(
    scorer: ModuleType, gold: dict[str, Any], found: dict[str, Any], counts: dict[str, Count]
) -> None:
    """Add one article's proposed claims and the gold's support for them."""
    detainees = gold.get("detainees") or []
    everyone = gold.get("others") or []
    others = [o for o in everyone if o.get("role") != "organization"]
    organisations = [o for o in everyone if o.get("role") == "organization"]
    people = found["persons"]
    for person in people:
        counts["persons"].proposed += 1
        name = person.get("name")
        if any(scorer.same_name(name, g.get("name")) for g in detainees + others):
            counts["persons"].supported += 1
    held = [p for p in people if p["role"] == "detainee"]
    counts[" as detainee"].proposed += len(held)
    counts[" as detainee"].supported += len(
        scorer.greedy_pairs(
            held, detainees, lambda a, b: scorer.same_name(a.get("name"), b.get("name"))
        )
    )
    pairs = scorer.greedy_pairs(
        people, detainees, lambda a, b: scorer.same_name(a.get("name"), b.get("name"))
    )
    matched = dict(pairs)
    for pi, person in enumerate(people):
        events = person.get("events") or []
        counts["events"].proposed += len(events)
        if pi in matched:
            gold_events = detainees[matched[pi]].get("events") or []
            counts["events"].supported += len(
                scorer.greedy_pairs(
                    events, gold_events, lambda a, b: a.get("type") == b.get("type")
                )
            )
    counts["group events"].proposed += len(found.get("group_events") or [])
    figures = found.get("figures") or []
    counts["figures"].proposed += len(figures)
    counts["figures"].supported += len(
        scorer.greedy_pairs(
            figures,
            gold.get("figures") or [],
            lambda a, b: (
                a.get("value") == b.get("value") and a.get("category") == b.get("category")
            ),
        )
    )
    facilities = [f.get("name") for f in found.get("facilities") or []]
    counts["facilities"].proposed += len(facilities)
    counts["facilities"].supported += len(
        scorer.greedy_pairs(
            facilities, [f.get("name") for f in gold.get("facilities") or []], scorer.same_facility
        )
    )
    orgs = found.get("organizations") or []
    counts["organisations"].proposed += len(orgs)
    counts["organisations"].supported += len(
        scorer.greedy_pairs(orgs, [o.get("name") for o in organisations], scorer.same_name)
    )
    counts["quotes"].proposed += len(found.get("quotes") or [])


def run(
    corpus: Path, scorer: ModuleType, part: str, language: str | None, extractor: str | None = None
) -> tuple[dict[str, Count], int, set[str]]:
    counts = {kind: Count() for kind in KINDS}
    chosen = articles(corpus, scorer, part, language)
    extractors: set[str] = set()
    for _, meta, gold, body in chosen:
        published = None
        if meta.get("published"):
            published = dt.date.fromisoformat(meta["published"])
        lang = detect_language(body) or meta.get("language") or "en"
        if lang == "en" and meta.get("language") not in (None, "", "en"):
            lang = meta["language"]
        extraction = extract(body, published=published, language=lang, extractor=extractor)
        extractors.add(extraction.extractor)
        found = extraction.to_gold(body)
        found["persons"] = [
            {
                "name": p.name,
                "role": p.role.value,
                "events": [{"type": e.type.value} for e in p.events],
            }
            for p in extraction.persons
        ]
        found["group_events"] = [e.type.value for e in extraction.group_events]
        found["organizations"] = [o.name for o in extraction.organizations]
        found["quotes"] = [q.span.of(body) for q in extraction.quotes]
        tally(scorer, gold, found, counts)
    return counts, len(chosen), extractors


def table(counts: dict[str, Count]) -> str:
    lines = [f"{'kind':<14} {'proposed':>8} {'supported':>9} {'share':>6}  note"]
    total = Count()
    for kind in KINDS:
        c = counts[kind]
        if kind in NO_GOLD:
            lines.append(
                f"{kind:<14} {c.proposed:>8} {'-':>9} {'-':>6}  the gold does not annotate them"
            )
            continue
        share = f"{c.supported / c.proposed:.2f}" if c.proposed else "-"
        if kind.startswith(" "):
            lines.append(f"{kind:<14} {c.proposed:>8} {c.supported:>9} {share:>6}  (of persons)")
            continue
        if kind == "organisations":
            note = "  indicative: the README does not say how they are annotated"
            lines.append(f"{kind:<14} {c.proposed:>8} {c.supported:>9} {share:>6}{note}")
            total.proposed += c.proposed
            total.supported += c.supported
            continue
        total.proposed += c.proposed
        total.supported += c.supported
        lines.append(f"{kind:<14} {c.proposed:>8} {c.supported:>9} {share:>6}")
    share = f"{total.supported / total.proposed:.2f}" if total.proposed else "-"
    lines.append(f"{'gold kinds':<14} {total.proposed:>8} {total.supported:>9} {share:>6}")
    everything = sum(c.proposed for k, c in counts.items() if not k.startswith(" "))
    lines.append(f"{'all claims':<14} {everything:>8}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--part", choices=["work", "check", "all"], default="work")
    ap.add_argument("--language", help="only articles whose front matter names this language")
    ap.add_argument("--extractor", help="a version (vigil.extract.en.v1) for its language's texts")
    args = ap.parse_args()
    if not (args.corpus / "gold.jsonl").exists():
        sys.exit(f"no gold.jsonl under {args.corpus}; give --corpus DIR")
    if not args.scorer.exists():
        sys.exit(f"no scorer at {args.scorer}; give --scorer PATH to score_extraction.py")
    scorer = load_scorer(args.scorer)
    counts, n, extractors = run(args.corpus, scorer, args.part, args.language, args.extractor)
    if not n:
        sys.exit("no annotated article in that part and language")
    which = f"part {args.part}" + (f", language {args.language}" if args.language else "")
    print(f"{n} articles ({which}); extractors: {', '.join(sorted(extractors))}")
    print(table(counts))


if __name__ == "__main__":
    main()
