"""Names across scripts: transliteration, phonetic keys, matching and a blocking index.

``match(a, b)`` says whether two written names (Belarusian or Russian Cyrillic, or any
Latin romanization) denote the same person, with a score and a reason a reviewer can read.
``NameIndex`` finds candidates for a name without comparing it against everything.
"""

from vigil.names.index import Candidate, NameIndex, keys
from vigil.names.match import VERSION, NameMatch, match
from vigil.names.romanize import SYSTEMS, romanize

__all__ = ["SYSTEMS", "VERSION", "Candidate", "NameIndex", "NameMatch", "keys", "match", "romanize"]
