"""Domain word lists for English reports on political prisoners.

Each list is the language of such reports, not of one article: trigger phrases for the
event types, nouns that count people, words that mark officials and other roles.
"""

from __future__ import annotations

import re

from vigil.model import EventType

__all__ = [
    "CHANNELS",
    "EVENT_TRIGGERS",
    "FIGURE_CATEGORIES",
    "KNOWN_OFFICIALS",
    "KNOWN_ORGS",
    "LIST_INTRO",
    "NOT_NAMES",
    "PEOPLE_NOUNS",
    "QUALIFIERS",
    "ROLE_WORDS",
]

_BE = r"(?:was|were|is|are|been|be|being|get|got|gets|had\s+been|has\s+been|have\s+been)"

# (event type, pattern, voice) where voice says where the person stands:
# "passive": before the trigger ("X was detained", "X, sentenced to"),
# "active": after the trigger ("sentenced X", "the arrest of X"),
# "either": decided from the words before the trigger (a form of "to be" → passive).
EVENT_TRIGGERS: list[tuple[EventType, str, str]] = [
    (EventType.CONVICTED_IN_ABSENTIA, r"\b(?:sentenced|convicted|tried|jailed)\b[^.;]{0,80}?"
                                      r"\bin\s+absentia\b", "either"),
    (EventType.DIED_IN_CUSTODY, r"\bdied\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}"
                                r"(?:prison|colony|custody|jail|detention|cell)\b", "passive"),
    (EventType.DIED_IN_CUSTODY, r"\bdeath\s+in\s+(?:custody|prison|jail)\b|\bdied\s+(?:while\s+)?"
                                r"(?:behind\s+bars|in\s+(?:state\s+|police\s+)?custody)\b",
     "passive"),
    # "was subjected to enforced disappearance", "X was forcibly disappeared"
    (EventType.INCOMMUNICADO, r"\b(?:enforced|forced|involuntary)\s+disappearance\b|"
                              r"\b(?:forcibly|forcefully)\s+disappeared\b", "passive"),
    (EventType.INCOMMUNICADO, r"\b(?:held|kept|remains?)\s+incommunicado\b|\bincommunicado\b",
     "passive"),
    (EventType.INCOMMUNICADO, r"\b(?:kept|held)\s+in\s+(?:\w+\s+){0,2}isolation\b|"
                              r"\b(?:total|complete|full)\s+isolation\b", "passive"),
    (EventType.INCOMMUNICADO, r"\b(?:lack|absence)\s+of\s+(?:any\s+)?(?:communication|contact|"
                              r"information|news)\s+(?:with|from|about)\b", "active"),
    (EventType.INCOMMUNICADO, r"\bout\s+of\s+public\s+sight\b|\bwhereabouts\s+(?:are\s+|remain\s+)?"
                              r"unknown\b|\bnothing\s+is\s+known\s+about\b|\bno\s+(?:contact|news|"
                              r"word)\s+(?:with|from|of)\b|\b(?:not|never)\s+heard\s+from\b",
     "either"),
    (EventType.INCOMMUNICADO, r"\b(?:not|never)\s+been\s+heard\s+from\b|\bnot\s+(?:been\s+)?told\s+"
                              r"where\s+(?:he|she|they)\s+(?:was|were|is|are)\b", "passive"),
    (EventType.INCOMMUNICADO, r"\b(?:refused|refuse|refuses|declined)\s+to\s+(?:disclose|reveal|"
                              r"confirm)\b(?=\s+(?:his|her|their)\s+whereabouts\b)", "active"),
    # Contact restored (the gold's "other"): a first letter, call or visit after a silence,
    # a person allowed to see or call their family or lawyer.
    (EventType.CONTACT_RESTORED, r"\b(?:first|a)\s+(?:letter|call|phone\s+call|message)\s+from"
                                 r"\b(?=\s+(?:him|her)\s+for\s+the\s+first\s+time\b)|\bfirst\s+"
                                 r"(?:letter|call|phone\s+call|message)\s+from\b", "active"),
    # ... only after a silence: "finally allowed", "for the first time", "again" (not "was
    # allowed to see her lawyer only twice")
    (EventType.CONTACT_RESTORED, r"\b(?:was|were|been)\s+(?:finally\s+allowed\s+to\s+(?:see|meet|"
                                 r"call|phone|write\s+to)\b|allowed\s+to\s+(?:see|meet|call|phone|"
                                 r"write\s+to)\b(?=\s+(?:his|her|their)\s+(?:\w+\s+)?(?:family|"
                                 r"relatives|wife|husband|father|mother|parents|son|daughter|children|"
                                 r"lawyers?|sister|brother)\s+(?:for\s+the\s+first\s+time|again)\b))",
     "passive"),
    (EventType.RECOGNIZED_POLITICAL_PRISONER,
     r"\b(?:recogni[sz]ed|declared|labell?ed|named|designated|added|adopted|referred\s+to|"
     r"regard(?:s|ed)?|consider(?:s|ed)?|describ(?:es|ed|e))\b[^.;]{0,60}?\bas\s+"
     r"(?:a\s+|another\s+|new\s+)?[\"“‘']?(?:political\s+prisoners?|prisoners?\s+of\s+conscience)\b",
     "either"),
    (EventType.RECOGNIZED_POLITICAL_PRISONER,
     r"\b(?:were|was|been)\s+(?:also\s+)?(?:recogni[sz]ed|declared|named)\s+(?:as\s+)?"
     r"(?:political\s+prisoners?|prisoners?\s+of\s+conscience)\b|\bbecame\s+a\s+(?:new\s+)?"
     r"political\s+prisoner\b", "passive"),
    # "Amnesty International declared X a prisoner of conscience"
    (EventType.RECOGNIZED_POLITICAL_PRISONER,
     r"\b(?:declared|named|designated|called|considers?|considered)\b(?=\s+(?:[A-Z][\w'’-]+\s+){1,4}"
     r"(?:a|an)\s+(?:political\s+prisoner|prisoner\s+of\s+conscience)\b)", "active"),
    (EventType.PARDONED, r"\bpardon(?:ed|s|ing)?\b", "either"),
    (EventType.RELEASED, r"\b(?:released|freed|set\s+free|walked\s+free|went\s+free|let\s+go|"
                         r"swapped)\b(?!\s+(?:a|the|an)\s+(?:statement|report|video|list))",
     "either"),
    (EventType.RELEASED, r"\brelease\s+of\b", "active"),
    # "X was granted bail", "the court granted bail to X", "X has since got bail" (not
    # "denied bail", "applied for bail")
    (EventType.RELEASED, r"\bgrant(?:ed|s|ing)?\s+(?:(?:them|him|her)\s+)?(?:\$?[\d,]+\s+)?bail\b|"
                         r"\b(?:got|gets|secured|obtained)\s+bail\b", "either"),
    # "X returned home on Sunday after completing a jail term"
    (EventType.RELEASED, r"\b(?:returned|came|went|arrived|got)\s+(?:back\s+)?home\b(?=[^.;]{0,40}?"
                         r"\bafter\s+(?:completing|serving|finishing)\b)", "passive"),
    (EventType.RELEASED, r"\b(?:walked|came|stepped)\s+out\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
                         r"(?:prison|jail|colony|detention\s+cent(?:re|er))\b", "passive"),
    (EventType.RELEASED, r"\b(?:left|leaves|walked\s+out\s+of)\s+(?:the\s+)?(?:prison|jail|"
                         r"penal\s+colony|colony|custody|detention\s+centre)\b", "passive"),
    # "X remains in custody", "will remain imprisoned", "ordered X to remain in detention":
    # held, an event of detention
    (EventType.DETAINED, r"\bremain(?:s|ed|ing)?\s+(?:(?:for|behind|under)\s+(?:\w+\s+){0,5}?)?"
                         r"(?:in\s+(?:pre-?trial\s+|police\s+)?(?:detention|custody|prison|jail)|"
                         r"imprisoned|behind\s+bars|detained|jailed)\b", "passive"),
    # "X were sent to prison by the judge on duty", "charged and sent to pre-trial
    # detention": remanded, not moved from one place of detention to another
    (EventType.DETAINED, r"\bsent\s+(?:(?:him|her|them)\s+)?to\s+(?:pre-?trial\s+detention|"
                         r"prison|jail)\b(?!\s+(?:colony|colonies|hospital))", "either"),
    (EventType.TRANSFERRED, r"\b(?:transferred|moved|sent|taken|relocated)\b(?=[^.;]{0,60}?"
                            r"\b(?:colony|colonies|prisons?|jails?|detention|centres?|centers?|camps?|SIZO)\b)",
     "either"),
    (EventType.SENTENCED, r"\bsentenced\b|\bsentencing\b|\bconvict(?:ed|ing)\b|\bto\s+sentence\b|"
                          # a verdict: "X was found guilty", "a court found him guilty"
                          r"\bfound\b(?=\s+(?:[\w'’-]+\s+){0,2}guilty\b)|"
                          # "condemned to 18 years in jail" (not "condemned the arrest")
                          r"\bcondemned\s+to\s+(?:death|life|\w+(?:[-\s]\w+)?\s+(?:years?|months?)\b)|"
                          r"\bpassed\s+(?:the|a)\s+"
                          r"(?:\w+\s+)?sentence\b|\b(?:jailed|imprisoned)\s+for\s+\w+"
                          r"(?:[-\s]\w+)?\s+(?:years?|months?)\b|"
                          # "condemned X to ten years in jail" (not "condemned the arrest")
                          r"\bcondemned\b(?=[^.;]{0,100}?\bto\s+(?:[\w.-]+\s+){1,3}(?:years?|"
                          r"months?)\b)|\bgave\b(?=[^.;]{0,40}\b(?:years?"
                          r"|months?)\b)|\b(?:received|receives|got|handed|given)\b(?!\s+(?:(?:a|an|the|his|her|"
                          r"their|no)\s+)?(?:first\s+)?(?:letters?|calls?|messages?|visits?|news|"
                          r"parcels?|packages?|word)\b)(?=[^.;]{0,50}"
                          r"\b(?:years?|months?|sentence|term|probation)\b)|\breceived\s+(?:\w+\s+){0,2}"
                          r"(?:nine|eight|seven|six|five|four|three|two|ten|\d+)\b|"
                          # "X is serving 16 years", "serving four years in a colony"
                          r"\bserv(?:ing|es|ed)\s+(?:\w+[-\s]and[-\s]a[-\s]half\s+|"
                          r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"\w+teen|twenty|\d+(?:\.\d+)?)\s+)(?:years?|months?)\b", "either"),
    (EventType.CHARGED, r"\bcharged\s+(?:with|under)\b|\b(?:filed|brought|pressed)\s+charges"
                        r"\s+against\b|\bindicted\b|\bcharges\s+against\b", "either"),
    (EventType.DETAINED, r"\b(?:detained|(?:re-?)?arrested|apprehended|abducted|imprisoned|jailed|"
                         r"behind\s+bars|taken\s+into\s+custody|(?:put|placed)\s+under\s+"
                         r"(?:house\s+)?arrest|thrown\s+(?:in|into)\s+(?:jail|prison)|remanded\s+(?:them\s+|him\s+|her\s+)?"
                         r"in\s+custody|began\s+serving|in\s+pre-?trial\s+detention)\b", "either"),
    (EventType.DETAINED, r"\b(?:arrest|detention|imprisonment)\s+of\b", "active"),
    # "X was picked up by police", "had been picked up again": a person picked up (passive)
    (EventType.DETAINED, r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbeing\s))"
                         r"picked\s+up\b", "passive"),
    # A time held, told with what ended it: "freed after six months in detention", "after
    # serving nearly three years in prison", "after three days behind bars"
    (EventType.DETAINED, r"\bafter\s+(?:spending\s+|serving\s+)?(?:(?:about|nearly|almost|over|"
                         r"roughly|some|more\s+than)\s+)?[\w.-]+\s+(?:\w+\s+)?(?:days?|weeks?|"
                         r"months?|years?)(?:\s+and\s+[\w-]+\s+(?:days?|weeks?|months?))?\s+"
                         r"(?:in|behind)\s+(?:police\s+|pre-?trial\s+|solitary\s+)?(?:detention|"
                         r"custody|prison|jail|bars)\b", "passive"),
    (EventType.DETAINED, r"\b(?:took|taken|dragged|snatched)\b(?=\s+(?:\w+\s+){0,2}?(?:from|"
                         r"out\s+of)\s+(?:his|her|their)\s+(?:home|house|flat|apartment|office|bed)\b)",
     "either"),
]  # fmt: skip
EVENT_TRIGGERS_RE = [(t, re.compile(p, re.IGNORECASE), v) for t, p, v in EVENT_TRIGGERS]
# Verbs that introduce the names of a list an article reports ("they listed ...: X and Y",
# "they also pointed to X", "the new ones on the list were X"): in a story about persons
# recognized as political prisoners, the named persons are the ones recognized.
LIST_INTRO = re.compile(
    r"\b(?:listed|pointed\s+to|also\s+named|included|includes|added|new\s+(?:ones|names|entries|"
    r"additions)(?:\s+(?:on|to|in)\s+the\s+list)?\s+(?:were|are|include[sd]?))\b",
    re.IGNORECASE,
)
BE_BEFORE = re.compile(rf"\b{_BE}\s+(?:(?:\w+ly|also|later|then|not|each|himself|herself|"
                       r"themselves|still|again|first)\s+){0,2}$",
                       re.IGNORECASE)  # fmt: skip

