"""A bare acronym the alias table gives to one authority stands, on a page that never spells
that authority out but spells out another name with the same initials, for that other name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions


@pytest.mark.parametrize(
    ("page", "name"),
    [
        (
            "CAF Suspends Four Referees After Cup Final\n\n"
            "The Confederation of Andean Fencing's ethics panel on Friday banned four referees "
            "for two years.\n\nCAF has banned 11 officials since 2022.\n",
            "Confederation of Andean Fencing",
        ),
        (
            "CDB debars two road builders\n\n"
            "The Caspian Dredging Board said on Monday it had debarred two road builders "
            "for five years.\n\nThe CDB also debarred their director.\n",
            "Caspian Dredging Board",
        ),
        (
            "AIU bans three coaches\n\n"
            "The Alpine Ice Union disciplinary committee has banned three coaches for life.\n\n"
            "AIU officials said the coaches would appeal.\n",
            "Alpine Ice Union",
        ),
    ],
)
def test_the_page_spelling_wins(tmp_path: Path, page: str, name: str) -> None:
    rows = page_sanctions(tmp_path, page)
    assert rows
    assert all(r["sanction_authorities"] == [name] for r in rows), [
        (r["span_text"], r["sanction_authorities"]) for r in rows
    ]


def test_the_table_body_spelled_out_keeps_its_acronym(tmp_path: Path) -> None:
    page = (
        "CAF bars a consultancy\n\n"
        "CAF, the Development Bank of Latin America, on Monday debarred a Lima consultancy "
        "for three years.\n"
    )
    rows = page_sanctions(tmp_path, page)
    assert rows
    assert all(r["sanction_authorities"] == ["CAF"] for r in rows)
