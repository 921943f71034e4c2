"""Sanction recall families of round 8's second pass.

A lower-case headline with a second action after a comma or 'and' ('Canada renews Haiti
measures, adds three gang leaders') states that action too, with the authority named before it;
a title-case headline's action verb whose object is a counted or described target group states a
sanction ('Treasury Hits Cartel-Linked Suppliers'); coordinated nouns before one head share the
number before them ('four police and prison officials')."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "EU renews Mali arms embargo for another year, adds three militia leaders",
            "imposed",
            {"person": 3},
        ),
        ("Japan and Canada target Iranian drone makers, blacklist 7 tankers", "imposed", {}),
        (
            "Australia extends Myanmar measures and adds four army generals",
            "imposed",
            {"person": 4},
        ),
        ("UK lifts curbs on two banks, delists 3 shipping firms", "lifted", {"organization": 3}),
    ],
)
def test_lowercase_headline_joined_action(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    joined = [r for r in rows if r["sanction_status"] == status and r["span_end"] == len(text)]
    assert joined, rows
    for kind, n in expected.items():
        assert counts(joined[-1]).get(kind) == n, joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Treasury Hits Cartel-Linked Chemical Suppliers, Including Three Indian Firms",
            "organization",
        ),
        ("Britain Hits Four Russian Oligarchs Over Ukraine War", "person"),
        ("EU Hits Iranian Drone Makers And Two Shipping Companies", "organization"),
        ("Canada Hits 12 Shadow Fleet Tankers", "vessel"),
    ],
)
def test_title_case_hit_on_targets(claims_of: Rows, text: str, expected: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert expected in counts(rows[0]), rows


@pytest.mark.parametrize(
    "text",
    [
        "Missile Hits Two Tankers Near Odesa Port",
        "Storm Hits Coastal Towns And Fishing Villages",
    ],
)
def test_title_case_hit_without_authority_is_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada sanctioned four senior police and prison officials on Monday.", 4),
        ("Britain has designated three army and navy commanders.", 3),
        ("The EU listed five customs and border officers for abuses.", 5),
        ("Two police and intelligence chiefs were sanctioned by Japan.", 2),
    ],
)
def test_coordinated_nouns_share_count(claims_of: Rows, text: str, expected: int) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == {"person": expected}, rows


@pytest.mark.parametrize(
    "text",
    [
        "Britain Targets Arms Brokers, Blocks 4 Shipping Firms",
        "EU Hits Belarus Regime Insiders And Blacklists 6 Airlines",
        "Japan and Korea target crypto launderers, blacklist 3 exchanges",
        "Canada Sanctions 5 Judges, Bans 2 Prison Chiefs",
    ],
)
def test_headline_actions_of_one_status_are_one_claim(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert len(counts(rows[0])) >= 1, rows


def _treasury_row(claims_of: Rows, text: str) -> list[str]:
    """The authorities of the last sanction row once carried with the article's text."""
    rows = claims_of(text, "sanction", "2025-06-24")
    carry_sanctions(rows, text)  # type: ignore[arg-type]
    treasury = [r for r in rows if "Treasury" in (r.get("subject") or "")]
    assert treasury, rows
    return list(treasury[-1]["sanction_authorities"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain on Monday lifted sanctions on 14 Syrian banks. London also delisted two oil"
            " firms. Washington has taken a harder line. Even so, the Treasury on Friday"
            " sanctioned three militia leaders.",
            ["United States"],
        ),
        (
            "Britain on Monday lifted sanctions on 14 Syrian banks. London also delisted two oil"
            " firms. The United States has kept most of its rules. The Treasury on Friday"
            " designated four arms smugglers.",
            ["United States"],
        ),
        (
            "Britain on Monday lifted sanctions on 14 Syrian banks. London also delisted two oil"
            " firms. The Foreign Office welcomed the move in London. The Treasury on Friday froze"
            " the assets of two brokers.",
            ["United Kingdom"],
        ),
        (
            "Britain on Monday lifted sanctions on 14 Syrian banks. London also delisted two oil"
            " firms. The European Union has gone further. The Treasury on Friday froze the assets"
            " of two brokers.",
            ["United Kingdom"],
        ),
    ],
)
def test_bare_treasury_follows_the_country_named_just_before(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    assert _treasury_row(claims_of, text) == expected


def test_bare_treasury_after_a_place_keeps_the_story_state(claims_of: Rows) -> None:
    text = (
        "Washington on Monday sanctioned 14 Iranian oil brokers. The State Department also listed"
        " two tankers. Iran vowed to retaliate against the move. The Treasury on Friday"
        " designated four more brokers."
    )
    assert _treasury_row(claims_of, text) == ["United States"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iceland on Friday aligned itself with the EU's 17th package, which cut the price cap"
            " on Russian oil and listed 90 further tankers.",
            ["European Union"],
        ),
        (
            "Swiss officials welcomed Britain's new measures, which froze two banks and sanctioned"
            " 12 more vessels.",
            ["United Kingdom"],
        ),
    ],
)
def test_joined_action_in_relative_clause_is_the_owners(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = [r for r in claims_of(text, "sanction") if "vessel" in counts(r)]
    assert rows, claims_of(text, "sanction")
    assert rows[-1]["sanction_authorities"] == expected, rows


def test_joined_action_of_a_relative_clause_after_a_date_is_the_owners(claims_of: Rows) -> None:
    text = (
        "Serbia on Tuesday aligned itself with the European Union's 16th package, adopted on 24"
        " February, which banned aluminium imports and listed 74 further tankers."
    )
    rows = [r for r in claims_of(text, "sanction") if "vessel" in counts(r)]
    assert rows and rows[-1]["sanction_authorities"] == ["European Union"], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine extended sanctions on 203 Russian individuals whose three-year listing was"
            " due to expire.",
            {"person": 203},
        ),
        (
            "Canada extended sanctions on 40 Iranian officials whose two-year listing was due to"
            " lapse.",
            {"person": 40},
        ),
        (
            "Britain renewed sanctions on 12 Syrian generals whose five-year designation was set"
            " to expire.",
            {"person": 12},
        ),
        (
            "Japan extended restrictions on 9 Russian banks whose one-year listing ran out in May.",
            {"organization": 9},
        ),
    ],
)
def test_action_verb_read_as_a_modifier_of_the_sanction_noun(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = next(r for r in claims_of(text, "sanction") if r["sanction_status"] == "extended")
    assert counts(row) == expected, row


def test_action_verb_after_an_unnamed_subject_read_as_a_modifier(claims_of: Rows) -> None:
    text = (
        "Zelensky lifted curbs on two citizens. A separate decree extended sanctions on 203"
        " Russian individuals whose three-year listing was due to expire on November 20."
    )
    rows = [r for r in claims_of(text, "sanction") if r["sanction_status"] == "extended"]
    assert rows and counts(rows[0]) == {"person": 203}, claims_of(text, "sanction")


@pytest.mark.parametrize(
    ("item", "status"),
    [
        ("- 3 airlines removed from the list", "lifted"),
        ("- 2 oil tankers released from the list", "lifted"),
        ("- 4 shipping firms removed from the list", "lifted"),
        ("- 6 generals designated", "imposed"),
    ],
)
def test_bulleted_item_takes_its_participles_status(
    claims_of: Rows, item: str, status: str
) -> None:
    text = (
        "Britain on Monday lifted sanctions on Syrian banks.\n\nThe package at a glance:\n" + item
    )
    rows = [r for r in claims_of(text, "sanction") if r["span_start"] > 60]
    assert rows and rows[-1]["sanction_status"] == status, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain sanctioned the national carrier Syrian Air on Monday.", "organization"),
        ("Japan designated the carrier Mahan Air and two of its executives.", "organization"),
        ("Canada froze the assets of the Iranian state carrier on Friday.", "organization"),
        ("Canada sanctioned the bulk carrier Ocean Glory.", "vessel"),
    ],
)
def test_carrier_kind_follows_its_name_and_modifiers(
    claims_of: Rows, text: str, expected: str
) -> None:
    row = only(claims_of, text)
    kinds = {t["kind"] for t in row["sanction_targets"]}
    assert expected in kinds and ({"vessel", "organization"} - {expected}).isdisjoint(kinds), row


@pytest.mark.parametrize(
    "text",
    [
        "Britain announced sanctions against 11 people involved in serious rights violations.",
        "The EU adopted sanctions on 6 generals who committed grave violations of the law.",
        "Australia imposed sanctions on 3 firms accused of repeated offences at sea.",
        "Canada announced sanctions against 4 officers responsible for violations in prisons.",
    ],
)
def test_offence_words_in_the_targets_clause_do_not_block(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert any(t["count"] for t in row["sanction_targets"]), row


@pytest.mark.parametrize(
    "text",
    [
        "Penalties for sanctions violations rose sharply last year.",
        "Fines for sanctions offences by 12 firms doubled.",
    ],
)
def test_sanction_offences_stay_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
