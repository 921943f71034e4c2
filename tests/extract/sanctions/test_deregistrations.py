"""'struck nine firms off its register of licensed exporters', 'removed 14 exporters from the
dealer register': taking parties off a register of those allowed to trade is a measure imposed on
them, no lifting; taking targets off a sanctions list, a registry or a bare 'the register' right
after a listing stays a lifting (sanctions.json `deregistrations`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

DEREGISTRATIONS = [
    "Kenya's coffee board struck nine traders off its register of licensed exporters.",
    "Kenya's tea board has removed 14 exporters from the dealer register since 2021.",
    "Ghana's cocoa regulator struck off six buyers from its register of approved buyers on Friday.",
    "Uganda's fish authority will remove four processors from its register of approved plants next month.",
]

LIFTINGS = [
    "The EU struck two banks off its sanctions list.",
    "The UN committee deleted one late financier from the registry.",
    "Canada removed three shipping firms from its sanctions register.",
    "Seoul blacklisted 30 brokers. Four more were removed from the register.",
]


@pytest.mark.parametrize("text", DEREGISTRATIONS)
def test_a_deregistration_is_imposed(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] in ("imposed", "planned")


def test_a_coming_deregistration_is_planned(claims_of: Rows) -> None:
    rows = claims_of(DEREGISTRATIONS[3], "sanction")
    assert [r["sanction_status"] for r in rows] == ["planned"], rows


@pytest.mark.parametrize("text", LIFTINGS)
def test_leaving_a_sanctions_list_stays_a_lifting(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows, rows
    assert rows[-1]["sanction_status"] == "lifted"
