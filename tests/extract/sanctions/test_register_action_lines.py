"""A register's record states its measure on a label line ('Action: Asset freeze extended by 60
days'): the label names the record's action and its value opens with a sanction noun or puts the
target on a list, so the line is a claim though no verb acts; the authority is the page's issuer
(claims.extract.sanctions.records). A value some other noun heads (a fine, a licence suspension)
is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import counts, page_sanctions

MASTHEAD = "Financial Supervision Superintendency | Republic of Ruritania\n\n"
NOTICE = "Public register of supervisory measures and asset freezes.\n\n"


def _page(*records: str) -> str:
    return MASTHEAD.replace("Ruritania", "Panama") + NOTICE + "\n\n".join(records) + "\n"


@pytest.mark.parametrize(
    ("record", "anchor", "status"),
    [
        (
            "Record: 2025-114\nEntity: Atlas Cargo Ltd.\nAction: Asset freeze under Article 12\n"
            "Effective date: 04/02/2025",
            "Action: Asset freeze",
            "imposed",
        ),
        (
            "Record: 2025-115\nPerson: Jorge Ruiz Tello\nMeasure: Travel ban extended by six months\n"
            "Decision date: 11/02/2025",
            "Measure: Travel ban extended",
            "extended",
        ),
        (
            "Record: 2025-116\nEntity: Norte Fuels S.A.\nMeasure taken: Added to the consolidated list"
            " of designated entities\nEffective date: 12/02/2025",
            "Measure taken: Added to the consolidated list",
            "imposed",
        ),
        (
            "Record: 2025-117\nVessel: MV Costa Serena\nType of measure: Freeze lifted on the order"
            " of the appeals court\nEffective date: 20/02/2025",
            "Type of measure: Freeze lifted",
            "lifted",
        ),
        (
            "Record: 2025-118\nEntity: Delta Trust\nAction: Asset freeze sought by the unit, awaiting"
            " a judge; pending ratification\nRequest date: 21/02/2025",
            "Action: Asset freeze sought",
            "planned",
        ),
    ],
)
def test_a_records_action_line_is_a_claim(
    tmp_path: Path, record: str, anchor: str, status: str
) -> None:
    rows = page_sanctions(tmp_path, _page(record))
    line = [r for r in rows if anchor in r["span_text"]]
    assert len(line) == 1, rows
    assert line[0]["sanction_status"] == status
    assert line[0]["sanction_authorities"] == ["Panama"]


def test_an_action_line_some_other_noun_heads_is_none(tmp_path: Path) -> None:
    rows = page_sanctions(
        tmp_path,
        _page(
            "Record: 2025-120\nEntity: Banco Sur\nAction: Administrative fine for late application"
            " of a freeze order\nAmount: PAB 40,000",
            "Record: 2025-121\nEntity: Giros Rapidos\nAction: Suspension of operating licence\n"
            "Duration: 30 days",
        ),
    )
    assert not [r for r in rows if r["span_text"].startswith("Action:")], rows


def test_an_action_line_on_a_page_of_no_sanctions_is_none(tmp_path: Path) -> None:
    text = (
        "Roads Department | Republic of Panama\n\nClosures this week.\n\n"
        "Record: 77\nStreet: Avenida Central\nAction: Block on through traffic\nDays: 3\n"
    )
    assert page_sanctions(tmp_path, text) == []


def test_a_kind_participle_names_the_registers_measures(tmp_path: Path) -> None:
    text = (
        "Financial Supervision Superintendency | Republic of Panama\n\n"
        "Register of Supervisory Measures and Targeted Financial Sanctions\n"
        "Exported: 14/02/2025 | Records shown: 4\n"
    )
    assert page_sanctions(tmp_path, text) == []


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ("Entity: Atlas Cargo Ltd. (freight agent)", {"organization": 1}),
        ("Persons: Ana Ruiz; Luis Ruiz; Marta Gil (directors of Atlas Cargo)", {"person": 3}),
        ("Persons: 2 individuals (nationality: Peru); names withheld", {"person": 2}),
        ("Vessel: MV Costa Serena (bulk carrier, flag Panama)", {"vessel": 1}),
    ],
)
def test_the_records_label_lines_name_its_targets(
    tmp_path: Path, record: str, expected: dict[str, int]
) -> None:
    text = _page(f"Record: 2025-130\n{record}\nAction: Asset freeze\nEffective date: 02/03/2025")
    rows = [r for r in page_sanctions(tmp_path, text) if r["span_text"].startswith("Action:")]
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected
