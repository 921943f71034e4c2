"""The stretch up to now over which something happened ('in the
previous five years') is a duration."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Inspectors logged 40 complaints in the preceding two months alone.", "two months", 2),
        ("For the previous eight weeks, the plant has run at half its capacity.", "eight weeks", 8),
        ("The firm had paid no dividend during the previous three years.", "three years", 3),
        ("Over the preceding ten days rescuers pulled 200 people from the rubble.", "ten days", 10),
    ],
)
def test_the_previous_years_over_which_something_happened_are_a_duration(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The river has not flooded like this in more than a decade.", "a decade"),
        ("She had led the agency for nearly a decade when she resigned.", "a decade"),
        ("Prices will stay high for at least a decade, the study warns.", "a decade"),
        ("A decade-long freeze ended after almost a decade of talks.", "almost a decade"),
    ],
)
def test_a_decade_is_ten_years(claims_of: Rows, text: str, anchor: str) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (10, "years")


def test_a_count_of_decades_stays_in_decades(claims_of: Rows) -> None:
    row = found(claims_of, "The dispute has lasted for three decades.", "three decades")
    assert (row["quantity_value"], row["quantity_unit"]) == (3, "decades")


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high"),
    [
        ("The charity raised between $2 million and $3 million last year.", "$2 million", 2e6, 3e6),
        ("Fees will increase between 40 cents and 60 cents a trip.", "40 cents", 40, 60),
        (
            "The mill is lifting between 20,000 tonnes and 25,000 tonnes of ore a week.",
            "20,000 tonnes",
            20000,
            25000,
        ),
        ("Donations, which grew between £5m and £8m, paid for schools.", "£5m", 5e6, 8e6),
    ],
)
def test_a_range_opened_by_between_after_a_change_verb_is_one_range(
    claims_of: Rows, text: str, anchor: str, low: float, high: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_bound"], row["quantity_low"], row["quantity_high"]) == (
        "range",
        low,
        high,
    )


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Of the 600 staff, roughly three-quarters may lose their jobs.", "three-quarters", 75),
        ("The army ordered 90 drones; one-third had arrived by June.", "one-third", 33.33),
        (
            "The harvest came to 9 million tonnes, of which two-thirds is sold abroad.",
            "two-thirds",
            66.67,
        ),
        (
            "The city set aside $5 million, and about four-fifths had gone by May.",
            "four-fifths",
            80,
        ),
    ],
)
def test_a_hyphened_fraction_is_a_share_even_with_no_noun_after_it(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "%")


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The board voted 7 to 2 on Friday to sack its chief executive.", "7", "votes"),
        ("In the final ballot the deputies split 201 for and 180 against.", "180", "votes"),
        (
            "The bill was carried with 40 senators in favour, 22 against and two abstaining.",
            "22",
            "senators",
        ),
        ("Of the members present, 61 will abstain and 30 voted against.", "30", "members"),
    ],
)
def test_a_bare_count_in_a_vote_tally_counts_votes_or_the_voters_named(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The levy comes to under a tenth of one percent of turnover.", "a tenth", 0.1, "%"),
        ("Rates fell by a quarter of a percentage point.", "a quarter", 0.25, "percentage points"),
        ("The pump price rose by a fifth of a euro last week.", "a fifth", 0.2, "EUR"),
        (
            "Customs seized about three-quarters of a tonne of cocaine.",
            "three-quarters",
            0.75,
            "tonnes",
        ),
    ],
)
def test_a_fraction_of_one_unit_is_that_part_of_the_unit(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


def test_a_fraction_of_one_unit_that_owns_a_noun_is_a_share_of_that_noun(claims_of: Rows) -> None:
    row = found(claims_of, "Repairs cost half of one day's output.", "half")
    assert (row["quantity_value"], row["quantity_unit"]) == (50, "%")


@pytest.mark.parametrize(
    "text",
    [
        "Engineers shut the No. 4 blast furnace on Monday.",
        "Workers at the plant's No. 1 line walked out.",
        "Avalanche danger stands at level 3 out of 5 this weekend.",
        "Forecasters rated the storm category 4 out of 5 before landfall.",
    ],
)
def test_a_number_after_a_name_word_is_a_name_even_cut_from_its_stop_or_graded(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Of the injured, 12 remain in hospital.", "12", "injured people"),
        ("Of the applicants, only 30 were accepted last year.", "30", "applicants"),
        ("Of the crew, four have been rescued and two are still missing.", "two", "crew"),
        ("Of the hostages, seven will be freed on Sunday.", "seven", "hostages"),
    ],
)
def test_a_bare_count_after_a_fronted_partitive_counts_its_whole(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_of_course_names_no_whole(claims_of: Rows) -> None:
    assert claims_of("Of course, three were late.", "quantity") == []


def test_a_tally_written_as_one_score_is_one_count(claims_of: Rows) -> None:
    rows = claims_of("The committee voted 9-4 to approve the budget.", "quantity")
    assert [r["quantity_value"] for r in rows] == [9]
