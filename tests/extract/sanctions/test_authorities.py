"""Authorities: one canonical short name per sanctioning authority, and which state or body a
claim names as acting (datelines, unnamed governments and councils, acronyms, agents, joint
actors), never a state that is only a place or a target."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.authorities import authority_set, canonical_authority
from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import Rows, carried, counts, only


def test_aliases_map_to_canonical_names() -> None:
    assert canonical_authority("Seoul") == "South Korea"
    assert canonical_authority("the U.S. Treasury") == "United States"
    assert canonical_authority("  britain ") == "United Kingdom"
    assert canonical_authority("Britain's") == "United Kingdom"
    assert canonical_authority("Brussels") == "European Union"


def test_unknown_names_come_back_as_written() -> None:
    assert canonical_authority("Liechtenstein ") == "Liechtenstein"


def test_a_string_is_a_one_element_list() -> None:
    assert authority_set("Seoul") == authority_set(["South Korea"]) == frozenset({"South Korea"})
    assert authority_set(None) == frozenset() and authority_set(["", "EU"]) == {"European Union"}


STORY = (
    "Japan on Monday froze the assets of 12 Russian officials. The United States listed the "
    "same officials in May. {}"
)


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "OSLO, June 3 (Nordic Wire) - Norway on Tuesday adopted the European Union's latest"
            " package of sanctions, adding 30 entities to its list, the ministry said.",
            "Norway",
        ),
        (
            "TOKYO, Jan 9 (Pacific Desk) - Japan has aligned with the U.S. listing of 12 tankers,"
            " officials said.",
            "Japan",
        ),
        (
            "BERN, Feb 2 - Switzerland will take over the bloc's new sanctions on 14 Russian"
            " banks.",
            "Switzerland",
        ),
        (
            "WELLINGTON, Nov 20 (Kiwi Wire) - New Zealand imposed asset freezes on 9 individuals"
            " named by Washington last week.",
            "New Zealand",
        ),
    ],
)
def test_dateline_does_not_hide_the_acting_authority(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Liechtenstein is expected to adopt the same measures next week.", "Liechtenstein"),
        ("Iceland has aligned with the EU's latest sanctions package.", "Iceland"),
        ("Montenegro adopted the bloc's sanctions on 20 Russian firms.", "Montenegro"),
        ("Moldova will apply the EU's asset freezes on 12 separatist officials.", "Moldova"),
    ],
)
def test_smaller_states_that_align_are_authorities(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [  # an authority listing or delisting a company by name
        (
            "The EU listed Marlow Petroleum LLC, a fuel broker, and its director, Ivan Petrov.",
            "imposed",
            {"organization": 1, "person": 1},
        ),
        (
            "Britain added Kestrel Marine JSC and Orion Shipping to its sanctions list.",
            "imposed",
            {"organization": 2},
        ),
        ("Japan removed Volga Credit Bank from the list.", "lifted", {"organization": 1}),
        ("The United States has blacklisted Nordvik Trading.", "imposed", {"organization": 1}),
    ],
)
def test_an_authority_listing_a_name(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The EU listed eight firms on Monday, and Ottawa is expected to impose matching "
            "sanctions next week.",
            "Canada",
        ),
        (
            "Britain froze the assets of two banks, while Canberra was reported to have "
            "designated the same lenders.",
            "Australia",
        ),
        (
            "Washington sanctioned the refinery last month; Seoul is set to blacklist its owner "
            "too.",
            "South Korea",
        ),
        (
            "The United States blacklisted three brokers, and Japan was asked to sanction four "
            "tankers.",
            "Japan",
        ),
    ],
)
def test_the_passive_subject_of_a_raising_verb_acts_in_its_infinitive(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = claims_of(text, "sanction")
    assert [authority] in [r["sanction_authorities"] for r in rows], rows
    assert rows[-1]["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Government also lifted the asset freeze on one Cypriot insurer.",
        "Ministers have extended the export ban on dual-use goods until 2026.",
        "The Minister for Foreign Affairs will designate two more banks next week.",
        "The Treasury's sanctions unit delisted a shipping firm from Dubai.",
        "Separately, the foreign ministry blacklisted four tankers.",
    ],
)
def test_an_unnamed_government_is_the_story_s_own(claims_of: Rows, sentence: str) -> None:
    """Not the authority of the claim just before (a third country's)."""
    rows = claims_of(STORY.format(sentence), "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert [r["sanction_authorities"] for r in rows] == [["Japan"], ["United States"], ["Japan"]]


def test_an_unnamed_treasury_in_a_story_of_its_own_keeps_its_alias(claims_of: Rows) -> None:
    rows = claims_of("The Treasury on Friday sanctioned six tankers and their owners.", "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert [r["sanction_authorities"] for r in rows] == [["United States"]]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "TOKYO/SEOUL, March 3 (Asiawire) - South Korea on Monday blacklisted five North "
            "Korean bankers.",
            ["South Korea"],
        ),
        (
            "LONDON, Feb 9 (Reuters) - Canada has frozen the assets of three Belarusian officials.",
            ["Canada"],
        ),
        (
            "BRUSSELS - Switzerland will adopt the bloc's latest sanctions against four "
            "Iranian drone makers.",
            ["Switzerland"],
        ),
        (
            "Ottawa, 12 May 2025 \u2014 Japan imposed sanctions on 11 tankers of the shadow fleet.",
            ["Japan"],
        ),
    ],
)
def test_a_dateline_city_is_no_authority(claims_of: Rows, text: str, authority: list[str]) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authority


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Japan followed on Friday, saying it had adopted the same measures.", "Japan"),
        ("Switzerland said it would freeze the assets of the four bankers.", "Switzerland"),
        ("Britain announced that it has blacklisted two more shipping firms.", "United Kingdom"),
        ("Canada's foreign ministry said it was sanctioning 14 officials.", "Canada"),
    ],
)
def test_a_pronoun_subject_acts_for_the_state_that_reports_it(
    claims_of: Rows, text: str, authority: str
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council added two gang leaders to its list on Friday. The State "
        "Department imposed visa bans on 12 officials, and the Treasury designated three of "
        "their associates.",
        "The Security Council blacklisted a trafficker in July. The U.S. State Department "
        "barred four officials on Monday, and the Treasury sanctioned two banks.",
        "The UN Security Council renewed its embargo and listed two men. Washington's State "
        "Department imposed visa bans on five judges, and the Treasury blacklisted a lender.",
    ],
)
def test_an_unnamed_home_body_in_a_un_story_is_no_un_body(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    for row in rows:
        row["segment"] = "body"
    carry_sanctions(rows)
    assert rows[-1]["sanction_authorities"] == ["United States"], rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The UN Security Council added two gang leaders to its list. The council also "
            "renewed the arms embargo for a year.",
            "UN Security Council",
        ),
        (
            "The Security Council blacklisted a trafficker on Monday. The council last imposed "
            "new designations in March.",
            "UN Security Council",
        ),
        (
            "The European Union listed 20 officials on Friday. The council also extended the "
            "asset freezes by six months.",
            "European Union",
        ),
        (
            "EU ministers sanctioned three banks. The council said it would also ban two "
            "airlines from its airspace.",
            "European Union",
        ),
    ],
)
def test_the_council_is_the_council_of_the_story(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = claims_of(text, "sanction")
    for row in rows:
        row["segment"] = "body"
    carry_sanctions(rows)
    assert rows[-1]["sanction_authorities"] == [authority], rows


@pytest.mark.parametrize(
    "text",
    [
        "The Council listed six Montenegrin officials on Monday. Montenegro itself froze the assets "
        "of two of them last week.",
        "Albania froze the accounts of a militia leader in May. The Council has now imposed "
        "travel bans on two of his aides.",
        "The Council imposed travel bans on three Venezuelan judges. Canada sanctioned the "
        "same judges in January. The council also prolonged its arms embargo for a year.",
        "North Macedonia blocked the funds of a paramilitary group last spring. On Tuesday the council "
        "will sanction four of its commanders.",
    ],
)
def test_a_state_named_in_the_story_holds_no_council(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    for row in rows:
        row["segment"] = "body"
    carry_sanctions(rows)
    council = [r for r in rows if "council" in (r.get("subject") or "").lower()]
    assert council, rows
    assert all(r["sanction_authorities"] == ["European Union"] for r in council), rows


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv sanctioned 30 Russian shipping executives on Monday. The EU plans a package "
        "of its own. The National Security and Defence Council also listed nine tankers.",
        "Ukraine blacklisted eight arms traders. Brussels imposed sanctions on two of them "
        "in May. The Defence Council also froze the assets of three more traders on Sunday.",
        "Ukraine has sanctioned 12 Belarusian judges. The EU sanctioned nine of them last "
        "year. On Friday the National Defence Council will also list four prosecutors.",
        "Kyiv froze the assets of six Crimean officials. The EU listed the same officials in "
        "June. The country's Defence Council has also barred four of their deputies from "
        "entering Ukraine.",
    ],
)
def test_a_qualified_council_is_the_story_s_own_state(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    for row in rows:
        row["segment"] = "body"
    carry_sanctions(rows)
    council = [r for r in rows if "council" in (r.get("subject") or "").lower()]
    assert council, rows
    assert all(r["sanction_authorities"] == ["Ukraine"] for r in council), rows


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "The move follows Washington's decision in May to sanction five of the same officials.",
            ["United States"],
            {"person": 5},
        ),
        (
            "Kyiv welcomed Britain's decision to designate 12 Russian shipping firms.",
            ["United Kingdom"],
            {"organization": 12},
        ),
        (
            "The president signed a decree enacting Japan's decision to blacklist 20 tankers.",
            ["Japan"],
            {"vessel": 20},
        ),
        (
            "The vote followed Canada's decision last month to designate six gang leaders.",
            ["Canada"],
            {"person": 6},
        ),
    ],
)
def test_a_decision_to_sanction_a_group_is_the_possessor_s_claim(
    claims_of: Rows, text: str, authority: list[str], expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authority
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "Britain, France jointly sanction Sudanese militia commanders",
            ["United Kingdom", "France"],
        ),
        ("Canada, Australia impose travel bans on Fijian officials", ["Canada", "Australia"]),
        ("Japan, South Korea blacklist six North Korean hackers", ["Japan", "South Korea"]),
        ("EU, UK freeze assets of Belarusian judges", ["European Union", "United Kingdom"]),
    ],
)
def test_a_heading_s_comma_listed_actors_all_act(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "SEOUL, Sept 12 (Pacific Wire) - South Korea and Japan on Monday jointly listed three "
            "North Korean traders.",
            ["South Korea", "Japan"],
        ),
        (
            "SEOUL, Nov 4 (Han Wire) - South Korea and Australia on Friday jointly sanctioned two "
            "North Korean shipping firms.",
            ["South Korea", "Australia"],
        ),
        (
            "TOKYO, May 3 (Harbor Wire) - Japan and South Korea on Friday jointly sanctioned six "
            "North Korean hackers.",
            ["Japan", "South Korea"],
        ),
        (
            "LONDON, June 4 (City Wire) - Britain and Canada on Monday jointly sanctioned four "
            "Russian tankers.",
            ["United Kingdom", "Canada"],
        ),
    ],
)
def test_joint_actors_after_a_dateline_all_act(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "Mexico's financial intelligence unit said it froze 40 bank accounts linked to the "
            "cartel.",
            ["Mexico"],
        ),
        ("Kenya imposed a travel ban on three Sudanese militia leaders.", ["Kenya"]),
        ("Sanctions were imposed by Argentina on two Iranian officials on Monday.", ["Argentina"]),
        ("Activists welcomed Brazil's decision to sanction four Venezuelan officials.", ["Brazil"]),
        ("Saudi Arabia froze the assets of five Houthi commanders.", ["Saudi Arabia"]),
    ],
)
def test_a_state_in_an_actor_s_place_is_the_authority(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        ("Britain sanctioned two firms in Kenya.", ["United Kingdom"]),
        ("Two firms based in Turkey were sanctioned by Japan.", ["Japan"]),
        ("The EU listed a Mexican cartel and three firms in Argentina.", ["European Union"]),
        ("Canada froze the assets of four traders from Chile and Peru.", ["Canada"]),
    ],
)
def test_a_state_anywhere_else_is_a_place(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela faces new sanctions on its oil firms.",
        "Cuba has been under US sanctions since 1962.",
    ],
)
def test_a_state_under_sanctions_is_no_authority(claims_of: Rows, text: str) -> None:
    assert all(r["sanction_authorities"] != ["Venezuela"] for r in claims_of(text, "sanction"))
    assert all(r["sanction_authorities"] != ["Cuba"] for r in claims_of(text, "sanction"))


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "The Monetary Authority of Singapore (MAS) issued new rules on Monday. MAS lifted the "
            "restrictions on one bank.",
            ["Singapore"],
        ),
        (
            "The Financial Intelligence Unit of Mexico (UIF) published a report. The UIF froze "
            "the accounts of 30 firms.",
            ["Mexico"],
        ),
        (
            "The Foreign Ministry of Japan (MOFA) met envoys on Monday. MOFA also banned four "
            "Russian officials from entering.",
            ["Japan"],
        ),
        (
            "The Office of Financial Sanctions Implementation of the UK (OFSI) met on Monday. "
            "OFSI froze the assets of two brokers.",
            ["United Kingdom"],
        ),
    ],
)
def test_an_acronym_the_text_defines_names_its_authority(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert claims_of(text, "sanction")[-1]["sanction_authorities"] == authorities


def test_an_acronym_of_no_state_names_none(claims_of: Rows) -> None:
    text = "The Federal Reserve (FED) met on Monday. FED froze the assets of two banks."
    assert claims_of(text, "sanction")[-1]["sanction_authorities"] == []


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "The two men, a Syrian broker and his Lebanese partner, were added to the UN list for "
            "arms smuggling.",
            ["UN Security Council"],
        ),
        ("Three Iranian officers were added to the EU list on Monday.", ["European Union"]),
        ("Two tankers were put on the UN blacklist in March.", ["UN Security Council"]),
        ("Five Belarusian judges were added to Canada's sanctions list.", ["Canada"]),
    ],
)
def test_the_owner_of_the_list_targets_are_added_to_acts(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


def test_a_list_with_no_owner_names_no_authority(claims_of: Rows) -> None:
    text = "Four judges were added to the sanctions list on Friday."
    assert only(claims_of, text)["sanction_authorities"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Norway said two Chinese firms were designated by the EU in its latest package.",
        "Norway noted that the firms had been listed by the European Union in May.",
        "The bank is among the entities listed by the Council.",
    ],
)
def test_a_passive_agent_is_the_authority(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == ["European Union"]


def test_an_agent_of_another_verb_names_no_authority(claims_of: Rows) -> None:
    row = only(claims_of, "The list includes a refinery that is owned by the Russian firm Rosneft.")
    assert row["sanction_authorities"] == []
