"""Doc-wide token columns give exactly what the Token and Span attributes give."""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LIKE_NUM, LOWER, ORTH, POS, SENT_START, SHAPE, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from claims.extract.chunking import paragraphs
from claims.extract.columns import columns
from claims.extract.pipeline import CLAIM_PIPES


def _paragraphs(root: Path) -> list[str]:
    texts = []
    for dev in ("dev", "dev_m"):
        for path in sorted((root / "tests/data" / dev / "articles").glob("*"))[:8]:
            text = path.read_text("utf-8", errors="replace")
            texts += [text[s:e] for s, e in paragraphs(text, 0, len(text))]
    return texts


def test_columns_match_token_attributes_on_dev_paragraphs(nlp: Language, root: Path) -> None:
    texts = [*_paragraphs(root), "One.", "Two  spaced   words , and a tail"]
    checked = 0
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        for doc in nlp.pipe(texts):
            cols = columns(doc)
            assert columns(doc) is cols  # kept for the Doc seen last
            assert cols.has_sentences == doc.has_annotation("SENT_START")
            for attr in (ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, SENT_START, IDX, LIKE_NUM, SHAPE):
                assert cols.ids(attr) == doc.to_array(attr).tolist()  # bundled or on its own
            for t in doc:
                i = t.i
                assert cols.text[i] == t.text and cols.lower[i] == t.lower_
                assert cols.lemma[i] == t.lemma_ and cols.pos[i] == t.pos_
                assert cols.tag[i] == t.tag_ and cols.dep[i] == t.dep_
                assert cols.head[i] == t.head.i and cols.idx[i] == t.idx
                assert cols.is_punct[i] == t.is_punct and cols.like_num[i] == t.like_num
                sent = t.sent
                assert (cols.sent_start(i), cols.sent_end(i)) == (sent.start, sent.end)
                assert cols.sent(i) == sent
                for n in (1, 2, 3):
                    assert cols.span_text(i, min(len(doc), i + n)) == doc[i : i + n].text
                checked += 1
            assert cols.span_text(2, 2) == ""
    assert checked > 1000


def test_a_doc_without_a_parse_is_one_sentence(nlp: Language) -> None:
    doc = nlp.make_doc("No parse here. Nor here.")
    cols = columns(doc)
    assert [cols.sent_start(i) for i in range(len(doc))] == [0] * len(doc)
    assert cols.sent(3) == doc[:]
    assert not cols.has_sentences


def _walked_line_start(doc: Doc, i: int) -> int:
    while i > 0 and "\n" not in doc[i - 1].text:
        i -= 1
    return i


def _walked_break(doc: Doc, i: int) -> int:
    while i < len(doc) and "\n" not in doc[i].text:
        i += 1
    return i


def _walked_chain(tok: Token, limit: int) -> list[int]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < limit:
        chain.append(chain[-1].head)
    return [t.i for t in chain]


def test_lines_and_head_chains_match_token_walks(nlp: Language, root: Path) -> None:
    texts = [
        "\n".join(_paragraphs(root)[:40]),
        "Title Line\nBody text of 12 words.\n\n| a | b |\nlast",
        "\nOpening break",
        "Closing break\n",
        "No breaks at all",
    ]
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        for doc in nlp.pipe(texts):
            cols = columns(doc)
            for i in range(len(doc) + 1):  # the end as well: rules ask for the line of len(doc)
                assert cols.line_start(i) == _walked_line_start(doc, i)
                assert cols.next_break(i) == _walked_break(doc, i)
            for t in doc:
                for limit in (1, 3, 40):
                    assert cols.chain(t.i, limit) == _walked_chain(t, limit)
