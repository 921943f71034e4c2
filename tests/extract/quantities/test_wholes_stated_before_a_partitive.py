"""In 'N of the M things' the whole M refers back to a count the article stated before (in
the same paragraph or an earlier one, with a noun of the same lemma): the part N is the claim
and the whole makes no second one. A whole stated there first stays a claim."""

from __future__ import annotations

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return sorted(r["quantity_value"] for r in claims_of(text, "quantity"))


def test_a_whole_stated_in_the_same_paragraph(claims_of: Rows) -> None:
    text = "The town opened 12 clinics in May. Five of the 12 clinics now run at night."
    assert _values(claims_of, text) == [5, 12]


def test_a_whole_stated_in_an_earlier_paragraph(claims_of: Rows) -> None:
    text = (
        "Rescuers reached 30 villages cut off by the floods.\n\n"
        "Eleven of the 30 villages still have no power, the agency said."
    )
    assert _values(claims_of, text) == [11, 30]


def test_a_whole_in_words_stated_before(claims_of: Rows) -> None:
    text = "The league fined seven clubs this season. Three of the seven clubs have appealed."
    assert 7 in _values(claims_of, text) and _values(claims_of, text).count(7) == 1


def test_a_whole_stated_first_stays(claims_of: Rows) -> None:
    text = "Air defences shot down 41 of the 47 drones launched overnight."
    assert _values(claims_of, text) == [41, 47]
