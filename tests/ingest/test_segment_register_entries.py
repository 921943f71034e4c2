"""A register exported as text sets each entry as a block of labelled fields ('Entity: ...',
'Action: ...', 'Decision date: ...'): a labelled date among them is the day of what the entry
records, the page's own text, never its stamp; a stamp line in a block of its own stays one."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "Financial Supervisory Authority | Public registers\n"
    "Register of Enforcement Measures\n"
    "Exported: 14/08/2026 09:12 | Records shown: 3\n\n"
    "Notice: On 3 August the authority's enforcement panel ordered measures against a payments"
    " network (one company and its two directors); the entries below give effect to that order"
    " and to two earlier decisions.\n\n"
)


@pytest.mark.parametrize(
    "entry",
    [
        "Record: E-2026-011\nEntity: Harbour Exchange Ltd.\nAction: Licence suspended for 60 days\n"
        "Decision date: 29/07/2026\nStatus: In force",
        "Record: E-2026-012\nPerson: Ana Ruiz Soto\nAction: Fine of USD 40,000\n"
        "Ruling date: 02/06/2026\nStatus: Paid",
        "Entry: 2026/44\nFirm: Delta Remit S.A.\nMeasure: Asset freeze extended by 90 days\n"
        "Date: 06/08/2026\nAuthority: Financial Intelligence Unit",
        "Case: 118\nCompany: Orion Cargo Ltd\nSanction: Trading ban\n"
        "Order date: 11/05/2026\nAppeal: Lodged",
    ],
)
def test_a_labelled_date_among_an_entrys_fields_is_its_text(entry: str) -> None:
    date_line = next(x for x in entry.splitlines() if "date" in x.lower().split(":")[0].lower())
    page = TOP + entry + "\n\nEnd of export.\n"
    assert kind_of(page, date_line) == "body"


def test_a_stamp_in_a_block_of_its_own_stays_the_pages() -> None:
    page = TOP + "Record: E-2026-011\nEntity: Harbour Exchange Ltd.\n\nDate: 29/07/2026\n"
    assert kind_of(page, "Date: 29/07/2026") == "byline"
