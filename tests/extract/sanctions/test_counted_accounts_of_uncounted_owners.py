"""Counted accounts frozen 'of' a bare plural owner or 'one of' a group told before are the
claim's group, kind other, counted; any other owner (a name, a definite noun, a number or an
indefinite article before it) is the target in their place (round 41: most dev sets' gold). A
count of accounts is never a bare count that the story's other claims give a kind."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only, story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Albania's Financial Intelligence Office blocked four accounts of one of the "
            "importers last week.",
            {"other": 4},
        ),
        (
            "Peru's UIF froze 31 accounts of money-mule recruiters on Thursday.",
            {"other": 31},
        ),
        (
            "Moldova's Financial Intelligence Unit will block three accounts of one of the hauliers.",
            {"other": 3},
        ),
    ],
)
def test_counted_accounts_of_uncounted_owners_are_counted(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's agency froze 40 accounts of six people and two firms.",
            {"person": 6, "organization": 2},
        ),
        (
            "The Lagos court froze nine accounts of a courier company on Monday.",
            {"organization": 1},
        ),
        ("Latvia blocked 12 accounts of three of the suspects.", {"person": 3}),
        (
            "Curacao's financial intelligence unit has frozen two accounts of Oranje Remit "
            "in Willemstad.",
            {"organization": 1},
        ),
        (
            "Thailand froze three Chiang Mai accounts of Lanna Staffing Co. in June.",
            {"organization": 1},
        ),
        ("Latvia froze seven accounts of the company at a Riga bank.", {"organization": 1}),
        ("Ghana froze five accounts of the haulier's owner on Friday.", {"person": 1}),
    ],
)
def test_counted_owners_stay_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Italy froze the assets of three companies on Monday. "
        "Italian police also froze three accounts in Milan on Tuesday.",
        "Austria sanctioned two brokers on Friday. Austria also blocked two accounts in Graz.",
        "Croatia has frozen the assets of four firms. Croatia froze four deposit accounts in Split as well.",
        "The court froze the assets of five men. Police in Rome froze five bank accounts on Monday.",
    ],
)
def test_counted_accounts_keep_their_kind_beside_groups_of_as_many(
    claims_of: Rows, text: str
) -> None:
    rows = story(claims_of, text)
    assert rows, text
    assert "other" in counts(rows[-1]), rows[-1]["sanction_targets"]
