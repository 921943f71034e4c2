"""The dotted numbers of a notice's clauses ('3.1 The levy on ...') order the paragraphs, no
count: the first clause under its numbered heading ('3. Levies' then '3.1 ...') too, and a
clause whose line a hard-wrapped page ran on after a full stop ('... in force. 5.2 Traders
must ...'); the figures inside the clauses stay."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "3. Levies\n3.1 The levy on imported rice is cut from 12 per cent to 8 per cent.\n",
            [12, 8],
        ),
        (
            "6. Transitional rules\n6.1 Permits issued before the change remain valid until "
            "their expiry date.\n",
            [],
        ),
        (
            "2. Fees\n2.1 Fees for export licences rise by 15 per cent.\n2.2 Fees for permits "
            "are unchanged. 2.3 Applicants must pay the fee within 30 days.\n",
            [15, 30],
        ),
        (
            "5. Bonded goods\n5.1 Goods stored in bond keep the old rate.\nNOTICE 4/2026 "
            "continued on the date of entry. 5.2 Traders must amend their returns within "
            "21 days.\n",
            [21],
        ),
    ],
)
def test_clause_numbers_are_no_quantities(claims_of: Rows, text: str, kept: list[float]) -> None:
    assert _values(claims_of, text) == kept


def test_a_figure_with_a_unit_opening_a_line_stays(claims_of: Rows) -> None:
    assert _values(claims_of, "Seizures\n2.5 Tonnes of ivory seized at the port.\n") == [2.5]
