"""A later sentence that restates an earlier action (being or remaining listed, 'also', 'they',
'among them') is a claim of that action, and none when there is no action before."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import CANADA_LEAD, JAPAN_LEAD, Rows, carried, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # being on a list, in other words: the subject is the target, the action the lead's
        ("Three trading firms in Dubai now sit on the blacklist.", {"organization": 3}),
        (
            "Four companies in Kazakhstan are on the list for selling drone parts.",
            {"organization": 4},
        ),
        ("Two shipping agents also appear on the sanctions list.", {"organization": 2}),
        ("Only 12 tankers were on the list, officials said.", {"vessel": 12}),
        ("Five regional lenders remain on the list.", {"organization": 5}),
    ],
)
def test_being_on_the_list_is_a_claim_of_the_action_before(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, JAPAN_LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Japan"]
    assert rows[1]["sanction_status"] == "imposed"
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [  # still on a list: the name is the target, the agent the authority
        (
            "Arctic Fuel Trading, a broker in Dubai, remains listed by the UK.",
            "United Kingdom",
            {"organization": 1},
        ),
        (
            "Nordvik Credit Bank, a lender in Murmansk, remains designated by Washington.",
            "United States",
            {"organization": 1},
        ),
        ("The two tankers remain sanctioned by Canada.", "Canada", {"vessel": 2}),
        ("Four captains stay listed, the ministry said.", "Japan", {"person": 4}),
    ],
)
def test_remaining_listed_is_a_claim(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, JAPAN_LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "claims"),
    [  # a list that holds targets restates the listing; any other holder states a quantity
        ("The EU's list now holds 153 vessels.", 1),
        ("Britain's blacklist contains 40 Belarusian officials.", 1),
        ("Japan's list now numbers 300 entities.", 1),
        ("The fleet now numbers 120 ships.", 0),
        ("The company holds 20 tankers.", 0),
    ],
)
def test_a_list_holding_targets_restates_its_listing(
    claims_of: Rows, text: str, claims: int
) -> None:
    assert len(claims_of(text, "sanction")) == claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Those targeted include two bankers in Minsk and a Latvian insurer.",
            {"person": 2, "organization": 1},
        ),
        (
            "Those listed today include three shipping companies based in Dubai.",
            {"organization": 3},
        ),
        (
            "These named in the order include a Cypriot broker and its two owners.",
            {"organization": 1, "person": 2},
        ),
        (
            "Those hit by the measures include four tankers and a ship manager in Hong Kong.",
            {"vessel": 4, "organization": 1},
        ),
    ],
)
def test_a_pronoun_the_listing_describes_restates_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(CANADA_LEAD + text, "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == ["Canada"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway on Monday listed 12 firms and banned 20 tankers that Brussels had blacklisted in "
        "May. Those targeted include two Arctic shipping companies.",
        "Canada sanctioned nine officials and a bank that Japan blacklisted last year. The "
        "individuals include two judges.",
        "Australia designated six firms selling parts to a factory that Washington sanctioned "
        "last year. Two of the firms were also placed under an asset freeze.",
        "New Zealand listed 31 vessels that the UK had sanctioned earlier. The tankers listed "
        "include the OCEAN PEARL.",
    ],
)
def test_a_restatement_takes_the_main_action_of_the_sentence_before(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 3, rows  # the main action, a relative clause's, the restatement
    main = rows[0]["sanction_authorities"]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[-1]["sanction_authorities"] == main, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four arms plants in Iran and their owners were also targeted.",
            {"organization": 4, "person": None},
        ),
        ("Two Turkish brokers were hit too.", {"person": 2}),
        ("Three Emirati shipping firms have also been named.", {"organization": 3}),
        ("Nine more tankers are likewise blocked.", {"vessel": 9}),
        ("A Belarusian judge and two prosecutors were also targeted on Friday.", {"person": 3}),
    ],
)
def test_an_agentless_passive_with_also_is_a_claim_of_the_action_before(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of("Canada on Monday sanctioned 21 people. " + text, "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == ["Canada"]


def test_an_agentless_passive_with_also_and_no_action_before_is_no_claim(
    claims_of: Rows,
) -> None:
    rows = claims_of("Two Turkish football clubs were hit too by the storm.", "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert [r for r in rows if r["sanction_authorities"]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They cover four banks in Minsk and a Latvian insurer.", {"organization": 5}),
        ("They include two Iranian generals.", {"person": 2}),
        ("They now include nine tankers of the shadow fleet.", {"vessel": 9}),
        ("They also cover 12 officials who organised the vote.", {"person": 12}),
    ],
)
def test_they_restates_the_measures_when_its_object_is_a_target_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    lead = "Britain imposed new sanctions on Tuesday. The measures take effect at once. "
    rows = claims_of(lead + text, "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert counts(rows[-1]) == expected
    assert rows[-1]["sanction_authorities"] == ["United Kingdom"]


def test_they_with_an_object_that_is_no_target_restates_nothing(claims_of: Rows) -> None:
    rows = claims_of("Britain imposed new sanctions. They cover oil and gas.", "sanction")
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain added 31 firms to its list. Among them is Harbin Optics, a lens maker.",
            {"organization": 1},
        ),
        (
            "Japan sanctioned 14 companies on Friday. Among them are the Dalian Star Shipping "
            "Company and its affiliate, Bright Sea Ltd.",
            {"organization": 2},
        ),
        (
            "Canada designated nine people last week. Among them was the former general Ivan "
            "Petrov.",
            {"person": 1},
        ),
        (
            "The EU blacklisted 20 tankers. Among them are two vessels flagged in Gabon.",
            {"vessel": 2},
        ),
    ],
)
def test_among_them_restates_the_targets_of_the_sanction_before(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    carry_sanctions(rows)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]


def test_among_them_after_a_sentence_with_no_sanction_is_none(claims_of: Rows) -> None:
    text = "Russia launched 40 drones overnight. Among them were six made in Iran by two firms."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada today removed 12 entities from its list, among them the National Bank of Syria "
            "and two state shipping companies.",
            {"organization": 12},
        ),
        (
            "The EU sanctioned 40 companies, among them three Chinese drone makers.",
            {"organization": 40},
        ),
        (
            "Restrictions will be imposed on 20 individuals and 30 entities, among them 9 entities "
            "located in third countries.",
            {"person": 20, "organization": 30},
        ),
        (
            "Britain designated 25 people on Monday, among them two judges and a prison governor.",
            {"person": 25},
        ),
    ],
)
def test_among_them_names_part_of_the_counted_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
