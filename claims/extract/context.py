"""What every claim carries besides its own fields: the sentence holding it, a subject and
predicate from the parse, who is cited for it (attribution) and how sure the text is (hedge).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from claims.extract.columns import columns
from claims.extract.lastseen import LastSeen
from claims.extract.syntax import (
    doc_text,
    expand_noun,
    finite_read_as_modifier,
    governing_verb,
    subject_of,
    token_at,
)
from claims.resources import load_data
from schemas.claims import ClaimRow

MAX_FIELD = 200


@cache
def cues() -> dict[str, Any]:
    return load_data("cues")


def sentence_of(doc: Doc, start: int, end: int) -> Span:
    """The sentence holding the character span (the doc itself when it has no parse)."""
    first, stop = _sentence_bounds(doc, start, end)
    return doc[first:stop]


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """sentence_of's token bounds, found without making the Span."""
    cols = columns(doc)
    bounds = cols.expand(start, end)  # doc.char_span's tokens, no Span made
    if bounds is None or not cols.has_sentences:
        return 0, len(doc)
    if bounds[0] > bounds[1]:  # char_span would fail to make it: the same error
        doc.char_span(start, end, alignment_mode="expand")
    return cols.sent_start(bounds[0]), cols.sent_end(bounds[0])


def _chars(doc: Doc, first: int, stop: int) -> tuple[int, int]:
    """(start_char, end_char) of the Span doc[first:stop], from the columns (no Span made)."""
    if not first < stop <= len(doc):
        span = doc[first:stop]
        return span.start_char, span.end_char
    cols = columns(doc)
    idx, words = cols.idx, cols.text
    return idx[first], idx[stop - 1] + len(words[stop - 1])


def _text(tokens: list[Token]) -> str | None:
    if not tokens:
        return None
    doc = tokens[0].doc
    first = doc[min(t.i for t in tokens)]
    last = doc[max(t.i for t in tokens)]
    # the span's text, cut from the doc's text rather than joined from its tokens
    text = doc_text(doc)[first.idx : last.idx + len(last)].strip()
    return text[:MAX_FIELD] or None


