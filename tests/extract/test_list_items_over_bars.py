"""A list flattened onto one line with bars between its items is read one item a sentence, so a
claim in one item lends nothing (a verb, a state, an authority, a count) to the next; table rows,
field strips and a dateline's single bar keep the parser's own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from claims.extract.list_items import is_item_line, mark_items

LISTS = [
    "Key points: | 14 people and 9 companies added to the watch list | 212 accounts frozen"
    " with 486 million pesos | Three firms already under US sanctions",
    "Highlights: | Port fees to rise 12% from July | Two terminals to be sold to private"
    " operators | Dredging contract worth $40 million awarded",
    "At a glance | The ministry banned imports from three plants | Exporters have 30 days to"
    " appeal | A review of the rules is due next spring",
    "What changed: | the court lifted the freeze on one trader | the bank extended its ban on"
    " two exchange houses | nine people remain listed",
]
KEPT = [
    "Container and automotive corridor | 9.8 | 9.1 | 10.4",
    "Ship: AEGEAN LARK | Flag: Liberia | Crew: 24 | Cargo: wheat",
    "TAIPEI | The ministry designated five people and one charity on Monday.",
    "Share of exports | 41% | 38%",
]


@pytest.mark.parametrize("line", LISTS)
def test_a_bar_list_is_read_one_item_a_sentence(nlp: Language, line: str) -> None:
    assert is_item_line(line)
    doc = nlp.make_doc(line)
    mark_items(doc, line)
    doc = nlp(doc)
    items = [p.strip() for p in line.split(" | ")]
    sentences = [s.text.rstrip(" |") for s in doc.sents]
    assert sentences == items


@pytest.mark.parametrize("line", KEPT)
def test_rows_strips_and_datelines_are_no_bar_lists(line: str) -> None:
    assert not is_item_line(line)


def test_a_bar_list_is_one_line_of_the_page() -> None:
    assert not is_item_line(LISTS[0].replace(" | Three", "\n| Three"))


NEIGHBOURS = [
    (
        "Highlights: | Japan froze the assets of five people | 40 ships called at the port in May"
        " | Two banks closed branches",
        "40 ships",
    ),
    (
        "Key points: | Canada has sanctioned three officials | 12 tankers were held at anchor last"
        " week | Fuel prices rose again",
        "12 tankers",
    ),
    (
        "In brief: | The EU will designate two more companies | 300 trucks crossed the border on"
        " Friday | Talks resume in June",
        "300 trucks",
    ),
    (
        "Main points: | Australia imposed travel bans on four generals | 18 aircraft were grounded"
        " by the strike | The airport reopened",
        "18 aircraft",
    ),
]


@pytest.mark.parametrize(("line", "other"), NEIGHBOURS)
def test_a_sanction_item_lends_nothing_to_the_next_item(
    nlp: Language, line: str, other: str
) -> None:
    doc = nlp.make_doc(line)
    mark_items(doc, line)
    doc = nlp(doc)
    sanctions = [c for c in doc._.claims if c["claim_type"] == "sanction"]
    assert sanctions
    at = line.index(other)
    for claim in sanctions:
        assert "|" not in line[claim["span_start"] : claim["span_end"]]
        assert claim["sentence_end"] <= at
    assert any(
        c["claim_type"] == "quantity" and line[c["span_start"] : c["span_end"]] == other
        for c in doc._.claims
    )
