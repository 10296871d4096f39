"""How long a sign-in must wait after failures: the policy, as pure arithmetic.

Failures are counted in a sliding window, per account and per client address (the
store keeps them in the database, shared by every server process). The first few are
free; after that each attempt must come a growing delay after the last failure, capped
low, so guessing is slowed but the owner is never kept out for more than the cap::

    account: 5 free in 15 minutes, then 1, 2, 4, 8, 16, 30, 30, ... seconds
    address: 20 free in 15 minutes, then 1, 2, 4, ..., 60, 60, ... seconds

An attempt made too early is refused without being checked or counted.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

__all__ = ["ACCOUNT", "ADDRESS", "WINDOW", "Limit", "retry_after"]

WINDOW = dt.timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class Limit:
    """Failures allowed in ``WINDOW`` before delays start, and the longest delay."""

    scope: str  # "account" | "address"
    free: int
    cap_s: int

    def delay_s(self, failures: int) -> int:
        """Seconds an attempt must wait after the last of ``failures`` recent failures."""
        if failures < self.free:
            return 0
        return min(self.cap_s, 1 << min(failures - self.free, 16))


ACCOUNT = Limit("account", free=5, cap_s=30)
ADDRESS = Limit("address", free=20, cap_s=60)


def retry_after(
    limit: Limit, failures: int, last: dt.datetime | None, now: dt.datetime
) -> int | None:
    """Whole seconds to wait before the next attempt, or None when it may be made now."""
    if last is None:
        return None
    wait = (last + dt.timedelta(seconds=limit.delay_s(failures)) - now).total_seconds()
    return math.ceil(wait) if wait > 0 else None
