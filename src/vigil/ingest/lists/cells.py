"""Cells of a list read into typed values: names, sex, articles, sentences, facilities,
and the outcome a status column or a note states (released, pardoned, died ...).

Each reader takes the cell as written and returns a frozen record, None for a blank,
or raises ``InvalidInput`` naming the cell's text and how it could be written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from vigil.errors import InvalidInput
from vigil.ingest.lists.dates import find_dates
from vigil.model import FacilityKind, Gender, PartialDate, Regime, Script, detect_script

__all__ = [
    "Article",
    "FacilityName",
    "ListName",
    "Outcome",
    "Reason",
    "Sentence",
    "parse_articles",
    "parse_facility",
    "parse_name",
    "parse_outcome",
    "parse_sentence",
    "parse_sex",
]

_BLANK = {"", "-", "—", "–", "n/a", "na", "нет", "не", "няма", "none", "?"}


# Names ----------------------------------------------------------------------------------

_HONORIFICS: dict[str, Gender] = {
    "u": Gender.MALE, "ko": Gender.MALE, "maung": Gender.MALE, "mg": Gender.MALE,
    "mg.": Gender.MALE, "daw": Gender.FEMALE, "ma": Gender.FEMALE, "mi": Gender.FEMALE,
}  # fmt: skip
_CANONICAL_HONORIFIC = {"mg": "Maung", "mg.": "Maung"}
_MALE_PATRONYMIC = ("вич", "ич", "віч", "іч", "оглы", "ovich", "evich", "ich")
_FEMALE_PATRONYMIC = ("вна", "ична", "инична", "ўна", "іўна", "аўна", "ічна", "кызы", "ovna",
                      "evna", "ichna")  # fmt: skip
_WITHHELD = re.compile(
    r"withheld|anonym|не разглаш|скрыт|аноним|не раскры|не называ|не агалош|ананім|схаван",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ListName:
    """A person's name as a list gives it, and what it says of sex."""

    text: str  # the name as the registry keeps it (capitals tidied), or "" when withheld
    surname: str | None = None
    given: str | None = None
    patronymic: str | None = None
    honorific: str | None = None
    withheld: bool = False
    gender: Gender = Gender.UNKNOWN  # from the patronymic or the honorific


def _tidy(word: str) -> str:
    """``БОРИСЕВИЧ`` → ``Борисевич``; a word already in mixed case stays."""
    if len(word) > 1 and word.isupper():
        return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
    return word


def patronymic_gender(word: str) -> Gender:
    clean = word.casefold()
    if clean.endswith(_FEMALE_PATRONYMIC):
        return Gender.FEMALE
    if clean.endswith(_MALE_PATRONYMIC) and len(clean) > 4:
        return Gender.MALE
    return Gender.UNKNOWN


def parse_name(
    full: str, surname: str = "", given: str = "", patronymic: str = ""
) -> ListName | None:
    """A name from one cell (``Фамилия Имя Отчество``, ``Ko Aung Min Htet``) or from
    separate cells; None when there is none."""
    if not any(x.strip() for x in (full, surname, given, patronymic)):
        return None
    whole = " ".join(full.replace(",", " ").split())
    if _WITHHELD.search(whole) or _WITHHELD.search(surname):
        return ListName("", withheld=True)
    if not whole:
        parts = [_tidy(p) for p in " ".join((surname, given, patronymic)).split()]
        text = " ".join(parts)
        return ListName(text, _tidy(surname.strip()) or None, given.strip() or None,
                        patronymic.strip() or None,
                        gender=patronymic_gender(patronymic.strip()))  # fmt: skip
    words = [_tidy(w) for w in whole.split()]
    if detect_script(whole) is Script.CYRILLIC:
        return _slavic(words)
    first = words[0].casefold()
    if first in _HONORIFICS and len(words) > 1:
        honorific = _CANONICAL_HONORIFIC.get(first, words[0])
        rest = words[1:]
        return ListName(" ".join(rest), honorific=honorific, gender=_HONORIFICS[first])
    if len(words) >= 3 and patronymic_gender(words[-1]) is not Gender.UNKNOWN:
        return _slavic(words)
    return ListName(" ".join(words))


