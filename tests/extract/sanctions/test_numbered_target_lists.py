"""A numbered list under a line that ends in a colon ('The persons named are:' then '1. Name,
company director') is a list of targets as a bulleted one is: each numbered line restates the
action before the list, with its authority, whether the number comes as '1.' (which the parser
cuts off as a sentence of its own) or as '2)'."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

STORIES = [
    (
        "Court freezes assets of charter ring\n\n"
        "The High Court in Kingstown on Monday granted a freezing order over the assets of three "
        "persons and two companies.\n\n"
        "The persons named are:\n"
        "1. Alwyn Richardson-Baptiste, company director\n"
        "2. Shanice Richardson-Baptiste, his daughter\n"
        "3. Tomas Egberg, a Danish national\n",
        "St Vincent and the Grenadines",
        ["Alwyn Richardson-Baptiste", "Shanice Richardson-Baptiste", "Tomas Egberg"],
    ),
    (
        "Ghana sanctions gold smugglers\n\n"
        "Ghana on Friday designated three men who ran gold out of the country.\n\n"
        "Those designated are:\n"
        "1) Kwabena Osei-Mensah, a trader in Obuasi\n"
        "2) Yaw Boakye-Danso, his cousin\n"
        "3) Emmanuel Tetteh, pilot\n",
        "Ghana",
        ["Kwabena Osei-Mensah", "Yaw Boakye-Danso", "Emmanuel Tetteh"],
    ),
    (
        "Kenya freezes accounts of fuel cartel\n\n"
        "Kenya's Assets Recovery Agency will freeze the accounts of three fuel importers, the "
        "agency said on Tuesday.\n\n"
        "The companies named are:\n"
        "1. Lakeside Petroleum Ltd\n"
        "2. Tana Energy Ltd\n"
        "3. Kilifi Petroleum Ltd\n",
        "Kenya",
        ["Lakeside Petroleum Ltd", "Tana Energy Ltd", "Kilifi Petroleum Ltd"],
    ),
    (
        "Zambia lists two mining bosses\n\n"
        "Zambia has sanctioned two executives of an illegal mining syndicate, the finance "
        "ministry said.\n\n"
        "Those listed are:\n"
        "1. Mwila Chanda-Banda, managing director\n"
        "2. Bupe Mutale, finance officer\n",
        "Zambia",
        ["Mwila Chanda-Banda", "Bupe Mutale"],
    ),
]


@pytest.mark.parametrize(("text", "state", "names"), STORIES)
def test_each_numbered_line_is_a_target_of_the_action(
    tmp_path: Path, text: str, state: str, names: list[str]
) -> None:
    rows = page_sanctions(tmp_path, text)
    for name in names:
        own = [r for r in rows if any(name in t["names"] for t in r["sanction_targets"])]
        assert own, (name, rows)
        assert all(list(r["sanction_authorities"]) == [state] for r in own), own


def test_a_numbered_paragraph_with_no_list_before_it_is_no_target(tmp_path: Path) -> None:
    text = (
        "Ghana sanctions gold smugglers\n\n"
        "Ghana on Friday designated three men who ran gold out of the country.\n\n"
        "What comes next\n"
        "1. Ashanti Goldfields Ltd\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert not any(
        "Ashanti Goldfields Ltd" in t["names"] for r in rows for t in r["sanction_targets"]
    )


def test_a_numbered_roll_under_the_actions_own_line_feeds_it(tmp_path: Path) -> None:
    text = (
        "Council renews measures on junta officers\n\n"
        "The following three individuals are subject to the travel ban and asset freeze decided "
        "by the Council of the EU on Monday:\n"
        "1. Colonel Andry Rakoto, Commander, Presidential Guard\n"
        "2. Major Hery Rabe\n"
        "3. Mr. Naina Solo, adviser to the Head of the Transition\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert not any(r["span_text"].startswith(("Colonel", "Major", "Mr.")) for r in rows), rows


def test_a_numbered_line_with_its_own_action_opens_no_key_points(tmp_path: Path) -> None:
    text = (
        "Singapore lists two brokers\n\n"
        "Singapore on Monday designated two brokers under its terrorism law.\n\n"
        "What it means\n"
        "1. Banks must immediately freeze any funds of the designated persons.\n"
        "- Individuals: fine of up to S$1 million\n"
        "- Banks: fine of up to S$2 million per breach\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert not any(r["span_text"].startswith(("Individuals", "Banks:")) for r in rows), rows


def test_a_numbered_note_under_no_list_keeps_the_action_it_restates(tmp_path: Path) -> None:
    text = (
        "UK sanctions officials over deportations\n\n"
        "The UK has today sanctioned 12 individuals and 4 organisations over the deportation of "
        "children.\n\n"
        "Notes to editors\n"
        "2. Those sanctioned include two judges and a prison governor.\n"
    )
    rows = page_sanctions(tmp_path, text)
    notes = [r for r in rows if "judges" in r["span_text"]]
    assert notes, rows
    assert all(list(r["sanction_authorities"]) == ["United Kingdom"] for r in notes), notes


def test_a_numbered_heading_in_capitals_is_no_target(tmp_path: Path) -> None:
    text = (
        "Sanctions week in review\n\n"
        "The EU on Monday listed nine officials over the crackdown in Minsk.\n\n"
        "6) DATES TO WATCH\n"
        "- 22 September: annual review published\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert not any("DATES" in r["span_text"] for r in rows), rows


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        (
            "SCHEDULE 1 - PERSONS DESIGNATED ON 3 MARCH 2026",
            ["Farid Haddad (Syrian, born 1981)", "Omar Saleh (Jordanian, born 1990)"],
        ),
        ("ANNEX: INDIVIDUALS LISTED ON 12 MAY 2025", ["Tarek Mansour (Lebanese, born 1975)"]),
        ("APPENDIX: DESIGNATIONS REVOKED", ["Karim Nassar (Lebanese, born 1979)"]),
        (
            "LIST OF PERSONS DESIGNATED",
            ["Samir Aziz (Iraqi, born 1968)", "Hadi Rahimi (Afghan, born 1985)"],
        ),
    ],
)
def test_a_numbered_roll_under_a_heading_with_no_colon_makes_no_claim_per_line(
    tmp_path: Path, heading: str, names: list[str]
) -> None:
    text = (
        "Ministry designates financiers of armed group\n\n"
        "Jordan's interior ministry on Tuesday designated three men as financiers of an armed group,"
        " freezing all their assets.\n\n"
        f"{heading}\n" + "".join(f"{i}. {name}\n" for i, name in enumerate(names, start=1))
    )
    rows = page_sanctions(tmp_path, text)
    starts = tuple(name.split(" (")[0] for name in names)
    assert not any(r["span_text"].startswith(starts) for r in rows), rows
