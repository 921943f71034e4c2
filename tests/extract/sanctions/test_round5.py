"""Round 5: construction families of sanction claims read from the errors on dev_h and dev_g
(pages that were blind when measured); phrasings of our own, never a dev sentence."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import Rows, counts, only


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
    ("text", "expected"),
    [
        ("The EU struck the three businessmen from its sanctions list on Monday.", {"person": 3}),
        ("Washington deleted two Latvian banks from its blacklist.", {"organization": 2}),
        (
            "Two firms in Kazakhstan will be struck from the list of entities subject to export "
            "bans.",
            {"organization": 2},
        ),
        ("Four tankers were removed from the sanctions list in May.", {"vessel": 4}),
    ],
)
def test_taking_targets_from_a_list_lifts_sanctions(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    carry_sanctions(rows)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "lifted"
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The United Kingdom barred 12 officials from entering the country.",
        "Canada banned three tankers from its ports on Friday.",
    ],
)
def test_barring_targets_from_a_place_stays_an_imposition(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain added 31 firms to its list. Among them is Harbin Optics, a lens maker.",
            {"organization": 1},
        ),
        (
            "Japan sanctioned 14 companies on Friday. Among them are the Dalian Star Shipping "
            "Company and its affiliate, Bright Sea Ltd.",
            {"organization": 2},
        ),
        (
            "Canada designated nine people last week. Among them was the former general Ivan "
            "Petrov.",
            {"person": 1},
        ),
        (
            "The EU blacklisted 20 tankers. Among them are two vessels flagged in Gabon.",
            {"vessel": 2},
        ),
    ],
)
def test_among_them_restates_the_targets_of_the_sanction_before(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    carry_sanctions(rows)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]


def test_among_them_after_a_sentence_with_no_sanction_is_none(claims_of: Rows) -> None:
    text = "Russia launched 40 drones overnight. Among them were six made in Iran by two firms."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OFAC sanctioned two people and a freight forwarder in Dubai.",
            {"person": 2, "organization": 1},
        ),
        ("The EU listed three affiliates of the shipping group.", {"organization": 3}),
        ("The UN Security Council blacklisted two gang bosses on Friday.", {"person": 2}),
        (
            "Washington designated four cartel bosses and two freight forwarders.",
            {"person": 4, "organization": 2},
        ),
    ],
)
def test_forwarders_and_affiliates_are_organizations_bosses_persons(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


TIMELINE = (
    "Canada has widened its measures against Russia every year since the invasion.\n\n"
    "Key dates\n"
    "24.02.2022 – First Canadian asset freezes on Russian banks\n"
    "May 2022 – Import ban on Russian steel adopted\n"
    "2023-03-10 – Sanctions on 30 drone makers\n"
    "12 June 2024 – Tenth package lifted for two exporters\n"
)


def test_each_timeline_entry_with_a_sanction_noun_is_a_claim(claims_of: Rows) -> None:
    rows = claims_of(TIMELINE, "sanction")
    carry_sanctions(rows)
    entries = [r for r in rows if r["span_start"] > TIMELINE.index("Key dates")]
    starts = [TIMELINE.index(line) for line in TIMELINE.splitlines()[3:]]
    assert [r["span_start"] for r in entries] == starts, entries
    assert [r["sanction_status"] for r in entries] == ["imposed", "imposed", "imposed", "lifted"]
    assert all(r["sanction_authorities"] == ["Canada"] for r in entries)
    assert counts(entries[2]) == {"organization": 30}


@pytest.mark.parametrize(
    "text",
    [
        "Key dates\n24.02.2022 – Troops cross the border\nMay 2022 – Siege of the port ends\n",
        "Schedule\n10:30 – Opening remarks by the minister\n11:00 – Panel on trade\n",
    ],
)
def test_a_timeline_without_sanction_nouns_holds_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


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
    [
        "23.02.2022 – First package after the recognition of the breakaway regions",
        "2024-06-24 – 14th package targets LNG transshipment",
        "March 2023 – Tenth round agreed after long talks",
        "5 May 2025: 17th package adopted",
    ],
)
def test_a_timeline_entry_with_an_ordinal_package_is_a_claim_on_its_own(
    claims_of: Rows, text: str
) -> None:
    row = only(claims_of, text)
    assert row["span_start"] == 0 and row["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    "text",
    [
        "2024-06-24 – Two packages of aid approved for farmers",
        "2024-06-24 – Aid package approved for farmers",
    ],
)
def test_a_timeline_entry_with_a_package_of_aid_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


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


def test_an_infinitive_under_a_decision_stays_imposed(claims_of: Rows) -> None:
    text = "The EU decided to impose travel bans on five officials."
    assert only(claims_of, text)["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A new decree harmonises Kyiv's sanctions with measures adopted by Japan against "
            "40 firms.",
            [(["Ukraine"], "imposed"), (["Japan"], "imposed")],
        ),
        (
            "Moldova synchronised its list with restrictions adopted by the EU in May.",
            [(["Moldova"], "imposed"), (["European Union"], "imposed")],
        ),
        (
            "Norway follows the sanctions adopted by the EU in June.",
            [(["Norway"], "imposed"), (["European Union"], "imposed")],
        ),
        (
            "Montenegro will synchronize its measures with the package approved by the European "
            "Union on Friday.",
            [(["Montenegro"], "planned"), (["European Union"], "imposed")],
        ),
    ],
)
def test_aligning_with_measures_another_state_adopted_makes_two_claims(
    claims_of: Rows, text: str, expected: list[tuple[list[str], str]]
) -> None:
    rows = claims_of(text, "sanction")
    assert [(r["sanction_authorities"], r["sanction_status"]) for r in rows] == expected


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "The measures follow visa bans announced by Estonia and Latvia in March.",
            ["Estonia", "Latvia"],
        ),
        ("The new listings follow sanctions imposed by Britain last week.", ["United Kingdom"]),
        (
            "Today's package follows the travel bans announced by Japan in May.",
            ["Japan"],
        ),
        ("These restrictions followed an embargo adopted by the EU in 2022.", ["European Union"]),
    ],
)
def test_measures_that_follow_others_in_time_leave_the_others_their_own_claim(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authorities
    assert text[row["span_start"] : row["span_end"]].split()[0] in text.split()[4:6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada said it would add both gang leaders to its own list.", {"person": 2}),
        ("The EU listed both banks on Monday.", {"organization": 2}),
        ("Washington has now sanctioned both tankers.", {"vessel": 2}),
        ("Britain froze the assets of both businessmen.", {"person": 2}),
    ],
)
def test_both_counts_two(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The State Department said it was imposing visa bans on 12 officials, and the "
            "Treasury designated two banks on Thursday.",
            [{"person": 12}, {"organization": 2}],
        ),
        (
            "The State Department imposed visa bans on four officials, and the Treasury "
            "designated two banks.",
            [{"person": 4}, {"organization": 2}],
        ),
        (
            "The Commerce Department added nine firms to its list, and the Treasury sanctioned "
            "three people.",
            [{"organization": 9}, {"person": 3}],
        ),
        (
            "The Foreign Office froze the assets of five officials, while the Home Office "
            "barred three judges from entering the country.",
            [{"person": 5}, {"person": 3}],
        ),
    ],
)
def test_two_bodies_of_one_state_acting_in_one_sentence_make_two_claims(
    claims_of: Rows, text: str, expected: list[dict[str, int]]
) -> None:
    assert [counts(r) for r in claims_of(text, "sanction")] == expected


def test_one_body_acting_twice_in_one_sentence_makes_one_claim(claims_of: Rows) -> None:
    text = "The EU listed 20 people, and it also froze the assets of two banks."
    assert counts(only(claims_of, text)) == {"person": 20, "organization": 2}


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
    ("text", "expected"),
    [
        ("The EU agreed on the removal of two banks from its sanctions list.", {"organization": 2}),
        ("Britain announced the removal of four tankers from the blacklist.", {"vessel": 4}),
        (
            "Two member states secured the removal of three businessmen from the list.",
            {"person": 3},
        ),
        (
            "The removal of two firms from the list of sanctioned entities takes effect today.",
            {"organization": 2},
        ),
    ],
)
def test_the_removal_of_targets_from_a_list_lifts_sanctions(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "lifted"
    assert counts(row) == expected


def test_the_removal_of_a_thing_from_another_list_is_none(claims_of: Rows) -> None:
    text = "The removal of asbestos from the list of hazards was criticised."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain froze all assets the three banks hold in London.", {"organization": 3}),
        ("The order freezes any funds that two Iranian firms own in Japan.", {"organization": 2}),
        ("Canada froze the property the four officials held in Toronto.", {"person": 4}),
        ("Japan will freeze any funds that the two banks hold there.", {"organization": 2}),
    ],
)
def test_whoever_holds_the_frozen_assets_is_the_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ordinary sanctions bar a country's own citizens and companies from dealing with a target.",
        "Such designations prohibit American firms from doing business with the listed banks.",
        "US sanctions ban Americans from trading with the two firms.",
        "Secondary sanctions bar foreign banks from handling payments for the listed firms.",
    ],
)
def test_what_sanctions_bar_people_from_doing_is_their_effect(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        ("Oslo shuts its ports to two Russian fishing groups", "imposed", {"organization": 2}),
        (
            "Canada closed its airspace to Russian airlines in 2022.",
            "imposed",
            {"organization": None},
        ),
        (
            "Britain will close its ports to 12 tankers of the shadow fleet.",
            "planned",
            {"vessel": 12},
        ),
        ("Norway has shut its waters to three fishing firms.", "imposed", {"organization": 3}),
    ],
)
def test_closing_a_place_to_targets_is_a_ban(
    claims_of: Rows, text: str, status: str, expected: dict[str, int | None]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    ["The storm closed the port to all shipping.", "The city closed its border to tourists."],
)
def test_closing_a_place_to_no_target_group_is_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council renewed its Haiti sanctions regime for another year.",
        "London named 14 people under the Global Human Rights sanctions regime.",
        "Canada extended its Venezuela sanctions programme until 2027.",
        "The EU prolonged its cyber sanctions regime by three years.",
    ],
)
def test_a_sanctions_regime_is_no_target_group(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert "organization" not in counts(rows[0])


@pytest.mark.parametrize(
    "text",
    [
        "Global Affairs Canada named 11 individuals under its sanctions law.",
        "Australia named six officials under its Magnitsky-style sanctions regime on Friday.",
        "The Treasury named two banks to its blacklist.",
        "Britain named 14 people under its new sanctions rules on Tuesday.",
    ],
)
def test_naming_targets_under_sanctions_is_designating_them(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed" and counts(row)


@pytest.mark.parametrize(
    "text", ["Canada named three ambassadors on Monday.", "The firm named two new directors."]
)
def test_naming_people_with_no_sanction_in_view_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


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
        "The restrictions, which include asset freezes and a ban on trade, run for ten years.",
        "The sanctions, which comprise an arms embargo and a port ban, took effect on Monday.",
        "These measures, which contain a ban on software exports, expire in July.",
        "The measures, which include a visa ban, remain in force.",
    ],
)
def test_measures_stating_what_they_include_state_no_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


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
