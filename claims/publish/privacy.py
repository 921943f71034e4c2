"""Nothing private leaves: no token, no machine-local path in any published text.

Annotator pseudonyms are keyed hashes (HMAC-SHA256): the key is a random project secret kept in
the repository's `.git` folder (the main checkout's, for a worktree; never committed, never
uploaded) or in the file CLAIMS_PSEUDONYM_KEY names, so the same annotator keeps the same pseudonym across versions and nobody without the key
can confirm a guessed e-mail.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from claims.errors import InvalidData, UsageError
from claims.publish import git
from claims.publish.hub import TOKEN_ENV

#: The start of a machine-local absolute path (POSIX or Windows) in published text.
LOCAL_PATH = re.compile(
    r"(?<![\w.:/~-])/(?:home|root|Users|tmp|var|private|mnt|opt|srv|work)/|\b[A-Za-z]:\\(?:Users|Documents)\\"
)


def no_leaks(stage: Path, names: tuple[str, ...], forbidden: list[str]) -> None:
    """Refuse to publish text that holds a token or a local absolute path."""
    for name in names:
        text = (stage / name).read_text(encoding="utf-8")
        for secret in forbidden:
            if secret and secret in text:
                shown = "a token" if secret == os.environ.get(TOKEN_ENV) else repr(secret)
                raise InvalidData(f"{name} would publish {shown}; remove it from the data first")
        if found := LOCAL_PATH.search(text):
            raise InvalidData(
                f"{name} would publish a local path ({found.group(0)}...); "
                "remove it from the data first"
            )


def forbidden(*paths: Path) -> list[str]:
    """The folders of this run, the home folder and the Hub token: never in published text."""
    out = [str(p.resolve()) for p in paths]
    home = str(Path.home())
    if len(home) > 4:
        out.append(home)
    token = os.environ.get(TOKEN_ENV)
    return [*out, *([token] if token else [])]


KEY_ENV = "CLAIMS_PSEUDONYM_KEY"
KEY_FILE = "claims-pseudonym.key"


def key_path(repo: Path) -> Path:
    named = os.environ.get(KEY_ENV, "").strip()
    return Path(named) if named else git.common_dir(repo) / KEY_FILE


def pseudonym_key(repo: Path, published_annotators: bool) -> tuple[bytes, bool]:
    """The project's pseudonym key and whether it is new (then `save_key` stores it).

    A missing key for a repository whose earlier versions already carry pseudonyms is an error:
    a new key would silently rename every annotator.
    """
    path = key_path(repo)
    if path.exists():
        raw = path.read_text(encoding="ascii").strip()
        try:
            key = bytes.fromhex(raw)
        except ValueError:
            raise UsageError("the pseudonym key file is not hex", path) from None
        if len(key) < 16:
            raise UsageError("the pseudonym key is too short (needs 16+ bytes)", path)
        return key, False
    if published_annotators:
        raise UsageError(
            "earlier versions carry annotator pseudonyms but their key is missing; copy the key "
            f"file here or name it in {KEY_ENV} (a new key would rename every annotator)",
            path,
        )
    return secrets.token_bytes(32), True


def save_key(repo: Path, key: bytes) -> None:
    """Store a new key (owner-only) outside anything published."""
    path = key_path(repo)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex() + "\n")
