"""Numbers that are no quantities: years, dates, names, page furniture, phone numbers, file
sizes, conversion notes, wire update counters and statistic names."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    "text",
    [
        "The offensive began in 2022 and stalled.",  # a year
        "The talks were held on April 2 in Geneva.",  # a date
        "The meeting started at 6:58 PM sharp.",  # a clock time
        "The 110th Mechanized Brigade held the line.",  # an ordinal in a name
        "The council passed Resolution 2270 without a vote.",  # a name with a number
        "Analysis | 2 min read",  # page furniture
        "For details call 555-123-4567 during office hours.",  # a phone number
        "John Smith, 45, was detained at the border.",  # an age
        "A 45-year-old man was detained at the border.",  # an age
        "The codes 1,2,3,4 and the stamp 2.4.2024 were printed on the crate.",  # malformed numbers
        "The two countries signed the accord.",  # an anaphoric count
        "No one was hurt in the crash.",  # a pronoun
        "Each new depot is meant to run as net zero carbon.",  # an idiom: a state, no count
        "The city wants net-zero emissions by 2040.",  # an idiom, hyphened
        "Police promised zero tolerance for looting.",  # an idiom, the word after
        "Trade is not a zero-sum game, she said.",  # an idiom, hyphened after
    ],
)
def test_never_quantities(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


def test_numbers_joined_in_a_name_are_not_quantities(claims_of: Rows) -> None:
    assert claims_of("Engineers inspected the Baltic Link 1 and 2 cables.", "quantity") == []


def test_a_name_before_a_plain_number_is_still_a_name(claims_of: Rows) -> None:
    assert claims_of("Under Resolution 2270 the council banned the sales.", "quantity") == []


@pytest.mark.parametrize(
    "text",
    [
        "Attachment: List of designated individuals and entities (2 pages)",
        "Download the full report (PDF, 48 pages)",
        "Subscribers can download the data tables (XLSX, 212 KB).",
        "Annex II (PDF, 1.4 MB)",
        "Read the annual review (PDF, 3.9 MB, French)",
        "The committee's minutes are online (DOCX, 88 KB, signed copy).",
        "Tariff schedule (XLS, 2.6 MB, English, Spanish)",
    ],
)
def test_the_size_of_an_attached_file_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


def test_a_figure_in_brackets_with_a_unit_of_its_own_stays(claims_of: Rows) -> None:
    text = "The new terminal (some 40 berths, mostly) opened on Monday."
    assert [r["quantity_value"] for r in claims_of(text, "quantity")] == [40]


@pytest.mark.parametrize(
    "text",
    [
        "Aid reached 1 billion zlotys ($1 = 3.85 zlotys).",
        "The fund holds 40 billion rupees ($1 = 83.2 rupees).",
        "UPDATE 3-Floods: Poland declares disaster as the toll rises to 23",
        "UPDATE 2-Ports reopen after strike ends",
    ],
)
def test_conversion_notes_and_wire_update_numbers_are_no_quantities(
    claims_of: Rows, text: str
) -> None:
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert not set(values) & {1, 2, 3, 3.85, 83.2}


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Stocks sit 12% below their five-year average.", "five-year"),
        ("The lira slid to a 20-year low on Monday.", "20-year"),
        ("Demand for the 30-year bond was weak.", "30-year"),
        ("A four-bedroom house in the suburb now costs more.", "four-bedroom"),
        ("Sales were up 6% on the same nine months of 2023.", "nine months"),
        ("Rents rose in the final two months of the year.", "two months"),
    ],
)
def test_a_span_naming_a_statistic_a_home_size_or_a_calendar_stretch_is_no_claim(
    claims_of: Rows, text: str, anchor: str
) -> None:
    start = text.index(anchor)
    rows = claims_of(text, "quantity")
    assert not any(r["span_start"] <= start < r["span_end"] for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo will freeze the assets of traders who ship oil above the Group of Seven price cap.",
        "Group of Seven foreign ministers will meet in Kyoto next month.",
        "The pledge was made at a Group of 20 summit in Rio de Janeiro.",
        "Officials from the Group of Twenty met in Cape Town on Monday.",
    ],
)
def test_the_number_in_a_group_name_is_no_count(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


def test_a_lower_case_group_of_things_is_still_counted(claims_of: Rows) -> None:
    assert one(claims_of, "A group of 12 soldiers crossed the river.")["quantity_value"] == 12


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The agency said the three working mines employ 2,400 people.", 3),
        ("Most grain now leaves through the four deep-water ports near the city.", 4),
        ("The six earlier resolutions on the conflict return in full.", 6),
        ("Investors backed the two unfinished reactors with fresh loans.", 2),
    ],
)
def test_the_n_with_an_adjective_of_its_own_is_a_count(
    claims_of: Rows, text: str, value: float
) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_value"] == value]
    assert len(rows) == 1, claims_of(text, "quantity")


@pytest.mark.parametrize(
    "text",
    [
        "The two countries signed a trade deal on Monday.",
        "The three remaining firms are based in Dubai.",
        "The four listed companies will lose access to the market.",
    ],
)
def test_the_n_that_points_back_is_no_new_count(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The firms missed the two-month deadline to respond to the regulator.", 2, "months"),
        ("The council approved the six-month extension of the ceasefire on Friday.", 6, "months"),
        ("Talks resumed after the three-day pause, officials said.", 3, "days"),
        ("Shipping has not recovered since the ten-week blockade of the port ended.", 10, "weeks"),
    ],
)
def test_the_n_joined_to_a_time_unit_is_a_length_not_a_pointer(
    claims_of: Rows, text: str, value: float, unit: str
) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_value"] == value]
    assert len(rows) == 1 and rows[0]["quantity_unit"] == unit, claims_of(text, "quantity")


def test_the_n_joined_to_a_time_unit_before_a_market_name_is_a_benchmark(claims_of: Rows) -> None:
    text = "The three-month LME contract averaged $2,648 a tonne in February."
    assert [r["quantity_value"] for r in claims_of(text, "quantity")] == [2648]


def test_zero_that_counts_is_still_a_quantity(claims_of: Rows) -> None:
    assert one(claims_of, "The plant reported zero injuries last year.")["quantity_value"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "KEY FACTS: 1718 COMMITTEE",
        "The UN's 1267 committee has been asked to list two more men.",
        "Diplomats said the 2745 Committee would meet again in June.",
        "Its experts briefed the 1533 panel last week.",
    ],
)
def test_a_body_named_by_its_resolution_number_is_no_count(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


def test_a_count_of_committee_members_is_still_a_count(claims_of: Rows) -> None:
    assert one(claims_of, "All 150 committee members voted in favour.")["quantity_value"] == 150


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("A 12-member team of inspectors reached the site on Friday.", "12-member", 12),
        ("The judges issued a 40-page ruling late on Monday.", "40-page", 40),
        ("Police stopped a 96-car freight train outside the city.", "96-car", 96),
        ("Voters will elect a 60-seat assembly next spring.", "60-seat", 60),
    ],
)
def test_a_hyphened_count_of_parts_after_an_indefinite_article_is_a_count(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    "text",
    [
        "The 27-member bloc met in Brussels.",
        "The 15-member council will vote on Friday.",
        "They bought a five-storey building downtown.",
    ],
)
def test_a_hyphened_count_after_the_or_of_storeys_stays_a_name(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []
