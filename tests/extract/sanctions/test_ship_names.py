"""Ship names known by a flag modifier or by an apposition after an 'of' phrase (round 18)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain sanctioned the Panama-flagged Sea Falcon on Monday.", {"vessel": 1}),
        (
            "The EU listed the Togo-flagged Amber Lark and the Palau-flagged Grey Heron.",
            {"vessel": 2},
        ),
        (
            "Canada will designate the Liberia-flagged Cape Verity and two captains.",
            {"vessel": 1, "person": 2},
        ),
        ("The Cook Islands-flagged Orion Bay was blacklisted by Japan.", {"vessel": 1}),
    ],
)
def test_a_flagged_name_is_a_vessel(claims_of: Rows, text: str, expected: dict) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japan blacklisted the Togo-flagged Amber Lark in May. Washington had sanctioned the "
        "Amber Lark and two brokers in March.",
        "Australia ended its designation of the Sea Falcon, a tanker that fled in 2023. "
        "Canada still lists the Sea Falcon.",
        "The UN extended the listing of the North Crest, a bulk carrier, for a year. Britain "
        "designated the North Crest in 2022.",
        "The EU listed the Comoros-flagged Blue Reed in May. Britain sanctioned the Blue "
        "Reed and its owner.",
    ],
)
def test_a_ship_named_again_keeps_its_kind(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    for row in rows:
        assert counts(row).get("vessel") == 1, row


def test_a_registered_company_is_no_vessel(claims_of: Rows) -> None:
    rows = claims_of(
        "Britain sanctioned a Panama-registered holding, Guarani Trade Inc.", "sanction"
    )
    assert rows and "vessel" not in counts(rows[0])
