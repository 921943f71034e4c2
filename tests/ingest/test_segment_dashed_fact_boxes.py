"""A fact box under a story sets each value after a long dash: a label of a few words, 'about'
or the like before the figure, its unit's words and a bracketed source after it. Its rows are
the story's own facts, never teasers of other stories; a list of the office's other notes under
its label is."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import HEAD, kind_of

STORY = (
    HEAD + "The central bank kept its main lending rate at 9.5 percent on Wednesday, saying that"
    " price growth had slowed for a fourth month.\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        [
            "Key facts — the island's farms",
            "Farmland — about 41,000 hectares",
            "Rice eaten — 90 kg per head a year (2023 survey)",
            "Farm workers registered in 2025 — 12,400",
        ],
        [
            "At a glance — the port",
            "Quay length — some 2.4 km",
            "Ships handled in 2025 — 1,930",
            "Cargo — 9.2 million tonnes (port board)",
        ],
        [
            "The reserve in numbers",
            "Forest cover — nearly 40%",
            "Rangers on patrol — 56 (2024 count)",
            "Visitors — 18,000 a year",
        ],
        [
            "Figures — the water network",
            "Pipes laid since 2020 — 310 km",
            "Households connected — about 64,000",
            "Water lost to leaks in 2025 — 27%",
        ],
    ],
)
def test_a_fact_box_of_dashed_rows_is_the_story_s_own_text(rows: list[str]) -> None:
    page = STORY + "\n".join(rows) + "\nMedia contact: Press Office, +1 555 0100\n"
    for row in rows:
        assert kind_of(page, row) == "body", row


@pytest.mark.parametrize(
    "label",
    ["OTHER PRESS NOTES", "More press briefings", "Recent media notes", "Related news notes"],
)
def test_a_label_of_the_office_s_other_notes_heads_related_lines(label: str) -> None:
    page = (
        STORY
        + label
        + "\n» 19.05.2026 — Cabinet approves a new coastal road\n"
        + "» 14.05.2026 — Minister opens the fish market\n"
    )
    assert kind_of(page, "Cabinet approves a new coastal road") == "related"
