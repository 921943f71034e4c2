"""Officers' names with rank titles ('Brig. Gen. X, Col. Y') in the paragraph
before are no sentences of their own: a counted part of the target group two sentences after the
action ('Three of the firms are registered in ...') still refers back to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import counts, page_sanctions


@pytest.mark.parametrize(
    ("between", "part", "expected"),
    [
        (
            "The officers, Brig. Gen. Tarek Sami Odeh and Col. Nabil Fawzi, are accused of"
            " ordering raids.",
            "Three of the companies are registered in Turkey.",
            {"organization": 3},
        ),
        (
            "They include Maj. Gen. Ruslan Petrov and Lt. Col. Anton Sergeev of the border"
            " service.",
            "Two of the firms were incorporated in Cyprus.",
            {"organization": 2},
        ),
        (
            "Capt. Omar Said and Sgt. Ali Haddad are said to have run the smuggling route.",
            "The other two companies are owned by a holding in Dubai.",
            {"organization": 2},
        ),
        (
            "Gen. Idris Bako, a former army chief, was named with Col. Musa Dan.",
            "Four of the companies are based in Mali.",
            {"organization": 4},
        ),
    ],
)
def test_titles_do_not_push_the_action_out_of_reach(
    tmp_path: Path, between: str, part: str, expected: dict[str, int | None]
) -> None:
    text = (
        "UK sanctions army officers and mining firms\n\n"
        "Britain on Tuesday imposed asset freezes on two army officers and six mining companies.\n\n"
        f"{between}\n\n{part}\n"
    )
    rows = page_sanctions(tmp_path, text)
    last = [r for r in rows if counts(r) == expected]
    assert len(last) == 1, rows
    assert list(last[0]["sanction_authorities"]) == ["United Kingdom"]
