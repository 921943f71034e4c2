"""Numbered measure paragraphs: '3. Asset freeze — a trading firm. The unit froze its accounts on
the 4th.' The verbless heading carries the measure and its target; a later sentence of the same
paragraph that restates that one measure is folded into the heading's claim (table
`measure_headings` in sanctions.json)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from claims.extract.chunking import is_number_mark
from claims.extract.sanctions.model import Sanction, Target
from claims.extract.sanctions.targets import groups
from claims.extract.sanctions.words import sanction_words


@cache
def _table() -> tuple[frozenset[str], int]:
    table = sanction_words()["measure_headings"]
    return frozenset(table["dashes"]), int(table["max_heading_tokens"])


@cache
def _finite() -> frozenset[str]:
    return frozenset(sanction_words()["measure_headings"]["finite_verb_forms"])


def heading_line(doc: Doc) -> tuple[int, int] | None:
    """Character span of the numbered heading that opens the paragraph ('7. Entry ban — two
    officials.'), from its first word to its full stop; None when the paragraph has none."""
    dashes, most = _table()
    if len(doc) < 4 or not is_number_mark(doc[0].text, doc[1].text):
        return None
    end = next((t.i for t in doc[2:] if t.is_sent_end or t.text == "."), None)
    if end is None or end - 2 > most or end == len(doc) - 1:
        return None  # a heading is short and a body follows it
    words = doc[2 : end + 1]
    dash = next((t.i for t in words if t.text in dashes), None)
    if (
        dash is None
        or dash == 2
        or any(t.morph.to_dict().get("VerbForm") in _finite() for t in doc[2:dash])
    ):
        return None  # 'N. <measure> — <target>': a name for the measure, no finite verb ('Freezing notice' is a name)
    return doc[2].idx, doc[end].idx + len(doc[end])


def _named_after_dash(doc: Doc, end: int) -> tuple[list[Target], set[int]]:
    """The target groups the heading names after its dash ('— a freight company')."""
    dashes, _ = _table()
    dash = next(t.i for t in doc if t.text in dashes)
    words = [t for t in doc[dash + 1 :] if t.idx < end and not t.is_punct]
    inside = {t.i for t in words}
    heads = [t for t in words if t.head.i not in inside or t.head == t]
    return groups(heads)


def _adds(doc: Doc, claim: Sanction) -> bool:
    """'The order also reaches three of his vans': an adverb of addition (`additions`) on the
    claim's action adds targets to the heading's measure, a claim of its own."""
    words = sanction_words()["measure_headings"]["additions"]
    return any(
        c.dep_ == "advmod" and c.lower_ in words for i in claim.actions for c in doc[i].children
    )


def fold_restatements(doc: Doc, found: list[Sanction]) -> list[Sanction]:
    """Claims of a numbered measure paragraph: the heading's claim takes the targets of a later
    sentence restating its measure with one target group at most (and that sentence's status);
    with no claim on the heading, the restatement moves onto it. A heading claim left with no
    targets takes those its words name after the dash. Other paragraphs are unchanged."""
    span = heading_line(doc)
    if span is None:
        return found
    start, end = span
    head = [c for c in found if c.start < end and start < c.end]
    body = [c for c in found if c.start >= end]
    if len(head) > 1:
        return found
    claim = head[0] if head else None
    if len(body) == 1 and len(body[0].targets) <= 1 and not _adds(doc, body[0]):
        # one restatement of the one measure, not one more thing it covers
        told = body[0]
        found = [c for c in found if c is not told]
        counted = [t for t in told.targets if t.count is not None]
        if claim is None:
            claim = replace(told, start=start, end=end)
            found = [claim, *found]
        else:
            merged = replace(
                claim,
                status=told.status,
                restated=told.restated,
                targets=counted if counted else claim.targets,
                target_tokens=claim.target_tokens | (told.target_tokens if counted else set()),
                authorities=claim.authorities or told.authorities,
            )
            found = [merged if c is claim else c for c in found]
            claim = merged
    if claim is None or claim.targets:
        return found
    targets, tokens = _named_after_dash(doc, end)  # 'Extension of freeze — X Traders.'
    named = replace(claim, targets=targets, target_tokens=claim.target_tokens | tokens)
    return [named if c is claim else c for c in found]
