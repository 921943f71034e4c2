"""Sanction target families: fact-box lines with the count before the noun and a participle for
verb, the kind of a name described by a lower-case person word, the rest of a counted group
('the remaining five officers are ...'), counted parts ('three of the yards', '10 of them'),
and lists whose items are counted parts ('X, two of his sons and a lawyer')."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract.sanctions.helpers import Rows, counts, last_counts
from tests.extract.stories import story_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a summary line: counted groups, then a participle with no auxiliary
        (
            "- 14 individuals and 6 organisations sanctioned by the UK",
            {"person": 14, "organization": 6},
        ),
        (
            "Seven officials and three banks sanctioned by Japan over missile trade",
            {"person": 7, "organization": 3},
        ),
        (
            "- 11 people and 2 entities designated by Canada under the Magnitsky law",
            {"person": 11, "organization": 2},
        ),
        (
            "Three generals and a defence firm blacklisted by the EU",
            {"person": 3, "organization": 1},
        ),
        (
            "Ship registry operator and two captains sanctioned by the US",
            {"organization": 1, "person": 2},
        ),
    ],
)
def test_counted_groups_before_a_participle(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [  # a lower-case person word the tagger reads as an adjective or a modifier names a person
        "The Foreign Office also removed Latvian national Inese Berzina from the sanctions list.",
        "Switzerland has delisted Georgian national Levan Beridze.",
        "Canada sanctioned Kyrgyz national Aibek Osmonov on Friday.",
        "Britain will designate Moldovan businessman Ion Rusu and his brother-in-law Petru Vlas.",
    ],
)
def test_a_name_described_by_a_person_word_is_a_person(claims_of: Rows, text: str) -> None:
    assert set(last_counts(claims_of, text)) == {"person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the rest of a group counted before, told what it is after a copula
        (
            "Canada listed nine officers on Friday. Four are colonels. The remaining five "
            "officers are generals.",
            {"person": 5},
        ),
        (
            "Britain sanctioned 12 people on Monday. Seven are bankers. The remaining five "
            "individuals are officials of the ministry.",
            {"person": 5},
        ),
        (
            "The EU blacklisted ten Russians on Tuesday. Two are judges. The other eight are "
            "brigade and battalion commanders whose units shelled the city.",
            {"person": 8},
        ),
        (
            "Japan listed eight people in May. The three remaining individuals were Belarusian "
            "citizens.",
            {"person": 3},
        ),
    ],
)
def test_the_rest_of_a_counted_group(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a number counting part of a group named before
        (
            "The US sanctioned 15 firms on Monday. The EU listed 10 of them a week later.",
            {"organization": 10},
        ),
        (
            "Canada blacklisted six tankers. Britain has also designated four of them.",
            {"vessel": 4},
        ),
        (
            "Washington sanctioned 12 Russian shipyards on Thursday. London designated three of "
            "the yards in May.",
            {"organization": 3},
        ),
        (
            "Norway aligned in October with the EU's listing of four of the shipyards.",
            {"organization": 4},
        ),
        ("Ottawa will lift sanctions on a repair yard in Murmansk.", {"organization": 1}),
    ],
)
def test_counted_parts(claims_of: Rows, text: str, expected: dict[str, int | None]) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a list whose items are counted parts: each item a group of its own
        (
            "The US sanctioned seven people. Those designated include the group's leader, "
            "Syrian businessman Omar Haddad, two of his sons and a lawyer.",
            {"person": 4},
        ),
        (
            "The EU listed 11 officers. Among those listed are General Ivan Petrov, head of the "
            "air force, and three of his deputies.",
            {"person": 4},
        ),
        (
            "Britain sanctioned five people. They include a judge, two of her clerks and a "
            "prosecutor.",
            {"person": 4},
        ),
        (
            "Australia on Monday sanctioned a cartel leader, four of his lieutenants and a money "
            "launderer.",
            {"person": 6},
        ),
    ],
)
def test_lists_of_counted_parts(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


#: The sanction rows of a story's last paragraph (tests.extract.stories).
_story = partial(story_rows, claim_type="sanction")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [  # a surname an earlier paragraph gave to a person word names that person later on
        (
            [
                "The ring is led by Latvian-born businessman Edgars Kalnins and his deputy, "
                "Viktor Sorokin, the ministry said.",
                "Its lorries carried 10 million cigarettes a month.",
                "Canada imposed matching sanctions on Kalnins and Sorokin on Wednesday.",
            ],
            {"person": 2},
        ),
        (
            [
                "Tajik national Farrukh Nazarov raised about $2 million for the group.",
                "The U.S. Treasury designated Nazarov in July 2024.",
            ],
            {"person": 1},
        ),
        (
            [
                "The deliveries were arranged by the smuggler Dragan Velimirovic in 2023.",
                "Canada listed Velimirovic and the Vidik Trading company on Friday.",
            ],
            {"person": 1, "organization": 1},
        ),
        (
            [
                "Police said the lawyer Ana Ruiz had handled the payments since 2022.",
                "Spain will freeze the assets of Ruiz next week.",
            ],
            {"person": 1},
        ),
    ],
)
def test_a_person_named_in_an_earlier_paragraph(
    nlp: Language, paragraphs: list[str], expected: dict[str, int | None]
) -> None:
    rows = _story(nlp, paragraphs)
    assert rows, paragraphs
    assert counts(rows[-1]) == expected


def test_another_article_s_people_are_not_the_story_s(nlp: Language) -> None:
    paragraphs = [
        "The deliveries were arranged by the smuggler Dragan Velimirovic in 2023.",
        "Britain sanctioned Velimirovic in October.",
    ]
    rows = _story(nlp, paragraphs, joined=False)
    assert counts(rows[-1]) == {"organization": 1}


def test_a_second_run_over_an_article_starts_its_story_afresh(nlp: Language) -> None:
    paragraphs = [
        "Britain sanctioned Velimirovic in October.",
        "The deliveries were arranged by the smuggler Dragan Velimirovic in 2023.",
    ]
    alone = _story(nlp, paragraphs[:1])
    _story(nlp, paragraphs)  # the whole article: its story now ends with the person named
    again = _story(nlp, paragraphs[:1])
    assert counts(again[-1]) == counts(alone[-1]) == {"organization": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a number before a plural model name counts aircraft of that model
        (
            "The aircraft include four converted freighters, three Airbus A321s and two "
            "Boeing 747-400s.",
            {"aircraft": 9},
        ),
        (
            "The US blocked two Airbus A330s and an Ilyushin Il-76 operated by the airline.",
            {"aircraft": 3},
        ),
        ("The EU also listed three Boeing 777s used by Mahan Air.", {"aircraft": 3}),
        ("Canada will freeze two Antonov An-124s next week.", {"aircraft": 2}),
    ],
)
def test_counted_aircraft_models(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # where a target works ('presenters on a channel') is no target of its own
        (
            "Two presenters on a Russian state channel have also been sanctioned by Britain.",
            {"person": 2},
        ),
        ("Four sailors on a navy tanker were sanctioned by Japan.", {"person": 4}),
        ("Three managers on the bank's board were designated by the EU.", {"person": 3}),
    ],
)
def test_a_place_of_work_is_no_target(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # people named by nationality in a restated list count as people
        (
            "Those listed are three Australian citizens, including the group's founder Caleb "
            "Hale, two Americans, one Briton and one Estonian national.",
            {"person": 7},
        ),
        (
            "Canada sanctioned five people. They include two Russians, a Briton and two "
            "Belarusian judges.",
            {"person": 5},
        ),
        ("The UK also lifted sanctions on two Russian-born Canadian residents.", {"person": 2}),
    ],
)
def test_people_by_nationality_in_a_list(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # names set off after a counted group hung on the verb are its members
        (
            "OFAC also delisted two vessels sold to a Norwegian owner in 2025, the KOLA SPIRIT "
            "and the NORD ICE.",
            {"vessel": 2},
        ),
        (
            "Japan designated three tankers owned by a Dubai firm, the SEA LARK, the OCEAN BAY "
            "and the RIVER STAR.",
            {"vessel": 3},
        ),
        ("The EU listed two vessels on Monday, the SILVER DAWN and the IRON GULL.", {"vessel": 2}),
    ],
)
def test_names_after_a_counted_group_are_its_members(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a sanction noun read as a verb whose 'on' phrase became the next verb's subject
        (
            "The foreign minister said asset freezes on a further six people would follow next "
            "month.",
            {"person": 6},
        ),
        (
            "Ottawa said asset freezes on another four companies would follow in June.",
            {"organization": 4},
        ),
        (
            "Officials in Wellington said asset freezes on a further nine officials will follow, "
            "New Zealand said.",
            {"person": 9},
        ),
        (
            "The minister added that asset freezes on two more tankers would come later this "
            "year, Canada said.",
            {"vessel": 2},
        ),
    ],
)
def test_a_stranded_on_phrase_names_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'the assets of X and of Y': each 'of' names whose assets are frozen
        ("Japan froze the assets of two banks and of a Dubai trading firm.", {"organization": 3}),
        (
            "The EU has frozen the funds of four officials and of two companies they own.",
            {"person": 4, "organization": 2},
        ),
        ("Canada will freeze the property of three generals and of their deputies.", {"person": 3}),
        (
            "Police boarded the tanker Sea Lantern in May. Britain froze the assets of three "
            "shipping agents and of the Sea Lantern.",
            {"organization": 3, "vessel": 1},
        ),
    ],
)
def test_assets_of_one_and_of_another(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [  # a name the story gave beside a vessel word is a vessel later on; its manager a business
        (
            [
                "The tanker Vega Meridian cut the cable in December.",
                "Britain sanctioned the Vega Meridian and its manager in January.",
            ],
            {"vessel": 1, "organization": 1},
        ),
        (
            [
                "Officials said the cargo ship Golden Wave carried the drones in 2024.",
                "The US designated the Golden Wave and two firms on Friday.",
            ],
            {"vessel": 1, "organization": 2},
        ),
        (
            [
                "The company Golden Wave owns two tankers, the ministry said in 2024.",
                "The US designated the Golden Wave and two firms on Friday.",
            ],
            {"organization": 3},
        ),
    ],
)
def test_a_vessel_named_in_an_earlier_paragraph(
    nlp: Language, paragraphs: list[str], expected: dict[str, int | None]
) -> None:
    rows = _story(nlp, paragraphs)
    assert rows, paragraphs
    assert counts(rows[-1]) == expected
