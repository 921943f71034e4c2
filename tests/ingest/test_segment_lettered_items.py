"""A lettered list's third item opening with a capitalised name ('(c) Harbour Ltd, which ...')
is the list's text, never a '(c)' copyright line; a copyright line with no list above stays one."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "Fisheries board names vessels barred from the northern grounds\n"
    "The fisheries board on Monday barred several operators from the northern grounds for a"
    " season after inspectors found undeclared catches.\n"
)

ITEMS = {
    "Northgate Marine Ltd, which ran three of the trawlers, has been barred for one season.": "(a) Four skippers have been fined.\n(b) Two processors have lost their licences.\n",
    "Kelso Seafoods, the buyer of most of the catch, must repay its subsidy.": "(a) The board met twice.\n(b) It heard the inspectors.\n",
    "Tomas Rand and his two partners have been banned from the grounds for two": "(a) The skippers were heard in May.\n(b) Their appeals were rejected in June.\n",
    "Harbour Ice Company will lose its berth at the fish quay from next month.": "(a) Inspections rose this year.\n(b) Fines doubled.\n",
}


@pytest.mark.parametrize("item", ITEMS)
def test_a_lettered_third_item_is_the_lists_text(item: str) -> None:
    page = f"{TOP}{ITEMS[item]}(c) {item}\nThe board will publish its full list next week.\n"
    assert kind_of(page, f"(c) {item}") == "body"


def test_a_copyright_line_with_no_list_above_stays_boilerplate() -> None:
    page = f"{TOP}The board will publish its full list next week.\n(c) Harbour Times Ltd\n"
    assert kind_of(page, "(c) Harbour Times Ltd") == "boilerplate"
