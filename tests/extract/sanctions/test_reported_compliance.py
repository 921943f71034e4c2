"""Banks freezing accounts on their own is compliance, no state's action; but
when an authority reports the freeze as its measure carried out ('the regulator said that lenders
had frozen 20 accounts'), it is a sanction, the banks' freeze counted as its targets."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's Financial Reporting Centre said it had alerted 40 institutions and that banks"
            " had frozen 11 accounts by Monday.",
            11,
        ),
        ("The Treasury said on Friday that banks had frozen 22 accounts.", 22),
        ("The Swiss government reported that banks have frozen 40 accounts.", 40),
        ("Ottawa confirmed lenders froze 8 accounts after its notice.", 8),
    ],
)
def test_a_freeze_by_banks_an_authority_reports_is_a_sanction(
    claims_of: Rows, text: str, expected: int
) -> None:
    assert counts(only(claims_of, text)) == {"other": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's Financial Reporting Centre said it had alerted 40 institutions and that banks"
            " had frozen 11 accounts by Monday.",
            ["Kenya"],
        ),
        ("The Treasury said on Friday that banks had frozen 22 accounts.", ["United States"]),
        ("The Swiss government reported that banks have frozen 40 accounts.", ["Switzerland"]),
        ("Ottawa confirmed lenders froze 8 accounts after its notice.", ["Canada"]),
    ],
)
def test_the_reporting_authority_is_the_one_that_acts(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Swiss banks have frozen about 7 billion francs of Russian assets.",
        "Analysts said banks had frozen some accounts.",
        "Banks froze 30 accounts of the two men last year.",
    ],
)
def test_banks_freezing_on_their_own_state_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "A reporting person must freeze funds of a listed party without delay.",
        "Reporting persons have frozen Rs 48.2 million held in 11 bank accounts of listed parties.",
        "Obliged persons must freeze the accounts of any designated entity within a day.",
        "Any person holding such funds shall freeze them at once.",
    ],
)
def test_persons_a_law_obliges_to_freeze_state_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
