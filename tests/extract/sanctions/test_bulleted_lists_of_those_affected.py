"""A line that introduces a bulleted list of the targets a measure affects ('The persons and
companies concerned are:', 'The firms affected include:') opens a list whose items are claims of
the action told before, even in a paragraph with no number or sanction word of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

LEAD = (
    "Court freezes fraud ring's assets\n\n"
    "A district court in Ljubljana on Wednesday ordered a freeze of the assets of seven persons "
    "and three companies.\n\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "The persons and companies concerned are:",
        "The people and firms affected are:",
        "The companies concerned include:",
        "The individuals and entities affected are:",
    ],
)
def test_items_under_an_introduction_of_those_affected_are_claims(
    tmp_path: Path, intro: str
) -> None:
    text = (
        LEAD + intro + "\n"
        "- Janez Novak, the alleged organiser, and four relatives;\n"
        "- two call-centre managers living in Zagreb;\n"
        "- Krka Invest Ltd and Sava Consulting Ltd.\n"
    )
    rows = page_sanctions(tmp_path, text)
    items = [r for r in rows if r["span_start"] > text.index(intro)]
    assert len(items) == 3, rows
    assert all(r["sanction_authorities"] == ["Slovenia"] for r in items), items


def test_those_affected_by_no_measure_are_no_claims(tmp_path: Path) -> None:
    text = (
        "Flooding closes roads\n\n"
        "Heavy rain flooded parts of Ljubljana on Wednesday.\n\n"
        "The companies affected are:\n"
        "- Krka Invest d.o.o.;\n"
        "- Sava Consulting d.o.o.\n"
    )
    assert page_sanctions(tmp_path, text) == []