def _slavic(words: list[str]) -> ListName:
    text = " ".join(words)
    if len(words) == 3:
        # A given name is never shaped as a patronymic, a surname may be (Гриневич).
        if patronymic_gender(words[1]) is not Gender.UNKNOWN:  # Имя Отчество Фамилия
            return ListName(text, words[2], words[0], words[1],
                            gender=patronymic_gender(words[1]))  # fmt: skip
        if patronymic_gender(words[2]) is not Gender.UNKNOWN:  # Фамилия Имя Отчество
            return ListName(text, words[0], words[1], words[2],
                            gender=patronymic_gender(words[2]))  # fmt: skip
    if len(words) == 2:
        return ListName(text, words[0], words[1])
    gender = patronymic_gender(words[-1]) if len(words) > 3 else Gender.UNKNOWN
    return ListName(text, gender=gender)


_SEX = {
    "m": Gender.MALE, "male": Gender.MALE, "man": Gender.MALE, "м": Gender.MALE,
    "муж": Gender.MALE, "мужской": Gender.MALE, "мужчина": Gender.MALE, "мужчына": Gender.MALE,
    "мужчынскі": Gender.MALE, "f": Gender.FEMALE, "female": Gender.FEMALE,
    "woman": Gender.FEMALE, "ж": Gender.FEMALE, "жен": Gender.FEMALE,
    "женский": Gender.FEMALE, "женщина": Gender.FEMALE, "жанчына": Gender.FEMALE,
    "жаночы": Gender.FEMALE,
}  # fmt: skip


def parse_sex(text: str) -> Gender | None:
    clean = text.strip().casefold().rstrip(".")
    if clean in _BLANK:
        return None
    if clean in _SEX:
        return _SEX[clean]
    raise InvalidInput(f"sex {text!r} is not M or F", hint="write M, F, Male, Female, м or ж")


# Articles -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Article:
    """One article (section) of one law: ``BY-CC`` 361-1 part 1; ``MM-PC`` 505 clause a."""

    code: str
    article: str
    part: int | None = None
    clause: str | None = None

    def vigil(self) -> str:
        """The form the registry groups by: ``342.1``, ``361-1.1``, ``505(a)``,
        ``CTL 50(j)``, ``UAA 17(1)``."""
        if self.code in ("BY-CC", "RU-CC"):
            return self.article + (f".{self.part}" if self.part is not None else "")
        prefix = {"MM-PC": "", "MM-CTL": "CTL ", "MM-UAA": "UAA ", "MM-TL": "TL ",
                  "MM-NDML": "NDML "}.get(self.code, f"{self.code} ")  # fmt: skip
        tail = (f"({self.part})" if self.part is not None else "") + (
            f"({self.clause})" if self.clause else ""
        )
        return f"{prefix}{self.article}{tail}"


_MM_LAWS: tuple[tuple[str, str], ...] = (
    (r"counter[\s-]*terrorism(?:\s+law)?|\bctl\b", "MM-CTL"),
    (r"unlawful\s+associations?(?:\s+act)?|\buaa\b", "MM-UAA"),
    (r"telecommunications?(?:\s+law)?|\btl\b", "MM-TL"),
    (r"natural\s+disaster(?:\s+management)?(?:\s+law)?|\bndml\b", "MM-NDML"),
    (r"penal\s+code|\bpc\b", "MM-PC"),
)
_MM_SECTION = re.compile(r"(\d{1,3})\s*(?:-?\s*([A-Za-z])\b)?\s*(?:\((\w{1,3})\))?(?:\((\w)\))?")
_BY_ARTICLE = re.compile(r"(?:ст(?:атья|атьи|\.)?|арт(?:ыкул)?\.?|art(?:icle)?\.?)\s*"
                         r"(\d{1,3}(?:-\d{1,2})?)", re.IGNORECASE)  # fmt: skip
