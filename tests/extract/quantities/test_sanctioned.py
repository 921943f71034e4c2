"""Counts inside sanction sentences: a sanction's own target counts belong to the sanction, other
counts there (a fleet, the crew, what a listed firm holds) are quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


def test_numbers_counting_sanction_targets_belong_to_the_sanction(claims_of: Rows) -> None:
    text = "Japan sanctioned 11 individuals and 5 companies, while its navy has 150 ships."
    items = [r["quantity_item"] for r in claims_of(text, "quantity")]
    assert items == ["ships"]


def test_partitive_count_of_named_targets_belongs_to_the_sanction(claims_of: Rows) -> None:
    text = (
        "Canada sanctioned nine people and four firms on Friday. "
        "Three of the individuals listed are Iranian nationals, "
        "and two of those firms are registered in Dubai. "
        "Six of the 40 crew members were later released."
    )
    rows = claims_of(text, "quantity")
    assert [(r["quantity_value"], r["quantity_item"]) for r in rows] == [
        (6, "crew members"),
        (40, "crew members"),
    ]


def test_a_partitive_of_the_listed_targets_stays_the_sanctions(claims_of: Rows) -> None:
    text = "The UK sanctioned 30 tankers on Monday. Britain also designated 12 of the tankers."
    assert all(r["quantity_value"] != 12 for r in claims_of(text, "quantity"))


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Japan designated 20 tankers. A manager that operated at least 12 of the tankers "
            "was also designated.",
            "12",
            12,
            "tankers",
        ),
        (
            "The UK sanctioned 30 tankers on Monday. A Dubai firm that owned nine of the tankers "
            "was also listed.",
            "nine",
            9,
            "tankers",
        ),
        (
            "Canada listed 14 vessels. Also sanctioned was a company that manages five of the "
            "vessels.",
            "five",
            5,
            "vessels",
        ),
        (
            "The EU blacklisted 40 ships. The owner, which controls 11 of the ships, was added too.",
            "11",
            11,
            "ships",
        ),
    ],
)
def test_a_count_a_listed_firm_holds_is_a_quantity_in_a_sanction_sentence(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "The vessel, a 31-metre trawler named Blue Heron, was also identified as blocked.",
            "31-metre",
            31,
        ),
        ("Washington also blocked a 9,000-tonne tanker owned by the firm.", "9,000-tonne", 9000),
        ("The sanctions list also names a 40-foot yacht, the Sea Lark.", "40-foot", 40),
        (
            "Designated alongside him were two companies and a 150-metre cargo ship.",
            "150-metre",
            150,
        ),
    ],
)
def test_a_hyphened_measure_sizes_a_target_and_is_a_quantity(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    "breakdown",
    [
        "Seven of them are Uzbek citizens and three hold Kyrgyz passports.",
        "Of the 20, 12 are Afghan nationals, five are Pakistani and three are Iranian.",
        "Four others are Myanmar nationals, and two are Thai.",
        "Six of them were Lebanese citizens.",
    ],
)
def test_a_nationality_breakdown_of_listed_targets_is_the_sanctions(
    claims_of: Rows, breakdown: str
) -> None:
    """In an article that states a sanction, counts that break the listed people down by
    nationality belong to the sanction, in a later paragraph too; no quantity of their own."""
    text = (
        "The Treasury on Tuesday sanctioned 10 individuals over terrorism financing.\n\n"
        + breakdown
    )
    start = text.index(breakdown)
    assert [r for r in claims_of(text, "quantity") if r["span_start"] >= start] == []


@pytest.mark.parametrize(
    "breakdown",
    [
        "Of the 9 suspects, five are Kabul residents and four are residents of Herat.",
        "Four of the suspects were Ghanaian, two Nigerian and one Togolese.",
        "Six of the people named are Yemeni, three Omani and one is a citizen of Iraq.",
        "The list holds eight people, five of them citizens of Mali and three of Senegal.",
    ],
)
def test_a_breakdown_by_origin_with_verbless_rows_is_the_sanctions(
    claims_of: Rows, breakdown: str
) -> None:
    """A breakdown may name a place of residence or a country, leave the verb out of its later
    rows, or open with the listed count ('Of the 9 suspects'): all of it is the sanction's."""
    text = "The Treasury on Tuesday sanctioned 10 individuals over arms smuggling.\n\n" + breakdown
    start = text.index(breakdown)
    assert [
        r["quantity_value"] for r in claims_of(text, "quantity") if r["span_start"] >= start
    ] == []


def test_a_nationality_breakdown_outside_a_sanction_story_is_counted(claims_of: Rows) -> None:
    text = "Of the 300 migrants rescued, 120 are Syrian and 80 are Afghan."
    assert sorted(r["quantity_value"] for r in claims_of(text, "quantity")) == [80, 120, 300]
