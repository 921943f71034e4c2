"""Right after an action, a removal told with a particle ('The Council also
struck off one person') or of a part of the targets told by a pronoun ('It removed one of them
on Thursday') lifts that many targets; a body that is no authority ('The court struck off two
lawyers') or a deed that is no removal ('Police arrested two of them') states none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU added four people to its list. The Council also struck off one person, a"
            " former judge who died in May.",
            {"person": 1},
        ),
        (
            "The EU added four people to its list. It also struck two firms off.",
            {"organization": 2},
        ),
        (
            "Canada listed three groups on Monday. It removed one of them on Thursday.",
            {"organization": 1},
        ),
        (
            "Britain sanctioned five officials in May. In June it delisted two of them.",
            {"person": 2},
        ),
        (
            "The UK sanctioned three tankers. It removed one of them from its list in May.",
            {"vessel": 1},
        ),
    ],
)
def test_a_removal_after_the_action_lifts_its_targets(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "lifted"
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The US blacklisted six firms. The court struck off two lawyers for misconduct.",
        "The EU listed nine people. Police arrested two of them.",
        "The storm struck off the coast.",
    ],
)
def test_no_removal_of_targets(claims_of: Rows, text: str) -> None:
    assert all(r["sanction_status"] != "lifted" for r in carried(claims_of, text))
