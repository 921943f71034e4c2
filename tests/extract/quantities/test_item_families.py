"""Round-4 families of what a quantity counts, four sentences of our own each (other words,
tenses, notations): table rows under a heading line, title-case headlines, verbless change lines,
a capitalized common-noun subject and plurals the tagger reads as verbs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Rows = Callable[..., list[dict[str, Any]]]


def found(claims_of: Rows, text: str, anchor: str) -> dict[str, Any]:
    """The one quantity whose span covers `anchor`."""
    start = text.index(anchor)
    rows = [
        r
        for r in claims_of(text, "quantity")
        if r["span_start"] < start + len(anchor) and start < r["span_end"]
    ]
    assert len(rows) == 1, (anchor, claims_of(text, "quantity"))
    return rows[0]


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Live blog\n\nMissile strikes on the port, by week\n2022: 6 | 2023: 9\n"
            "July: 14 | August: 21",
            "August: 21",
            21,
            "missile strikes",
        ),
        (
            "Monthly Shahed-type launches\n2023 average: 1,300 | May 2024: 4,210",
            "2023 average: 1,300",
            1300,
            "monthly shahed-type launches",
        ),
        (
            "Tankers detained in the Baltic, per year\n2022: 3\n2023: 11\n2024: 26",
            "2024: 26",
            26,
            "tankers",
        ),
        (
            "Refinery outages by quarter\nQ1 2024: 7 | Q2 2024: 12",
            "Q2 2024: 12",
            12,
            "refinery outages",
        ),
    ],
)
def test_rows_labelled_by_a_period_count_what_the_heading_names(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


def test_a_row_parsed_alone_finds_its_heading_in_the_text_before(parse: Any) -> None:
    """The corpus parses each line alone and hands the text before it in `lines_before`."""
    from claims.extract.pipeline import load

    nlp = load()
    doc = nlp.make_doc("March: 210,000 TEU | April: 198,000 TEU")
    doc._.published = "2024-05-02"
    doc._.lines_before = "Port report\n\nContainer throughput at Gdansk\n"
    rows = [r for r in nlp(doc)._.claims if r["claim_type"] == "quantity"]
    assert [(r["quantity_value"], r["quantity_item"]) for r in rows] == [
        (210000, "container throughput"),
        (198000, "container throughput"),
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Ukrainian Grain Exports Rise 12% In August\n\nThe harvest came early.",
            "12%",
            "grain exports",
        ),
        ("Steel Output Falls 4% In March As Demand Weakens", "4%", "steel output"),
        ("DEATH TOLL CLIMBS TO 31 AS RIVERS RECEDE\n\nRescuers found more bodies.", "31", "people"),
        ("Russian Oil Revenue Slumps To $13 Billion In June", "$13 Billion", "oil revenue"),
        ("Central Bank Raises Key Rate To 21%, Signals More Hikes", "21%", "key rate"),
        ("Flood Deaths Climb To More Than 31 In Southern Poland", "31", "flood deaths"),
    ],
)
def test_a_title_case_headline_counts_the_words_before_its_change_verb(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item", "change"),
    [
        ("Revenue down 18% year on year.", "18%", "revenue", "decrease"),
        ("Profits up 4% in May, the company said.", "4%", "profits", "increase"),
        ("Key figures: imports down 7% on the month.", "7%", "imports", "decrease"),
        ("Container volumes up 11% since January.", "11%", "container volumes", "increase"),
    ],
)
def test_a_verbless_change_line_measures_its_noun(
    claims_of: Rows, text: str, anchor: str, item: str, change: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_change"]) == (item, change)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Corn eased 1.5% on the week.", "1.5%", "corn"),
        ("Wheat climbed 3% after the harvest report.", "3%", "wheat"),
        ("Copper slipped 2.4% in London trading.", "2.4%", "copper"),
        ("Norway raised output by 2% in May.", "2%", "output"),
    ],
)
def test_a_capitalized_common_noun_subject_is_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Ukrainian makers now turn out more than 1,000 interceptor drones a day.",
            "1,000",
            "interceptor drones",
        ),
        (
            "Kyiv hopes to field 2,000 interceptor drones a week by spring.",
            "2,000",
            "interceptor drones",
        ),
        ("The yard delivered 14 patrol boats last year.", "14", "patrol boats"),
        ("The plant built 300 decoy drones in March.", "300", "decoy drones"),
    ],
)
def test_a_compound_plural_read_as_a_verb_stays_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Ukraine exported 15.4 million tonnes through the corridor in May.", "15.4", "exports"),
        ("The country imported 2.3 million tonnes last year.", "2.3", "imports"),
        ("Kazakhstan pumped 1.8 million barrels a day in May.", "1.8", "output"),
        ("Rail operators shipped 600,000 tonnes in March.", "600,000", "shipments"),
    ],
)
def test_a_measure_a_trade_verb_moves_counts_the_trade(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item", "change"),
    [
        (
            "Ukraine exported 15.4 million tonnes in the third quarter, roughly 40% more than a "
            "year earlier.",
            "40%",
            "exports",
            "increase",
        ),
        (
            "Kazakhstan pumped 1.8 million barrels a day, about 5% less than in April.",
            "5%",
            "output",
            "decrease",
        ),
        (
            "Rail operators moved 600,000 tonnes of ore in March, 12% more than in February.",
            "12%",
            "ore",
            "increase",
        ),
        (
            "Output reached 9 million barrels a day, 3% higher than a year ago.",
            "3%",
            "output",
            "increase",
        ),
    ],
)
def test_a_comparative_after_a_figure_measures_what_that_figure_measures(
    claims_of: Rows, text: str, anchor: str, item: str, change: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_change"]) == (item, change)