def subject_predicate(doc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
    """Subject: the subtree of the governing clause's subject; predicate: its verb group."""
    token = token_at(doc, start, end)
    if token is None:
        return None, None
    verb = finite_read_as_modifier(doc, start, end) or governing_verb(token)
    known = _clauses.get(doc)  # claims of one clause share its subject and predicate
    found = known.get(verb.i)
    if found is None:
        found = known[verb.i] = _subject_predicate(verb)
    return found


#: Subject and predicate by governing verb, for the Doc described last (its parse never changes
#: while the three components describe its claims in turn).
_clauses: LastSeen[Doc, dict[int, tuple[str | None, str | None]]] = LastSeen(lambda _doc: {})


def _subject_predicate(verb: Token) -> tuple[str | None, str | None]:
    subject = subject_of(verb)
    if subject is not None and subject.left_edge.i <= verb.i <= subject.right_edge.i:
        subject_text = _text(list(expand_noun(subject)))  # 'the court extended ...' misread
    else:
        subject_text = _text(list(subject.subtree)) if subject is not None else None
    group = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")] + [verb]
    predicate = (
        " ".join(t.text for t in sorted(group, key=lambda t: t.i))
        if verb.pos_ in ("VERB", "AUX")
        else None
    )
    return subject_text, predicate


def _phrase_ends(doc: Doc, start: int, end: int, phrase: str) -> list[int]:
    """The index of the last token of each occurrence of a lower-case word sequence among the
    tokens start:end, read from the Doc's lower-case column."""
    words = phrase.split()
    n = len(words)
    lowers = columns(doc).lower[start:end]
    first = words[0]
    return [
        start + i + n - 1
        for i in range(len(lowers) - n + 1)
        if lowers[i] == first and lowers[i : i + n] == words
    ]


def attribution(sent: Span) -> str | None:
    """Who the sentence cites: the object of a source phrase ('according to X'), else the subject
    of a speech verb ('X said'); an addressee verb cites whom it addresses ('told X')."""
    return _attribution(sent.doc, sent.start, sent.end)


def _attribution(doc: Doc, start: int, end: int) -> str | None:
    """attribution() of the tokens start:end: Tokens are made only for the words it looks at."""
    table = cues()
    for phrase in table["source_phrases"]:
        for last in _phrase_ends(doc, start, end, phrase):
            objects = [t for t in doc[last].children if t.dep_ == "pobj"]
            if objects:
                return _text(list(objects[0].subtree))
    speech, addressee = _speech_verbs()
    cols = columns(doc)
    pos, lemma = cols.pos, cols.lemma
    for i in range(start, end):
        if pos[i] != "VERB" or lemma[i] not in speech:
            continue
        token = doc[i]
        if lemma[i] in addressee:
            told = [c for c in token.children if c.dep_ in ("dobj", "dative")]
            if told:
                return _text(list(told[0].subtree))
        subj = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if subj:
            return _text(list(subj[0].subtree))
    return None


@cache
def _speech_verbs() -> tuple[frozenset[str], frozenset[str]]:
    table = cues()
    return frozenset(table["speech_verbs"]), frozenset(table["addressee_verbs"])


def hedge(sent: Span) -> str:
    """asserted unless a cue says otherwise; the most uncertain cue wins. Words match by lemma
    (or as written), phrases on the lower-cased sentence."""
    return _hedge(sent.doc, sent.start, sent.end, sent.text)


def _hedge(doc: Doc, start: int, end: int, said: str) -> str:
    """hedge() of the tokens start:end, whose text is `said`, from the Doc's columns."""
    cols = columns(doc)
    lowers, lemmas = cols.lower, cols.lemma
    # 'May 23' is no 'may'
    keep = [i for i in range(start, end) if cols.pos[i] != "PROPN"]
    seen = {lemmas[i].lower() for i in keep} | {lowers[i] for i in keep}
    text = said.lower()
    table = cues()["hedges"]
    for kind in cues()["hedge_order"]:
        for cue in table[kind]:
            if (" " in cue and cue in text) or cue in seen:
                return str(kind)
    return "asserted"


#: What describe already worked out for a sentence of the doc at hand: (start, end) -> (attribution,
#: hedge). A caller describing several claims of one Doc passes one, as claims share sentences.
SentenceMemo = dict[tuple[int, int], tuple[str | None, str]]


def describe(
    doc: Doc, start: int, end: int, text: str | None = None, memo: SentenceMemo | None = None
) -> ClaimRow:
    """The shared context columns of a claim whose key expression is doc.text[start:end];
    `text` is doc.text when the caller has it (Doc.text joins every token on each access)."""
    if text is None:
        text = doc_text(doc)
    # The sentences holding the first and the last character, as token bounds and characters
    # (sentence_of's Spans, not made: describe runs for every claim).
    key = _sentence_bounds(doc, start, end)
    sent_chars = _chars(doc, *key)
    last = _sentence_bounds(doc, max(start, end - 1), end)
    sent_start = min(sent_chars[0], start)
    sent_end = max(_chars(doc, *last)[1], end)
    while sent_end > end and text[sent_end - 1].isspace():
        sent_end -= 1
    subject, predicate = subject_predicate(doc, start, end)
    known = memo.get(key) if memo is not None else None
    if known is None:
        # sent.text, without joining tokens: a span's text runs from its first token to the end
        # of its last one's text
        said = text[sent_chars[0] : sent_chars[1]]
        known = (_attribution(doc, *key), _hedge(doc, *key, said))
        if memo is not None:
            memo[key] = known
    return {
        "sentence_start": sent_start,
        "sentence_end": sent_end,
        "subject": subject,
        "predicate": predicate,
        "attribution": known[0],
        "hedge": known[1],
    }
