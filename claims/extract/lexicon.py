"""Word classes that several claim types share: the target kind a noun names (person, organization,
vessel, aircraft) and the country of a nationality adjective; and the tokenizer rule both the
pipeline and the date finder add. The words live in claims/data."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from claims.resources import load_data


@cache
def kind_of_word() -> dict[str, str]:
    kinds = load_data("sanctions")["target_kinds"]
    return {w: kind for kind, ws in kinds.items() for w in ws}


@cache
def sanction_kinds() -> dict[str, str]:
    """`kind_of_word` as a sanction's targets read it: with the words that name a target kind
    only there (sanctions.json `sanction_target_kinds`: a coach a sports body bans is a person,
    while to quantities 'coaches' may be buses)."""
    kinds = dict(kind_of_word())
    extra = load_data("sanctions")["sanction_target_kinds"]
    kinds.update({w: kind for kind, ws in extra.items() if kind != "_doc" for w in ws})
    return kinds


@cache
def _demonym_re() -> re.Pattern[str]:
    names = sorted(load_data("aliases")["demonyms"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def nationality_of(text: str) -> str | None:
    """Country of a nationality adjective in text ('Russian' -> 'Russia'), the longest match."""
    m = _demonym_re().search(text)
    return load_data("aliases")["demonyms"][m.group(0).lower()] if m else None


def split_note_marks(tokenizer: Any) -> None:
    """A footnote mark written onto a word ('million.[3]', 'workers[7]') split off as a suffix of
    its own, so that the word and a period before the mark read as they would without it; and a
    percent sign after a fraction character ('a 4\u00bd% rise') split off as after a digit
    (claims/data/tokens.json). Added to the pipeline's tokenizer and to the date finder's, which
    must cut a text alike."""
    search = getattr(tokenizer, "suffix_search", None)
    if search is None:
        return
    data = load_data("tokens")
    mark, percent = data["note_mark"], data["fraction_percent"]
    tokenizer.suffix_search = re.compile(f"{mark}$|{percent}$|{search.__self__.pattern}").search
