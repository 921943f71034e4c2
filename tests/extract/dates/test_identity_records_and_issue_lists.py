"""A listed person's birth date after a 'DOB' or 'Date of birth' field identifies the person, and
a page's list of its own earlier issues after 'Previous reports:' or 'Previous notices:' dates
those documents: neither dates an event of the story (dates.json stamp_labels). A biography's
'Born:' line and a birth told in running text stay claims."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(2) KARIMOV, Timur · DOB 21/07/1983 · Nationality: Tajikistan", []),
        ("Name: Lena Borsch. Date of birth: 9.2.1977. Listed on 4 March.", ["4 March"]),
        ("ABDI, Farah (D.O.B. 3 May 1969) was added to the list on Monday.", ["Monday"]),
        ("Wanted: Paulo Reis | date of birth: 12 October 1990 | last seen in June", ["June"]),
        ("Born: 14 May 1961, Plovdiv", ["14 May 1961"]),
        ("She was born on 2 March 1980 in Gdansk.", ["2 March 1980"]),
    ],
)
def test_a_birth_date_in_an_identity_record_is_no_claim(text: str, expected: list[str]) -> None:
    assert [s for s, _, _ in spans(text, THU_06_NOV_2025)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report (PDF) · Previous reports: no. 6 (3 Sep 2025) · no. 5 (6 Aug 2025)", []),
        ("Previous notices: No. 9 of 2025 (July) · No. 8 of 2025 (June)", []),
        ("Previous versions: 2 June 2025 · 11 February 2025", []),
        ("Previous bulletins: 14 October 2025; 30 September 2025", []),
        ("The previous report, published on 3 September, counted 40 claims.", ["3 September"]),
    ],
)
def test_a_list_of_earlier_issues_is_no_claim(text: str, expected: list[str]) -> None:
    assert [s for s, _, _ in spans(text, THU_06_NOV_2025)] == expected
