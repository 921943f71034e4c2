"""A first-person action on a transcript line whose speaker label names no state ('GUEST:') is
an action of the story's home state, not of another state named in the sentence before
(invented transcripts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

HEAD = (
    "Morning Show - transcript\n\n"
    "HOST: Good morning. Yesterday the High Court in {capital} froze the accounts of six officials "
    "accused of selling fake import permits, and we have the agency's spokesman with us.\n\n"
)

PAGES = [
    (
        HEAD.format(capital="Accra")
        + "GUEST: Togo's financial unit froze one account in Lomé at our request. "
        "Last year we froze the assets of a similar ring at the port.\n",
        "Last year we froze",
        "Ghana",
    ),
    (
        HEAD.format(capital="Kampala")
        + "GUEST: Kenya's police froze two accounts in Mombasa on Friday. "
        "We froze the accounts of two more officials on Monday.\n",
        "We froze the accounts",
        "Uganda",
    ),
    (
        HEAD.format(capital="Lusaka")
        + "SPOKESMAN: Malawi's financial unit blocked one account last week. "
        "In March we will ask the court to freeze the assets of four more officials.\n",
        "we will ask",
        "Zambia",
    ),
    (
        HEAD.format(capital="Freetown")
        + "GUEST: Liberia's Financial Intelligence Agency froze a house in Monrovia for us. "
        "In 2024 we froze the assets of a similar gang at the border.\n",
        "In 2024 we froze",
        "Sierra Leone",
    ),
]


@pytest.mark.parametrize(("text", "span", "home"), PAGES)
def test_an_unnamed_guest_acts_for_the_home_state(
    tmp_path: Path, text: str, span: str, home: str
) -> None:
    rows = [r for r in page_sanctions(tmp_path, text) if span in r["sentence"]]
    assert rows
    assert list(rows[0]["sanction_authorities"]) == [home]
