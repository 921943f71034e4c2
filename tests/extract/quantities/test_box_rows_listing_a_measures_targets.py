"""In an article that states a sanction, the rows of a box or table that set out what the
measure covers ('WHAT THE FREEZE COVERS' over '- 4 flats', a row 'Asset attachment | Court |
3 plots, 8 accounts') list its targets: their counts are the sanction's, no quantity. Rows under
a heading that names no measure (or a headline over a standfirst), counts inside a clause of a
row, and sums, measures or scaled figures in such rows stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "A court in Accra froze the assets of a fuel smuggling ring on Friday.\n\n"
        "WHAT THE FREEZE COVERS\n• 5 people, 3 of them Togolese\n• 2 companies in Tema\n"
        "• 8 tanker trucks and 1 depot\n",
        "The regulator banned a group of brokers on Monday.\n\nWho is barred\n"
        "- 4 brokers based in Lagos\n- 2 firms, both registered offshore\n",
        "Prosecutors obtained a freeze on the network's property.\n\n"
        "Measure | Authority | Date | Covered\n"
        "Asset attachment | High Court | 03-02-2026 | 3 plots, 1 yacht, 8 accounts\n"
        "Suspension of transactions | FIU | 01-02-2026 | 5 accounts\n",
        "Kenya froze the accounts of a betting firm.\n\nAssets frozen so far:\n"
        "* 12 accounts at four banks\n* 3 houses in Karen\n",
    ],
)
def test_counts_of_rows_setting_out_a_measure_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "A court in Accra froze the assets of a fuel ring on Friday.\n\nKEY FIGURES\n"
            "• 12 filling stations in Tema\n• 9 fuel depots near Takoradi\n",
            [12, 9],
        ),
        (
            "Prosecutors obtained a freeze on the network's property.\n\n"
            "Measure | Authority | Value\nAsset attachment | High Court | $2.5 million\n",
            [2500000],
        ),
        (
            "Court Freezes Assets of Fuel Ring, Four Smugglers Named\n"
            "* 2.3 million litres of fuel seized since May\n* 14 filling stations raided\n",
            [2300000, 14],
        ),
        (
            "The EU listed a shipping firm on Monday.\n\nName | Reasons | Date of listing\n"
            "Delta Marine | Runs the network's boats; operates at least 30 speedboats. | 2.3.2026\n",
            [30],
        ),
    ],
)
def test_other_rows_and_sums_stay(claims_of: Rows, text: str, kept: list[float]) -> None:
    assert _values(claims_of, text) == kept
