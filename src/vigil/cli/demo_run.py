"""The work behind ``vigil demo``: build, then show what to try."""

from __future__ import annotations

import datetime as dt

from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from vigil.auth.passwords import generate_password
from vigil.auth.roles import Role
from vigil.cli.context import engine, settings
from vigil.cli.output import console
from vigil.demo.build import add_seed_article, write_plan
from vigil.demo.cases import add_demo_cases
from vigil.demo.generator import HEADLINE_ORGANISATION, generate
from vigil.errors import Conflict
from vigil.stats import counts, sight, summary
from vigil.stats.counts import BreakdownField
from vigil.status import Headline
from vigil.store import accounts
from vigil.store.db import connect, transaction
from vigil.store.persons import count_persons
from vigil.store.segments import follow_headline


def run(*, persons: int, seed: int, serve: bool, port: int = 8000) -> None:
    from vigil.cli.init import init
    from vigil.cli.serve import ensure_port_free

    if serve:  # before minutes of building, not after
        ensure_port_free("127.0.0.1", port)

    eng = engine(initialised=False)
    init()  # the tables and, for a new registry, its key file
    with connect(eng) as conn:
        if count_persons(conn):
            url = eng.url.render_as_string(hide_password=True)
            raise Conflict(
                f"the registry at {url} already holds persons; the demo needs an empty one",
                hint="point VIGIL_DATABASE_URL at a new file, e.g. sqlite:///demo.db",
            )
    plan = generate(persons, seed=seed)
    with (
        Progress(
            TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=console
        ) as progress,
        transaction(eng) as conn,
    ):
        # The headline counts the first organisation's recognitions (unless the settings
        # name another); the other organisation's count is shown as its own figure.
        follow_headline(conn, settings().headline_rule() or Headline(organisations=(
            HEADLINE_ORGANISATION,)))  # fmt: skip
        person_ids = write_plan(conn, plan, progress)
        trials = add_demo_cases(conn, plan, person_ids, seed=seed)
        seed_id = add_seed_article(conn)
        # Only the hash is stored; the password is printed once, below.
        password = generate_password()
        accounts.add_user(conn, username="admin", password=password, role=Role.ADMIN,
                          by="vigil demo", display_name="Demo admin")  # fmt: skip
    today = dt.date.today()
    with connect(eng) as conn:
        s = summary(conn, today, known_at=today.replace(year=today.year - 1), with_cases=True)
        s_then = summary(conn, today.replace(year=today.year - 1),
                         known_at=today.replace(year=today.year - 1))  # fmt: skip
        by_facility = counts.breakdown(conn, today, BreakdownField.FACILITY)[:5]
        by_organisation = sight.organisation_counts(conn, today)
        cut_off = sight.count_out_of_sight(conn, today)
    console.print(f"\n[bold]Demo registry[/bold]: {persons} fictional persons "
                  f"in {settings().database_url}")  # fmt: skip
    console.print(
        f"held today ({today}): [bold]{s.held}[/bold] political prisoners, {s.headline} "
        f"({s.held - s.held_month_before:+d} since a month before), {s.cases} prosecutions"
    )
    own = "; ".join(f"{n} {org}" for org, n in by_organisation)
    console.print(f"each organisation's own count: {own}; held incommunicado: {cut_off}")
    console.print(
        f"held a year ago: {s_then.held} as known today, {s_then.held_as_known} as the "
        f"registry knew it then ({s_then.back_filled} back-filled since)"
    )
    for name, n in by_facility:
        console.print(f"  {n:5d}  {name}")
    console.print(f"{len(trials)} group trials: `vigil case list`, `vigil case show {trials[0]}`"
                  if trials else "no group trials (too few persons sentenced)")  # fmt: skip
    console.print(f"the founding report is source {seed_id}: `vigil source show {seed_id}`")
    console.print(
        "\n[bold]Try next[/bold]\n"
        "  vigil stats --series monthly --from 2024-01-01 --to 2024-12-31\n"
        "  vigil stats --by article\n"
        "  vigil stats --at 2024-08-16 --known-at 2024-08-16\n"
        "  vigil stats --organisations\n"
        "  vigil stats --incommunicado\n"
        "  vigil person search Марыя\n"
        "  vigil person show 1\n"
        f"  vigil source show {seed_id}\n"
    )
    console.print(
        f"Staff sign-in: http://127.0.0.1:{port}/staff/login  user: admin  password: {password}",
        markup=False,
        soft_wrap=True,
    )
    console.print("(shown once: only its hash is stored; `vigil user password admin` sets "
                  "another). An admin sets up a second factor (an authenticator app, TOTP) "
                  "at the first sign-in.\n", markup=False)  # fmt: skip
    if serve:
        from vigil.cli.serve import serve as serve_site

        settings().fictional = True  # every page says its people are fictional
        console.print(
            "[bold]Serving the demo[/bold]: public pages, API and staff pages. Another "
            "terminal can run the commands above."
        )
        serve_site(port=port)
