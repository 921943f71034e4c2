"""Right after a sanction, a verb of removal whose object is a target group,
said by a pronoun or in the passive ('It also dropped a retired general', 'Two trading firms were
also removed'), takes the group off the list; a removal 'from office' or of something that is
no target group states none. An ordinance (the instrument whose annex lists the targets) is a
list targets are deleted from."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts

LEAD = "The committee added five people to its sanctions list on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "It also removed a retired army colonel who died last year.", {"person": 1}),
        (LEAD + "Two shipping firms owned by his cousin were also removed.", {"organization": 2}),
        (LEAD + "It dropped three officials at the same time.", {"person": 3}),
        (
            LEAD + "A trading house and its director have also been deleted.",
            {"organization": 1, "person": 1},
        ),
    ],
)
def test_a_removal_after_a_sanction_lifts_its_group(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "lifted"
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Two judges were also removed from office by parliament.",
        LEAD + "It also removed the fence around the compound.",
        "The company removed two managers after the audit.",
        "Spain wanted sanctions on his two firms, but Hungary blocked the proposal. The firms"
        " were dropped on Friday.",
    ],
)
def test_other_removals_state_no_sanction(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert all(r["sanction_status"] != "lifted" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Switzerland deleted the six firms from its Syria ordinance on Friday.",
        "Bern struck two banks from the ordinance on sanctions against Belarus.",
        "Three traders were removed from Switzerland's ordinance on Tuesday.",
        "The names of four men were deleted from the ordinance by Switzerland.",
    ],
)
def test_deleted_from_an_ordinance_is_lifted(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "lifted"
