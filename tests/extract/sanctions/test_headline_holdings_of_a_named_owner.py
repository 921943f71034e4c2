"""A headline's bare participle over holdings that name their owner, by a possessive or an 'of'
phrase ("Exporter's accounts frozen", "Bank accounts of smuggling ring blocked"), states the
freeze as a counted group's holdings do: the owner is no section heading's bare noun. The story
names the authority. Holdings with no owner ("Deposits blocked") still head a section."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import SMUGGLING_GANG_BODY as BODY
from tests.extract.sanctions.helpers import page_sanctions


@pytest.mark.parametrize(
    "headline",
    [
        "Fruit exporter's accounts frozen; two lorries barred from the border crossing",
        "Court freezes smugglers' lorries\nBank accounts of cigarette gang blocked; police widen"
        " smuggling inquiry",
        "Haulier's deposits frozen",
        "Funds of the smuggling network's leader blocked",
    ],
)
def test_owned_holdings_under_a_bare_participle_are_a_freeze(tmp_path: Path, headline: str) -> None:
    rows = page_sanctions(tmp_path, headline + BODY)
    clause = headline.split(";")[0]
    start = clause.rfind("\n") + 1
    heads = [r for r in rows if start <= r["span_start"] < len(clause)]
    assert len(heads) == 1, rows
    assert list(heads[0]["sanction_authorities"]) == ["El Salvador"]


def test_holdings_with_no_owner_head_a_section(tmp_path: Path) -> None:
    headline = "Deposits blocked"
    rows = page_sanctions(tmp_path, headline + BODY)
    assert all(r["span_start"] > len(headline) for r in rows), rows
