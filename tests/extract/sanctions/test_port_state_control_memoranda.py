"""A regional port-state-control memorandum ('the Tokyo MoU', 'the Black Sea MoU') is an
authority of its own that bans ships from its region's ports: its name is never the city or sea
it is named for, nor a state."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The Tokyo MoU banned a Belize-flagged reefer for three months after four detentions.",
            "Tokyo MoU",
        ),
        (
            "The Black Sea MoU has barred two elderly tankers from its ports until next spring.",
            "Black Sea MoU",
        ),
        (
            "Two general cargo ships were banned by the Paris MoU on Thursday.",
            "Paris MoU",
        ),
        (
            "The Mediterranean MoU will ban a Togo-flagged coaster from its ports.",
            "Mediterranean MoU",
        ),
    ],
)
def test_a_memorandum_names_itself(claims_of: Rows, text: str, authority: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]
