"""A company's report or notice opens with the company's name, closed by its legal form ('plc',
'S.A.', 'Ltd', 'ASA'), alone on its line: the issuer's masthead, which gives way to the
document's own title under it, in capitals or not."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text

BODY = (
    "Published 12 August 2026\n"
    "Revenue fell 9% to US$212 million in the first half, as prices for the main grades fell and"
    " heavy rain stopped the northern pit for three weeks in February.\n"
    "The board kept full-year guidance unchanged and declared no interim dividend.\n"
)

PAGES = {
    "Copperbelt Minerals plc": "INTERIM RESULTS FOR THE HALF YEAR TO 30 JUNE 2026",
    "Andes Cobre S.A.": "Half-year report to 30 June 2026",
    "Kivu Tin Ltd": "RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2026",
    "Nordic Zinc ASA": "Second quarter and first half 2026",
}


@pytest.mark.parametrize("name", PAGES)
def test_the_companys_name_over_its_documents_title_gives_way_to_the_title(name: str) -> None:
    structure = segment_text(f"{name}\n{PAGES[name]}\n{BODY}")
    assert structure.title == PAGES[name]
    assert structure.segments[0].kind == "boilerplate"


def test_a_headline_that_names_the_company_stays_the_headline() -> None:
    headline = "Kivu Tin Ltd cuts output after floods at its main mine"
    assert segment_text(f"{headline}\n{BODY}").title == headline
