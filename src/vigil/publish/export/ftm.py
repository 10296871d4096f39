"""FollowTheMoney entities (for Aleph and the OpenSanctions tools), built with the
``followthemoney`` library so that its model checks every property.

Person (names, gender, birth year, a description of their detention), Organization and
Address for each place of detention, a CourtCase for each prosecution (its court by
name: FtM's ``court`` is a string, and a court is no party to the case) and a
CourtCaseParty (role ``defendant``, the verdict as ``date`` and ``summary``) for each of
its defendants listed.
No entity carries ``topics``: the FtM topics ("crime", "wanted", "sanction", ...) would
mark a political prisoner as a criminal, which is the opposite of what the registry says.
A public export leaves out the persons whose name is withheld and their parts in cases
(an entity without a name identifies no one and serves no one), and the cases that are
not published.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from vigil.publish.export.tables import Dataset, Value, table

__all__ = ["entities"]

PREFIX = "vigil"


def _list(value: Value) -> list[str]:
    return list(value) if isinstance(value, tuple) else []


def _make(schema: str, kind: str, record_id: object) -> Any:
    from followthemoney import model

    entity = model.make_entity(schema)
    entity.id = f"{PREFIX}-{kind}-{record_id}"
    return entity


def entities(
    data: Dataset, tables: Collection[str] = ("persons", "facilities", "cases")
) -> Iterator[dict[str, Any]]:
    """Every entity of ``data`` as a FollowTheMoney dict, one at a time: of persons,
    facilities and cases as ``tables`` names them (a case needs its defendant's person)."""
    shown: set[Value] = set()
    header = table("persons").header
    for row in data.rows("persons") if "persons" in tables else ():
        p = dict(zip(header, row, strict=True))
        if data.public and p["name_withheld"]:
            continue
        person = _make("Person", "person", p["id"])
        person.add("name", p["name"])
        person.add("alias", _list(p["other_names"]))
        if p["gender"] in ("female", "male"):
            person.add("gender", p["gender"])
        if p["birth_year"]:
            person.add("birthDate", str(p["birth_year"]))
        person.add("sourceUrl", p["url"])
        status = [str(p["status"] or "no custody recorded")]
        if p["held_since"]:
            status.append(f"held since {p['held_since']}")
        if p["facility"]:
            status.append(f"in {p['facility']}")
        if p["recognized"]:
            status.append("recognized as a political prisoner")
        person.add("description", f"{data.at.isoformat()}: " + ", ".join(status))
        shown.add(p["id"])
        yield person.to_dict()

    header = table("facilities").header
    for row in data.rows("facilities") if "facilities" in tables else ():
        f = dict(zip(header, row, strict=True))
        org = _make("Organization", "facility", f["id"])
        org.add("name", f["name"])
        org.add("alias", _list(f["other_names"]))
        org.add("classification", str(f["kind"]).replace("_", " "))
        org.add("description", "place of detention")
        if f["postal_address"]:
            address = _make("Address", "address", f["id"])
            address.add("full", f["postal_address"])
            if f["region"]:
                address.add("region", f["region"])
            yield address.to_dict()
            org.add("addressEntity", address.id)
            org.add("address", f["postal_address"])
        yield org.to_dict()

    header = table("cases").header
    for row in data.rows("cases") if "cases" in tables else ():
        c = dict(zip(header, row, strict=True))
        case = _make("CourtCase", "case", c["id"])
        case.add("name", c["title"])
        case.add("court", c["court"])
        case.add("description", c["activity"])
        articles = "; ".join(_list(c["articles"]))
        case.add("summary", "; ".join(part for part in (
            f"articles {articles}" if articles else "",
            f"judge {c['judge']}" if c["judge"] else "",
            f"prosecutor {c['prosecutor']}" if c["prosecutor"] else "",
            f"{c['withheld_defendants']} defendant(s) whose name is withheld"
            if c["withheld_defendants"] else "",
        ) if part) or None)  # fmt: skip
        case.add("sourceUrl", c["url"])
        yield case.to_dict()

    header = table("defendants").header
    for row in data.rows("defendants"):
        d = dict(zip(header, row, strict=True))
        if d["person_id"] not in shown:
            continue
        party = _make("CourtCaseParty", "party", d["id"])
        party.add("case", f"{PREFIX}-case-{d['case_id']}")
        party.add("party", f"{PREFIX}-person-{d['person_id']}")
        party.add("role", "defendant")
        if d["verdict_date"]:
            party.add("date", d["verdict_date"])
        verdict = [
            f"{d['term_months']} months" if d["term_months"] is not None else "",
            f"{str(d['regime']).replace('_', ' ')} regime" if d["regime"] else "",
            str(d["verdict_note"] or ""),
            f"appeal {d['appeal']}" + (f" ({d['appeal_date']})" if d["appeal_date"] else "")
            if d["appeal"] else "",
        ]  # fmt: skip
        party.add("summary", "; ".join(v for v in verdict if v) or None)
        yield party.to_dict()
