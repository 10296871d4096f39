"""The schema, as SQLAlchemy Core tables. Migrations in ``vigil/migrations`` create it.

Append-only tables (events, claims, claim_reviews, event_claims, figure_claims, sources)
are guarded by database triggers (see ``db.APPEND_ONLY``): an UPDATE or DELETE fails in
the database itself, whatever code issues it. ``status_segments`` and ``status_conflicts``
are a derived cache, rebuilt from events.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

__all__ = ["metadata"]

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

persons = Table(
    "persons",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("gender", String(16), nullable=False),
    Column("birth_date", Date),
    Column("birth_precision", String(8)),
    Column("birth_estimate", Boolean, nullable=False, default=False),
    Column("region", String(200)),
    Column("occupation", String(200)),
    Column("name_withheld", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100), nullable=False),
    Index("ix_persons_region", "region"),
)

person_names = Table(
    "person_names",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", ForeignKey("persons.id"), nullable=False, index=True),
    Column("text", String(300), nullable=False),
    Column("norm", String(300), nullable=False, index=True),
    # The name order of lists (``vigil.names.sort_key``): surname first. Every writer
    # sets it; the ``_by_name`` walk of the public list reads this index in order.
    Column("sort_key", String(300), index=True),
    Column("script", String(16), nullable=False),
    Column("language", String(8)),
    Column("system", String(32)),
    Column("is_primary", Boolean, nullable=False, default=False),
    UniqueConstraint("person_id", "text", name="uq_person_names_person_text"),
)

# Blocking keys of every name variant (``vigil.names.keys``): candidates for a name are
# found by key in the database, then scored by the matcher.
person_name_keys = Table(
    "person_name_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name_id", ForeignKey("person_names.id"), nullable=False, index=True),
    Column("person_id", ForeignKey("persons.id"), nullable=False),
    Column("key", String(40), nullable=False, index=True),
)

# Identity decisions: a merge says two records are one person; a split moves events to
# a new record. Append-only: undoing is a new row that names the one it undoes.
person_links = Table(
    "person_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(8), nullable=False),  # merge | split | undo
    Column("kept_id", ForeignKey("persons.id")),  # merge: the record that stays
    Column("other_id", ForeignKey("persons.id")),  # merge: merged away; split: the new one
    Column("event_ids", JSON, nullable=False),  # split: the events moved
    Column("undoes", ForeignKey("person_links.id")),
    Column("matcher", String(40)),  # the matcher version behind a proposed link, if any
    Column("by", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("why", Text, nullable=False),
)

# Restricted fields live in their own table: a public query that never joins it cannot
# leak them.
person_restricted = Table(
    "person_restricted",
    metadata,
    Column("person_id", ForeignKey("persons.id"), primary_key=True),
    Column("notes", Text),
    Column("health", Text),
    Column("family_contacts", Text),
)

facilities = Table(
    "facilities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("region", String(200)),
    Column("postal_address", Text),
)

facility_names = Table(
    "facility_names",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("facility_id", ForeignKey("facilities.id"), nullable=False, index=True),
    Column("text", String(300), nullable=False),
    Column("norm", String(300), nullable=False, index=True),
    Column("position", Integer, nullable=False, default=0),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("publisher", String(300)),
    Column("published", Date),
    Column("language", String(8)),
    # The grade (Admiralty code): reliability of the source A–F ("unverified": not
    # graded) and credibility of the information 1–6 (NULL: not graded).
    Column("reliability", String(16), nullable=False),
    Column("credibility", String(1)),
    Column("connection", String(32)),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("added_by", String(100), nullable=False),
    # Where the source came from, as one stable key: the page URL, or
    # ``telegram:<channel id>/<message id>``. Seeing the same origin again is a no-op.
    Column("origin", String(500)),
    # Provenance beyond the columns: kind (text, html, telegram, feed), channel, message
    # id, author, forwarded-from, links in the text.
    Column("meta", JSON),
    Index("ix_sources_origin", "origin", unique=True),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", ForeignKey("sources.id"), nullable=False, index=True),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("extractor", String(64), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # What the claim says, independent of wording changes elsewhere: re-ingesting a
    # source proposes no claim twice, and a rejected claim never comes back.
    Column("fingerprint", String(64), index=True),
)

claim_reviews = Table(
    "claim_reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", ForeignKey("claims.id"), nullable=False, index=True),
    Column("state", String(16), nullable=False),
    Column("by", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("bulk", Boolean, nullable=False, default=False),
    # What accepting did: {"person_id": 5, "event_id": 9, "edited": {...}}.
    Column("decision", JSON),
)

# Courts and judges are named records: what each decided is counted from the cases.
courts = Table(
    "courts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("norm", String(300), nullable=False, unique=True),
    Column("region", String(200)),
)

judges = Table(
    "judges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("norm", String(300), nullable=False, unique=True),
    Column("court_id", ForeignKey("courts.id")),
)

# One prosecution; its defendants and hearings are rows of their own (a group trial has
# many defendants, and a person may have several cases).
cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(300), nullable=False),
    Column("articles", JSON, nullable=False),
    Column("activity", Text),
    Column("court_id", ForeignKey("courts.id"), index=True),
    Column("judge_id", ForeignKey("judges.id"), index=True),
    Column("prosecutor", String(300)),
    Column("created_at", DateTime(timezone=True)),
    Column("created_by", String(100)),
)

case_defendants = Table(
    "case_defendants",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", ForeignKey("cases.id"), nullable=False),
    Column("person_id", ForeignKey("persons.id"), nullable=False, index=True),
    Column("verdict_date", Date),
    Column("verdict_precision", String(8)),
    Column("verdict_estimate", Boolean, nullable=False, default=False),
    Column("term_months", Integer),
    Column("regime", String(32)),
    Column("verdict_note", Text),
    Column("appeal", String(16)),
    Column("appeal_date", Date),
    Column("appeal_precision", String(8)),
    UniqueConstraint("case_id", "person_id", name="uq_case_defendants_case_person"),
)

case_hearings = Table(
    "case_hearings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("date", Date, nullable=False),
    Column("precision", String(8), nullable=False),
    Column("estimate", Boolean, nullable=False, default=False),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", ForeignKey("persons.id"), nullable=False, index=True),
    Column("type", String(40), nullable=False),
    Column("date", Date, nullable=False),
    Column("date_precision", String(8), nullable=False),
    Column("date_estimate", Boolean, nullable=False),
    Column("facility_id", ForeignKey("facilities.id")),
    Column("case_id", ForeignKey("cases.id")),
    Column("detail", JSON, nullable=False),
    Column("supersedes", ForeignKey("events.id"), unique=True),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("recorded_by", String(100), nullable=False),
)

event_claims = Table(
    "event_claims",
    metadata,
    Column("event_id", ForeignKey("events.id"), primary_key=True),
    Column("claim_id", ForeignKey("claims.id"), primary_key=True, index=True),
)

figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("value", Integer, nullable=False),
    Column("qualifier", String(16), nullable=False),
    Column("category", String(40), nullable=False),
    Column("as_of", Date),
    Column("as_of_precision", String(8)),
    Column("as_of_estimate", Boolean, nullable=False, default=False),
    Column("breakdown", JSON, nullable=False),
    Column("attributed_to", String(300)),
    Column("claim_id", ForeignKey("claims.id"), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
)

# The further claims a figure rests on: the same statement reported by other sources
# (corroboration). ``figures.claim_id`` is the claim it was first recorded from; a
# figure's claims are that one and these. Append-only.
figure_claims = Table(
    "figure_claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("figure_id", ForeignKey("figures.id"), nullable=False, index=True),
    Column("claim_id", ForeignKey("claims.id"), nullable=False, index=True),
    UniqueConstraint("figure_id", "claim_id", name="uq_figure_claims_figure_claim"),
)

status_segments = Table(
    "status_segments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", ForeignKey("persons.id"), nullable=False, index=True),
    Column("known_from", Date, nullable=False),
    Column("known_until", Date),
    Column("start", Date, nullable=False),
    Column("end", Date),
    Column("custody", String(16), nullable=False),
    Column("counted", Boolean, nullable=False),
    Column("recognized", Boolean, nullable=False),
    Column("incommunicado", Boolean, nullable=False),
    Column("facility_id", ForeignKey("facilities.id")),
    Column("articles", String(400), nullable=False),
    Column("case_ids", String(400), nullable=False),
    # The organisations recognizing the person, "|Memorial|Viasna|" (see
    # vigil.status.recognition.encode_organisations); "" when none does.
    Column("recognized_by", String(400), nullable=False, server_default=""),
    # Counting "as known now" reads only current, counted rows.
    Index(
        "ix_status_segments_current_counted",
        "start",
        "end",
        # Written as each database will see the query's own terms (SQLAlchemy renders
        # ``counted == true()`` as ``counted = 1`` on SQLite), or the index goes unused.
        sqlite_where=text("known_until IS NULL AND counted = 1"),
        postgresql_where=text("known_until IS NULL AND counted"),
    ),
    Index("ix_status_segments_known", "counted", "known_from", "known_until", "start"),
)

status_conflicts = Table(
    "status_conflicts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", ForeignKey("persons.id"), nullable=False, index=True),
    Column("event_id", ForeignKey("events.id")),
    Column("related_event_id", ForeignKey("events.id")),
    Column("reason", String(200), nullable=False),
)


# The number held as known now, as changes per day: +1 where a counted segment starts,
# -1 where it ends. The count on D is the sum up to D: a few thousand rows, whatever the
# size of the registry. Maintained with the segments by ``segments.rematerialize``.
count_deltas = Table(
    "count_deltas",
    metadata,
    Column("day", Date, primary_key=True),
    Column("delta", Integer, nullable=False),
)


# The count as known at any day, as changes: a counted segment known from F until U
# adds +1 on its start and -1 on its end from F on, and takes them back from U on. The
# count on D as known at K is the sum of deltas with known_day <= K and day <= D.
known_deltas = Table(
    "known_deltas",
    metadata,
    Column("known_day", Date, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("delta", Integer, nullable=False),
)

# known_deltas summed over every known_day before ``month`` (the first of a month), by
# day: a count as known at K reads one snapshot and the deltas of one month after it.
known_snapshots = Table(
    "known_snapshots",
    metadata,
    Column("month", Date, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("delta", Integer, nullable=False),
)

# Accounts (vigil.auth): users with one role each, API tokens and browser sessions,
# both stored only as SHA-256 hashes of the secret.
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(200)),
    Column("role", String(16), nullable=False),  # viewer | documenter | editor | admin
    Column("password_hash", Text, nullable=False),  # argon2id
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100), nullable=False),
    # The second factor: the TOTP secret sealed with the key file (never plaintext), the
    # one being enrolled until its first code confirms it, and the last time step used
    # (a code is never accepted twice).
    Column("totp_secret", Text),
    Column("totp_pending", Text),
    Column("totp_enabled_at", DateTime(timezone=True)),
    Column("totp_last_step", BigInteger),
)

# Recovery codes for the second factor: SHA-256 hashes only, each usable once.
recovery_codes = Table(
    "recovery_codes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", ForeignKey("users.id"), nullable=False, index=True),
    Column("code_hash", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
)

# Failed sign-ins (a wrong password or a wrong second-factor code), one row each, per
# account and per client address: every server process counts the same failures.
signin_failures = Table(
    "signin_failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("scope", String(8), nullable=False),  # account | address
    Column("key", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_signin_failures_lookup", "scope", "key", "at"),
    Index("ix_signin_failures_at", "at"),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", ForeignKey("users.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
    Column("last_used_at", DateTime(timezone=True)),
)

web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("user_id", ForeignKey("users.id"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    # A session whose password was right but whose second-factor code is still due: it
    # signs in nothing but the code form, and ends after a few wrong codes.
    Column("awaiting_code", Boolean, nullable=False, default=False),
    Column("code_attempts", Integer, nullable=False, default=0),
)

# Every change made by a person; append-only, each entry carries the hash of the one
# before it (``vigil audit verify``).
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", String(200), nullable=False),
    Column("before", JSON),
    Column("after", JSON),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False, unique=True),
    # None: a plain SHA-256 entry from before keying; "hmac1": keyed (vigil.auth.chain).
    Column("scheme", String(16)),
    # Keyed entries: how many audit_records rows the entry wrote and a hash of them.
    Column("state", JSON),
)

# What each keyed entry says about the registry records it touched (vigil.store.replay):
# one row per record (kind and id), with a keyed tag of its fields as they were after the
# change, so ``vigil audit verify`` finds records changed without an entry. Append-only;
# the rows of an entry are bound to it by the ``state`` its hash covers.
audit_records = Table(
    "audit_records",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entry_id", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("rid", Integer, nullable=False),
    Column("tags", String(400), nullable=False),
    UniqueConstraint("entry_id", "kind", "rid", name="uq_audit_records_entry_kind_rid"),
    Index("ix_audit_records_kind_rid", "kind", "rid", "entry_id"),
)

#: Settings the registry's stored numbers were built with, by key: "headline" is whose
#: recognitions the cached ``counted`` counts (see vigil.store.headline).
registry_settings = Table(
    "registry_settings",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
