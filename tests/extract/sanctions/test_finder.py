"""Sanction rules on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from claims.extract.lexicon import nationality_of
from claims.extract.sanctions.authorities import authorities_in
from tests.extract.sanctions.helpers import Rows, only


def counts(row: dict[str, Any]) -> dict[str, int | None]:
    """{kind: count} with the last group of a kind winning; unlike helpers.counts it does not sum
    the groups of one kind, so these assertions keep their own meaning."""
    return {t["kind"]: t["count"] for t in row["sanction_targets"]}


def test_imposed_with_target_groups(claims_of: Rows) -> None:
    row = only(
        claims_of,
        "Seoul imposed new sanctions against three Iranian firms, four individuals and one tanker.",
    )
    assert row["sanction_authorities"] == ["South Korea"]
    assert row["sanction_status"] == "imposed"
    assert counts(row) == {"organization": 3, "person": 4, "vessel": 1}
    assert row["sanction_targets"][0]["nationality"] == "Iran"


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        ("The Treasury designated nine companies in Hong Kong.", ["United States"]),
        ("OFAC blacklisted two shipping firms on Monday.", ["United States"]),
        ("Britain froze the assets of six oligarchs.", ["United Kingdom"]),
        ("The Council added 20 entities to the sanctions list.", ["European Union"]),
        ("Washington and Tokyo jointly sanctioned five banks.", ["United States", "Japan"]),
        ("New Australian sanctions target two Russian airlines.", ["Australia"]),
    ],
)
def test_authorities_through_aliases(claims_of: Rows, text: str, authorities: list[str]) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Canada will impose sanctions on four generals.", "planned"),
        ("Britain plans to sanction three Iranian banks.", "planned"),
        ("The EU is preparing new listings of drone makers.", "planned"),
        ("The United States lifted sanctions on a Latvian cargo ship.", "lifted"),
        ("The EU extended the asset freezes on 1,500 people.", "extended"),
        ("Brussels renewed its sanctions against the regime for a year.", "extended"),
    ],
)
def test_status_from_verbs_and_modality(claims_of: Rows, text: str, status: str) -> None:
    assert only(claims_of, text)["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "The country may be defying sanctions to sell oil abroad.",
        "Traders found ways of evading sanctions through third countries.",
        "Sanctioned entities must obtain special permission to trade.",
        "The economy has struggled under sanctions for a decade.",
    ],
)
def test_mentions_are_not_actions(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_one_count_shared_by_mixed_kinds_is_other(claims_of: Rows) -> None:
    row = only(
        claims_of, "The bloc extended asset freezes on some 2,400 Russian individuals and entities."
    )
    assert counts(row) == {"other": 2400}


def test_cumulative_statement_keeps_its_counts(claims_of: Rows) -> None:
    row = only(claims_of, "Britain has now sanctioned more than 400 shadow fleet vessels.")
    assert counts(row) == {"vessel": 400}
    assert (
        claims_of("Britain has now sanctioned more than 400 shadow fleet vessels.", "quantity")
        == []
    )


def test_named_targets(claims_of: Rows) -> None:
    row = only(claims_of, "The Treasury also designated Orion Freight LLC and the tanker SEA LARK.")
    assert counts(row) == {"organization": 1, "vessel": 1}
    assert [t["names"] for t in row["sanction_targets"]] == [["Orion Freight LLC"], ["SEA LARK"]]


def test_restatement_lists_targets_without_an_authority(claims_of: Rows) -> None:
    row = only(claims_of, "Among the entities are 12 companies and 3 banks.")
    assert row["sanction_authorities"] == []  # the extractor carries it over from the article
    assert {t["kind"] for t in row["sanction_targets"]} == {"organization"}
    assert sum(t["count"] for t in row["sanction_targets"]) == 15


def test_alias_tables() -> None:
    assert authorities_in("the U.S. Treasury and Seoul") == ["United States", "South Korea"]
    assert authorities_in("let us talk") == []  # the pronoun is no authority
    assert authorities_in("Britain and the EU") == ["United Kingdom", "European Union"]
    assert nationality_of("North Korean nationals") == "North Korea"


def test_names_after_a_counted_group_are_its_members(claims_of: Rows) -> None:
    text = (
        "Ottawa sanctioned five officials as well as three tankers, the BLUE HERON, "
        "the GREY OWL and the RED KITE, on Friday."
    )
    row = only(claims_of, text)
    totals: dict[str, int] = {}
    for t in row["sanction_targets"]:
        totals[t["kind"]] = totals.get(t["kind"], 0) + (t["count"] or 0)
    assert totals == {"person": 5, "vessel": 3}


def test_coordinated_actions_share_one_claim(claims_of: Rows) -> None:
    text = (
        "The Treasury designated four individuals and identified two vessels as blocked property."
    )
    assert counts(only(claims_of, text)) == {"person": 4, "vessel": 2}


def test_entry_ban_on_nationals(claims_of: Rows) -> None:
    row = only(
        claims_of, "Moscow responded by banning entry to 500 Americans, including officials."
    )
    assert row["sanction_authorities"] == ["Russia"]
    assert counts(row) == {"person": 500}


def test_cumulative_total(claims_of: Rows) -> None:
    text = (
        "The new listings bring the number of Belarusian individuals under EU sanctions "
        "to 261, and entities to 49, officials said."
    )
    row = only(claims_of, text)
    assert row["sanction_authorities"] == ["European Union"]
    assert counts(row) == {"person": 261, "organization": 49}
    assert claims_of(text, "quantity") == []


def test_participle_clauses_add_targets(claims_of: Rows) -> None:
    text = (
        "The EU imposed new sanctions on Belarus, targeting two potash exporters "
        "and freezing the assets of 15 officials."
    )
    found = counts(only(claims_of, text))
    assert (found.get("organization"), found.get("person")) == (2, 15)


def test_two_actions_by_two_authorities_in_one_sentence(claims_of: Rows) -> None:
    rows = claims_of(
        "Canada listed four shipping firms on Thursday, and Japan had already barred the tanker "
        "from its ports.",
        "sanction",
    )
    assert [r["sanction_authorities"] for r in rows] == [["Canada"], ["Japan"]]
    assert [counts(r) for r in rows] == [{"organization": 4}, {"vessel": 1}]


def test_coordinated_actions_of_one_authority_stay_one_claim(claims_of: Rows) -> None:
    row = only(
        claims_of,
        "The Treasury designated six companies and identified three tankers as blocked property.",
    )
    assert counts(row) == {"organization": 6, "vessel": 3}


def test_designated_as_adjective_is_no_action(claims_of: Rows) -> None:
    text = "The cargo was sold to a designated Iranian trading house last year."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ottawa designated nine Belarusian distributors and the militia's commander.",
            {"organization": 9, "person": 1},
        ),
        (
            "Canada sanctioned a Serbian tycoon and three suppliers.",
            {"person": 1, "organization": 3},
        ),
        (
            "The Treasury sanctioned 16 firms, ten of them in Hong Kong and six in Malaysia.",
            {"organization": 16},
        ),
        ("Japan froze the assets of 25 entities, including four banks.", {"organization": 25}),
        (
            "Britain sanctioned the port operator and several unnamed shipping firms.",
            {"organization": None},
        ),
        ("Australia sanctioned seven exporters of machine tools to Iran.", {"organization": 7}),
        ("Seoul blacklisted three Busan-based car dealers on Friday.", {"organization": 3}),
        ("Britain banned transactions with two Iranian banks.", {"organization": 2}),
    ],
)
def test_target_groups_and_kinds(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The EU rolled over its asset freezes on 40 officials.", "extended"),
        ("Washington rolled back sanctions on a fertilizer producer.", "lifted"),
        ("Britain suspended sanctions on two airlines.", "lifted"),
        ("The EU is preparing sanctions on five commanders.", "planned"),
        ("Ottawa said it would ease its sanctions on the airline.", "lifted"),
        ("Tokyo will lift the asset freezes on two shipping firms.", "lifted"),
        ("Canada suspended restrictions on shipping and insurance in May.", "lifted"),
    ],
)
def test_status_from_verb(claims_of: Rows, text: str, status: str) -> None:
    assert only(claims_of, text)["sanction_status"] == status


@pytest.mark.parametrize(
    ("text", "authorities", "status", "expected"),
    [
        (
            "Treasury Targets Chinese Chip Distributors Supplying Moscow",
            ["United States"],
            "imposed",
            {"organization": None},
        ),
        (
            "EU Extends Sanctions On Iran By Twelve Months",
            ["European Union"],
            "extended",
            {},  # CLAIMS.md: a country is no target group
        ),
        (
            "Canada Plans To Sanction Four Venezuelan Officials",
            ["Canada"],
            "planned",
            {"person": 4},
        ),
        ("Japan Lifts Sanctions On Serbian Airline", ["Japan"], "lifted", {"organization": 1}),
    ],
)
def test_title_case_headline(
    claims_of: Rows, text: str, authorities: list[str], status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, "Published on the website\n" + text + "\n\nMore text follows here.")
    assert (row["sanction_authorities"], row["sanction_status"]) == (authorities, status)
    assert counts(row) == expected


def test_title_case_line_without_sanction_verb(claims_of: Rows) -> None:
    assert claims_of("Strong Harvest Lifts Romanian Wheat Exports To Record", "sanction") == []


def test_target_joined_to_a_product_phrase(claims_of: Rows) -> None:
    row = only(
        claims_of,
        "Britain sanctioned eight suppliers of the Mohajer drone and the militia's commander.",
    )
    assert counts(row) == {"organization": 8, "person": 1}


def test_relative_clause_subject_is_the_authority(claims_of: Rows) -> None:
    row = only(
        claims_of, "Norway, which banned the airline from its airspace in 2022, said nothing."
    )
    assert row["sanction_authorities"] == ["Norway"]
    assert counts(row) == {"organization": 1}


def test_identified_as_blocked_property(claims_of: Rows) -> None:
    row = only(
        claims_of,
        "OFAC also identified three Antonov freighters, registration UR-ABC, UR-ABD and UR-ABE, "
        "as blocked property of the airline.",
    )
    assert row["sanction_authorities"] == ["United States"]
    assert counts(row) == {"aircraft": 3}


def test_freighter_without_air_words_is_a_vessel(claims_of: Rows) -> None:
    row = only(claims_of, "Britain sanctioned two bulk freighters owned by a Dubai company.")
    assert counts(row)["vessel"] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canberra's decision brings to more than 1,200 the number of people and entities "
            "under its sanctions.",
            {"other": 1200},
        ),
        ("The step brings to 61 the total of tankers under Norwegian sanctions.", {"vessel": 61}),
    ],
)
def test_fronted_cumulative_count(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected
    assert claims_of(text, "quantity") == []


def test_restrictions_imposed_without_sanction_words_are_no_action(claims_of: Rows) -> None:
    assert claims_of("China imposed restrictions on rare earth exports.", "sanction") == []


def test_skipping_tokens_by_the_doc_arrays_keeps_every_claim(nlp: Language, root: Path) -> None:
    """_sentence skips the tokens _worth_reading rules out: on dev paragraphs it must yield
    exactly the claims it yields when it reads every token."""
    from claims.extract.chunking import paragraphs
    from claims.extract.rejections import Rejections
    from claims.extract.sanctions import finder

    texts = []
    for dev in ("dev", "dev_e", "dev_k"):
        for path in sorted((root / "tests/data" / dev / "articles").glob("*")):
            text = path.read_text("utf-8")
            texts += [text[s:e] for s, e in paragraphs(text, 0, len(text))]
    claims = 0
    with nlp.select_pipes(disable=["claims_dates", "claims_sanctions", "claims_quantities"]):
        for doc in nlp.pipe(texts):
            worth = finder._worth_reading(doc)
            assert len(worth) == len(doc)
            for sent in doc.sents:
                every = list(finder._sentence(sent, Rejections(doc)))
                skipping = list(finder._sentence(sent, Rejections(doc), worth=worth))
                assert skipping == every, sent.text
                claims += len(every)
    assert claims > 20