_BY_PART = re.compile(r"(?:ч(?:асть|асткі|астка|\.)?|part)\s*(\d{1,2})", re.IGNORECASE)
_BY_CLAUSE = re.compile(r"п(?:ункт|\.)\s*[«\"„]?([а-яa-zі])[»\"“]?", re.IGNORECASE)
_BARE = re.compile(r"(?<![\d.-])(\d{1,3}(?:-\d{1,2})?)(?:\.(\d{1,2}))?(?![\d-])")
_CODE_WORDS = re.compile(r"\b(ук|кк|uk|cc)\b(\s*(рб|рф|беларуси|рэспублікі беларусь))?\.?",
                         re.IGNORECASE)  # fmt: skip


def parse_articles(text: str) -> tuple[Article, ...]:
    """Every article a cell names: ``ч. 1 ст. 342 УК``, ``342 ч.1, 130 ч.3``,
    ``505-A & CTL 50(j)``."""
    clean = " ".join(text.split())
    if clean.casefold() in _BLANK:
        return ()
    cyrillic = bool(re.search(r"[а-яёіў]", clean, re.IGNORECASE))
    latin_law = re.search(r"[A-Za-z]{2,}|\d{1,3}\s*-?[A-Za-z]\b|\(\w\)", clean)
    if not cyrillic and latin_law and not re.search(r"\bpart\b|\bart", clean, re.IGNORECASE):
        found = _myanmar(clean)
    else:
        code = "RU-CC" if re.search(r"\bрф\b|росси", clean, re.IGNORECASE) else "BY-CC"
        found = tuple(a for piece in re.split(r"[,;]|\sи\s|\sі\s", clean)
                      if (a := _slavic_article(piece, code)) is not None)  # fmt: skip
    if not found:
        raise InvalidInput(
            f"no article in {text!r}", hint="write e.g. ч. 1 ст. 342, 342.1 or 505(a)"
        )
    return found


def _slavic_article(piece: str, code: str) -> Article | None:
    piece = _CODE_WORDS.sub(" ", piece)
    if not piece.strip():
        return None
    part = _BY_PART.search(piece)
    clause = _BY_CLAUSE.search(piece)
    rest = piece
    for m in (part, clause):
        if m is not None:
            rest = rest.replace(m.group(0), " ")
    named = _BY_ARTICLE.search(rest)
    number: str | None = named.group(1) if named else None
    dotted: str | None = None
    if number is None:
        bare = _BARE.search(rest)
        if bare is None:
            raise InvalidInput(f"no article number in {piece.strip()!r}",
                               hint="write e.g. ч. 1 ст. 342")  # fmt: skip
        number, dotted = bare.group(1), bare.group(2)
    part_no = int(part.group(1)) if part else (int(dotted) if dotted else None)
    return Article(code, number, part_no, clause.group(1).lower() if clause else None)


def _myanmar(text: str) -> tuple[Article, ...]:
    out: list[Article] = []
    for written in re.split(r"[,;&]|\band\b", text):
        piece = written.strip()
        if not piece:
            continue
        code = "MM-PC"
        for pattern, law in _MM_LAWS:
            m = re.search(pattern, piece, re.IGNORECASE)
            if m:
                code, piece = law, (piece[: m.start()] + " " + piece[m.end() :])
                break
        section = _MM_SECTION.search(piece)
        if section is None:
            raise InvalidInput(
                f"no section number in {written.strip()!r}", hint="write e.g. 505(a) or 505A"
            )
        number, letter, first, second = section.groups()
        article = number + (letter.upper() if letter else "")
        part: int | None = None
        clause: str | None = None
        for group in (first, second):
            if group is None:
                continue
            if group.isdigit():
                part = int(group)
            else:
                clause = group.lower()
        out.append(Article(code, article, part, clause))
    return tuple(out)


# Sentences ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sentence:
    term_months: int | None = None
    life: bool = False
    death: bool = False
    regime: Regime | None = None
    hard_labour: bool = False
    compulsory_treatment: bool = False

    def note(self) -> str | None:
        """What the registry's sentence record has no field for, in words."""
        flags = (
            ("life imprisonment", self.life),
            ("death sentence", self.death),
            ("hard labour", self.hard_labour),
            ("compulsory treatment", self.compulsory_treatment),
        )
        words = [w for w, on in flags if on]
        return "; ".join(words) or None


