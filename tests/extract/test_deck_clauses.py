"""A deck that joins clauses with semicolons, each but the last closed by a bare participle, is
read one clause a sentence ("Nine accounts frozen; two traders barred"), so the parser does not
hang the one on the other; a deck whose first part is a described noun phrase, a sentence with a
stop, or a list with bars keeps the parser's own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from claims.extract.list_items import is_deck_line, mark_deck_clauses

DECKS = [
    "Twelve bank accounts, a lorry and two shops frozen; five brokers barred from the port",
    "Assets of three men and a charity frozen; eight lorry drivers banned from entering",
    "Two ferries detained; the owners fined $40,000 and the crews sent home",
    "Three berths closed; imports recovered slowly after the storm",
]
KEPT = [
    "Exports dropped sharply in March; imports recovered slowly",
    "Nine traders accused of claiming false refunds; 30 accounts blocked",
    "The court froze nine accounts; two brokers were barred from the port.",
    "Key points: | 14 people listed; 3 banks frozen | Fuel prices rose again | A new port opened",
    "Frozen; blocked",
]


@pytest.mark.parametrize("line", DECKS)
def test_a_deck_of_participle_clauses_is_read_one_clause_a_sentence(
    nlp: Language, line: str
) -> None:
    assert is_deck_line(line)
    doc = nlp.make_doc(line)
    mark_deck_clauses(doc, line)
    doc = nlp(doc)
    clauses = [p.strip() for p in line.split(";")]
    assert [s.text.rstrip(";").strip() for s in doc.sents] == clauses


@pytest.mark.parametrize("line", KEPT)
def test_other_lines_with_semicolons_are_no_decks(line: str) -> None:
    assert not is_deck_line(line)


def test_a_deck_is_one_line_of_the_page() -> None:
    assert not is_deck_line(DECKS[0].replace("; five", ";\nfive"))
