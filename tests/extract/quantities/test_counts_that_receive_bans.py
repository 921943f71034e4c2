"""People a ban reaches as the subject of a receiving verb ('Four riders received bans', 'Two
managers were handed suspensions') are the ban's targets, counted by it, not quantities; a
plural target word counts as its singular ('presidents'); the same subjects receiving anything
else (pay, awards, visas) stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Four riders received bans after the doping inquiry closed.", "Four"),
        ("Two former managers were handed suspensions by the tribunal.", "Two"),
        ("Nine players have served bans under the new code, the league said.", "Nine"),
        ("Four club presidents have been barred for life by the panel.", "Four"),
    ],
)
def test_subjects_receiving_a_ban_are_no_quantities(
    claims_of: Rows, text: str, target: str
) -> None:
    spans = _spans(claims_of, text)
    assert not any(s.startswith(target) for s in spans), spans


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Four riders received awards at the gala in Lyon.", "Four riders"),
        ("Some 300 workers received visas under the scheme last year.", "300 workers"),
    ],
)
def test_subjects_receiving_other_things_stay(claims_of: Rows, text: str, kept: str) -> None:
    assert any(kept in s for s in _spans(claims_of, text))
