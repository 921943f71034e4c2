"""Label lines ('Label: figure'): the label names what the figure measures, and the changes,
earlier figures and period cells beside it measure the same thing."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("text", "value", "item"),
    [
        ("Crew: 24", 24, "crew"),
        ("Key rate: 21%", 21, "key rate"),
        ("Killed: 12 | Injured: 40 |", 12, "killed people"),
        ("Crew held hostage: 25", 25, "crew"),
        ("Gross tonnage: 38,400", 38400, "gross tonnage"),
        ("2023: 1,250 strikes", 1250, "strikes"),
    ],
)
def test_label_style_lines(claims_of: Rows, text: str, value: float, item: str) -> None:
    row = claims_of(text, "quantity")[0]
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


def test_a_headline_with_a_colon_is_no_label_line(claims_of: Rows) -> None:
    rows = claims_of("Sudan: 12 million displaced as the aid appeal stalls, UN says", "quantity")
    assert rows[0]["quantity_item"] != "sudan"


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Idle tanker fleet: 1.2% of capacity", "1.2%", "capacity"),  # a share of its whole
        (
            "Average transit time: 41 days, versus 30 before the closure",
            "41 days",
            "average transit time",
        ),
        ("Chicago wheat (Mar): $540/t | m/m: -3.5%", "$540", "chicago wheat"),
        ("Bosporus transits (all ship types): 3,410", "3,410", "bosporus transits"),
        ("Lira (street rate): 41.2 per $", "41.2", "lira"),
        ("Load: about 40,000 tonnes of urea", "40,000 tonnes", "urea"),
    ],
)
def test_a_label_line_names_what_its_figure_measures(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Off-exchange inventories: 52,000 t, down 8% m/m", "52,000 t", "off-exchange inventories"),
        ("Japan crude-steel output: 7.1 mt", "7.1 mt", "japan crude-steel output"),
        ("Processed claims (June): 4,310", "4,310", "processed claims"),
        ("Tanker calls: 212", "212", "tanker calls"),
        ("Brazil processed soybeans: 4.6 mt", "4.6 mt", "brazil processed soybeans"),
        ("Sailors held captive: 14", "14", "sailors"),
    ],
)
def test_a_label_keeps_its_hyphened_words_participles_and_plural_nouns(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("LNG export revenue: EUR 0.9 bn", "0.9", "lng export revenue"),
        ("Tax receipts: RUB 2.1 trillion, up 9% year on year", "2.1", "tax receipts"),
        ("Oil and gas revenue: $8.9bn, down from $10.2bn", "8.9", "oil and gas revenue"),
        ("Aid pledged by donors: £2.3bn", "2.3", "aid"),
    ],
)
def test_money_on_a_label_line_measures_the_label(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("GDP, third quarter: +3.1% y/y", "3.1", "gdp"),
        ("Retail sales, past month: -2.2%", "2.2", "retail sales"),
        ("Industrial output, September: +0.4% m/m", "0.4", "industrial output"),
        ("Budget deficit, first half: RUB 3.7 trillion", "3.7", "budget deficit"),
    ],
)
def test_a_label_line_whose_last_part_is_a_period_measures_the_part_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "value", "item"),
    [
        ("Auction: 91-day bill: 10.8%; 182-day bill: 12.9%", "12.9%", 12.9, "182-day bill"),
        ("10-year bond: 4.2% | 30-year bond: 4.9%", "4.2%", 4.2, "10-year bond"),
        ("Rates: 30-day loan: 7.5%", "7.5%", 7.5, "30-day loan"),
        ("5-year swap: 3.1%", "3.1%", 3.1, "5-year swap"),
    ],
)
def test_a_number_in_a_label_names_the_row_and_the_value_is_the_quantity(
    claims_of: Rows, line: str, anchor: str, value: float, item: str
) -> None:
    text = on_a_page(line)
    rows = claims_of(text, "quantity")
    assert all(r["quantity_unit"] == "%" for r in rows), rows
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Channel crossings\n2023 arrivals: 29,437\n2024 arrivals: 36,816", "29,437", "arrivals"),
        ("2023 exports: 4.1 mt", "4.1 mt", "exports"),
        ("2025 asylum claims: 108,100", "108,100", "asylum claims"),
        (
            "Key figures\n2024 deportations: 18,900 | 2025 deportations: 21,300",
            "21,300",
            "deportations",
        ),
    ],
)
def test_a_year_before_a_label_noun_dates_the_figure_and_the_noun_names_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Bread price increase this year: 12%", "12%", "bread price"),
        ("Wheat export fall in March: 8%", "8%", "wheat export"),
        ("Diesel price rise since May: 21%", "21%", "diesel price"),
        ("Coal output drop since April: 15%", "15%", "coal output"),
    ],
)
def test_a_label_that_names_a_change_measures_what_changes(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("- Seaborne exports: 4.1 mn t in August (+12% m/m, -9% y/y)", "+12%", "seaborne exports"),
        ("- Seaborne exports: 4.1 mn t in August (+12% m/m, -9% y/y)", "-9%", "seaborne exports"),
        ("* Wheat share: 38%, up from 29% in July", "29%", "wheat share"),
        ("- Coal imports: 2.2 mt in May (-4% on the month)", "-4%", "coal imports"),
        ("• Average freight Odesa-Alexandria: $24/t, unchanged", "$24", "average freight"),
    ],
)
def test_a_bulleted_label_line_names_its_figure_and_the_changes_after_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item", "change"),
    [
        ("Crude exports: 3.3 mb/d (+2% m/m)", "+2%", "crude exports", "increase"),
        ("Budget revenue: RUB 2.9 trillion, -4.1% y/y", "-4.1%", "budget revenue", "decrease"),
        ("Urals average: $61.40/bbl, -2.5% m/m", "-2.5%", "urals", "decrease"),
        ("Total sales: EUR 17.8 bn, down 4% m/m", "4%", "total sales", "decrease"),
    ],
)
def test_a_change_after_a_labelled_figure_is_the_change_of_that_figure(
    claims_of: Rows, text: str, anchor: str, item: str, change: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_change"]) == (item, change)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Zinc stocks: 88,250 t, down 12% m/m", "12%", "zinc stocks"),
        ("Cement output: 2.4 million tonnes, up 3% y/y", "3%", "cement output"),
        ("Grain exports: 5.2 mt, up 11% on a year earlier", "11%", "grain exports"),
        ("Cathode imports: 410,000 tonnes, down 4%", "4%", "cathode imports"),
    ],
)
def test_a_change_after_a_label_value_measures_the_label_not_its_unit(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "change", "item"),
    [
        ("Coal shipments: 4.1 million tonnes, year on year +6%", "+6%", "increase", "shipments"),
        ("Grain exports: 3.8 million tonnes, month on month -12%", "-12%", "decrease", "exports"),
        ("Diesel exports: 0.9 mb/d, week on week +1.5%", "+1.5%", "increase", "exports"),
        (
            "Steel output: 6.4 million tonnes, quarter on quarter -2.1%",
            "-2.1%",
            "decrease",
            "output",
        ),
    ],
)
def test_a_label_names_its_figure_and_the_period_change_after_it(
    claims_of: Rows, text: str, anchor: str, change: str, item: str
) -> None:
    level = found(claims_of, text, text.split(": ")[1].split(",")[0])
    row = found(claims_of, text, anchor)
    assert level["quantity_item"].split()[-1] == item
    assert (row["quantity_unit"], row["quantity_item"].split()[-1]) == ("%", item)
    assert row["quantity_change"] == change


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Crude exports (seaborne): 3.12 mb/d | m/m change: -4.3%", "-4.3%", "crude exports"),
        ("Diesel exports: 0.9 mb/d | y/y change: +6%", "+6%", "diesel exports"),
        ("Port calls: 412 | w/w: -3%", "-3%", "port calls"),
        ("Coal loadings: 2.1 mt | q/q change: +11%", "+11%", "coal loadings"),
    ],
)
def test_a_change_labelled_only_by_its_period_measures_the_row(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Refinery runs: 5.4 mb/d | Change m/m: -1.2%", "-1.2%", "refinery runs"),
        ("Copper output: 480 kt | Change y/y: +3%", "+3%", "copper output"),
        ("Steel exports: 1.1 mt | Change q/q: -8%", "-8%", "steel exports"),
        ("Container volumes: 2.3m TEU | Change w/w: +0.6%", "+0.6%", "container volumes"),
        ("Wheat stocks, end-May: 3.1 mt\nChange m/m: +4% | Change y/y: -7%", "-7%", "stocks"),
    ],
)
def test_a_change_label_with_the_change_word_first_measures_the_row(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"].endswith(item)


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Chicago wheat (Mar): $540/t | m/m: -3.5% | y/y: -12%", "-12%", "chicago wheat"),
        (
            "Bosporus transits (all ship types): 3,410 (June 2024: 3,902)",
            "3,902",
            "bosporus transits",
        ),
        ("Lira (street rate): 41.2 per $ (Monday: 40.8)", "40.8", "lira"),
        ("Ghana arrivals: 0.52 mt (prev. season 0.61 mt)", "0.61 mt", "ghana arrivals"),
        (
            "Average transit time: 41 days, versus 30 before the closure",
            "30",
            "average transit time",
        ),
    ],
)
def test_a_change_or_earlier_figure_beside_a_label_line_measures_the_same_thing(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Arrivals: 2,310 (1,980)", "1,980", "arrivals"),
        ("Ferry crossings: 412 (388)", "388", "ferry crossings"),
        ("Hospital admissions: 1,120 (1,340)", "1,340", "hospital admissions"),
        ("Port revenue: $4.1bn ($3.8bn)", "$3.8bn", "port revenue"),
    ],
)
def test_a_bare_figure_in_brackets_after_a_label_line_figure_is_the_same_measure(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Job adverts (online): 2024 monthly average 41,000 | March 2025: 38,500 | April 2025: 36,900",
            "36,900",
            "job adverts",
        ),
        ("Wage growth: 4.1% y/y (previous month: 4.4%)", "4.4%", "wage growth"),
        ("Gas stocks: 71% full (prior year: 88%)", "88%", "gas stocks"),
        ("Coal burn: 9.2 mt (last month: 10.1 mt)", "10.1 mt", "coal burn"),
        ("Reservoir levels on 1 May: 64% full (3 May 2024: 71%)", "71%", "reservoir levels"),
        ("Wind output: 12.4 TWh (Jan: 14.9 TWh)", "14.9 TWh", "wind output"),
        ("POWER MIX (MARCH)\nSolar share: 21% (Feb: 17%)", "17%", "solar share"),
    ],
)
def test_a_period_cell_on_a_labelled_line_measures_what_the_line_label_names(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Freight index (SCFI): 1,880 points, down 4% w/w", "1,880 points", "freight index"),
        ("Freight index (SCFI): 1,880 points, down 4% w/w", "4%", "freight index"),
        ("World container index: 2,410 points", "2,410 points", "world container index"),
        ("Dry bulk gauge: 1,305 points, up 12% since January", "12%", "dry bulk gauge"),
    ],
)
def test_index_points_on_a_label_line_measure_what_the_label_names(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Grain quotes\nBarley, March delivery: $201/t", "$201/t", "barley"),
        ("Grain quotes\nRapeseed, CIF Rotterdam: EUR 480/t", "EUR 480/t", "rapeseed"),
        ("Energy desk\nBrent, front-month: $79.40/bbl", "$79.40/bbl", "brent"),
        ("Fertilizer quotes\nUrea, FOB Baltic: $310/mt", "$310/mt", "urea"),
    ],
)
def test_the_terms_of_a_quote_after_a_comma_do_not_name_what_is_priced(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_per"]) == (
        item,
        "barrel" if "bbl" in anchor else "tonne",
    )


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Urea FOB Egypt: $415/t", "$415/t", "urea"),
        ("Wheat CIF Rotterdam: $260/t", "$260/t", "wheat"),
        ("Thermal coal FOB Newcastle: $131/t", "$131/t", "thermal coal"),
        ("Soybeans CFR China: $452/t | w/w +$3", "$452/t", "soybeans"),
    ],
)
def test_trade_terms_inside_a_label_do_not_name_what_is_priced(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Port figures for May\n\nNew cars: 48,300 units\n\nThe port said.", "48,300", "new cars"),
        ("Plant output\n\nTractors: 1,240 units\n\nThe maker said.", "1,240", "tractors"),
        ("Sales this quarter\n\nWashing machines: 96,000 units\n\nIt said.", "96,000", "machines"),
        ("Fleet update\n\nBuses: 412 units\n\nThe operator said.", "412", "buses"),
    ],
)
def test_a_label_names_what_its_units_count(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'New cars: 61,720 units': 'units' only says the figure is a count; the label names what
    is counted."""
    got = str(found(claims_of, text, anchor)["quantity_item"])
    assert got.split()[-1] == item.split()[-1], got


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Phones\n\nFull-year 2023 shipments: 4.1 million units\n\nIt said.", "4.1", "shipments"),
        ("Bikes\n\nAnnual 2021 output: 2.5 million units\n\nIt said.", "2.5", "output"),
        ("Cars\n\nFirst-half 2025 sales: 310,000 units\n\nThe group said.", "310,000", "sales"),
        ("Jets\n\nCalendar 2024 deliveries: 766 units\n\nThe maker said.", "766", "deliveries"),
    ],
)
def test_a_label_opened_by_a_dated_period_is_named_by_its_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'Full-year 2023 shipments: 4.1 million units': the period and its year date the figure;
    the noun after them names it."""
    assert str(found(claims_of, text, anchor)["quantity_item"]) == item
