"""The registry's secret keys, kept outside the database.

One key file (JSON, mode 0600) holds:

- data keys, each with an id, for AES-256-GCM encryption of restricted fields and of the
  restricted values the audit log keeps; the newest is used to encrypt, every listed key
  can decrypt (so ``vigil keys rotate`` adds a key and re-encrypts, then drops old ones);
- the audit key, for the HMAC that makes the audit chain unforgeable without it.

The file is named by ``VIGIL_KEY_FILE``; ``VIGIL_KEYS`` may instead carry the same JSON
(for deployments that inject secrets through the environment). Without keys the
registry still serves its public side: only restricted reads and writes need them.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import secrets
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vigil.errors import InvalidInput, StorageError

if TYPE_CHECKING:
    from vigil.settings import Settings

__all__ = [
    "ENVELOPE_PREFIX",
    "KeySource",
    "Keyring",
    "KeyringMissing",
    "is_sealed",
    "new_keyring",
    "read_keyring",
]

#: Every encrypted value starts with this, then the key id: ``enc1:<key id>:<base64>``.
ENVELOPE_PREFIX = "enc1:"
_NONCE = 12


class KeyringMissing(StorageError):
    """Restricted data needs the key file, and there is none."""


def is_sealed(value: str) -> bool:
    """Whether ``value`` is an envelope made by ``Keyring.encrypt``."""
    return value.startswith(ENVELOPE_PREFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, slots=True)
class Keyring:
    """Data keys by id (``current`` encrypts) and the audit chain's HMAC key."""

    data_keys: dict[str, bytes]
    current: str
    audit_key: bytes
    path: Path | None = field(default=None, compare=False)

    def encrypt(self, plaintext: str, context: str) -> str:
        """``plaintext`` sealed with the current key. ``context`` (e.g. ``person:12:notes``)
        is bound to the value, so a ciphertext copied to another field does not open."""
        nonce = secrets.token_bytes(_NONCE)
        sealed = AESGCM(self.data_keys[self.current]).encrypt(
            nonce, plaintext.encode("utf-8"), context.encode("utf-8")
        )
        return f"{ENVELOPE_PREFIX}{self.current}:{_b64(nonce + sealed)}"

    def decrypt(self, envelope: str, context: str) -> str:
        """The plaintext of a value ``encrypt`` made with any key of this ring."""
        if not envelope.startswith(ENVELOPE_PREFIX):
            raise InvalidInput(
                f"a restricted value ({context}) is not encrypted",
                hint="run `vigil init` with the key file to encrypt it",
            )
        key_id, _, body = envelope[len(ENVELOPE_PREFIX) :].partition(":")
        key = self.data_keys.get(key_id)
        if key is None:
            raise KeyringMissing(
                f"a restricted value was sealed with key {key_id!r}, which the key file lacks",
                hint="use the key file from before the last rotation, or restore it",
            )
        raw = _unb64(body)
        try:
            return AESGCM(key).decrypt(raw[:_NONCE], raw[_NONCE:], context.encode()).decode()
        except InvalidTag:
            raise StorageError(
                f"a restricted value ({context}) does not open with its key",
                hint="it was altered or moved; restore it from a backup",
            ) from None

    def key_id_of(self, envelope: str) -> str | None:
        if not envelope.startswith(ENVELOPE_PREFIX):
            return None
        return envelope[len(ENVELOPE_PREFIX) :].partition(":")[0]

    def mac(self, data: bytes) -> str:
        """HMAC-SHA256 of ``data`` under the audit key, as hex."""
        return hmac.new(self.audit_key, data, "sha256").hexdigest()

    def rotated(self) -> Keyring:
        """This ring with a new current data key (old keys kept until re-encryption)."""
        key_id = f"k{len(self.data_keys) + 1}-{secrets.token_hex(3)}"
        keys = dict(self.data_keys) | {key_id: AESGCM.generate_key(bit_length=256)}
        return Keyring(keys, key_id, self.audit_key, self.path)

    def only_current(self) -> Keyring:
        """This ring without the old data keys (after everything is re-encrypted)."""
        return Keyring({self.current: self.data_keys[self.current]}, self.current,
                       self.audit_key, self.path)  # fmt: skip

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "current": self.current,
                "data_keys": {k: _b64(v) for k, v in self.data_keys.items()},
                "audit_key": _b64(self.audit_key),
            },
            indent=1,
        )

    def save(self, path: Path) -> None:
        """Write the ring to ``path`` with mode 0600, atomically (a new file, renamed)."""
        tmp = path.with_name(path.name + ".new")
        with suppress(FileNotFoundError):
            tmp.unlink()  # a leftover would keep its own mode
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(self.to_json())
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)