_REGIMES: tuple[tuple[str, Regime], ...] = (
    (r"открыт|адкрыт|open", Regime.OPEN_INSTITUTION),
    (r"поселен|пасяленн|settlement", Regime.COLONY_SETTLEMENT),
    (r"огранич\w*\s+свобод|абмежаван\w*\s+вол|restrict\w*\s+freedom|хими|хімі",
     Regime.RESTRICTED_FREEDOM),
    (r"условн|отсрочк|умоўн|адтэрмін|suspend|probation", Regime.SUSPENDED),
    (r"штраф|\bfine", Regime.FINE),
    (r"общ|агульн|general", Regime.GENERAL),
    (r"усилен|узмоцнен|enhanced|reinforced", Regime.ENHANCED),
    (r"строг|строгага|суров|strict", Regime.STRICT),
    (r"особ|асаблів|special", Regime.SPECIAL),
    (r"тюрем|турэм|prison regime|\bprison\b", Regime.PRISON),
)  # fmt: skip
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)\s*([^\W\d_]*)")


def parse_sentence(text: str) -> Sentence | None:
    """``3 г. 6 мес.``, ``5 лет колонии усиленного режима``, ``2,5 года``, ``5 гадоў``,
    ``7 years with hard labour``, ``Life imprisonment``, ``Death sentence``."""
    clean = " ".join(text.split())
    low = clean.casefold()
    if low.strip(" .") in _BLANK or low in {"not sentenced", "не осужден", "приговор не вынесен"}:
        return None
    life = bool(re.search(r"пожизн|пажыццё|\blife\b", low))
    death = bool(re.search(r"смерт|расстрел|смяротн|death", low))
    hard = bool(re.search(r"hard\s+labou?r", low))
    treatment = bool(re.search(r"принудит\w*\s+лечен|прымусов\w*\s+лячэн|compulsory\s+treatment",
                               low))  # fmt: skip
    regime = next((r for pattern, r in _REGIMES if re.search(pattern, low)), None)
    months = 0.0
    counted = False
    alone = re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*", low) is not None  # "5": years
    for number, unit in _AMOUNT.findall(low):
        value = float(number.replace(",", "."))
        if unit.startswith(("мес", "month")) or unit in ("m", "м", "mo", "mos"):
            months += value
        elif unit.startswith(("дн", "дзён", "сут", "day")) or unit == "d":
            months += value / 30
        elif (unit.startswith(("год", "гад", "лет", "year", "yr")) or unit in ("г", "л", "y")
              or (unit == "" and alone)):  # fmt: skip
            months += value * 12
        else:
            continue
        counted = True
    if not (counted or life or death):
        if regime in (Regime.FINE, Regime.SUSPENDED):
            return Sentence(regime=regime)
        raise InvalidInput(
            f"the sentence {text!r} gives no term",
            hint="write e.g. 3 г. 6 мес., 5 лет, 2 years, life or death",
        )
    return Sentence(round(months) if counted and not (life or death) else None, life, death,
                    regime, hard, treatment)  # fmt: skip


# Facilities -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FacilityName:
    text: str
    kind: FacilityKind
    number: str | None
    place: str | None


_KINDS: tuple[tuple[str, FacilityKind], ...] = (
    (r"сизо|сізо|sizo|следственн|следчы|pre-?trial|remand", FacilityKind.PRETRIAL_CENTRE),
    (r"\bивс\b|\bцип\b|\bіўс\b|изолятор временного|police station|interrogation",
     FacilityKind.TEMPORARY_DETENTION),
    (r"\bик\b|\bік\b|колони|калоні|\bik\b|penal colony|\bcolony", FacilityKind.PENAL_COLONY),
    (r"тюрьм|турм|prison|jail", FacilityKind.PRISON),
    (r"психиатр|псіхіятр|psychiatr", FacilityKind.PSYCHIATRIC),
    (r"\bуот\b|\bвут\b|открытого типа|адкрытага тыпу", FacilityKind.OPEN_INSTITUTION),
)  # fmt: skip


