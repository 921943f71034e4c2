"""A state's own body named bare ('the court') whose action a body of a state reports ('The
financial unit of the Bank of Ruritania said the court had frozen ...') is seated in that
reporter's state when the story's opening names no home state of its own (two states as often)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "CTN | Cambodian Television Network English service\n\n"
        "Timber ring hit with asset freeze\n\n"
        "Assets of a network accused of selling hardwood to Vietnam were frozen on Tuesday by"
        " order of a provincial court, at the request of investigators who spent two years on the"
        " case.\n\n"
        "The Financial Intelligence Unit of the National Bank of Cambodia said on Wednesday that"
        " the court had frozen the accounts of seven traders.\n",
        "Cambodia",
    ),
    (
        "NBC | Namibian Broadcasting Corporation news desk\n\n"
        "Fishing fraud: assets of nine skippers frozen\n\n"
        "The skippers are accused of under-reporting hake landed for buyers in Spain over three"
        " seasons, costing the state millions in quota fees and royalties, inspectors said.\n\n"
        "The Financial Intelligence Centre of the Bank of Namibia said on Monday that the High"
        " Court had frozen the accounts of nine skippers.\n",
        "Namibia",
    ),
    (
        "GBC Online | Ghanaian Broadcasting news service\n\n"
        "Gold smugglers' accounts blocked\n\n"
        "Investigators believe the gang flew some two tonnes of gold to Switzerland over two"
        " years, declaring it as copper concentrate at the airport cargo terminal each week.\n\n"
        "The Financial Intelligence Centre of the Bank of Ghana said on Friday that the court had"
        " blocked 40 accounts of the smugglers.\n",
        "Ghana",
    ),
    (
        "KBC | Kenyan Broadcasting Corporation English news\n\n"
        "Fuel ring: court freezes assets\n\n"
        "The ring is accused of reselling diesel bought duty-free for transit to Uganda,"
        " through a chain of depots and filling stations along the northern corridor.\n\n"
        "The Financial Reporting Centre of the Central Bank of Kenya said on Tuesday that the"
        " court had frozen the bank accounts of 11 people.\n",
        "Kenya",
    ),
]


@pytest.mark.parametrize(("text", "state"), PAGES)
def test_a_bare_court_is_seated_by_the_state_of_its_reporter(
    tmp_path: Path, text: str, state: str
) -> None:
    every = page_sanctions(tmp_path, text)
    opening = text.split("\n\n")[3][:12]
    rows = [r for r in every if r["sentence"].startswith(opening)]
    assert rows, [(r["span_text"], r["sanction_authorities"]) for r in every]
    assert list(rows[0]["sanction_authorities"]) == [state]
