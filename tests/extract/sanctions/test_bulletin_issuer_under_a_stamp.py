"""A regulator's bulletin saved as text: a converter's stamp in square brackets over the
masthead ('[Converted from PDF: ...]') is no masthead, the masthead under it names the issuing
board (sanctions.json `home_subjects` `masthead` `words`), in capitals with a dotted capital I or
not, and the bulletin's agentless actions are the issuer's, the summary's first key point too,
which has nothing before it to restate (claims.extract.sanctions.carry.page_issuer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "[Converted from PDF: bulletin_2026_09.pdf]\nSECURITIES BOARD OF TÜRKİYE\n"
        "Weekly Bulletin No 2026/09\n\nSUMMARY\n• Trading bans imposed on 5 persons and 2 companies\n"
        "\n2. SANCTIONS\nTwo persons who spread false rumours about a bank have been banned "
        "from trading for one year.\n",
        "Turkey",
        2,
    ),
    (
        "[Saved from the regulator's website]\nSECURITIES AND EXCHANGE BOARD OF PAKISTAN\n"
        "Enforcement notice\n\nThree brokers who failed to segregate client money were "
        "barred from trading on the exchange for two years.\n",
        "Pakistan",
        1,
    ),
    (
        "[Converted from PDF: release.pdf]\nCAPITAL MARKETS BOARD OF KENYA\nPress release\n"
        "\nFour directors of a listed firm have been banned from trading for six months. "
        "Two firms they control were barred from trading on the exchange.\n",
        "Kenya",
        2,
    ),
]


@pytest.mark.parametrize(("text", "authority", "claims"), PAGES)
def test_the_masthead_under_a_stamp_issues_the_bulletin(
    tmp_path: Path, text: str, authority: str, claims: int
) -> None:
    rows = page_sanctions(tmp_path, text)
    assert len(rows) == claims, rows
    assert all(list(r["sanction_authorities"]) == [authority] for r in rows), rows
