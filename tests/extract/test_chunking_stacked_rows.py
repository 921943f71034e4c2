"""A table row flattened one cell per line (a label line, then two or more lines holding one
figure each) is one paragraph, read with its line breaks; prose, a label line holding a figure
and a figure line alone are not joined."""

from __future__ import annotations

import pytest

from claims.extract.chunking import chunks


def _paragraphs(text: str) -> list[tuple[str, bool]]:
    return [(text[c.start : c.end], c.lines) for c in chunks(text, None)]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "KEY FIGURES\nWater sold (Ml)\n48,220\n46,905\n+2.8%\nOutlook follows.\n",
            "Water sold (Ml)\n48,220\n46,905\n+2.8%",
        ),
        ("Summary\nHouses completed\n1,204\n998\n", "Houses completed\n1,204\n998"),
        (
            "Output (kt)\n312.5\n298.0\n301.2\n\nThe plant ran well in 2025.\n",
            "Output (kt)\n312.5\n298.0\n301.2",
        ),
        ("Net debt (R m)\n-4,120\n-3,880\n-6.2%\n", "Net debt (R m)\n-4,120\n-3,880\n-6.2%"),
    ],
)
def test_a_stacked_row_is_one_paragraph_read_by_its_lines(text: str, row: str) -> None:
    assert (row, True) in _paragraphs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Six months to 30 June\n2026\n2025\nChange\n",
        "Exports rose in May.\n4,100\nThe ministry gave no reason.\n",
        "Water sold (Ml)\n48,220\n\n46,905\n",
    ],
)
def test_other_lines_stay_apart(text: str) -> None:
    assert not any(lines for _, lines in _paragraphs(text))
