"""Claims of a hard-wrapped page: read from whole sentences of body paragraphs, their spans and
sentences the page's own text (line breaks kept), so a sanction split over two lines is found and
a figure keeps the subject of its sentence."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.extract.stories import page_rows

SANCTIONS = (
    "Kenya's finance ministry on Monday froze the assets of four shipping agents and two trading"
    " companies accused of moving fuel for a smuggling ring, officials said."
)
QUANTITIES = (
    "Container volumes at the port climbed to 61,300 TEU in February, while car shipments fell by"
    " 8% to 14,200 units after two carmakers cut output at their plants near the city."
)


def page(width: int) -> str:
    body = "\n\n".join(textwrap.fill(p, width) for p in (SANCTIONS, QUANTITIES))
    return f"COAST WIRE\nPublished: 12 March 2025\n\nPort and ministry news\n\n{body}\n"


@pytest.mark.parametrize("width", [58, 66, 72, 79])
def test_a_sanction_wrapped_over_lines_is_found_in_the_body(tmp_path: Path, width: int) -> None:
    [row] = page_rows(tmp_path, page(width), "sanction")
    assert row["segment"] == "body"
    assert row["sanction_authorities"]
    assert sum(t["count"] or 0 for t in row["sanction_targets"]) == 6
    assert row["sentence"].replace("\n", " ") == SANCTIONS


@pytest.mark.parametrize("width", [58, 66, 72, 79])
def test_a_wrapped_figure_keeps_its_sentence_subject(tmp_path: Path, width: int) -> None:
    rows = page_rows(tmp_path, page(width), "quantity")
    units = next(r for r in rows if r["span_text"].startswith("14,200"))
    assert units["segment"] == "body"
    assert units["quantity_item"] == "car shipments"
