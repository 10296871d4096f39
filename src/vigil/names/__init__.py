"""Names across scripts: transliteration, phonetic keys, matching and a blocking index.

``match(a, b)`` says whether two names (Belarusian or Russian Cyrillic, or any Latin
romanization, in any case form; or a ``NameForm`` an extractor made, in dictionary form
with its gender and case) denote the same person, with a score and structured reasons
(``Reason``) that ``render`` turns into the line a reviewer reads.
``NameIndex`` finds candidates for a name without comparing it against everything.
"""

from vigil.names.index import Candidate, NameIndex, keys
from vigil.names.match import VERSION, Basis, Case, NameForm, NameMatch, match
from vigil.names.order import sort_key
from vigil.names.reasons import Reason, Why, render
from vigil.names.romanize import SYSTEMS, romanize

__all__ = [
    "SYSTEMS",
    "VERSION",
    "Basis",
    "Candidate",
    "Case",
    "NameForm",
    "NameIndex",
    "NameMatch",
    "Reason",
    "Why",
    "keys",
    "match",
    "render",
    "romanize",
    "sort_key",
]
