"""A state's gazette or ministry whose masthead opens in its own language, with no issuing word
the table knows, and gives its English rendering on the line right below ('OFFICIAL GAZETTE OF
X'): the state the rendering names issues the page, so the page's own agentless listings and
deletions are that state's, not those of the bloc whose decision it aligns with
(claims.extract.sanctions.carry.page_issuer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extract.sanctions.carry import page_issuer
from tests.extract.stories import page_rows


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("URADNI LIST REPUBLIKE SLOVENIJE\nOFFICIAL GAZETTE OF SLOVENIA", ["Slovenia"]),
        ("FLETORJA ZYRTARE\nOfficial Gazette of the Republic of Albania", ["Albania"]),
        ("MINISTARSTVO VANJSKIH POSLOVA\nMinistry of Foreign Affairs of Croatia", ["Croatia"]),
        ("SLUZHBEN VESNIK\nOfficial Gazette of North Macedonia", ["North Macedonia"]),
    ],
)
def test_an_english_rendering_below_names_the_issuer(masthead: str, expected: list[str]) -> None:
    assert page_issuer(masthead + "\n\nA sentence of the page's body.\n", []) == expected


def test_a_plain_title_and_heading_name_no_issuer() -> None:
    assert page_issuer("Weekly digest\nStatement on the measures against Iran\n\nBody.\n", []) == []
    assert page_issuer("ZAKON O MJERAMA\nA review of the new list\n\nBody.\n", []) == []


GAZETTE = """URADNI LIST REPUBLIKE SLOVENIJE
OFFICIAL GAZETTE OF SLOVENIA
Ljubljana, 9 April 2026

41.
The Government, at its session of 8 April 2026, adopted the following decision.

Whereas:
(1) On 2 March 2026 the EU Council listed seven natural persons.
(2) Those seven natural persons should accordingly join the persons on our own list.
(3) One earlier listing is to be withdrawn.

Article 1
The seven persons set out in Annex I shall be entered on our own list.
"""


def test_a_rendered_gazettes_own_listings_are_its_states(tmp_path: Path) -> None:
    rows = page_rows(tmp_path, GAZETTE, "sanction")
    by_span = {r["span_text"]: list(r["sanction_authorities"]) for r in rows}
    council = [a for s, a in by_span.items() if s.startswith("listed")]
    own = [a for s, a in by_span.items() if not s.startswith("listed")]
    assert council == [["European Union"]], by_span
    assert own and all(a == ["Slovenia"] for a in own), by_span
