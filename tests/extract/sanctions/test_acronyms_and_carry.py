"""Authority across one article's chunks: an acronym the article defines in one chunk names its
authority in another, and a claim with no actor of its own never takes, by carrying, the
authority its own sentence gives another action ('..., as the EU had delisted them'). Also
target-kind words of criminal groups and staff ('a smuggling ring', 'system administrators')."""

from __future__ import annotations

from typing import Any

import pytest

from claims.extract.sanctions.authorities import defined_acronyms
from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import Rows, counts, only


def _article(claims_of: Rows, *chunks: str) -> list[dict[str, Any]]:
    """The sanction rows of an article whose chunks are parsed one by one, as the extractor
    does, then carried over the whole article."""
    rows: list[dict[str, Any]] = []
    offset = 0
    for text in chunks:
        for row in claims_of(text, "sanction"):
            row["segment"] = "body"
            row["sentence"] = text[row["sentence_start"] : row["sentence_end"]]
            for key in ("sentence_start", "sentence_end", "span_start", "span_end"):
                row[key] += offset
            rows.append(row)
        offset += len(text) + 2
    carry_sanctions(rows, "\n\n".join(chunks))  # type: ignore[arg-type]
    return rows


@pytest.mark.parametrize(
    ("first", "later", "authority"),
    [
        (
            "The Monetary Authority of Singapore (MAS) on Monday froze the assets of two "
            "trading firms.",
            "MAS lifted the restrictions on a shipping company.",
            "Singapore",
        ),
        (
            "The Reserve Bank of New Zealand (RBNZ) designated three individuals last week.",
            "The RBNZ has also removed one bank from its list.",
            "New Zealand",
        ),
        (
            "The Swiss State Secretariat for Economic Affairs (SECO) has sanctioned four "
            "companies.",
            "SECO will lift the asset freeze on two of them next year.",
            "Switzerland",
        ),
        (
            "The Hong Kong Monetary Authority (HKMA) blacklisted five accounts on Friday.",
            "HKMA later designated two more firms.",
            "Hong Kong",
        ),
    ],
)
def test_an_acronym_defined_in_another_chunk_names_its_authority(
    claims_of: Rows, first: str, later: str, authority: str
) -> None:
    rows = _article(
        claims_of, "The United Nations Security Council sanctioned two vessels.", first, later
    )
    assert rows[-1]["sanction_authorities"] == [authority], rows


@pytest.mark.parametrize(
    ("first", "later", "authority"),
    [  # the definition sits in a sentence that states no sanction action
        (
            "The Monetary Authority of Singapore (MAS) publishes its notices on Mondays.",
            "MAS lifted the restrictions on a shipping company.",
            "Singapore",
        ),
        (
            "Officials of the Reserve Bank of New Zealand (RBNZ) met bankers in Auckland.",
            "The RBNZ has also removed one bank from its list.",
            "New Zealand",
        ),
        (
            "The Swiss State Secretariat for Economic Affairs (SECO) answered questions by email.",
            "SECO will lift the asset freeze on two trading firms next year.",
            "Switzerland",
        ),
        (
            "A spokesman for the Hong Kong Monetary Authority (HKMA) declined to comment.",
            "HKMA later designated two more firms.",
            "Hong Kong",
        ),
    ],
)
def test_an_acronym_defined_in_a_sentence_with_no_claim_names_its_authority(
    claims_of: Rows, first: str, later: str, authority: str
) -> None:
    rows = _article(
        claims_of, "The United Nations Security Council sanctioned two vessels.", first, later
    )
    assert rows[-1]["sanction_authorities"] == [authority], rows


def test_acronym_table_needs_initials_and_an_authority() -> None:
    table = defined_acronyms(
        [
            "The Monetary Authority of Singapore (MAS) acted.",
            "The Foreign Trade Office (FTX) acted.",  # initials do not spell it
            "The Chamber of Shipping (CS) acted.",  # no authority in the name
        ]
    )
    assert table == {"MAS": ["Singapore"]}


@pytest.mark.parametrize(
    "sentence",
    [
        "Two persons were removed from the list, as the EU had delisted them in March.",
        "Three companies have been taken off the sanctions list after the European Union "
        "lifted its own measures on them.",
        "Four vessels were delisted because the UK had lifted its sanctions on them in January.",
        "A bank will be removed from the list once the European Union annuls its listing.",
    ],
)
def test_a_claim_without_actor_skips_the_authority_of_another_clause(
    claims_of: Rows, sentence: str
) -> None:
    rows = _article(
        claims_of,
        "Switzerland added 12 individuals and 4 entities to its sanctions list on Tuesday.",
        "The tankers were listed by the EU and the UK last month.",
        sentence,
    )
    removal = [r for r in rows if r["sanction_status"] == "lifted"]
    assert removal and removal[0]["sanction_authorities"] == ["Switzerland"], rows


def test_a_clause_that_states_no_sanction_action_contrasts_no_authority(claims_of: Rows) -> None:
    rows = _article(
        claims_of,
        "Japan froze the assets of 11 individuals on Friday.",
        "Its latest round targeted 12 tankers and was adopted a week before Japan hosted a "
        "meeting of finance ministers.",
    )
    assert rows[-1]["sanction_authorities"] == ["Japan"], rows


def test_a_claim_without_actor_still_carries_an_authority_its_sentence_does_not_contrast(
    claims_of: Rows,
) -> None:
    rows = _article(
        claims_of,
        "Switzerland added 12 individuals to its sanctions list on Tuesday.",
        "The EU listed three tankers last month.",
        "Two more vessels were also added to the sanctions list.",
    )
    assert rows[-1]["sanction_authorities"] == ["European Union"], rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The United States sanctioned a Mexican fuel smuggling ring on Thursday.",
            {"organization": 1},
        ),
        (
            "Britain has imposed sanctions on two people-smuggling rings operating in the Balkans.",
            {"organization": 2},
        ),
        (
            "Canada froze the assets of a cocaine trafficking ring and its leader.",
            {"organization": 1, "person": 1},
        ),
        (
            "Australia designated three system administrators of the hosting firm.",
            {"person": 3},
        ),
    ],
)
def test_rings_are_organizations_and_administrators_people(
    claims_of: Rows, sentence: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, sentence)) == expected
