"""A relative clause of what a state does as a rule, and the history of targets told in a clause
under another clause of the action, are no claims of their own (round 18)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Norway, which usually adopts the bloc's listings within days, is expected to follow.",
        "Iceland, which applies UN designations automatically, said two firms had been added "
        "to its list.",
        "Monaco, which implements French asset freezes, published the order on Friday.",
        "Andorra, which enforces EU sanctions by law, said nothing on Tuesday.",
    ],
)
def test_a_relative_clause_of_habit_is_no_claim(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    spans = [text[r["span_start"] : r["span_end"]] for r in rows]
    assert not any(
        w in s for s in spans for w in ("adopts", "applies", "implements", "enforces")
    ), spans


@pytest.mark.parametrize(
    "text",
    [
        "The EU removed two men from the list, both of whom have died since they were listed.",
        "Japan delisted three firms that had closed before they were designated.",
        "Canada lifted the ban on a banker, who has retired since he was sanctioned.",
        "Britain struck four tankers from its list, all of which were scrapped after they were "
        "designated.",
    ],
)
def test_the_history_under_a_clause_of_the_action_is_no_claim(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, [text[r["span_start"] : r["span_end"]] for r in rows]
    assert rows[0]["sanction_status"] == "lifted"