def parse_facility(text: str) -> FacilityName | None:
    """``ИК-1 Новополоцк``, ``СИЗО-1 Минск``, ``Тюрьма №8 Жодино``, ``Obo Prison,
    Mandalay``: the kind, the number and the place."""
    clean = " ".join(text.split())
    if clean.casefold() in _BLANK:
        return None
    low = clean.casefold()
    kind = next((k for pattern, k in _KINDS if re.search(pattern, low)), FacilityKind.OTHER)
    number = re.search(r"(?:№|no\.?|#|-)\s*(\d{1,3})\b|\b(\d{1,3})\b", clean, re.IGNORECASE)
    digits = (number.group(1) or number.group(2)) if number else None
    rest = re.sub(r"(?:№|no\.?|#|-)?\s*\d{1,3}\b", " ", clean)
    for pattern, _ in _KINDS:
        rest = re.sub(pattern + r"\w*", " ", rest, flags=re.IGNORECASE)
    place = " ".join(w for w in re.split(r"[\s,]+", rest) if w and w.casefold() not in
                     {"г.", "в", "in", "of", "no", "№", "the"}) or None  # fmt: skip
    return FacilityName(clean, kind, digits, place)


# Outcomes -------------------------------------------------------------------------------


class Reason(StrEnum):
    """How a person left custody, as lists say it."""

    SENTENCE_COMPLETED = "sentence_completed"
    PARDONED = "pardoned"
    AMNESTY = "amnesty"
    PAROLE = "parole"
    OTHER = "other"


class State(StrEnum):
    """The status a list's status column states."""

    DETAINED = "detained"
    IMPRISONED = "imprisoned"
    RELEASED = "released"
    DIED = "died"
    IN_ABSENTIA = "in_absentia"
    HOUSE_ARREST = "house_arrest"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a status cell and a note say: the state, a release (and why), a death."""

    state: State | None = None
    released: PartialDate | None = None
    reason: Reason | None = None
    died: PartialDate | None = None


_STATES: tuple[tuple[str, State], ...] = (
    (r"absentia|заочн|завочн", State.IN_ABSENTIA),
    (r"house arrest|домашн\w* арест|хатн\w* арышт", State.HOUSE_ARREST),
    (r"died|dead|умер|скончал|погиб|памёр|памерла|загінуў", State.DIED),
    (r"releas|freed|освобож|вызвал|на свобод|на волі|вышел|вышла|выйшаў|выйшла", State.RELEASED),
    (r"помилов|памілав|pardon|амнист|амніст|amnesty|\bудо\b|parole", State.RELEASED),
    (r"sentenc|convicted|serving|осужд|асудж|отбыва|адбыва", State.IMPRISONED),
    (r"detain|custody|pre-?trial|арест|задерж|под стражей|сизо|сізо|затрыма|пад вартай",
     State.DETAINED),
)  # fmt: skip
_REASONS: tuple[tuple[str, Reason], ...] = (
    (r"помилов|памілав|pardon", Reason.PARDONED),
    (r"амнист|амніст|amnesty", Reason.AMNESTY),
    (r"\bудо\b|условно-досрочн|умоўна-датэрмін|parole", Reason.PAROLE),
    (r"отбыти|отбыл|адбыцц|адбыў|served|serving|end of (?:the |his |her )?(?:term|sentence)"
     r"|completed|full term", Reason.SENTENCE_COMPLETED),
)  # fmt: skip


def parse_outcome(status: str, note: str) -> Outcome:
    """The state the status column gives, and a release or death the note (or the
    status) tells with its date: ``Освобождён 12.05.2023 по отбытии срока``,
    ``Помилована 19.02.2024``, ``Released on 17-Apr-2023 (amnesty)``."""
    state = _state(status) if status.strip() else None
    said = _state(note) if note.strip() else None
    both = f"{status} {note}".casefold()
    dates = find_dates(note) or find_dates(status)
    if said is State.RELEASED or (state is State.RELEASED and said is None):
        reason = next((r for pattern, r in _REASONS if re.search(pattern, both)), Reason.OTHER)
        return Outcome(state or State.RELEASED, dates[-1] if dates else None, reason)
    if said is State.DIED or state is State.DIED:
        return Outcome(State.DIED, died=dates[-1] if dates else None)
    return Outcome(state)


def _state(text: str) -> State | None:
    low = text.casefold()
    return next((s for pattern, s in _STATES if re.search(pattern, low)), None)
