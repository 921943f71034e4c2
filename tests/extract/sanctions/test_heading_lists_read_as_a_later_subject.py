"""A heading's list closed by its participle ('Four men, two firms and a boat targeted after ...
were found') that the parser made the subject of a verb after the participle, the items after
the first set out as its apposition: the first group opens the list and is a target too."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada: Four people, two mining firms and a barge sanctioned after 900 tonnes of "
            "smuggled ore were traced to the port",
            {"person": 4, "organization": 2, "vessel": 1},
        ),
        (
            "Canada: Two judges, a bank and nine firms listed after the vote was rigged",
            {"person": 2, "organization": 10},
        ),
        (
            "Japan: Six officials, three trading houses and a tanker designated after 40 cargoes of "
            "crude were shipped to the regime",
            {"person": 6, "organization": 3, "vessel": 1},
        ),
        (
            "Norway: Three brokers, two insurers and a cargo jet blacklisted after payments of "
            "$9 million were found in their books",
            {"organization": 5, "aircraft": 1},
        ),
    ],
)
def test_first_group_of_a_list_read_as_a_later_subject(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == expected
