"""A licence, permit or standing taken back or suspended counts its holders as the targets of
that licence action (an unsure sanction claim by the gold's convention, whose counts are the
sanction's): the holders' count in its 'of' phrase or possessive, and the licences counted
themselves, are no quantities; licences issued, a partitive of them and a suspension's length
stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The transport regulator revoked the operating permits of 14 haulage firms last week.",
        "The permits of seven quarry operators were suspended by the mines department.",
        "Also withdrawn were the approvals of three private laboratories.",
        "Health board suspends four clinics' licences after inspections",
        "The watchdog has cancelled the registrations of 23 brokers since 2022.",
        "The revocation of the licences of six money remitters was announced on Friday.",
    ],
)
def test_holders_of_a_licence_taken_back_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The aviation authority has suspended 12 pilot licences this year.",
        "Inspectors say the board revoked 40 trading permits in the spring.",
        "The certificates of two of its engineers were also withdrawn.",
        "The permits of 19 were cancelled after the audit.",
    ],
)
def test_licences_counted_under_the_action_and_bare_holders_are_no_quantities(
    claims_of: Rows, text: str
) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The ministry issued the licences of 14 new fishing boats in May.", [14]),
        ("The ministry had cancelled 9 of the 60 active timber licences by June.", [9, 60]),
        ("The regulator suspended the permits of the mill for 90 days.", [90]),
        ("The council renewed the permits of 35 market traders on Monday.", [35]),
    ],
)
def test_licences_issued_renewed_and_their_partitives_stay_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept
