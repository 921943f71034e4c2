"""'Also added was X, a ... that ...': a fronted participle with 'also' states list membership
even where a long description after the name makes the parser hang the name elsewhere (as the
copula's attribute, or as the subject of the description's verb)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU banned ten officials from travel. Also targeted was Viktor Lesnoy, a judge "
            "who prosecutors say jailed dozens of protesters last year.",
            {"person": 1},
        ),
        (
            "The U.N. Security Council committee added two militia leaders on Friday. Also added "
            "was Tallis Freight SARL, a Mombasa-based shipper that the panel said moved about "
            "30 tonnes of gold a month for the militia.",
            {"organization": 1},
        ),
        (
            "The U.N. Security Council listed a warlord on Monday. Also added was Tanganyika Tin SARL, a "
            "Uvira-based trader that the panel said bought about 50 tonnes of cassiterite a "
            "month from rebel-held mines and sold it through Bujumbura.",
            {"organization": 1},
        ),
        (
            "Canada sanctioned four firms on Monday. Also designated was Harbin Polar Trading "
            "Co., a Dalian-based exporter that the ministry said shipped drone engines to Moscow.",
            {"organization": 1},
        ),
        (
            "Britain listed three oligarchs. Also sanctioned was Fenwick Capital Ltd, a London "
            "fund that investigators said moved their money offshore and hid it in trusts.",
            {"organization": 1},
        ),
    ],
)
def test_fronted_membership(claims_of: Rows, text: str, expected: dict[str, int | None]) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]
    assert counts(rows[1]) == expected
