"""The status of a sanction claim (imposed, planned, denied) from its verb, modal, decision or
action noun, whatever the wording."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts, only


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "The EU announced the easing of sanctions on three Syrian banks.",
            "lifted",
            {"organization": 3},
        ),
        (
            "The decision follows the extension of the asset freeze on 40 officials until 2027.",
            "extended",
            {"person": 40},
        ),
        (
            "Britain approved the suspension of restrictions on two Syrian airlines on Friday.",
            "lifted",
            {"organization": 2},
        ),
        (
            "The vote follows the lifting in March of restrictions on two Syrian airlines.",
            "lifted",
            {"organization": 2},
        ),
        (
            "Canada announced the delisting last week of two Syrian banks.",
            "lifted",
            {"organization": 2},
        ),
    ],
)
def test_an_action_noun_gives_the_status(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Tokyo will extend its ban on Russian timber and coal imports for another year.",
            "planned",
        ),
        ("The EU renewed its prohibition on Belarusian potash imports on Monday.", "extended"),
        ("Canada has imposed import prohibitions on Russian aluminium and steel.", "imposed"),
        ("Wellington imposed export prohibitions on 40 kinds of machine tools.", "imposed"),
    ],
)
def test_a_trade_ban_is_placed_by_its_own_phrase(claims_of: Rows, text: str, status: str) -> None:
    assert only(claims_of, text)["sanction_status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [  # agreeing to act on sanctions is a commitment; agreeing to list, extend or lift is not
        ("G7 leaders agreed on Friday to tighten sanctions on Russia.", "planned"),
        ("The G7 allies have agreed to expand their sanctions on Iranian banks.", "planned"),
        ("EU ministers pledged to broaden the sanctions on Belarus.", "planned"),
        ("The EU agreed in May to sanction 40 people and 12 firms.", "imposed"),
        ("EU leaders agreed to extend the economic sanctions by six months.", "extended"),
    ],
)
def test_agreeing_to_act_is_planned(claims_of: Rows, text: str, status: str) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [  # a sanction noun whose adoption is still to come, as the subject of a passive infinitive
        "The package is due to be formally adopted by the end of the month.",
        "New sanctions on Iranian drone makers are expected to be imposed next week.",
        "Further sanctions on the network are set to be approved on Monday.",
        "The new listings are due to be approved on Friday.",
    ],
)
def test_a_sanction_due_to_be_adopted_is_planned(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, "The EU has sanctioned 12 firms. " + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa said it would re-impose sanctions on four Iranian banks.",
        "The Council will re-list the two shipping firms next month.",
        "Brussels said on Friday that it would re-impose its asset freeze on the central bank.",
        "London could re-designate the three traders once the court rules.",
    ],
)
def test_a_modal_on_a_hyphenated_prefix_makes_the_action_planned(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    assert rows and all(r["sanction_status"] == "planned" for r in rows), rows


@pytest.mark.parametrize(
    ("text", "status"),
    [  # a decision taken now about an action in force later: the action is imposed
        (
            "The cabinet decided on Friday that Japan will freeze the assets of 12 people.",
            "imposed",
        ),
        ("Ottawa has resolved that Canada will list 40 more tankers.", "imposed"),
        (
            "The Government has today decided that Iceland will align with the bloc's latest"
            " sanctions package.",
            "imposed",
        ),
        ("Japan will decide next week whether to sanction the firms.", "planned"),
    ],
)
def test_a_decision_taken_makes_a_future_action_imposed(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_status"] == status


def test_an_infinitive_under_a_decision_stays_imposed(claims_of: Rows) -> None:
    text = "The EU decided to impose travel bans on five officials."
    assert only(claims_of, text)["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "Britain has reinstated asset freezes on 40 Iranian individuals and entities.",
            "imposed",
            {"other": 40},
        ),
        (
            "Canberra restored travel bans on six Syrian officials on Monday.",
            "imposed",
            {"person": 6},
        ),
        (
            "The bloc will restore its sanctions on three Iranian banks next week.",
            "planned",
            {"organization": 3},
        ),
        (
            "Japan is reinstating an asset freeze on two shipping firms in Dubai.",
            "imposed",
            {"organization": 2},
        ),
    ],
)
def test_restoring_sanctions_is_imposing_them(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        ("UN sanctions on Iran return after talks collapse", "imposed", {}),
        ("Travel bans on 12 officials returned on Sunday.", "imposed", {"person": 12}),
        ("EU sanctions on the two banks will return next month.", "planned", {"organization": 2}),
        (
            "The embargo on two Iranian airlines returned on Monday.",
            "imposed",
            {"organization": 2},
        ),
    ],
)
def test_sanctions_that_return_are_imposed_again(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert {k: v for k, v in counts(row).items() if k != "other"} == expected


def test_returning_from_a_place_is_no_sanction(claims_of: Rows) -> None:
    text = "The minister returned from Brussels, where new sanctions were discussed."
    assert claims_of(text, "sanction") == []


def test_a_sanction_noun_that_does_not_itself_return_is_not_returned(claims_of: Rows) -> None:
    text = "The old resolutions return in full: an arms embargo and a ban on missile work."
    assert claims_of(text, "sanction") == []  # 'return' states a sanction only of its subject


@pytest.mark.parametrize(
    "text",
    [  # a subject that denies: neither, none
        "Two banks were listed by the EU, but neither is designated by the United States.",
        "Three tankers were named in the report, but none was sanctioned by Japan.",
        "None of the firms has been blacklisted by Canada.",
        "Neither of the captains was designated by Britain.",
    ],
)
def test_a_denying_subject_negates_the_action(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert not any(
        r["sanction_authorities"] in (["United States"], ["Japan"], ["Canada"], ["United Kingdom"])
        for r in rows
    ), rows


@pytest.mark.parametrize(
    "text",
    [
        "Japan did not impose sanctions on the two banks.",
        "Sanctions were not imposed on the shipping company, officials said.",
        "Canada has never designated the airline.",
        "The EU did not agree to sanction the tanker owners.",
        "Britain won't blacklist the three refiners this year.",
        "No sanctions were imposed on the port operator.",
    ],
)
def test_a_denied_action_is_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_the_same_action_affirmed_is_a_sanction(claims_of: Rows) -> None:
    row = only(claims_of, "Japan imposed sanctions on two banks.")
    assert row["sanction_status"] == "imposed" and counts(row) == {"organization": 2}
