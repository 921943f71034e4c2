"""Kilolitres and cusecs are units: a figure in one that is the level of its clause's subject
('average household use was 241 kilolitres', 'the flow has reached 590,000 cusecs') measures
that subject, not the unit."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Average household use in the city was 198 kilolitres last year.", "198", "use"),
        ("The flow at the barrage has reached 410,000 cusecs, officials said.", "410,000", "flow"),
        ("Water demand will climb to 260 kilolitres by 2030.", "260", "demand"),
        ("The river's flow stood at 75,000 cusecs on Sunday.", "75,000", "flow"),
    ],
)
def test_a_level_in_a_flow_or_volume_unit_measures_the_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item
