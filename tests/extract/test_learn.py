"""The learned models of en.v2 (``vigil.extract.learn``): pinned by hash, plain JSON,
trained reproducibly."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from vigil.extract.learn import LinearModel, ModelTampered, load_model
from vigil.extract.learn.model import DATA, MANIFEST, pinned, read_model
from vigil.extract.learn.train import Row, train, write

SHIPPED = ("en-event-v1", "en-org-v1")


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_model_is_pinned_and_loads(name: str) -> None:
    path = DATA / f"{name}.json"
    assert pinned()[path.name] == hashlib.sha256(path.read_bytes()).hexdigest()
    model = load_model(name)
    assert isinstance(model, LinearModel)
    assert model.weights
    assert 0.0 < model.threshold <= 1.0
    # applying it is a sum of weights: an unknown feature changes nothing
    assert model.probability(["no such feature"]) == model.probability([])


def _copy(tmp_path: Path, name: str) -> tuple[Path, Path]:
    path = tmp_path / f"{name}.json"
    shutil.copy(DATA / path.name, path)
    manifest = tmp_path / MANIFEST.name
    shutil.copy(MANIFEST, manifest)
    return path, manifest


def test_a_tampered_model_is_refused(tmp_path: Path) -> None:
    path, manifest = _copy(tmp_path, "en-event-v1")
    assert read_model(path, manifest).weights  # the copy itself loads
    data = json.loads(path.read_text(encoding="utf-8"))
    data["bias"] = data["bias"] + 5.0  # every candidate would be "theirs"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelTampered) as e:
        read_model(path, manifest)
    line = e.value.one_line()
    assert "en-event-v1.json" in line
    assert "not the pinned" in line
    assert "make train" in line
    assert "\n" not in line


def test_an_unpinned_or_missing_model_is_refused(tmp_path: Path) -> None:
    path, manifest = _copy(tmp_path, "en-org-v1")
    manifest.write_text("# nothing pinned\n", encoding="utf-8")
    with pytest.raises(ModelTampered, match="no pinned SHA-256"):
        read_model(path, manifest)
    with pytest.raises(ModelTampered, match="cannot be read"):
        read_model(tmp_path / "absent.json", manifest)


def _rows() -> list[Row]:
    """A small training set with a pattern to find: subjects of a passive are theirs,
    speakers are not; ten articles for five folds."""
    rows: list[Row] = []
    for a in range(10):
        for i in range(12):
            theirs = (a + i) % 3 != 0
            cue = "path=nsubjpass^" if theirs else "speaks"
            noise = f"w-1=word{(a * 7 + i) % 5}"
            rows.append(Row(f"{a:03}", "event", sorted({cue, noise, "type=detained"}), theirs,
                            i % 4 == 0))  # fmt: skip
    return rows


def test_training_is_deterministic(tmp_path: Path) -> None:
    rows = _rows()
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        out.mkdir()
        write(train(rows), out, out / "models.sha256")
    assert (first / "en-event-v1.json").read_bytes() == (second / "en-event-v1.json").read_bytes()
    assert (first / "models.sha256").read_text() == (second / "models.sha256").read_text()
    model = read_model(first / "en-event-v1.json", first / "models.sha256")
    assert model.probability(["path=nsubjpass^", "type=detained"]) > 0.5
    assert model.probability(["speaks", "type=detained"]) < 0.5
    content = json.loads((first / "en-event-v1.json").read_text(encoding="utf-8"))
    assert content["cross_validation"]["folds"] == 5
    assert list(content["weights"]) == sorted(content["weights"])


def test_examples_come_from_the_work_part_only(tmp_path: Path) -> None:
    from vigil.extract.learn.train import collect

    (tmp_path / "articles").mkdir()
    texts = {
        "001": "Police detained Anna Lis in Vitebsk on Monday, her husband Pavel Lis said.",
        "002": "Ihar Sova was sentenced to three years on Friday.",  # the check part
    }
    for name, body in texts.items():
        (tmp_path / "articles" / f"{name}.txt").write_text(
            f"---\npublished: 2024-03-04\nlanguage: en\n---\n{body}\n", encoding="utf-8"
        )
    gold = [{"article": "001", "detainees": [{"name": "Anna Lis", "events": [
                {"type": "detained"}]}], "others": []},
            {"article": "002", "detainees": [{"name": "Ihar Sova", "events": [
                {"type": "sentenced"}]}], "others": []}]  # fmt: skip
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n")
    (tmp_path / "split.json").write_text(json.dumps({"check": ["002"]}))
    rows = collect(tmp_path, lambda a, b: a == b)
    assert rows
    assert {r.article for r in rows} == {"001"}
    events = [r for r in rows if r.kind == "event"]
    assert any(r.label and "type=detained" in r.features for r in events)  # Anna Lis
    assert any(not r.label for r in events)  # her husband, who speaks


def test_an_event_the_model_adds_says_so() -> None:
    """What the rules leave out ("whom police arrested in March" inside a sentence about
    a sentence) the event model adds when confident, with its probability and trigger in
    the reason, dated like a rule's event; the rules' own events say "rule:"."""
    import datetime as dt

    from vigil.extract.en.v2 import EnglishV2

    text = ("Both Anna Lis and Pavel Orel, whom police arrested in March, were sentenced to "
            "two years on Friday.")  # fmt: skip
    rules = EnglishV2()(text, published=dt.date(2024, 5, 2))
    assert {e.type.value for p in rules.persons for e in p.events} == {"sentenced"}
    sure = LinearModel("test", -3.0, 0.9, {"type=detained": 6.0, "btw=whom": 1.0})
    keep = LinearModel("test-org", 0.0, 0.5, {})
    ex = EnglishV2(models=(sure, keep))(text, published=dt.date(2024, 5, 2))
    events = {(p.name, e.type.value): e for p in ex.persons for e in p.events}
    added = events[("Pavel Orel", "detained")]
    assert added.reason.startswith("classifier: detained 0.9")
    assert '"arrested"' in added.reason
    assert str(added.date) == "2024-03"
    assert events[("Anna Lis", "sentenced")].reason.startswith("rule: ")
