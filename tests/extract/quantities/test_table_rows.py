"""Table rows under a heading line: rows labelled by a period, a route or a name count what the
heading (or the name) says, also when a row is parsed alone with the text before it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quantities.helpers import Rows, found, on_a_page

ROUTES = (
    "Freight rates this week, by lane\n"
    "Ningbo - Hamburg: $3,950/FEU, w/w change -4%\n"
    "Busan to Long Beach: $2,240/FEU\n"
    "Singapore – Piraeus: $4,100/FEU, y/y change +12%\n"
)


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


def test_a_row_parsed_alone_finds_its_heading_in_the_text_before(nlp: Language) -> None:
    """The corpus parses each line alone and hands the text before it in `lines_before`."""
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
            "Export quotas reduced (share of 2023 level)\n2026: cut 5% | 2027: cut 15%",
            "15%",
            "export quotas",
        ),
        ("Subsidies cut, by year\n2025: cut 10%\n2026: cut 25%\n", "25%", "subsidies"),
        (
            "Import duties lowered, by year\n2025: lowered 4% | 2026: lowered 8%",
            "8%",
            "import duties",
        ),
        ("Fuel duty changes\n2024: up 2% | 2025: down 1%", "1%", "fuel duty changes"),
    ],
)
def test_a_change_word_between_a_period_label_and_its_figure_keeps_the_heading(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (ROUTES, "$3,950/FEU", "freight rates"),
        (ROUTES, "$2,240/FEU", "freight rates"),
        (ROUTES, "$4,100/FEU", "freight rates"),
        (
            "AIR CARGO YIELDS (per kg)\nFrankfurt - Chicago: $2.85\nHong Kong - Dubai: $3.10\n",
            "$3.10",
            "air cargo yields",
        ),
    ],
)
def test_a_route_label_says_where_and_the_heading_names_what_the_rows_measure(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (ROUTES, "-4%", "freight rates"),
        (ROUTES, "+12%", "freight rates"),
        ("Nickel stocks: 61,200 t, m/m change -9%", "-9%", "nickel stocks"),
        ("Diesel sales: 2.2 mt, q/q change +1.5%", "+1.5%", "diesel sales"),
    ],
)
def test_a_period_change_after_a_row_figure_measures_what_it_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Q3 2025: copper $9,400 | nickel $16,200", "$9,400", "copper"),
        ("Q3 2025: copper $9,400 | nickel $16,200", "$16,200", "nickel"),
        ("Brent $82 | WTI $78", "$78", "wti"),
        ("Week 12: soybeans $410 | corn $190", "$190", "corn"),
    ],
)
def test_a_name_before_a_sum_in_a_table_row_is_what_is_priced(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Regional summary (average rents, March)\nLeeds centre: £1,150 | change +6.2%\n"
            "Sheffield: £980 | change +4.8%\nCo Durham: £720 | change +3.1%",
            "Co Durham: £720",
            720,
            "average rents",
        ),
        (
            "Table 3: Wheat harvest by province, 2024\nSaskatchewan: 14.2 mt\nAlberta: 10.9 mt\n"
            "Manitoba: 5.1 mt",
            "Manitoba: 5.1 mt",
            5100000,
            "wheat harvest",
        ),
        (
            "Unemployment rate, third quarter\nAndalusia: 17.5%\nCatalonia: 8.9%\nMadrid: 9.4%",
            "Catalonia: 8.9%",
            8.9,
            "unemployment rate",
        ),
        (
            "Table 1: Steel output, January | output and change\nIndia 11,200 kt | y/y +2.4%\n"
            "Japan 6,930 kt | y/y -1.0%\nSouth Korea 5,310 kt | y/y +0.8%",
            "Japan 6,930 kt",
            6930000,
            "steel output",
        ),
    ],
)
def test_rows_labelled_by_a_place_count_what_the_heading_names(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    """A place that opens a row says where the figure holds, like a period says when."""
    row = found(claims_of, text, anchor)
    assert row["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Container throughput: 1.2 million TEU | y/y +3.5%", "+3.5%", "container throughput"),
        ("Retail sales: GBP 41.3 bn | m/m -0.8%", "-0.8%", "retail sales"),
        (
            "House prices by town (median, June)\nBristol: £355,000 | change +2.1%",
            "+2.1%",
            "house prices",
        ),
        ("Coal imports: 3.4 mt, change -12%", "-12%", "coal imports"),
    ],
)
def test_a_change_cell_after_a_row_figure_changes_that_figure(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """A cell bar or comma and a period or a bare change label before a signed figure."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Ship profile\nName: NORDIC STAR | Flag: Panama | Crew: 19 |", "19", "crew"),
        ("Vessel card\nOwner: Delta Lines | Flag: Malta | Crew: 23 | Built: 2009", "23", "crew"),
    ],
)
def test_a_label_in_mid_line_is_no_place_row(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """Only a label that opens its line can name the place of a row."""
    assert found(claims_of, text, anchor)["quantity_item"] == item
