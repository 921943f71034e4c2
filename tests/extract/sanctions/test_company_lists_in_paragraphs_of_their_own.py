"""A paragraph of its own that names the companies of an action told before ('The companies are
X SA, Y Srl and Z Lda.') with no sanction word and no number is still read: the legal-form
suffixes of company names (sanctions.json `prefilter_words`) let it through the paragraph
prefilter, and it restates the action with its authority."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

LEAD = (
    "Court freezes assets of bond fraud ring\n\n"
    "A court in Lisbon on Monday froze the assets of four people and three companies accused of "
    "selling fake bonds.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "The companies are Aurea Capital SA, Norte Gestão Lda and Vento Holdings.",
            "Aurea Capital SA",
        ),
        (
            "The firms include Lusitana Invest Srl, a broker, and Tejo Partners Plc.",
            "Lusitana Invest Srl",
        ),
        (
            "The three companies named were Alfama Trading Sarl, Belém Advisory Inc and a trust "
            "company.",
            "Alfama Trading Sarl",
        ),
        ("The companies are Minho Finance Pte and Sado Minerals Bhd.", "Minho Finance Pte"),
    ],
)
def test_a_company_list_paragraph_restates_the_action(
    tmp_path: Path, paragraph: str, name: str
) -> None:
    rows = page_sanctions(tmp_path, LEAD + paragraph + "\n")
    own = [r for r in rows if any(name in t["names"] for t in r["sanction_targets"])]
    assert own, rows
    assert all(list(r["sanction_authorities"]) == ["Portugal"] for r in own), own
