"""Lines outside running prose: timeline entries and label lines ('Targets: ...')."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import Rows, counts, only

TIMELINE = (
    "Canada has widened its measures against Russia every year since the invasion.\n\n"
    "Key dates\n"
    "24.02.2022 – First Canadian asset freezes on Russian banks\n"
    "May 2022 – Import ban on Russian steel adopted\n"
    "2023-03-10 – Sanctions on 30 drone makers\n"
    "12 June 2024 – Tenth package lifted for two exporters\n"
)


def test_each_timeline_entry_with_a_sanction_noun_is_a_claim(claims_of: Rows) -> None:
    rows = claims_of(TIMELINE, "sanction")
    carry_sanctions(rows)
    entries = [r for r in rows if r["span_start"] > TIMELINE.index("Key dates")]
    starts = [TIMELINE.index(line) for line in TIMELINE.splitlines()[3:]]
    assert [r["span_start"] for r in entries] == starts, entries
    assert [r["sanction_status"] for r in entries] == ["imposed", "imposed", "imposed", "lifted"]
    assert all(r["sanction_authorities"] == ["Canada"] for r in entries)
    assert counts(entries[2]) == {"organization": 30}


@pytest.mark.parametrize(
    "text",
    [
        "Key dates\n24.02.2022 – Troops cross the border\nMay 2022 – Siege of the port ends\n",
        "Schedule\n10:30 – Opening remarks by the minister\n11:00 – Panel on trade\n",
    ],
)
def test_a_timeline_without_sanction_nouns_holds_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "23.02.2022 – First package after the recognition of the breakaway regions",
        "2024-06-24 – 14th package targets LNG transshipment",
        "March 2023 – Tenth round agreed after long talks",
        "5 May 2025: 17th package adopted",
    ],
)
def test_a_timeline_entry_with_an_ordinal_package_is_a_claim_on_its_own(
    claims_of: Rows, text: str
) -> None:
    row = only(claims_of, text)
    assert row["span_start"] == 0 and row["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    "text",
    [
        "2024-06-24 – Two packages of aid approved for farmers",
        "2024-06-24 – Aid package approved for farmers",
    ],
)
def test_a_timeline_entry_with_a_package_of_aid_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asset freeze: 11 individuals, 29 organisations (1 bank)",
            {"person": 11, "organization": 29},
        ),
        ("Export ban: 22 entities", {"organization": 22}),
        ("Entry bans: 40 officials and 3 judges", {"person": 43}),
        ("EU travel ban: 14 officials", {"person": 14}),
    ],
)
def test_label_lines(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    ["Shelling: 2 people killed in Kherson", "Crew: 24", "Ban list: see page 4"],
)
def test_label_lines_that_list_no_targets(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "New designations: 41",
        "Delistings this month: 7",
        "Sanctions imposed in 2025: 312",
        "Total asset freezes: 1,250",
    ],
)
def test_a_tally_line_with_no_target_word_is_a_quantity(claims_of: Rows, text: str) -> None:
    """A bare number after a sanction noun counts the week's or year's actions, not targets."""
    assert claims_of(text, "sanction") == []
    assert len(claims_of(text, "quantity")) == 1


@pytest.mark.parametrize("text", ["Persons listed: 13", "Names listed: 15"])
def test_a_label_naming_its_target_word_before_the_colon(claims_of: Rows, text: str) -> None:
    """'Persons listed: 13' counts the list's targets: a cumulative sanction claim."""
    assert len(claims_of(text, "sanction")) == 1
    assert claims_of(text, "quantity") == []
