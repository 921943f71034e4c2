"""Numbers that name, not count: a register number written with its check digit after a hyphen
('5530218-4'), a week's number in a report's table or heading ('Week 31'), and the count of
further parties in a case's title ('State v. A Ltd and 3 others')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Company ID: 5530218-4 | Status: active\n", "5530218"),
        ("The firm is entered in the register under 7703419-9.", "7703419"),
        ("Its licence, 64120877-2, was cancelled last month.", "64120877"),
        ("Taxpayer no. 992014-6 was struck off the roll.", "992014"),
    ],
)
def test_a_register_number_with_its_check_digit_is_no_quantity(
    claims_of: Rows, text: str, figure: str
) -> None:
    assert not [s for s in _spans(claims_of, text) if figure in s]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Item | Unit | Week 31 | Week 30 | Change\n", "30"),
        ("Item | Unit | Week 31 | Week 30 | Change\n", "31"),
        ("Prices | Week 12 | Week 11\nMilk | litre | 0.41 | 0.40\n", "11"),
        ("Week 7 report: egg prices held steady.\n", "7"),
    ],
)
def test_a_weeks_number_is_no_quantity(claims_of: Rows, text: str, figure: str) -> None:
    assert figure not in _spans(claims_of, text)


def test_a_count_of_weeks_stays(claims_of: Rows) -> None:
    text = "The strike lasted a week and 40 workers were laid off.\n"
    assert any("40" in s for s in _spans(claims_of, text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("3 | HC-CIV-77 | State v. Okoro Logistics Ltd and 5 others | Mention\n", "5"),
        ("The appeal in Republic v. Mensah and 2 others was adjourned.", "2"),
        ("In Rex vs. Harlow Freight and three others, the judge reserved her ruling.", "three"),
        ("AB Bank versus Kato and 11 others | Hearing | 9:00\n", "11"),
    ],
)
def test_further_parties_in_a_case_title_are_no_quantity(
    claims_of: Rows, text: str, figure: str
) -> None:
    assert not [s for s in _spans(claims_of, text) if figure in s.split()]
