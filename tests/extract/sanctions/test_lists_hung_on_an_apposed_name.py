"""A list of targets after a role and its name ("the agency's manager, Mr X, two of his deputies
and a judge") that the parser hangs on the name as a further apposition: its members are
targets too, counted with the first."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Honduras sanctioned four people. Among those named are the agency's former general "
            "manager, Mr Rigoberto Almendarez, two of his deputies and a former deputy minister "
            "of energy.",
            4,
        ),
        (
            "Canada listed five officials on Monday. Those listed include the port's director, "
            "Mr Juan Perez, three of his aides and a customs inspector.",
            5,
        ),
        (
            "The EU designated four people. Among them are the militia's spokesman, Mr Ali "
            "Hassan, two of his brothers and a local judge.",
            4,
        ),
        (
            "Britain sanctioned six people. Among those named are the mine's owner, Mr Paul "
            "Banda, four of his managers and a police commander.",
            6,
        ),
    ],
)
def test_the_list_after_the_name_counts(claims_of: Rows, text: str, expected: int) -> None:
    found = last_counts(claims_of, text)
    assert found == {"person": expected}, found