# Nouns that make a number a count of people.
PEOPLE_NOUNS = (
    r"people|persons|individuals|prisoners|detainees|inmates|protesters|protestors|"
    r"demonstrators|activists|journalists|reporters|bloggers|lawyers|women|men|children|"
    r"minors|teenagers|students|officials|lawmakers|politicians|opposition\s+figures|"
    r"citizens|residents|foreigners|nationals|names|defendants|convicts|members|"
    r"relatives|family\s+members|believers|dissidents|critics|media\s+professionals|"
    r"media\s+workers|human\s+rights\s+defenders|of\s+them"
)

QUALIFIERS: list[tuple[str, str]] = [
    ("more_than", r"more\s+than|over|upwards\s+of|in\s+excess\s+of|above"),
    ("at_least", r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|not\s+less\s+than"),
    ("about", r"about|some|around|approximately|roughly|nearly|almost|an\s+estimated|close\s+to"),
    ("up_to", r"up\s+to|as\s+many\s+as"),
]

# Figure categories, from the verb or adjective next to the number.
FIGURE_CATEGORIES: list[tuple[str, str]] = [
    ("other", r"recogni[sz]ed|labell?ed|declared|named\s+as|missing|disappeared|new\s+political"),
    ("pardoned", r"pardon"),
    ("released", r"released|freed|set\s+free|expelled|deported|free\b"),
    ("charged", r"awaiting\s+trial|charged|indicted|prosecuted|facing\s+charges|under\s+investig"),
    ("convicted", r"convicted|found\s+guilty"),
    ("sentenced", r"sentenced|jailed\s+for|sentences?\b"),
    ("detained", r"detained|arrested|detentions|arrests|rounded\s+up|taken\s+into\s+custody"),
    ("political_prisoners_held", r"political\s+prisoners|behind\s+bars|imprisoned|remain\s+in|"
                                 r"in\s+prison|held|jailed|in\s+custody|list|included|contained"),
]  # fmt: skip

# Words before a name that say who the person is.
ROLE_WORDS: dict[str, str] = {
    "official": r"president|leader\s+of\s+the\s+country|authoritarian\s+leader|ruler|dictator|"
                r"minister|spokes(?:man|person)|prosecutor|attorney\s+general|judge|governor|"
                r"mayor|chairman\s+of\s+the\s+kgb|head\s+of\s+state|prime\s+minister|"
                r"investigator|warden|ambassador|official",
    "journalist": r"journalist|reporter|correspondent|editor|reporting\s+by|writing\s+by|"
                  r"editing\s+by|photographer",
    "advocate": r"opposition\s+leader|lawyer|attorney|activist|human\s+rights\s+defender|"
                r"spokeswoman|director|head\s+of\s+the|chair(?:man|woman)?|founder|advocate",
}  # fmt: skip

# People who are officials whatever else the sentence says (heads of state named in
# reports on political prisoners in the regions Vigil serves first).
KNOWN_OFFICIALS = (
    "lukashenka",
    "lukashenko",
    "lukasenka",
    "putin",
    "maduro",
    "ilham aliyev",
    "peskov",
    "erdogan",
    "xi jinping",
    "daniel ortega",
    "khamenei",
    "kadyrov",
    "min aung hlaing",
    "tarek saab",
)

KNOWN_ORGS = (
    "Viasna",
    "Vyasna",
    "Viasna Human Rights Center",
    "OVD-Info",
    "Memorial",
    "AAPP",
    "Amnesty International",
    "Human Rights Watch",
    "Reporters Without Borders",
    "Committee to Protect Journalists",
    "Belarusian Association of Journalists",
    "Prosecutor-General's Office",
    "UN Human Rights Office",
    "Human Constanta",
    "Belarusian PEN",
    "Lawtrend",
)

# Capitalized words that the statistical model sometimes takes for a person.
NOT_NAMES = frozenset(
    [
        # "the Mechanism for the Recognition of Political Prisoners"
        "political",
        "prisoners",
        "prisoner",
        "recognition",
        "background",
        "writing",
        "reporting",
        "editing",
        "telegram",
        "twitter",
        "instagram",
        "facebook",
        "x",
        "youtube",
        "sputnik",
        "reuters",
        "afp",
        "ap",
        "ani",
        "tass",
        "belta",
        "interfax",
        "interpressnews",
        "euroradio",
        "court",
        "police",
        "kremlin",
        "the",
        "a",
        "an",
        "mr",
        "mrs",
        "ms",
        "dr",
        "see",
        "also",
        "update",
        "upd",
        "photo",
        # prepositions and adverbs that open a sentence before a name ("In December,
        # X was ..."): never a name of their own
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "since",
        "after",
        "before",
        "during",
        "until",
        "last",
        "earlier",
        "later",
        "then",
    ]
)

CHANNELS = (
    r"on\s+(?:Telegram|X|Twitter|Facebook|Instagram|YouTube|TikTok|VK|her\s+website|his\s+website"
    r"|(?:its|their|the)\s+website|social\s+media)|in\s+a\s+(?:statement|post|video|interview|"
    r"letter|press\s+release)|to\s+(?:Reuters|AFP|The\s+Associated\s+Press|the\s+AP|\w+)"
)