def new_keyring(path: Path | None = None) -> Keyring:
    key_id = f"k1-{secrets.token_hex(3)}"
    return Keyring({key_id: AESGCM.generate_key(bit_length=256)}, key_id,
                   secrets.token_bytes(32), path)  # fmt: skip


def _parse(text: str, where: str, path: Path | None) -> Keyring:
    try:
        data = json.loads(text)
        keys = {str(k): _unb64(v) for k, v in data["data_keys"].items()}
        ring = Keyring(keys, str(data["current"]), _unb64(data["audit_key"]), path)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInput(
            f"the key file {where} cannot be read ({type(exc).__name__})",
            hint="restore it from where you keep a copy of it",
        ) from None
    if ring.current not in ring.data_keys or any(len(k) != 32 for k in keys.values()):
        raise InvalidInput(f"the key file {where} is incomplete", hint="restore it from a copy")
    return ring


def read_keyring(path: Path | None, env_value: str | None = None) -> Keyring | None:
    """The ring from ``env_value`` (``VIGIL_KEYS``) or the file ``path``; None if neither."""
    if env_value:
        return _parse(env_value, "in VIGIL_KEYS", None)
    if path is None or not path.exists():
        return None
    return _parse(path.read_text(encoding="utf-8"), str(path), path)


class KeySource:
    """Where the registry's keys come from: read when first needed, never before (the
    public side runs without them), and again whenever the key file changes (a rotation
    made by another process). An engine carries one; see ``vigil.store.restricted``."""

    __slots__ = ("_cache", "_env", "_fixed", "path")

    def __init__(
        self, path: Path | None, env_value: str | None = None, *, ring: Keyring | None = None
    ) -> None:
        self.path = path
        self._env = env_value
        self._fixed = ring
        self._cache: tuple[tuple[int, int, int], Keyring] | None = None

    @classmethod
    def of(cls, settings: Settings) -> KeySource:
        """The keys ``settings`` name: ``VIGIL_KEYS``, else the key file."""
        return cls(settings.key_path(), settings.keys)

    @classmethod
    def fixed(cls, ring: Keyring) -> KeySource:
        """Always ``ring`` (tests, benchmarks, a ring just made)."""
        return cls(ring.path, ring=ring)

    @property
    def from_environment(self) -> bool:
        return bool(self._env)

    def where(self) -> str:
        if self._env:
            return "VIGIL_KEYS"
        return str(self.path) if self.path is not None else "(no key file)"

    def load(self) -> Keyring | None:
        """The ring, or None when there is no key file."""
        if self._fixed is not None:
            return self._fixed
        if self._env:
            if self._cache is None:
                self._cache = ((0, 0, 0), _parse(self._env, "in VIGIL_KEYS", None))
            return self._cache[1]
        if self.path is None:
            return None
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        cached = self._cache
        if cached is not None and cached[0] == stamp:
            return cached[1]
        ring = read_keyring(self.path)
        if ring is None:
            return None
        self._cache = (stamp, ring)
        return ring

    def require(self, what: str = "restricted fields need") -> Keyring:
        """The ring; ``KeyringMissing`` (saying what needs it) when there is none."""
        ring = self.load()
        if ring is None:
            raise KeyringMissing(
                f"{what} the key file, and there is none at {self.where()}",
                hint="point VIGIL_KEY_FILE at the registry's key file (or set VIGIL_KEYS); "
                "a new registry gets one from `vigil init`; public pages work without it",
            )
        return ring
