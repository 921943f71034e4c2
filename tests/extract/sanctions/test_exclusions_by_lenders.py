"""Development banks and procurement bodies debar firms and people by 'excluding' them from what
they finance ('excluded the builder from every project it finances', 'suspended the firm from new
contracts'); in a story that speaks of debarment, a later exclusion needs no 'from' ('A subsidiary
was excluded for two years', 'lifted early the exclusion of a bridge builder'). The debarment noun
states one too. Exclusions of another kind (an index, a squad, an exclusion zone) are none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

DEBARMENT_LEAD = (
    "The bank's exclusion committee excluded Rovic Civil Works from every project the bank"
    " finances for three years. "
)


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "On 12 May, the European Investment Bank's exclusion committee excluded Cestra a.s.,"
            " a contractor, from every project the bank finances for four years.",
            "European Investment Bank",
            None,
        ),
        (
            "The Asian Development Bank excluded two Vietnamese contractors from its tenders for"
            " three years.",
            "Asian Development Bank",
            {"organization": 2},
        ),
        (
            "The World Bank had temporarily suspended Helia Roads from new Bank-financed"
            " contracts in October.",
            "World Bank",
            None,
        ),
        (
            "The African Development Bank will exclude four Zambian suppliers from its projects.",
            "African Development Bank",
            {"organization": 4},
        ),
    ],
)
def test_exclusion_from_financed_work_is_a_debarment(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int] | None
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == [authority]
    assert rows[0]["sanction_status"] in ("imposed", "planned")
    if expected is not None:
        assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            DEBARMENT_LEAD + "A subsidiary, Rovic Bridges Ltd, was excluded for two years.",
            "imposed",
        ),
        (
            DEBARMENT_LEAD + "Also excluded are its former director, Ana Bel, and its owner.",
            "imposed",
        ),
        (
            DEBARMENT_LEAD + "Last year the bank excluded seven companies and four people.",
            "imposed",
        ),
        (
            DEBARMENT_LEAD + "In March it lifted early the exclusion of a Croatian builder.",
            "lifted",
        ),
    ],
)
def test_exclusions_in_a_story_of_debarment(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status
    assert rows[1]["sanction_targets"], rows[1]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("In May the EBRD lifted early a two-year debarment of another subsidiary.", "lifted"),
        ("The World Bank extended the debarment of two Kenyan contractors by a year.", "extended"),
        ("The bank announced the debarment of a Peruvian builder on Monday.", "imposed"),
        ("The lender is weighing the debarment of three road builders.", "planned"),
    ],
)
def test_debarment_noun(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Core inflation, which excludes food and energy, rose 3%.",
        "The coach excluded two players from the squad for the final.",
        "The index excludes three firms listed in Hong Kong.",
        "The exclusion zone has been widened from 7km to 9km around the crater.",
        "The party suspended two councillors from its group.",
    ],
)
def test_other_exclusions(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
