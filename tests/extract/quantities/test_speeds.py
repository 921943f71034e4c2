"""A speed after 'at' on a verb of motion ('the storm is moving west at 15 km/h') measures the
mover's speed: not the mover, its bearing ('south-west') or the unit."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The cyclone is moving south-west at 15km/h.", "15"),
        ("Late on Sunday the depression was drifting east at about 9 km/h.", "9"),
        ("The freight train had been travelling at 62 mph before the crash.", "62"),
        ("The ferry will head north at 18 knots once the swell drops.", "18"),
    ],
)
def test_a_speed_on_a_verb_of_motion_is_a_speed(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "speed"


def test_a_speed_a_subject_reaches_keeps_the_subject(claims_of: Rows) -> None:
    assert found(claims_of, "Gusts reached 95 km/h overnight.", "95")["quantity_item"] == "gusts"
