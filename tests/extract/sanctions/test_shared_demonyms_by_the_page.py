"""A nationality word two states share ('Congolese') names the state whose capital or longer
name the page gives; a page that names neither keeps the usual reading."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BRAZZAVILLE, March 3 - The Congolese financial intelligence agency froze the assets "
            "of two timber firms on Monday.",
            ["Republic of the Congo"],
        ),
        (
            "The Congolese financial intelligence unit froze the assets of three fuel traders, officials in "
            "Brazzaville said.",
            ["Republic of the Congo"],
        ),
        (
            "Officials in Kinshasa said the Congolese finance ministry froze the assets of four "
            "mining firms.",
            ["Democratic Republic of the Congo"],
        ),
        (
            "A Congolese court froze the assets of five men accused of smuggling gold.",
            ["Democratic Republic of the Congo"],
        ),
    ],
)
def test_shared_demonym_names_the_state_the_page_names(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = story(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_authorities"] == expected
