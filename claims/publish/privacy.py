"""Nothing private leaves: no token, no machine-local path in any published text.

(Annotator pseudonyms and the trimming of article sources happen in claims.release.)
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from claims.errors import InvalidData
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
