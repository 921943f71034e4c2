"""Register records: a line 'Action: Freeze of assets renewed for six months' whose label names the
record's action and whose value opens with a sanction noun (or a participle putting the target
on a list) states the action, though no verb does; the record's label lines above it ('Entity:',
'Persons:', 'Vessel:') name its targets, and the authority comes from the article (table
`record_lines` in sanctions.json)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from claims.extract import numbers
from claims.extract.sanctions.authorities import authorities_in
from claims.extract.sanctions.model import Sanction, Target
from claims.extract.sanctions.words import lemma, noun_heads, sanction_words
from claims.extract.syntax import doc_text


@cache
def _table() -> dict[str, Any]:
    return sanction_words()["record_lines"]


@cache
def _labels() -> frozenset[str]:
    return frozenset(_table()["labels"])


def _label_end(line: Span) -> int | None:
    """Index of the colon that closes the line's action label ('Action:', 'Measure taken:')."""
    words = [t for t in line if not t.is_space]
    for n, t in enumerate(words[: _table()["max_label_words"] + 1]):
        if t.text == ":":
            said = " ".join(lemma(w) for w in words[:n]).lower()
            return t.i if n and said in _labels() else None
    return None


def _opening_noun(value: list[Token]) -> Token | None:
    """The sanction noun the value opens with ('Asset freeze ...', 'Freeze lifted ...'), after
    modifiers only; None when another noun heads it ('Administrative fine for ... a freeze')."""
    for t in value[: _table()["max_lead_words"] + 1]:
        if lemma(t) in noun_heads():
            return t
        if t.pos_ not in _table()["lead_pos"]:
            return None
        if t.pos_ == "NOUN" and t.head.i != t.i and t.dep_ != "compound":
            return None
    return None


def _opening_entry(value: list[Token]) -> Token | None:
    """A value that opens with a participle putting the target on a list ('Added to the national
    list of designated persons')."""
    table = _table()["entries"]
    if not value or lemma(value[0]) not in table["verbs"]:
        return None
    if not any(lemma(t) in table["lists"] for t in value[1 : table["reach"] + 1]):
        return None
    return value[0]


def _status(value: list[Token]) -> str:
    """Imposed, unless a verb of the value says the measure was lifted, extended or only asked
    for ('requested by the unit', 'pending ratification'); a noun 'request' states nothing."""
    table = _table()
    words = {**sanction_words()["action_verbs"], **sanction_words()["trigger_verbs"]}
    for t in value:
        if t.pos_ == "VERB" and lemma(t) in table["planned_verbs"]:
            return "planned"
        if t.lower_ in table["planned_words"]:
            return "planned"
    statuses = [words[lemma(t)] for t in value[1:] if t.pos_ == "VERB" and lemma(t) in words]
    return next((s for s in statuses if s != "imposed"), "imposed")


def record_claim(line: Span, pages: Iterable[Doc] = ()) -> Sanction | None:
    """The claim of a register's action line, or None. `pages`: the article's paragraphs read
    so far, where a noun that needs context ('Freeze lifted ...') may find it."""
    colon = _label_end(line)
    if colon is None:
        return None
    doc = line.doc
    value = [t for t in doc[colon + 1 : line.end] if not t.is_space]
    action = _opening_noun(value) or _opening_entry(value)
    if action is None:
        return None
    if lemma(action) in sanction_words()["needs_context"] and not any(
        w in doc_text(page).lower()
        for page in (doc, *pages)
        for w in sanction_words()["context_words"]
    ):
        return None  # 'Action: Road block' in a story that speaks of no sanctions
    exclusions = sanction_words()["exclusions"]
    if lemma(action) in exclusions["nouns"] and not any(
        cue in doc_text(page).lower() for page in (doc, *pages) for cue in exclusions["cues"]
    ):
        return None  # 'Action: Suspension of licence' in a story of no debarment
    last = value[-1]
    targets, tokens = _record_targets(line)
    return Sanction(
        line.start_char,
        last.idx + len(last),
        _status(value),
        authorities_in(" ".join(t.text for t in value if t.i < action.i)),
        targets,
        tokens,
        0.6,
        actions={action.i},
    )


def _record_targets(line: Span) -> tuple[list[Target], set[int]]:
    """The target groups the record's own lines above the action line name ('Entity: X Ltd.',
    'Persons: A; B; C', 'Vessel: MV Y', 'Persons: 3 individuals'), up to the blank line that
    opens the record (read from the text before the Doc too, when it was parsed on its own): a
    label of `target_labels` gives the kind; the names are the value's parts between semicolons
    (with no bracketed comment), or a number opening the value counts them, with no names."""
    doc = line.doc
    kinds = _table()["target_labels"]
    before = str(doc._.lines_before or "") if Doc.has_extension("lines_before") else ""
    head = before + doc_text(doc)[: line.start_char]
    found: list[Target] = []
    tokens: set[int] = set()
    end = len(head.rstrip(" \t")) - 1 if head.endswith("\n") else len(head)
    while end > 0:
        start = head.rfind("\n", 0, end) + 1
        said = head[start:end]
        if not said.strip():
            break  # the blank line before the record
        label, colon, value = said.partition(":")
        kind = kinds.get(label.strip().lower())
        plain = re.sub(r"\([^)]*\)", "", value).strip()
        if colon and kind is not None and plain:
            count = numbers.parse_tokens(plain.split()[:1])
            if count is not None:
                found.insert(0, Target(kind, int(count)))
            else:
                names = [n.strip() for n in plain.split(";") if n.strip()]
                found.insert(0, Target(kind, len(names), names))
            at = start + len(label) + 1 - len(before)
            span = (
                doc.char_span(at, end - len(before), alignment_mode="expand") if at >= 0 else None
            )
            tokens |= {t.i for t in span or []}
        end = start - 1
    return found, tokens
