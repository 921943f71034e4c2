"""A sentence that elaborates a reported action with no agent of its own ('Those sanctioned
include ...', 'Also designated were ...') takes the authority of the action it elaborates: not
that of a plan or proposal named since, nor, from a later paragraph, that of a state an earlier
claim says only copied the action ('followed with ...', '... of the same people')."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import _named_together, carry_sanctions
from tests.extract.sanctions.helpers import Rows


def _carried(claims_of: Rows, text: str) -> list[dict[str, object]]:
    """The sanction rows of a text carried as in an article, the text given for its paragraphs."""
    text = text.replace("|", "\n\n")
    rows = claims_of(text, "sanction", "2025-03-07")
    carry_sanctions(rows, text)  # type: ignore[arg-type]
    return rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [  # a plan or proposal named after the action gives no authority to what was done
        (
            "Canada has sanctioned 15 people over the coup. The United States plans to "
            "sanction the same people next month.|Those sanctioned include the junta's "
            "defence minister.",
            "Canada",
        ),
        (
            "The UN committee added four men and two firms to its list on Monday. Washington, "
            "which had proposed the designations, is expected to sanction 3 more men.|Those "
            "added include the group's finance chief.",
            "UN Security Council",
        ),
        (
            "Britain froze the assets of 8 generals on Wednesday. Australia said it would "
            "impose travel bans on 5 of them in the coming weeks.|Those sanctioned include the "
            "head of the air force.",
            "United Kingdom",
        ),
        (
            "The EU added 6 firms to its list on Monday. The US Treasury is preparing sanctions "
            "against 4 of the firms.|Among those listed is a cement maker in Aleppo.",
            "European Union",
        ),
    ],
)
def test_an_elaboration_skips_a_plan_named_since(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = _carried(claims_of, text)
    assert rows[-1]["sanction_authorities"] == [authority], rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [  # a later paragraph elaborates the action that was copied, not the copy
        (
            "Australia sanctioned 12 people and 5 companies over the crackdown on Monday.|New "
            "Zealand followed on Tuesday with travel bans on 8 of the same people.|Those "
            "sanctioned include the regional police chief and two judges.",
            "Australia",
        ),
        (
            "The United Kingdom designated 9 individuals linked to the militia. Canada listed 6 "
            "of the same individuals hours later.|Also designated were two logistics firms in "
            "Dubai.",
            "United Kingdom",
        ),
        (
            "Switzerland froze the assets of 14 firms that supply drone parts to the army.|"
            "Norway imposed matching sanctions on Thursday.|Those targeted include a drone maker "
            "in Shenzhen.",
            "Switzerland",
        ),
        (
            "Japan has imposed asset freezes on 20 entities. South Korea is mirroring the "
            "measures against 11 of them.|Among those listed are three shipping agents in "
            "Vladivostok.",
            "Japan",
        ),
    ],
)
def test_a_later_paragraph_elaborates_the_copied_action(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = _carried(claims_of, text)
    assert rows[-1]["sanction_authorities"] == [authority], rows


def test_the_copys_own_paragraph_goes_on_about_the_copy(claims_of: Rows) -> None:
    rows = _carried(
        claims_of,
        "The EU sanctioned 10 officers on Monday. Britain followed on Friday with sanctions on "
        "7 of the same officers. It also froze the assets of two more officers.",
    )
    assert rows[-1]["sanction_authorities"] == ["United Kingdom"], rows


def test_a_list_lines_restatement_is_not_its_sentences_main_action() -> None:
    """Of the sentence before, the donor is its action, not a restatement read on the same line
    that carried an older authority."""
    rows = [
        {"segment": "body", "sentence_start": 0, "sentence_end": 30, "restated": False},
        {"segment": "body", "sentence_start": 40, "sentence_end": 70, "restated": True},
        {"segment": "body", "sentence_start": 40, "sentence_end": 70, "restated": False},
        {"segment": "body", "sentence_start": 80, "sentence_end": 99, "restated": False},
    ]
    for row, names in zip(rows, [["Japan", "Canada"], [], ["Japan"], []], strict=True):
        row.update(sanction_authorities=names, sanction_date=None, confidence=0.8)
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[3]["sanction_authorities"] == ["Japan"]


@pytest.mark.parametrize(
    ("text", "authorities"),
    [  # a count alone ('by both', 'all three lists') names the authorities named together last
        (
            "The European Union and Britain on Thursday sanctioned 14 people over the poisoning. "
            "Britain also froze the assets of a London bank. Among those listed by both is a "
            "senior intelligence officer.",
            ["European Union", "United Kingdom"],
        ),
        (
            "Washington, London and Brussels have blacklisted the shipping firm Orion Maritime. "
            "The EU's list now holds 160 tankers. Fewer than 30 tankers are on all three lists, "
            "analysts say.",
            ["United States", "United Kingdom", "European Union"],
        ),
        (
            "Canada and Australia imposed travel bans on 9 officials on Monday. Canada also froze "
            "the assets of a state bank. Two judges were also added to both lists.",
            ["Canada", "Australia"],
        ),
        (
            "Japan and South Korea froze the assets of 6 firms this week.|The EU sanctioned two "
            "of them in May.|The firms designated by both include a chip broker in Shenzhen.",
            ["Japan", "South Korea"],
        ),
    ],
)
def test_a_count_alone_names_the_authorities_named_together(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    rows = _carried(claims_of, text)
    assert rows[-1]["sanction_authorities"] == authorities, rows


@pytest.mark.parametrize(
    "sentence",
    ["Both firms were designated.", "All three banks remain listed.", "It acted on both."],
)
def test_a_count_of_targets_names_no_authorities(sentence: str) -> None:
    row = {"sentence": sentence, "sentence_start": 60, "sentence_end": 90}
    text = "Canada and Japan sanctioned the firms. The UK did too.    " + sentence
    assert _named_together(row, text) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "authority"),
    [  # 'the committee' again: the body named before by a fuller name, not the last state
        (
            "The UN Security Council's Libya sanctions committee added a tanker to its list on "
            "Monday. France froze a bank account of the ship's owner on Tuesday. The committee "
            "also removed a dead militia leader from the list.",
            "UN Security Council",
        ),
        (
            "Australia's sanctions agency listed 6 people on Monday. New Zealand froze the assets "
            "of two of them on Tuesday. The agency also removed a businessman from its list.",
            "Australia",
        ),
        (
            "A Security Council panel has blacklisted 4 gold smugglers. Britain sanctioned two of "
            "them in 2023.|The panel also delisted a former minister.",
            "UN Security Council",
        ),
        (
            "The Security Council's South Sudan committee listed two generals on Monday. Kenya "
            "froze the generals' bank accounts last week.|The committee has also removed a former "
            "governor from its list.",
            "UN Security Council",
        ),
    ],
)
def test_a_body_named_again_by_its_noun_keeps_its_authority(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = _carried(claims_of, text)
    assert rows[-1]["sanction_authorities"] == [authority], rows


def test_a_state_that_names_whom_it_copies_is_the_story(claims_of: Rows) -> None:
    """'aligning itself with measures the EU adopted': the aligning state's own listing is what
    a later paragraph elaborates."""
    rows = _carried(
        claims_of,
        "Switzerland added 6 firms to its list on Friday, aligning itself with measures the "
        "European Union adopted last week.|Those listed include two gold refineries in Dubai.",
    )
    assert rows[-1]["sanction_authorities"] == ["Switzerland"], rows
