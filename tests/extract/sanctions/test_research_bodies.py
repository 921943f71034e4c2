"""Research bodies (institutes, laboratories, academies) are organizations a list names like firms:
a target group by themselves and in an elliptic '..., as were three institutes' after a listing."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington blacklisted three Chinese laboratories on Friday.", {"organization": 3}),
        ("Japan sanctioned a military research institute in Pyongyang.", {"organization": 1}),
        ("Britain has designated two naval academies in Tehran.", {"organization": 2}),
        (
            "Two shipping firms were also added, as were three institutes in Minsk.",
            {"organization": 5},
        ),
        (
            "Four Iranian banks were delisted on Monday, as were two research institutes.",
            {"organization": 6},
        ),
    ],
)
def test_research_bodies_are_organizations(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_research_body_alone_is_no_sanction(claims_of: Rows) -> None:
    assert claims_of("The research institutes in Hefei reported strong results.", "sanction") == []
