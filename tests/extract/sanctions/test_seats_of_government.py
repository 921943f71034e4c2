"""A city that seats a state's government without being its capital in law (Abidjan) reads as the
capital table's cities do: an acting body's place or first word, and a home-state word of the
page's opening (claims/data/sanctions.json `actor_countries` `capitals`, round 42)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "Abidjan judge freezes assets of cashew smuggling network\n\n"
        "Five exporters are accused of moving nuts across the border to Ghana without export "
        "permits, according to the ruling read on Monday.\n",
        "freezes assets",
    ),
    (
        "An Abidjan judge has frozen the assets of two timber dealers and a sawmill over "
        "unpaid export duties, prosecutors said on Thursday after a hearing in the case.\n\n"
        "Ghana's forestry commission said it was not involved.\n",
        "frozen the assets",
    ),
    (
        "Rubber smugglers hit by asset freeze\n\n"
        "A court in Abidjan on Friday froze the property of a rubber trading ring that sent "
        "latex to Liberia and Ghana, the financial intelligence unit said in a statement.\n\n"
        "The nine members are also barred from leaving the country.\n",
        "also barred",
    ),
]


@pytest.mark.parametrize(("text", "phrase"), PAGES)
def test_seat_of_government_names_the_state(tmp_path: Path, text: str, phrase: str) -> None:
    rows = page_sanctions(tmp_path, text)
    row = next(r for r in rows if phrase in r["sentence"])
    assert list(row["sanction_authorities"]) == ["Ivory Coast"], rows
