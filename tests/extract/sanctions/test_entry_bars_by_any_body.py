"""A verb of barring that keeps people out of a state is an entry ban on them, whoever acts (an
immigration body the alias table does not know, or no actor at all): a 'from' phrase of entry or
of coming back ('from entering Laos', 'from returning', 'from re-entering the country'), a state
after 'from' ('barred from the kingdom'), or, with no 'from' phrase, foreigners barred or a
group expelled and barred. A 'from' phrase of anything else keeps them out of no state."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coming back, the state implied or named
        ("The border agency has barred the six recruiters from returning.", {"person": 6}),
        (
            "The interior ministry will bar the five smugglers from returning to Peru.",
            {"person": 5},
        ),
        (
            "Two Uzbek couriers were expelled last month and barred from re-entering the country.",
            {"person": 2},
        ),
        (
            "The two pilots were deported on Friday and barred from returning to Chile for life.",
            {"person": 2},
        ),
        # a state after 'from'
        ("Four foreign recruiters have been barred from the kingdom.", {"person": 4}),
        ("The ministry barred seven couriers from Ghana for five years.", {"person": 7}),
        # the 'from' phrase hung on a relative clause that describes the group
        (
            "The bureau has barred two Chinese nationals who ran the call centre from entering"
            " Laos.",
            {"person": 2},
        ),
        (
            "The service barred four managers who fled in June from returning.",
            {"person": 4},
        ),
        # no 'from' phrase: foreigners barred, or a group expelled and barred
        (
            "The border police have barred 75 foreigners linked to the scheme since 2021.",
            {"person": 75},
        ),
        ("Immigration bars two Ghanaians after a fraud probe", {"person": 2}),
        ("Six sailors deported and barred", {"person": 6}),
        # a pronoun for the group just expelled; a zone of states after 'from'
        (
            "The agency expelled four Thai couriers and barred them from the Schengen area.",
            {"person": 4},
        ),
        ("Police expelled nine smugglers and barred them from returning.", {"person": 9}),
        ("Three Peruvians are to be expelled and barred, the ministry said.", {"person": 3}),
    ],
)
def test_an_entry_bar_is_a_sanction_on_whom_it_keeps_out(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Three Peruvians are to be expelled and barred, the ministry said.", "planned"),
        ("The agency will bar the six recruiters from returning.", "planned"),
        ("The border police later barred both from re-entering the country.", "imposed"),
    ],
)
def test_an_entry_bar_keeps_its_status(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Fans were barred from returning to the stadium after the match.",
        "The club barred three foreign players from the squad.",
        "Protesters were barred from entering the parliament building.",
        "The coach barred two players from returning to the pitch.",
        # what a measure already told does to the group: its effect, no act of its own
        "The two men got expulsion orders, which bar them from entering Peru.",
        "Both men were served with removal orders by the Crown, which bar them from entering Fiji.",
    ],
)
def test_a_bar_from_anything_but_a_state_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "Court freezes ring's trucks; six foreigners deported and barred",
        "Judge freezes the broker's accounts; two Kenyans expelled and barred from returning",
        "Two foreign partners barred from entering Peru; four import permits suspended",
    ],
)
def test_a_headline_bar_after_a_semicolon_is_its_own_claim(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert any("barred" in text[r["span_start"] : r["span_end"]] for r in rows), rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "An aide said the listings, issued under the revised hacking rules, froze all"
            " money the pair held in Chile and barred them from entering the country.",
            "barred",
        ),
        # a class a list holds, and what a listing told before does to its targets
        (
            "Ottawa will add 25 carriers to its register of vessels barred from Canadian ports.",
            "barred",
        ),
        (
            "Every asset of the listed men is frozen. They are also banned from entering Chile.",
            "banned",
        ),
    ],
)
def test_a_bar_a_measure_brings_is_no_action_of_its_own(
    claims_of: Rows, text: str, word: str
) -> None:
    rows = claims_of(text, "sanction")
    assert not any(word in text[r["span_start"] : r["span_end"]] for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Britain listed two bankers on Monday. The ministry said the listings freeze any assets"
        " the bankers hold in Britain and bar them from entering the country.",
        "Ireland designated three traders in May. An official said the designations, agreed by"
        " the cabinet, freeze all property the traders own in Ireland and bar them from"
        " entering the state.",
        "Canada sanctioned five colonels on Friday. The minister said the sanctions will freeze"
        " any funds the colonels hold in Canada and bar them from coming to the country.",
        "Belgium listed six smugglers on Tuesday. Officials said the measures freeze the accounts"
        " the smugglers keep in Belgium and ban them from entering the country.",
    ],
)
def test_a_bar_the_parser_joins_to_a_relative_clause_under_a_measure_is_its_effect(
    claims_of: Rows, text: str
) -> None:
    # the measure is the subject of the clause the relative clause sits in: no act of its own
    rows = claims_of(text, "sanction")
    first = text.split(". ")[0]
    assert any(r["span_end"] <= len(first) for r in rows), rows
    bar = text.index(" bar" if " bar " in text else " ban ") + 1
    assert not any(r["span_start"] <= bar < r["span_end"] for r in rows), rows
