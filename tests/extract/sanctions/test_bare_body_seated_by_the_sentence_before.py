"""A state's own body named bare ('the Financial Analysis Office') in a story whose opening gives
it no home state is seated in the one state the sentence before, in its paragraph, names ('Czech
police acted at once. On Monday, the Financial Analysis Office blocked ...')."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

#: A paragraph long enough to close the story's opening, naming no state.
FILL = (
    " It rarely makes headlines, and its reports are read by few outside the lending trade,"
    " but its exclusions can cost a contractor years of public work."
)

PAGES = [
    (
        "Shut out: the World Bank bars a Slovak road builder and a Czech supplier\n\n"
        "The case shows how a development bank polices the money it lends." + FILL + "\n\n"
        "Slovak authorities moved first. In February, the National Crime Agency (NAKA) froze "
        "€3.1 million on Cestprojekt's accounts.\n",
        "Slovakia",
    ),
    (
        "The African Development Bank debars a Kenyan trader and a Ugandan firm\n\n"
        "The bank's integrity office found the invoices had been inflated." + FILL + "\n\n"
        "Ugandan police acted next. On Monday, the Financial Intelligence Authority froze "
        "$2 million in the firm's accounts.\n",
        "Uganda",
    ),
    (
        "The World Bank debars Peruvian and Chilean miners in a bribery case\n\n"
        "Investigators traced the payments through three banks." + FILL + "\n\n"
        "Chile's prosecutors opened a case in March. Last week, the Financial Analysis Unit froze "
        "the accounts of four of the miners.\n",
        "Chile",
    ),
    (
        "The African Development Bank debars a Ghanaian and a Nigerian shipper\n\n"
        "The port authority said the licences were revoked after an audit." + FILL + "\n\n"
        "Nigerian investigators were quicker. On Friday, the Economic Crimes Bureau froze "
        "the assets of two of the shipper's directors.\n",
        "Nigeria",
    ),
]


@pytest.mark.parametrize(("text", "state"), PAGES)
def test_a_bare_body_is_seated_by_the_sentence_before(
    tmp_path: Path, text: str, state: str
) -> None:
    rows = [r for r in page_sanctions(tmp_path, text) if "froze" in r["span_text"]]
    assert rows
    assert list(rows[0]["sanction_authorities"]) == [state]
