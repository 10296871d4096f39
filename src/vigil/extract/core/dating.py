"""The date ladder: where an event's date comes from, in the order a pack tries them.

1. the structure: a date the parse attaches to the trigger ("detained on May 3");
2. the sentence: another date of the trigger's sentence;
3. a neighbouring sentence: the date of the same kind of event or of the same person
   one or two sentences away;
4. the publication date, for a news event the text gives no date for (never for a
   background sentence: "had been", "previously", "since").

The rung is data on the event (``DateSource``) and is rendered in the claim's reason
last; code never reads the reason back.
"""

from __future__ import annotations

from enum import Enum

__all__ = ["DateSource"]


class DateSource(Enum):
    STRUCTURE = "date attached to the trigger by the parse"
    SENTENCE = "date from the trigger's sentence"
    NEIGHBOUR = "date carried from a neighbouring sentence"
    PUBLICATION = "publication date: the text gives no date for it"
    NONE = "no date"
