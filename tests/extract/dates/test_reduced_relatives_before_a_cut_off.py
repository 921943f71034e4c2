"""A reduced relative right before a 'before' date under a look-ahead cue ('will pay a bonus per
crate packed before 1 June') picks out what the plan covers by a cut-off still ahead: when the
past reading is far back, the date is the next one."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The agency said it would refund half the fee on each permit issued before 31 March.",
            "2026-03-31",
        ),
        ("The council will fine every lorry registered before 1 April.", "2026-04-01"),
        (
            "Growers would get a subsidy on each hectare replanted before 30 April, he said.",
            "2026-04-30",
        ),
        (
            "Under the scheme, exporters must pay the levy on cargo loaded before 15 May.",
            "2026-05-15",
        ),
    ],
)
def test_a_cut_off_after_a_reduced_relative_under_a_cue_looks_ahead(text: str, start: str) -> None:
    assert [s for _, s, _ in spans(text, THU_06_NOV_2025)] == [start]


def test_a_cut_off_told_in_the_past_keeps_the_past_reading() -> None:
    text = "The agency refunded half the fee on each permit issued before 31 March."
    assert [s for _, s, _ in spans(text, THU_06_NOV_2025)] == ["2025-03-31"]
