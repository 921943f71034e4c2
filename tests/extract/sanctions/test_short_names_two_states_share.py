"""A short name two states share ('Korea') is no alias by itself: as the actor it names the
state whose longer name or capital the page gives first, and none on a page that gives neither
(claims/data/aliases.json `shared_names`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEOUL, March 2 - The ministry said Korea will align with the Canadian designation "
            "of the militia.",
            ["South Korea"],
        ),
        (
            "Ministry of Economy and Finance, Republic of Korea. Korea has frozen the assets of "
            "three shipping agents linked to the smuggling ring.",
            ["South Korea"],
        ),
        (
            "Notice of the Democratic People's Republic of Korea. Korea will freeze the assets "
            "of two foreign trading houses, the notice said.",
            ["North Korea"],
        ),
        (
            "The Republic of Korea hosted talks on Pyongyang's missile work. Korea will follow "
            "the Australian listing of four shipping firms.",
            ["South Korea"],
        ),
    ],
)
def test_a_shared_short_name_is_the_state_the_page_names(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = [r for r in claims_of(text, "sanction") if r["sanction_authorities"]]
    assert rows, claims_of(text, "sanction")
    assert list(rows[-1]["sanction_authorities"]) == expected


def test_a_shared_short_name_on_a_page_that_names_neither_is_no_actor(claims_of: Rows) -> None:
    rows = claims_of("Korea will align with the Canadian designation of the militia.", "sanction")
    assert all(r["sanction_authorities"] == [] for r in rows)
