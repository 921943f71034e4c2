"""What sanctions do to everyone they may reach ('apply to persons in Japan', 'freeze any assets
the targets hold') is their effect, not an action; the same verbs on a counted or named group
still state one."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried

LEAD = "Japan sanctioned four officials on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions under the Foreign Exchange Act apply to persons in Japan and Japanese"
        " nationals abroad.",
        "Such sanctions apply to citizens and companies wherever they operate.",
        "The measures, adopted under the 2022 law, freeze any assets the targets hold in Japan.",
        "The listings freeze any funds the designated persons keep with Japanese banks.",
        # the holdings of targets described by a bare listing participle: the listing's effect
        "All property and interests of those listed are now blocked.",
        "Any assets of those sanctioned are blocked in Japan.",
        "The funds of the people designated are frozen, and Japanese firms may not deal with them.",
        "All property of those designated is blocked, and citizens are barred from dealing"
        " with them.",
    ],
)
def test_a_general_rule_is_no_claim(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions now apply to 12 more officials.",
        "The new designations apply to the two banks named in the order.",
        "The ministry also froze the assets of three trading firms.",
        "Tokyo froze all assets of the nine companies.",
        "The funds of the firms listed by Japan on Monday were frozen.",
    ],
)
def test_the_same_verbs_on_a_group_state_an_action(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
