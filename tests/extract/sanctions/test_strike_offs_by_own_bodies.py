"""A professional or sports body that strikes off, bans or suspends its own members acts under its
own name (aliases.json), and its strike-off is a measure imposed on them (sanctions.json
`disciplinary_bans` `struck_off`), while 'struck off' a state's sanctions list stays a lifting. An
alias whose plural apostrophe the tokenizer splits off still names its body."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Law Society struck off a Galway solicitor on Monday for faking records.", "imposed"),
        (
            "Two solicitors were struck off by the law society's disciplinary panel in May.",
            "imposed",
        ),
        (
            "The Scottish Solicitors' Discipline Tribunal struck an Inverness solicitor off the"
            " roll after a two-day hearing.",
            "imposed",
        ),
        ("The discipline tribunal will strike off the Cardiff solicitor next week.", "planned"),
    ],
)
def test_a_body_striking_off_its_member_imposes(claims_of: Rows, text: str, status: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status, row
    assert counts(row) == {"person": 1} or counts(row) == {"person": 2}, row


def test_struck_off_a_sanctions_list_stays_a_lifting(claims_of: Rows) -> None:
    rows = claims_of(
        "Austria froze the funds of 9 traders. Two dealers were struck off.", "sanction"
    )
    assert rows[-1]["sanction_status"] == "lifted", rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The International Handball Federation suspended four goalkeepers for two years.",
            "International Handball Federation",
        ),
        (
            "The Asian Handball Federation banned a Thai referee for life on Friday.",
            "Asian Handball Federation",
        ),
        (
            "The Nursing and Midwifery Council suspended two nurses for a year in June.",
            "Nursing and Midwifery Council",
        ),
        (
            "The Scottish Solicitors' Discipline Tribunal struck off an Inverness solicitor.",
            "Scottish Solicitors' Discipline Tribunal",
        ),
        (
            "The Financial Conduct Authority has banned two Leeds brokers from the industry.",
            "United Kingdom",
        ),
    ],
)
def test_the_body_acts_under_its_own_name(claims_of: Rows, text: str, authority: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]
