"""'The bureau has now barred 14 from entering the country': a bare count kept out of a state (a
'from' phrase of person_bans `kept_from` naming a state or a place of barred_from) is an entry
ban on that many people, also when the subject is a home body that names no state of its own
and takes the page's. A bare count kept out of a stadium is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import counts, page_sanctions

PAGES = [
    (
        "Ghana tightens border checks\n\nGhana's immigration service said on Monday it had "
        "refused visas to nine traders. The service also barred 23 from entering the country "
        "in May.\n",
        "barred 23",
        "Ghana",
        23,
    ),
    (
        "Ghana acts on smugglers\n\nGhana on Monday froze the accounts of nine gold traders. "
        "It has also barred 14 from entering the country.\n",
        "barred 14",
        "Ghana",
        14,
    ),
    (
        "Kenya border\n\nKenya's interior ministry froze the assets of six men on Friday. The "
        "ministry will bar 30 from entering the country next month.\n",
        "bar 30",
        "Kenya",
        30,
    ),
]


@pytest.mark.parametrize(("text", "span", "authority", "count"), PAGES)
def test_a_bare_count_kept_out_of_a_state_is_an_entry_ban(
    tmp_path: Path, text: str, span: str, authority: str, count: int
) -> None:
    rows = page_sanctions(tmp_path, text)
    own = [r for r in rows if span in r["span_text"]]
    assert len(own) == 1, rows
    assert list(own[0]["sanction_authorities"]) == [authority]
    assert counts(own[0]) == {"person": count}


def test_a_bare_count_kept_out_of_a_stadium_is_none(tmp_path: Path) -> None:
    text = "Derby trouble\n\nThe club barred 9 from entering the stadium on Saturday.\n"
    assert page_sanctions(tmp_path, text) == []
