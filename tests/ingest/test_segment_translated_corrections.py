"""A paper's English edition may carry the correction it printed for its own readers, in its own
language ('Corrección: ...', 'Correção: ...'): the paper's note, its restated figures no claim
of the English story, read as furniture. An English correction note stays the article's text."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

PAGE = (
    "Customs Agency Fines Two Freight Forwarders Over False Invoices\n\n"
    "By Marta Quiles | 4 Mar 2026\n\n"
    "The customs agency fined two freight forwarders a total of $2.1 million on Tuesday, saying"
    " they had undervalued 300 containers of electronics over three years.\n\n"
    "Both firms have 30 days to appeal, the agency said, and one has already said it will.\n\n"
    "{note}\n\n"
    "Tags: customs, trade, fines\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Corrección: Una versión anterior decía que la agencia multó a tres empresas. Fueron dos.",
        "Fe de erratas: el monto correcto de la multa es de 2,1 millones de dólares.",
        "Correção: uma versão anterior informava 250 contêineres. O número correto é 300.",
        "Rectificatif : une version précédente indiquait 4 ans au lieu de trois ans.",
    ],
)
def test_a_correction_in_the_paper_s_own_language_is_furniture(note: str) -> None:
    page = PAGE.format(note=note)
    assert kind_of(page, note[-12:]) == "boilerplate"
    assert kind_of(page, "one has already said it will") == "body"


def test_an_english_correction_note_stays_the_article_s_text() -> None:
    note = "Correction, 5 March: An earlier version of this story said three firms were fined."
    page = PAGE.format(note=note)
    assert kind_of(page, "three firms were fined") == "body"
