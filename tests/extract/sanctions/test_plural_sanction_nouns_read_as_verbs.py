"""A plural sanction noun the tagger reads as a present-tense verb ('freezes', 'bans'): as the
clause an action verb takes right after it ('the unit ordered freezes against a money-changer'),
or as the subject of a passive verb of planning ('Freezes on three more dealers are expected'),
it is the noun, and the sentence states the measure (claims.extract.sanctions.finder). So is a
noun whose preposition the parser left empty, hanging its target group on the verb after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import counts, page_sanctions

LEAD = "Fiji moves against fuel smugglers\n\nFiji froze the assets of two fuel importers on Monday, the finance ministry said.\n\n"


def _claim(tmp_path: Path, sentence: str) -> dict[str, object]:
    rows = page_sanctions(tmp_path, LEAD + sentence + "\n")
    assert len(rows) == 2, rows
    return rows[1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Tuesday the financial intelligence unit ordered freezes against a money-transfer"
            " network.",
            {"organization": 1},
        ),
        (
            "The central bank later imposed freezes against three currency dealers.",
            {"organization": 3},
        ),
        (
            "Fiji's financial intelligence unit has ordered freezes on two more fuel importers.",
            {"organization": 2},
        ),
        (
            "Fiji's finance ministry on Wednesday ordered freezes against four ship captains.",
            {"person": 4},
        ),
    ],
)
def test_freezes_an_action_verb_takes(
    tmp_path: Path, sentence: str, expected: dict[str, int]
) -> None:
    row = _claim(tmp_path, sentence)
    assert row["sanction_status"] == "imposed"
    assert counts(row) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "sentence",
    [
        "Freezes on three more distributors are expected next week, the ministry said.",
        "Bans on four more captains are expected, officials said.",
        "Further freezes on two shipping agents are planned, the unit said.",
        "Travel bans against five more officials are expected before June.",
    ],
)
def test_measures_on_targets_expected_are_planned(tmp_path: Path, sentence: str) -> None:
    row = _claim(tmp_path, sentence)
    assert row["sanction_status"] == "planned"
    assert row["sanction_authorities"] == ["Fiji"]


def test_freezes_in_prices_expected_are_no_measure(tmp_path: Path) -> None:
    rows = page_sanctions(
        tmp_path, LEAD + "Freezes on fuel prices are expected, the regulator said.\n"
    )
    assert len(rows) == 1, rows
