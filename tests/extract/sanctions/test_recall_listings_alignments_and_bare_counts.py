"""Sanction recall families: terrorist listings, lists taken off, a bare committee subject,
aligning with what only points back, bare counts after a sanction verb, pronoun objects of a
coordinated verb, questions and habitual alignment (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts, only


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Canada imposed sanctions on Iran. Ottawa listed the IRGC as a terrorist entity.",
            "imposed",
        ),
        (
            "Australia froze the network's funds. The minister will move to list Black Lantern "
            "as a terrorist organisation next month.",
            "planned",
        ),
        (
            "Britain sanctioned two men on Monday. It has also listed the PKVD as a terrorist "
            "group under the new act.",
            "imposed",
        ),
        (
            "Japan sanctioned six people in May. Tokyo is expected to list the Vostok militia as "
            "a terrorist entity.",
            "planned",
        ),
    ],
)
def test_listing_as_a_terrorist_body_is_an_action_on_one_organization(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status
    assert counts(rows[1]) == {"organization": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU sanctioned ten people. Two people listed in 2023 were taken off the list.",
            {"person": 2},
        ),
        (
            "Canada sanctioned six firms. Three shipping agents from Oman were taken "
            "off the list on Monday.",
            {"organization": 3},
        ),
        (
            "Japan froze the assets of nine men. Four banks will be taken off the list.",
            {"organization": 4},
        ),
        (
            "Britain sanctioned two generals. A retired colonel who died in May has been taken off "
            "the list.",
            {"person": 1},
        ),
    ],
)
def test_taken_off_the_list_lifts(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "lifted"
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "The UN committee on Monday added four people to its sanctions list. The committee "
            "also removed a former customs official who died last year.",
            "lifted",
            {"person": 1},
        ),
        (
            "The EU on Monday sanctioned five people. The council removed two shipping firms, "
            "officials said.",
            "lifted",
            {"organization": 2},
        ),
        (
            "Britain froze the assets of six men. The department will remove three brokers in May.",
            "lifted",
            {"organization": 3},
        ),
        (
            "The UN Security Council sanctioned two militia leaders. The committee also listed "
            "a logistics company based in Goma.",
            "imposed",
            {"organization": 1},
        ),
    ],
)
def test_bare_body_named_before_acts_on_targets(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status
    assert counts(rows[1]) == expected


def test_body_removing_someone_from_office_is_no_listing(claims_of: Rows) -> None:
    text = "Britain sanctioned four men. The ministry removed the official from his post."
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    ("text", "status", "authorities"),
    [
        (
            "The EU imposed sanctions on ten officials on Monday. Norway, Iceland and "
            "Liechtenstein are expected to align with the decision in the coming weeks.",
            "planned",
            ["Norway", "Iceland", "Liechtenstein"],
        ),
        (
            "The EU imposed sanctions on ten officials on Monday. Albania will align with the "
            "move next month.",
            "planned",
            ["Albania"],
        ),
        (
            "Britain sanctioned three shipping firms on Friday. Switzerland followed the "
            "decision on Tuesday.",
            "imposed",
            ["Switzerland"],
        ),
        (
            "Canada banned four generals from entering the country. Australia is set to follow "
            "the move.",
            "planned",
            ["Australia"],
        ),
    ],
)
def test_alignment_with_a_bare_decision_takes_over_the_measures(
    claims_of: Rows, text: str, status: str, authorities: list[str]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status
    assert rows[1]["sanction_authorities"] == authorities


def test_a_habit_of_following_decisions_is_no_alignment(claims_of: Rows) -> None:
    text = (
        "The EU sanctioned nine people. Norway usually follows its foreign-policy decisions, "
        "officials said."
    )
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("TIMELINE\n12.02.2021: Japan sanctions five\n", 5),
        ("Britain Lists Seven More Over Election Violence\n", 7),
        ("KEY DATES\n3 Mar 2024: Australia sanctions two more\n", 2),
        ("The UK sanctioned 12 on Monday.", 12),
    ],
)
def test_a_bare_count_after_the_verb_is_a_group(claims_of: Rows, text: str, count: int) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == {"other": count}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada on Tuesday sanctioned four generals over the crackdown.\n\n"
            "TIMELINE\n14.03.2022: Canada sanctions four\n",
            {"person": 4},
        ),
        (
            "Japan Lists Six More Over Smuggling\n\nJapan on Friday added six shipping companies "
            "to its sanctions list.",
            {"organization": 6},
        ),
        (
            "Britain Sanctions Two More Over Arms Flights\n\nBritain on Monday sanctioned two "
            "cargo planes used by the network.",
            {"aircraft": 2},
        ),
        (
            "Australia Designates Five Over Hacking\n\nAustralia on Monday imposed sanctions on "
            "three hackers and two firms that hosted their servers.",
            {"other": 5},
        ),
    ],
)
def test_a_bare_count_takes_the_kind_of_the_story_claims_counting_as_many(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    found = [counts(r) for r in rows]
    assert expected in found, found
    assert {"other": sum(expected.values())} not in found or "other" in expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada sanctioned two judges. Ottawa froze their assets and barred them from travel.",
            {"person": 2},
        ),
        (
            "The EU listed a businessman on Friday. It froze his bank accounts and banned him "
            "from entering the bloc.",
            {"person": 1},
        ),
        (
            "Britain sanctioned four smugglers. London froze their funds and banned them from "
            "travel.",
            {"person": 4},
        ),
        (
            "Japan designated a shipping magnate. Tokyo froze her holdings and barred her from "
            "entry.",
            {"person": 1},
        ),
    ],
)
def test_a_coordinated_verb_on_a_pronoun_adds_to_the_same_claim(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain sanctioned three commanders on Tuesday.\nWho was sanctioned this week?\n",
        "Japan froze the assets of four firms.\nWhich banks were blacklisted?\n",
        "Canada listed six officials in May.\nWho has Ottawa designated so far?\n",
        "The EU sanctioned two generals.\nWhat has the EU banned?\n",
    ],
)
def test_a_question_asking_who_was_sanctioned_is_no_claim(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The UN listed six men. Switzerland, which mirrors UN designations, said it would act.",
        "The EU banned two banks. Norway, which usually aligns with EU sanctions, gave no date.",
        "The EU listed four firms. Iceland, which follows EU sanctions, was silent on Monday.",
        "Britain froze nine accounts. Jersey, which matches UK listings, has its own law.",
    ],
)
def test_a_habit_of_alignment_in_a_relative_clause_is_no_claim(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "The EU sanctioned five people on Tuesday. Norway and Iceland are expected to align "
            "in the coming weeks, as they did with the first listings.",
            ["Norway", "Iceland"],
        ),
        ("The EU sanctioned five people. Albania will follow, as it did in May.", ["Albania"]),
        (
            "Britain listed seven firms. Australia is set to follow suit, as it did last year.",
            ["Australia"],
        ),
        (
            "Canada banned three ships. New Zealand will align next month, like it did in 2023.",
            ["New Zealand"],
        ),
    ],
)
def test_a_comparison_with_a_past_alignment_leaves_the_alignment(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    rows = claims_of(text, "sanction")
    assert any(
        r["sanction_status"] == "planned" and r["sanction_authorities"] == authorities for r in rows
    ), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain sanctioned two men. Latvia has frozen the assets of five officials and "
            "barred them from entering.",
            {"person": 5},
        ),
        (
            "Japan froze the funds of three brokers and banned them from travel.",
            {"organization": 3},
        ),
        ("Canada sanctioned four judges and barred them from entry on Monday.", {"person": 4}),
        (
            "Britain said it had frozen the assets of five officials and barred them from "
            "entering the country, among them deputy minister Ivan Petrov and the head of the "
            "riot police, Oleg Sidorov.",
            {"person": 5},
        ),
        (
            "Australia listed a Russian banker and froze his accounts on Friday.",
            {"person": 1},
        ),
    ],
)
def test_a_pronoun_of_a_coordinated_verb_adds_no_group_beside_the_first_verbs(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert counts(rows[-1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain sanctioned four smugglers. London froze their funds.",
        "The EU listed two bankers. Brussels froze their holdings on Monday.",
        "Canada sanctioned a judge. Ottawa froze her funds in May.",
        "Japan designated six traders. Tokyo has frozen their holdings.",
    ],
)
def test_holdings_owned_by_a_pronoun_are_no_fund_or_holding_company(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    assert "organization" not in counts(rows[-1]), rows[-1]["sanction_targets"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US has barred more than 300 Guatemalans from entering the country.", {"person": 300}),
        ("The US barred 40 Hondurans from entering the country.", {"person": 40}),
        ("Canada sanctioned 12 Peruvians on Monday.", {"person": 12}),
        ("Washington has imposed visa bans on about 150 Salvadorans.", {"person": 150}),
    ],
)
def test_a_counted_plural_of_nationality_names_people(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
