"""The regex stage table (claims.extract.dates.stages): its shape, which the finder relies on."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import fields

import pytest

from claims.extract.dates import stages
from claims.extract.regex_gate import GatedPattern


def test_every_regex_stage_spans_its_date_words() -> None:
    # the finder spans group 'x' of a match: a stage without one would claim nothing
    for kind, pattern, _gate in stages.stage_table():
        if isinstance(pattern, GatedPattern):
            assert "x" in pattern.pattern.groupindex, kind


def test_no_stage_is_listed_twice() -> None:
    # a repeated stage never matches (the first claims its text): dead weight in every scan
    seen = [
        (kind, p.pattern.pattern if isinstance(p, GatedPattern) else p, gate)
        for kind, p, gate in stages.stage_table()
    ]
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize("group", stages.GROUPS, ids=lambda g: g.__name__)
def test_every_group_holds_stages(
    group: Callable[[stages.Vocab], list[stages.Entry]],
) -> None:
    assert group(stages.vocab())


def test_every_vocab_piece_is_used_by_a_stage() -> None:
    # a piece no stage reads is a data list the regexes forgot
    source = "\n".join(inspect.getsource(g) for g in stages.GROUPS)
    unused = [f.name for f in fields(stages.Vocab) if f"v.{f.name}" not in source]
    assert not unused
