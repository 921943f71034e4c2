"""Headlines and headings: casing, infinitives, verbless headings with an action noun, and
sanction words in menus or breadcrumbs."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    "text",
    [
        "Home > Foreign Policy > Economic Sanctions > Press Releases",
        "Contents: Sanctions list | Guidance | Contact us",
        "Home › Government › World › Sanctions",
        "News | Business | Sanctions | Contact",
    ],
)
def test_a_sanction_word_in_a_breadcrumb_or_menu_is_a_link(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "UK Sanctions 5 Georgian Officials | GOV.UK",
        "EU sanctions 20 tankers > World News",
    ],
)
def test_a_headline_beside_a_site_name_keeps_its_claim(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "- EU to restore its own sanctions on Iran within days",
        "Japan to sanction 11 more tankers",
        "Canada to impose travel bans on five officials",
        "Britain to freeze assets of two oligarchs",
    ],
)
def test_a_headline_infinitive_announces_a_planned_action(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_status"] == "planned"


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "Sanctions relief for 12 Syrian banks, including the state lender.",
            "lifted",
            {"organization": 12},
        ),
        ("Extension of the asset freeze on 40 Belarusian officials", "extended", {"person": 40}),
        (
            "Suspension of sanctions against two Iranian shipping firms",
            "lifted",
            {"organization": 2},
        ),
        ("Renewal of the travel ban on 15 Russian judges", "extended", {"person": 15}),
    ],
)
def test_a_verbless_heading_with_an_action_noun_is_a_claim(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


def test_a_heading_about_relief_for_no_group_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("Sanctions relief for the economy", "sanction") == []


@pytest.mark.parametrize(
    ("text", "authorities", "expected"),
    [
        ("Canada Sanctions 40 Tankers", ["Canada"], {"vessel": 40}),
        ("Japan sanctions 11 tankers", ["Japan"], {"vessel": 11}),
        ("NEW ZEALAND SANCTIONS 52 PEOPLE AND 9 ENTITIES", ["New Zealand"], {"person": 52}),
        ("UK sanctions 100 more shadow fleet tankers", ["United Kingdom"], {"vessel": 100}),
        ("Seoul blacklists 11 officials and two ships", ["South Korea"], {"person": 11}),
        ("US sanctions Chinese 'teapot' refinery", ["United States"], {"organization": 1}),
    ],
)
def test_headlines_in_every_casing(
    claims_of: Rows, text: str, authorities: list[str], expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authorities
    assert row["sanction_status"] == "imposed"
    got = counts(row)
    assert all(got.get(kind) == n for kind, n in expected.items()), got


def test_a_noun_phrase_of_sanctions_is_no_headline_verb(claims_of: Rows) -> None:
    assert claims_of("EU sanctions policy remains divided over Hungary", "sanction") == []
    rows = claims_of("Washington to lift Syria sanctions; EU ministers set to follow", "sanction")
    assert [r["sanction_status"] for r in rows][:1] == ["lifted"]
