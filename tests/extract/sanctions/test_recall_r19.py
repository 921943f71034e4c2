"""Round-19 recall families, each with invented variants that differ in wording, voice and
structure: a state taking over another authority's decision, a state pronoun reported by its
state, and the lifting constructions below."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "authority", "status"),
    [  # the referent is owned by the other authority; the acting state may be a reported pronoun
        (
            "Brussels listed nine officers in May. Oslo, which is outside the bloc, said on Monday"
            " it plans to align with the EU decision before the summer.",
            ["Norway"],
            "planned",
        ),
        (
            "Britain froze the assets of six tycoons last week. Ottawa said on Friday that it had"
            " followed Washington's move.",
            ["Canada"],
            "imposed",
        ),
        (
            "The bloc listed four generals. Iceland is expected to join the EU's step within days.",
            ["Iceland"],
            "planned",
        ),
        (
            "Washington sanctioned ten firms. Ottawa will follow the US lead soon, officials said.",
            ["Canada"],
            "planned",
        ),
    ],
)
def test_taking_over_another_authoritys_decision(
    claims_of: Rows, text: str, authority: list[str], status: str
) -> None:
    rows = [r for r in carried(claims_of, text) if r["sanction_authorities"] == authority]
    assert len(rows) == 1, carried(claims_of, text)
    assert rows[0]["sanction_status"] == status


def test_a_decision_taken_over_by_no_state_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("The club said it will follow the league's decision.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "authority"),
    [  # an annex of a regulation is a sanctions list: taking a target off it lifts
        ("Tokyo has struck three shipping firms from the annex of its export rules.", ["Japan"]),
        (
            "Canada listed ten people in May. Two trading houses were deleted from Annex I of"
            " the regulation on Friday.",
            ["Canada"],
        ),
        ("Seoul said it would remove a banker from the annexe next week.", ["South Korea"]),
        ("Next month Ottawa deletes four names from its annex, officials said.", ["Canada"]),
    ],
)
def test_taken_off_an_annex(claims_of: Rows, text: str, authority: list[str]) -> None:
    rows = [r for r in carried(claims_of, text) if r["sanction_status"] == "lifted"]
    assert len(rows) == 1, carried(claims_of, text)
    assert rows[0]["sanction_authorities"] == authority


@pytest.mark.parametrize(
    ("text", "authority"),
    [  # a relative clause whose agent is an authority states its own action on the antecedent
        ("Japan freed a judge who had been removed by the UN in 2022.", ["UN Security Council"]),
        (
            "London unfroze the funds of three traders, who were then dropped by the EU as well.",
            ["European Union"],
        ),
        (
            "Three tankers, which the EU removed from its list in March, sailed to Oman.",
            ["European Union"],
        ),
        (
            "Bern named two ex-ministers that Washington had delisted the year before.",
            ["United States"],
        ),
    ],
)
def test_relative_clause_of_another_authority(
    claims_of: Rows, text: str, authority: list[str]
) -> None:
    rows = [r for r in carried(claims_of, text) if r["sanction_authorities"] == authority]
    assert len(rows) == 1, carried(claims_of, text)
    assert rows[0]["sanction_status"] == "lifted"


def test_removal_by_no_authority_is_no_claim(claims_of: Rows) -> None:
    text = "The envoy, who was removed by the president last year, now lives in Paris."
    assert claims_of(text, "sanction") == []


def test_relative_clause_with_no_authority_is_history(claims_of: Rows) -> None:
    text = "Japan lifted its freeze on a former colonel who was listed in error in 2021."
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["lifted"], rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [  # a 'to' clause with its own subject announces a coming action, wherever the parser hangs it
        (
            "Rome freezes accounts of nine traders; Malta and Cyprus to follow, one listing ended",
            ["Malta", "Cyprus"],
        ),
        ("Canada lists nine generals; Australia to follow", ["Australia"]),
        (
            "EU bans imports of Iranian drones, Britain and Japan to join within weeks",
            ["United Kingdom", "Japan"],
        ),
        ("Brussels blacklists four banks. Norway to align by June, ministry says", ["Norway"]),
    ],
)
def test_headline_infinitive_of_a_following_state(
    claims_of: Rows, text: str, authority: list[str]
) -> None:
    rows = [r for r in carried(claims_of, text) if r["sanction_authorities"] == authority]
    assert len(rows) == 1, carried(claims_of, text)
    assert rows[0]["sanction_status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [  # what a target asks for is no action of any authority
        "Britain listed five firms. The firm's lawyer said it would seek to be removed from the"
        " list.",
        "Japan froze the assets of two banks. One of them has applied to be delisted.",
        "Canada sanctioned a tanker. Its owner hopes to be taken off the register by summer.",
        "The EU listed 11 officers. Two of the officers asked to be struck from the annex.",
    ],
)
def test_a_target_asking_to_be_delisted_is_no_claim(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed"], rows


@pytest.mark.parametrize(
    ("text", "authority", "status"),
    [  # a state freezing 'any' holdings of targets acts; only the measure itself as subject is
        # a general rule
        (
            "The UN listed two generals. Japan said it would freeze any assets the two hold in"
            " Japanese banks.",
            ["Japan"],
            "planned",
        ),
        (
            "Britain designated three oligarchs. Canada will freeze any property the three own"
            " there.",
            ["Canada"],
            "planned",
        ),
        (
            "The EU listed a banker. Seoul has frozen any funds that the banker keeps in Korean"
            " accounts, the ministry said.",
            ["South Korea"],
            "imposed",
        ),
        (
            "Australia sanctioned four smugglers. Any assets the four held were frozen by Canberra on"
            " Friday.",
            ["Australia"],
            "imposed",
        ),
    ],
)
def test_a_state_freezing_any_holdings(
    claims_of: Rows, text: str, authority: list[str], status: str
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == authority
    assert rows[1]["sanction_status"] == status


def test_measures_freezing_any_holdings_are_a_rule(claims_of: Rows) -> None:
    assert (
        claims_of("The listings freeze any funds the targets keep in the bloc.", "sanction") == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a heading's passive without its auxiliary: its counted subject is taken off the list
        (
            "The Council renews its Sahel regime. Ministers also prolong the framework by a"
            " year; three names removed",
            {"person": 3},
        ),
        (
            "Britain sanctions four tycoons. Three shipping firms removed from the register, two"
            " tankers dropped",
            {"organization": 3, "vessel": 2},
        ),
        ("Ottawa imposes sanctions on six officers. Four other officers dropped", {"person": 4}),
        (
            "Seoul adds nine traders to its blacklist\n\nTwo former ministers removed",
            {"person": 2},
        ),
    ],
)
def test_heading_passive_without_auxiliary_lifts(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = [r for r in carried(claims_of, text) if r["sanction_status"] == "lifted"]
    assert len(rows) == 1, carried(claims_of, text)
    assert counts(rows[0]) == expected


def test_a_heading_clause_on_no_target_is_no_claim(claims_of: Rows) -> None:
    rows = claims_of("Canada sanctions six officials. Prices dropped sharply", "sanction")
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [  # a body seated in a capital is that state's, as subject, reporter or later bare body
        ("The finance ministry in Seoul has blacklisted three shipping firms.", "South Korea"),
        (
            "The Ministry of Foreign Affairs in Tokyo said it would freeze the assets of five"
            " officials.",
            "Japan",
        ),
        (
            "Two generals will be barred from entry, the interior ministry in Canberra announced.",
            "Australia",
        ),
        (
            "The foreign ministry in Ottawa listed four judges. In a later notice, the ministry"
            " removed a former prosecutor from its list.",
            "Canada",
        ),
    ],
)
def test_a_body_seated_in_a_capital(claims_of: Rows, text: str, authority: str) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert all(r["sanction_authorities"] == [authority] for r in rows), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a courtesy or rank title makes its own name a person's, and only its own
        (
            "Britain is expected to announce matching asset freezes on Mr. Okafor and Delta Reed.",
            {"person": 1, "organization": 1},
        ),
        (
            "Canada sanctioned Maj. Gen. Deng Akol and Nile Star Trading on Friday.",
            {"person": 1, "organization": 1},
        ),
        (
            "Australia has frozen the funds of Nile Star and Mrs. Amal Deng.",
            {"person": 1, "organization": 1},
        ),
        ("Sheikh Hamad Rashid was designated by Japan on Monday.", {"person": 1}),
        # rank titles spelt out
        (
            "The EU listed Major Arsen Volkov and Kestrel Freight on Tuesday.",
            {"person": 1, "organization": 1},
        ),
        ("Brigadier Tomas Oyelaran has been sanctioned by Britain.", {"person": 1}),
        (
            "Canada will freeze the assets of Sergeant Ilir Basha and Orca Shipping.",
            {"person": 1, "organization": 1},
        ),
        ("Washington designated Marshal Feng Dao last week.", {"person": 1}),
    ],
)
def test_a_titled_name_is_a_person(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


def test_a_state_telling_banks_to_freeze_any_holdings_is_no_claim(claims_of: Rows) -> None:
    text = "Kenya's central bank told lenders to freeze any accounts linked to the ring."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # envoys of a state (ambassadors, consuls, attaches) and lawmakers are person targets
        (
            "Ottawa sanctioned six generals. The government removed a former ambassador to"
            " Canada from the list.",
            {"person": 1},
        ),
        (
            "Britain sanctioned a former consul and two shipping firms in 2021.",
            {"person": 1, "organization": 2},
        ),
        (
            "Two legislators and a military attache were blacklisted by Seoul on Monday.",
            {"person": 3},
        ),
        (
            "Washington has designated the ambassador and three consuls of the junta.",
            {"person": 4},
        ),
    ],
)
def test_envoys_and_legislators_are_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(carried(claims_of, text)[-1]) == expected


def test_removal_from_office_is_no_target(claims_of: Rows) -> None:
    rows = claims_of("Canada removed him from office after it sanctioned two banks.", "sanction")
    assert len(rows) == 1 and counts(rows[0]) == {"organization": 2}, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a singular target word in a title-case headline is one, whatever its plural's ending
        (
            "Treasury Blacklists Ivory Smuggling Boss, Three Companies And A Tanker",
            {"person": 1, "organization": 3, "vessel": 1},
        ),
        (
            "UK Sanctions Syrian Refiner And Two Shipping Firms",
            {"organization": 3},
        ),
        ("Japan Freezes Assets Of Cartel Boss", {"person": 1}),
        ("Canada Lists Drone Supplier, Two Pilots", {"organization": 1, "person": 2}),
    ],
)
def test_a_singular_headline_target_counts_one(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


def test_a_list_named_by_a_target_word_adds_no_target(claims_of: Rows) -> None:
    rows = carried(claims_of, "US ADDS 31 CHINESE CHIP FIRMS TO ENTITY LIST")
    assert [counts(r) for r in rows] == [{"organization": 31}], rows
