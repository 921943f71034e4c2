"""A title-case headline whose words before the verb end on a state's own body named by its
nationality ('Peruvian Judge Freezes ...') acts for that state; a place of a sanction whose
relative clause of place has a body acting ('also sanctioned in Spain, where the National Court
froze ...') is that action's authority."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

HEADLINES = [
    ("Moroccan Judge Freezes Assets of Fake-Medicine Network, Nine Suspects Named", "Morocco"),
    ("Kenyan Court Freezes Accounts Of Two Former Ministers", "Kenya"),
    ("Peruvian Judge Freezes Assets Of Mining Boss", "Peru"),
    ("Greek Court Freezes Assets Of Four Ferry Owners", "Greece"),
]


@pytest.mark.parametrize(("text", "state"), HEADLINES)
def test_a_headline_body_named_by_nationality_acts_for_its_state(
    claims_of: Rows, text: str, state: str
) -> None:
    rows = claims_of(text, "sanction")
    assert [list(r["sanction_authorities"]) for r in rows] == [[state]]


PLACES = [
    (
        "The two Spaniards were also sanctioned in Spain, where the National Court froze their "
        "accounts last month, a police source said.",
        "Spain",
    ),
    (
        "Two of the brothers were also sanctioned in Italy, where a Milan court froze their "
        "villas in March.",
        "Italy",
    ),
    (
        "The firm's owner was also sanctioned in Kenya, where the High Court froze his accounts "
        "last year.",
        "Kenya",
    ),
    (
        "Three of the traders had their assets frozen in Portugal, where the Central Court "
        "blocked their accounts.",
        "Portugal",
    ),
]


@pytest.mark.parametrize(("text", "state"), PLACES)
def test_a_place_where_a_body_acts_is_the_authority(claims_of: Rows, text: str, state: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows
    assert list(rows[0]["sanction_authorities"]) == [state]
