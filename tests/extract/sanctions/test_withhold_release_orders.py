"""'customs put a withhold release order on the firm's gloves': a customs order that holds a
company's goods at the border is an entry ban on them, a sanction of the customs' state, whether
the verb takes it as object or a relative clause hangs on it ('the withhold release order
Washington imposed'), and a later 'the order' is it again (`withhold release` under sanctions.json
`compound_heads` `order`: a compound of two words before the head). A release order with no
withholding (a prisoner's) is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

STORIES = [
    (
        "Glove maker hit\n\nU.S. Customs and Border Protection on Monday issued a withhold "
        "release order against disposable gloves made by Kota Rimba Industries.\n",
        "issued",
        "imposed",
    ),
    (
        "Seafood exports\n\nSales fell after the withhold release order that Washington "
        "imposed on our tuna last spring.\n",
        "imposed",
        "imposed",
    ),
    (
        "Cotton shipments\n\nThe United States will issue a Withhold Release Order on cotton "
        "from two spinning mills, officials said.\n",
        "issue",
        "planned",
    ),
    (
        "Solar panels\n\nU.S. Customs and Border Protection imposed a withhold release order "
        "against panels from Lumen Cells Ltd in May. That order was lifted in June.\n",
        "lifted",
        "lifted",
    ),
]


@pytest.mark.parametrize(("text", "verb", "status"), STORIES)
def test_a_withhold_release_order_is_a_sanction(
    tmp_path: Path, text: str, verb: str, status: str
) -> None:
    rows = page_sanctions(tmp_path, text)
    own = [r for r in rows if f" {verb} " in r["sentence"]]
    assert len(own) == 1, rows
    assert list(own[0]["sanction_authorities"]) == ["United States"]
    assert own[0]["sanction_status"] == status


def test_a_release_order_alone_is_none(tmp_path: Path) -> None:
    text = (
        "Reporter freed\n\nA court in the capital issued a release order for the detained "
        "reporter on Friday, her lawyer said.\n"
    )
    assert page_sanctions(tmp_path, text) == []
