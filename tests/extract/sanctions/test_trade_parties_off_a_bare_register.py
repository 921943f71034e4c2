"""Trade parties taken off a bare 'the register' ('struck 40 importers off the register') are off a
register of traders, a measure imposed on them (sanctions.json `deregistrations` `parties`), in
any tense and voice; other targets taken off a bare register after a sanction stay a lifting."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "Tunisia's customs service has now struck 300 exporters off the register since 2022.",
            "imposed",
            {"organization": 300},
        ),
        (
            "Morocco's customs agency removed 12 importers from the register on Tuesday.",
            "imposed",
            {"organization": 12},
        ),
        (
            "Six freight forwarders were struck off the register by Egypt's customs authority.",
            "imposed",
            {"organization": 6},
        ),
        (
            "Kenya's customs department will delete 15 importers from the register next month.",
            "planned",
            {"organization": 15},
        ),
    ],
)
def test_trade_parties_off_a_bare_register_are_barred(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status, row
    assert counts(row) == expected, row


def test_other_targets_off_a_bare_register_after_a_sanction_are_a_lifting(
    claims_of: Rows,
) -> None:
    rows = claims_of(
        "Britain sanctioned four tycoons. Three tankers were removed from the register.", "sanction"
    )
    assert rows[-1]["sanction_status"] == "lifted", rows
