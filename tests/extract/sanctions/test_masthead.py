"""A government page's masthead names who issues it: the page's own 'the Minister' or 'the
Council' is that body, not the state its story names most (claims.extract.sanctions.carry)."""

from __future__ import annotations

from typing import Any

import pytest

from claims.extract.sanctions.carry import carry_sanctions, page_issuer


def _row(subject: str, authorities: list[str], start: int, segment: str = "body") -> Any:
    return {
        "segment": segment,
        "subject": subject,
        "sentence_start": start,
        "sanction_authorities": authorities,
        "sanction_date": None,
        "confidence": 0.8,
        "restated": False,
    }


def _home_authority(masthead: str, subject: str, story: list[list[str]]) -> list[str]:
    """The authority a home subject takes on a page under `masthead` whose other claims name
    `story` (each a claim of its own)."""
    text = masthead + "\n" + "Some body sentence of the page.\n" * (len(story) + 2)
    start = len(masthead) + 1
    rows = [_row(subject, [], start)]
    rows += [_row("it", a, start + 40 * (n + 1)) for n, a in enumerate(story)]
    carry_sanctions(rows, text)
    return list(rows[0]["sanction_authorities"])


def test_a_foreign_ministers_page_is_its_governments() -> None:
    got = _home_authority(
        "Government of Canada | Global Affairs",
        "the Minister of Foreign Affairs",
        [["United States"], ["United States"]],
    )
    assert got == ["Canada"]


def test_a_councils_page_is_the_blocs_not_the_un_it_follows() -> None:
    got = _home_authority(
        "Council of the European Union - Newsroom", "The Council", [["UN Security Council"]]
    )
    assert got == ["European Union"]


def test_a_ministry_of_another_state_issues_its_own_page() -> None:
    got = _home_authority(
        "Ministry of Foreign Affairs of Japan", "the Government", [["Australia"], ["Australia"]]
    )
    assert got == ["Japan"]


def test_a_government_site_named_without_a_state() -> None:
    got = _home_authority("GOV.UK", "The Foreign Secretary's office", [["United States"]])
    assert got == ["United Kingdom"]


def test_a_headline_first_line_is_no_masthead() -> None:
    text = "Treasury sanctions Australian drug ring\n\nThe Treasury on Monday listed 4 firms."
    rows = [_row("Treasury", ["United States"], 0, "title")]
    assert page_issuer(text, rows) == []  # type: ignore[arg-type]


def test_a_masthead_that_names_two_states_or_a_news_outlet_issues_nothing() -> None:
    assert page_issuer("Joint statement of Japan and Canada | Government", []) == []
    assert page_issuer("Harbour Daily News | World | Business", []) == []
    assert page_issuer("Australian Government | Department of Home Affairs", []) == ["Australia"]


def test_a_named_subject_keeps_its_own_authority() -> None:
    text = "Council of the European Union - Newsroom\nBody.\n"
    rows = [_row("The UN Security Council", ["UN Security Council"], 41)]
    carry_sanctions(rows, text)
    assert rows[0]["sanction_authorities"] == ["UN Security Council"]


@pytest.mark.parametrize(
    ("masthead", "subject", "story", "expected"),
    [
        (
            "UAE Government Media Office | Arabic",
            "The Cabinet",
            [["Kuwait"]],
            "United Arab Emirates",
        ),
        (
            "Government of Ghana | Ministry of Information",
            "the Minister",
            [["Nigeria"], ["Nigeria"]],
            "Ghana",
        ),
        (
            "Kingdom of Bahrain - Ministry of Interior",
            "The Ministry",
            [["Saudi Arabia"]],
            "Bahrain",
        ),
        ("Qatari Cabinet Office | News", "the Cabinet", [["Egypt"]], "Qatar"),
    ],
)
def test_a_masthead_names_its_state_outside_the_alias_table(
    masthead: str, subject: str, story: list[list[str]], expected: str
) -> None:
    assert _home_authority(masthead, subject, story) == [expected]


@pytest.mark.parametrize(
    ("subject", "own"),
    [
        ("The UAE Cabinet", "United Arab Emirates"),
        ("the Kenyan Government", "Kenya"),
        ("The Omani Ministry of Interior", "Oman"),
        ("Ghana's cabinet office", "Ghana"),
    ],
)
def test_a_home_subject_that_names_its_state_keeps_it(subject: str, own: str) -> None:
    text = "Some masthead words\n" + "Some body sentence of the page.\n" * 4
    rows = [_row(subject, [own], 20), _row("it", ["Kuwait"], 60), _row("it", ["Kuwait"], 100)]
    carry_sanctions(rows, text)
    assert rows[0]["sanction_authorities"] == [own]
