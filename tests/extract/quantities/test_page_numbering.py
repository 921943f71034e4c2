"""Numbers a page sets to order or stamp its parts: a section's dotted number opening a heading
line, and a dotted day and month before a clock time (a warning's validity), count nothing."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("3.3 Debt and schooling\nOf the 900 households asked, 61% owed money.", "61%"),
        ("4.2 Water and power\nThe plant used 3.1 million litres of water.", "3.1 million"),
        ("2.1 Ridership\nBuses carried 41,000 riders a day in May.", "41,000 riders"),
        ("1.3.2 Risks to the outlook\nExports fell 4% in the first quarter.", "4%"),
    ],
)
def test_a_sections_number_opening_its_heading_is_no_quantity(
    claims_of: Rows, text: str, counted: str
) -> None:
    spans = _spans(claims_of, text)
    heading = text.split("\n")[0]
    assert not any(s in heading for s in spans), spans
    assert any(counted in s for s in spans), spans


@pytest.mark.parametrize(
    "heading",
    [
        "2.5 Tonnes Of Gold Seized At Port",
        "1.5 Billion Doses Shipped Since March",
        "3.2 Million Riders In May",
    ],
)
def test_a_figure_with_its_unit_or_scale_opening_a_headline_still_counts(
    claims_of: Rows, heading: str
) -> None:
    text = f"{heading}\nOfficials gave the figure on Monday."
    assert any(s.startswith(heading[:3]) for s in _spans(claims_of, text))


@pytest.mark.parametrize(
    "line",
    [
        "Valid: 18.02. 06:00 – 19.02. 03:00",
        "Warning valid from 21.03. 12:00 until 22.03. 06:00 for the coast.",
        "In force 04.11. 18:00 – 05.11. 09:00",
        "Road closed 09.05.–10.05. for repairs.",
    ],
)
def test_a_dotted_day_and_month_before_a_time_is_no_quantity(claims_of: Rows, line: str) -> None:
    assert _spans(claims_of, line) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("e-edition | page 7 of 32 | print view\nExports fell 4% in May.", "4%"),
        ("Section B | Page 2/16\nThe mill crushed 80,000 tonnes of cane.", "80,000 tonnes"),
        ("The fine is set out on page 41 of the ruling, which ordered 12 refunds.", "12 refunds"),
        ("Annual report, pp. 18\nThe bank hired 300 staff in 2025.", "300 staff"),
    ],
)
def test_a_page_number_and_the_count_of_pages_after_it_are_no_quantities(
    claims_of: Rows, text: str, counted: str
) -> None:
    spans = _spans(claims_of, text)
    assert spans == [counted] or (len(spans) == 1 and counted in spans[0]), spans


def test_a_count_of_pages_in_a_sentence_stays(claims_of: Rows) -> None:
    text = "The committee's report runs to 412 pages."
    assert any("412 pages" in s for s in _spans(claims_of, text))
