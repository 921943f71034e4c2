"""A ban that keeps targets out of ports, harbours or waters is the ban of whoever owns those
places: an agentless 'banned from <body> ports' names its authority in the place, and a ship
named with its flag in brackets ('<name> (<state> flag, built <year>)') is a vessel."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Three tankers were banned from Tokyo MoU ports after repeated detentions.", "Tokyo MoU"),
        (
            "Two tankers were barred from all ports in the Indian Ocean MoU region this month.",
            "Indian Ocean MoU",
        ),
        ("Five trawlers banned from Indian Ocean MoU ports", "Indian Ocean MoU"),
        ("A reefer ship has been banned from Abuja MoU ports for a year.", "Abuja MoU"),
    ],
)
def test_the_owner_of_the_closed_ports_bans(claims_of: Rows, text: str, authority: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority], row


def test_an_acting_subject_still_comes_first(claims_of: Rows) -> None:
    row = only(claims_of, "Norway banned two trawlers from Abuja MoU ports on Friday.")
    assert row["sanction_authorities"] == ["Norway"], row


@pytest.mark.parametrize(
    "text",
    [
        "The Tokyo MoU banned one more ship:\n– Amber Crest (Comoros flag, built 1998), banned 6 months",
        "The Paris MoU has banned the Grey Gannet (Belize flag, built 2002) for three months.",
        "The Black Sea MoU banned the Salt Wind (Togo flag, built 1995) on Tuesday.",
    ],
)
def test_a_name_with_its_flag_in_brackets_is_a_vessel(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert set(counts(rows[-1])) == {"vessel"}, rows
