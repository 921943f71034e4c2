"""Ambiguous slash dates read in the order the page writes its other days ('14 October' puts the
day first: '06/04/2010' is 6 April), else month first as before."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("The law passed on 3 June 2019.\n06/04/2010 - First reform", "06/04/2010", "2010-04-06"),
        ("Filed 14 March 2024; the hearing followed on 02/05/2024.", "02/05/2024", "2024-05-02"),
        (
            "Rates rose on 1 July and again on 05/09/2025, the bank said.",
            "05/09/2025",
            "2025-09-05",
        ),
        ("Chronology: 8 May 2020 - talks; 11/03/2021 - deal signed", "11/03/2021", "2021-03-11"),
    ],
)
def test_a_day_first_page_reads_slash_dates_day_first(text: str, span: str, day: str) -> None:
    assert (span, day, day) in spans(text, THU_06_NOV_2025)


def test_a_month_first_page_keeps_month_first() -> None:
    text = "The law passed on June 3, 2019.\n06/04/2025 - First reform"
    assert ("06/04/2025", "2025-06-04", "2025-06-04") in spans(text, THU_06_NOV_2025)


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        (
            "Listed: 19/09/2025 | Board decision: on 04/10/2025 the regulator revoked the licence.",
            "04/10/2025",
            "2025-10-04",
        ),
        ("Date of order: 07/03/2025\nDate of appeal: 21/03/2025", "07/03/2025", "2025-03-07"),
        (
            "The tender closed on 28/02/2025 and the contract was signed on 02/06/2025.",
            "02/06/2025",
            "2025-06-02",
        ),
        (
            "Shipped 09/08/2025, arrived 16/08/2025, cleared customs 11/09/2025.",
            "11/09/2025",
            "2025-09-11",
        ),
    ],
)
def test_a_page_of_digit_dates_shows_its_order_by_a_day_past_twelve(
    text: str, span: str, day: str
) -> None:
    assert (span, day, day) in spans(text, THU_06_NOV_2025)


def test_a_middle_field_past_twelve_keeps_month_first() -> None:
    text = "Filed 10/23/2025; the ruling came on 11/04/2025."
    assert ("11/04/2025", "2025-11-04", "2025-11-04") in spans(text, THU_06_NOV_2025)
