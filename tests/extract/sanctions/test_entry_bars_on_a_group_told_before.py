"""A state or one of its bodies that removes a group and then bars 'them' (or 'him') from entering
or coming back to a state takes an entry ban on that group, whatever its subject's name (in the
alias table or not), and a later state that bars 'them' bare after an entry ban does too. A
coordinated clause with its own state as subject is that state's own action, not the first's."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The immigration department deported nine fishermen on Sunday and barred them from"
        " returning to Tonga.",
        "Lesotho expelled four traders last week and banned them from re-entering the country.",
        "The interior ministry removed 15 workers caught selling stolen phones and barred them"
        " from re-entering.",
        "The Home Ministry sent the pilot back to Dubai and banned him from entering Bhutan.",
    ],
)
def test_a_removed_group_barred_from_coming_back_is_banned(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A court in Lisbon froze the accounts of three importers, and Portugal expelled two"
        " drivers and banned them from returning to the country.",
        "The Seoul court froze the deposits of two brokers in June, while Korea deported their"
        " couriers and barred them from re-entering.",
    ],
)
def test_another_states_clause_is_its_own_action(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 2


def test_a_bare_bar_on_the_group_after_an_entry_ban(claims_of: Rows) -> None:
    text = (
        "Qatar barred eight people from entering the country on Monday."
        " Bahrain and Oman barred them a day later."
    )
    assert len(claims_of(text, "sanction")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Police caught two men stealing cables and barred them from the site.",
        "The club fined both players and barred them from training for a week.",
    ],
)
def test_no_state_kept_out_of_is_no_entry_ban(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
