"""FollowTheMoney entities (for Aleph and the OpenSanctions tools), built with the
``followthemoney`` library so that its model checks every property.

Person (names, gender, birth year, a description of their detention), Organization and
Address for each place of detention, CourtCase and CourtCaseParty for each prosecution.
No entity carries ``topics``: the FtM topics ("crime", "wanted", "sanction", ...) would
mark a political prisoner as a criminal, which is the opposite of what the registry says.
A public export leaves out the persons whose name is withheld, and their cases: an
entity without a name identifies no one and serves no one.
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
        if c["person_id"] not in shown:
            continue
        case = _make("CourtCase", "case", c["id"])
        articles = "; ".join(_list(c["articles"]))
        case.add("name", f"Case {c['id']}" + (f" (articles {articles})" if articles else ""))
        case.add("court", c["court"])
        case.add("description", c["activity"])
        case.add("summary", c["verdict"])
        yield case.to_dict()
        party = _make("CourtCaseParty", "party", c["id"])
        party.add("case", case.id)
        party.add("party", f"{PREFIX}-person-{c['person_id']}")
        party.add("role", "defendant")
        yield party.to_dict()
