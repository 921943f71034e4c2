"""A title-case headline's passive participle that closes its clause ('Property Of Smuggling
Gang Frozen', '..., Accounts Of Two Brokers Blocked') is its verb even where the parser made it the
object of the preposition before it; the story names the authority, and what follows a join is
no target of it. A noun there ('In First Use Of New Sanctions') stays none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import SMUGGLING_GANG_BODY as BODY
from tests.extract.sanctions.helpers import page_sanctions


@pytest.mark.parametrize(
    "headline",
    [
        "Assets Of Border Cigarette Gang Frozen",
        "Property Of Cigarette Smuggling Gang Frozen, Two Lorries Towed Away",
        "Property Of Tobacco Smuggling Network Frozen",
        "Accounts Of Cigarette Resale Gang Frozen",
    ],
)
def test_a_closing_participle_after_a_preposition_is_the_headline_s_verb(
    tmp_path: Path, headline: str
) -> None:
    rows = page_sanctions(tmp_path, headline + BODY)
    heads = [r for r in rows if r["span_start"] < len(headline)]
    assert len(heads) == 1, rows
    assert list(heads[0]["sanction_authorities"]) == ["El Salvador"]
    assert {t["kind"] for t in heads[0]["sanction_targets"]} <= {"organization"}, heads


def test_a_noun_after_a_preposition_stays_none(tmp_path: Path) -> None:
    headline = "Court Rules In First Use Of New Fuel Sanctions"
    rows = page_sanctions(tmp_path, headline + BODY)
    assert all(r["span_start"] > len(headline) for r in rows), rows
