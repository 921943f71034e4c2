"""Exclusion from play or from financed work is a debarment as exclusion from tenders is
(sanctions.json `exclusions` `from`): clubs shut out of a competition, fans barred from every
stadium, firms barred from lender-funded work; the excluded may be clubs or people a
disciplinary body acts on (`disciplinary_bans` `people`). Exclusion from a ranking is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The confederation excluded three clubs from continental competition for a season.",
        "UEFA will exclude two Maltese clubs from continental club competition next year.",
        "A Lagos court has barred 60 fans from every stadium in the country.",
        "The World Bank barred a paving firm and its owner from all lender-funded work for two years.",
        "Two clubs were excluded from the competition by FIFA on Friday.",
    ],
)
def test_exclusion_from_play_or_financed_work(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] in ("imposed", "planned"), rows


@pytest.mark.parametrize(
    "text",
    [
        "The new ranking excludes two clubs from its top ten this season.",
        "Heavy rain excluded the players from outdoor training on Monday.",
    ],
)
def test_exclusion_from_anything_else_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
