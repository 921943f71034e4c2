"""A date in a condition ('if', 'unless', 'in case') that a look-ahead cue governs ('could
extend the bans if there was trouble on Sunday'): the condition's past tense is the shift of
reported speech or of the condition itself, so the date still looks ahead. A condition that did
not come true ('could have been avoided if talks had resumed on Monday') stays behind."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The league said it could close the stands to away fans if there was violence on"
            " Saturday.",
            ("Saturday", "2025-11-08"),
        ),
        (
            "Engineers warned they would shut the bridge if the river rose on Sunday.",
            ("Sunday", "2025-11-09"),
        ),
        (
            "Dock workers will walk out unless the port authority meets them on Monday.",
            ("Monday", "2025-11-10"),
        ),
        (
            "The carrier said it might ground its fleet in case the ash cloud returned on Friday.",
            ("Friday", "2025-11-07"),
        ),
        (
            "Growers would be paid in full if the harvest was delivered by 15 October, the board"
            " said.",
            ("15 October", "2025-10-15"),
        ),
    ],
)
def test_a_date_in_a_condition_of_a_plan_looks_ahead(text: str, expected: tuple[str, str]) -> None:
    found = {span: start for span, start, _ in spans(text, THU_06_NOV_2025)}
    assert found[expected[0]] == expected[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike could have been avoided if talks had resumed on Monday.",
            ("Monday", "2025-11-03"),
        ),
        (
            "Officials said the levee would have held if the pumps had run on Sunday.",
            ("Sunday", "2025-11-02"),
        ),
    ],
)
def test_a_condition_that_did_not_come_true_stays_behind(
    text: str, expected: tuple[str, str]
) -> None:
    found = {span: start for span, start, _ in spans(text, THU_06_NOV_2025)}
    assert found[expected[0]] == expected[1]
