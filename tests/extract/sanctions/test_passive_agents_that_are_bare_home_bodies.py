"""A passive claim whose agent is a state's own body named bare ('... by the Ministry of Home
Affairs', '... by the High Court') acts for the story's home state, not for the foreign state
whose claim comes just before (invented pages)."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from claims.extract.sanctions.carry import _bare_agent
from schemas.claims import ClaimRow
from tests.extract.sanctions.helpers import page_sanctions

LEAD = (
    "{city} — The financial intelligence office said on Monday that a ring smuggling ivory "
    "through the northern border posts had been broken up after a two-year inquiry into its "
    "payments and its trucks.\n\n"
)

PAGES = [
    (
        LEAD.format(city="Gaborone")
        + "Namibia's police froze two accounts of the ring in Windhoek.\n\n"
        "Travel bans were imposed on three Angolan members of the ring by the Ministry of "
        "Home Affairs.\n",
        "Travel bans were imposed",
        "Botswana",
    ),
    (
        LEAD.format(city="Lusaka")
        + "Malawi's financial unit has frozen one account in Lilongwe.\n\n"
        "The assets of the ring's two drivers were frozen by the High Court on Friday.\n",
        "were frozen by the High Court",
        "Zambia",
    ),
    (
        LEAD.format(city="Nairobi")
        + "Tanzania's central bank froze an account of the ring in Arusha.\n\n"
        "The accounts of four members of the ring have been frozen by the Assets Recovery "
        "Agency.\n",
        "have been frozen by",
        "Kenya",
    ),
    (
        LEAD.format(city="Harare")
        + "Mozambique's police froze three accounts of the ring in Beira.\n\n"
        "A house in Bulawayo was also frozen by the Ministry of Justice last week.\n",
        "was also frozen by",
        "Zimbabwe",
    ),
]


@pytest.mark.parametrize(("text", "span", "home"), PAGES)
def test_a_bare_body_as_agent_acts_for_the_home_state(
    tmp_path: Path, text: str, span: str, home: str
) -> None:
    rows = [r for r in page_sanctions(tmp_path, text) if span in r["sentence"]]
    assert rows
    assert list(rows[0]["sanction_authorities"]) == [home]


#: A 'by' phrase that names a state, by name or nationality, is that state's own body, never a
#: bare body of the story's home state (the claim keeps what carrying gives it).
NAMED_AGENTS = [
    "We also revoked the designation of one trader after his acquittal by the Guatemalan "
    "Supreme Court.",
    "We have lifted the designation of a broker after his release by a Guatemalan appeals court.",
    "The listing of a customs chief was revoked after the charges were dropped by Guatemala's "
    "Public Ministry.",
    "One company was removed from the list once its licence was restored by the Guatemalan Tax "
    "Authority.",
]
BARE_AGENTS = [
    "The designation of one trader was revoked by the Supreme Court.",
    "The listing of a broker was lifted by the Public Ministry on Friday.",
]


def _row(sentence: str) -> ClaimRow:
    return cast(ClaimRow, {"span_start": 0, "sentence_end": len(sentence)})


@pytest.mark.parametrize("sentence", NAMED_AGENTS)
def test_an_agent_that_names_a_state_is_no_bare_home_body(sentence: str) -> None:
    assert not _bare_agent(_row(sentence), sentence)


@pytest.mark.parametrize("sentence", BARE_AGENTS)
def test_a_bare_agent_is_a_home_body(sentence: str) -> None:
    assert _bare_agent(_row(sentence), sentence)
