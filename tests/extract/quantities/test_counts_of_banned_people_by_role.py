"""People named by their role or sport ('sprinters', 'foremen', 'assistants') that a ban, bar or
blacklisting acts on are the sanction's targets, not quantities; the same words counted outside
any such action stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The federation's disciplinary board banned five Nigerian sprinters for missed tests.",
        "Also barred from returning to the country are seven Thai foremen held in the sweep.",
        "The entry ban will also cover his three Nairobi-based assistants.",
        "A tribunal has blacklisted two Moroccan marathon runners and their manager.",
    ],
)
def test_banned_role_counts_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Some 45 athletes from the region trained at the camp in the hills.", [45.0]),
        ("The plant hired nine new supervisors for the night shift.", [9.0]),
    ],
)
def test_role_counts_outside_a_ban_stay(claims_of: Rows, text: str, kept: list[float]) -> None:
    assert _values(claims_of, text) == kept
