"""A state giving effect to listings told before ('Malta gave effect to those designations')
takes the targets of the nearest earlier claim that states them."""

from __future__ import annotations

from tests.extract.sanctions.helpers import Rows, counts, story


def _last(claims_of: Rows, text: str) -> dict[str, int | None]:
    rows = story(claims_of, text)
    assert rows, text
    return counts(rows[-1])


def test_those_designations(claims_of: Rows) -> None:
    text = (
        "Britain designated nine people on Tuesday over the smuggling ring. "
        "Malta gave effect to those designations on Thursday."
    )
    assert _last(claims_of, text) == {"person": 9}


def test_counted_listings_with_a_date_after(claims_of: Rows) -> None:
    text = (
        "The UN committee added four individuals to its list on 3 March. "
        "Australia gave effect to the four listings on 5 March."
    )
    assert _last(claims_of, text) == {"person": 4}


def test_their_designation(claims_of: Rows) -> None:
    text = (
        "Also designated by the United States in June were two directors of the bank. "
        "Bermuda gave effect to their designation a week later."
    )
    assert _last(claims_of, text) == {"person": 2}


def test_the_designation_of_one_firm_in_the_passive(claims_of: Rows) -> None:
    text = (
        "The shipping firm, Harbour Crest Ltd, was designated by Canada on 9 May. "
        "Jersey gave effect to the designation on 12 May, its registry said."
    )
    assert _last(claims_of, text) == {"organization": 1}
