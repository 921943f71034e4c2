"""Sanction claims: one per sentence that states a sanction action (impose, designate, blacklist,
freeze assets, ban entry; lift; extend), with its authorities, status and target groups.

Sentences that only mention sanctions (defying, evading, under sanctions) are not claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from claims import numbers
from claims.authorities import authorities_in, nationality_of
from claims.numbers import load_data

ORG_SUFFIX = re.compile(r"\b(?:Ltd|LLC|JSC|PJSC|OJSC|Inc|Corp|Co|Group|Bank|Company|Holdings?|GmbH|AG|SA|Limited)\.?$")


@cache
def table() -> dict[str, Any]:
    return load_data("sanctions")


@cache
def kind_of_word() -> dict[str, str]:
    return {w: kind for kind, ws in table()["target_kinds"].items() for w in ws}


@dataclass
class Target:
    kind: str
    count: int | None = None
    names: list[str] = field(default_factory=list)
    nationality: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "count": self.count, "names": self.names, "nationality": self.nationality}


@dataclass
class Sanction:
    start: int
    end: int
    status: str
    authorities: list[str]
    targets: list[Target]
    target_tokens: set[int]
    confidence: float = 0.8

    def fields(self) -> dict[str, Any]:
        return {
            "sanction_authorities": self.authorities,
            "sanction_status": self.status,
            "sanction_targets": [t.as_dict() for t in self.targets],
        }


def _blocked(tok: Token) -> bool:
    """The mention sits under a verb or preposition that is no action (defying, under, despite)."""
    bad = set(table()["not_action"])
    h, steps = tok, 0
    while h.head is not h and steps < 3:
        if h.head.lower_ in bad or h.lower_ in bad:
            return True
        h, steps = h.head, steps + 1
    return any(c.lower_ in bad for c in tok.children)


def _action_of(tok: Token) -> Token | None:
    """The action a trigger stands for: a trigger verb itself, or the verb whose object/subject
    the sanction noun is ('imposed sanctions', 'sanctions target', 'unveiled a sanctions package')."""
    low = tok.lower_
    if tok.pos_ == "VERB" and low in table()["trigger_verbs"] and tok.dep_ not in ("amod",):
        return tok
    if tok.pos_ == "VERB" and low in ("freeze", "froze", "freezes", "frozen", "freezing"):
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lower_ in table()["freeze_objects"] for o in objects):
            return tok
        return None
    if tok.pos_ not in ("NOUN", "PROPN") or low not in _noun_heads():
        return None
    h = tok
    for _ in range(4):
        if h.head is h:
            break
        h = h.head
        if h.pos_ in ("VERB", "AUX") or h.dep_ == "ROOT":
            return h if h.lower_ in table()["action_verbs"] else None
    return None


@cache
def _noun_heads() -> set[str]:
    return {n.split()[-1] for n in table()["trigger_nouns"]} | {"freeze", "freezes", "ban", "bans", "list", "package"}


def _noun_ok(tok: Token) -> bool:
    """Nouns such as 'ban', 'list', 'package', 'freeze' count only next to a sanction word."""
    if tok.lower_ in ("ban", "bans", "list", "package", "freeze", "freezes"):
        around = " ".join(t.lower_ for t in tok.doc[max(0, tok.i - 3) : tok.i + 3])
        return any(w in around for w in ("sanction", "entry", "travel", "asset", "black", "export", "import"))
    return True


def _status(action: Token) -> str:
    status = table()["trigger_verbs"].get(action.lower_) or table()["action_verbs"].get(action.lower_, "imposed")
    if status == "planned":
        return status
    chain, h = [action], action
    while h.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp") and h.head is not h and len(chain) < 4:
        h = h.head
        chain.append(h)
    for verb in chain:
        for c in verb.children:
            if c.dep_ == "aux" and c.lower_ in table()["modals"]:
                return "planned"
        if verb is not action and verb.lower_ in table()["planned_heads"]:
            return "planned"
    return status


def _subject(verb: Token) -> Token | None:
    h = verb
    for _ in range(4):
        for c in h.children:
            if c.dep_ == "nsubj":
                return c
        if h.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or h.head is h:
            return None
        h = h.head
    return None


def _authorities(trigger: Token, action: Token) -> list[str]:
    """From the noun's own modifiers ('South Korean sanctions'), the agent ('by the EU'), or the subject."""
    if trigger is not action:
        mods = [c for c in trigger.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < trigger.i]
        found = [a for m in mods for a in authorities_in(trigger.doc[m.left_edge.i : m.right_edge.i + 1].text)]
        if found:
            return list(dict.fromkeys(found))
    for c in action.children:
        if c.dep_ == "agent":
            found = [a for t in c.subtree for a in authorities_in(t.text)] or authorities_in(
                trigger.doc[c.left_edge.i : c.right_edge.i + 1].text)
            if found:
                return list(dict.fromkeys(found))
    subj = _subject(action)
    if subj is not None and subj.dep_ != "nsubjpass":
        return authorities_in(trigger.doc[subj.left_edge.i : subj.right_edge.i + 1].text)
    return []


def _target_heads(trigger: Token, action: Token) -> list[Token]:
    heads: list[Token] = []
    if trigger is action:
        heads += [c for c in action.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        holders = [trigger, action] + [c for c in trigger.children if c.dep_ == "compound"]
        for h in holders:
            for prep in h.children:
                if prep.dep_ == "prep" and prep.lower_ in ("against", "on", "targeting", "for") or prep.dep_ == "dobj" and h is action and prep is not trigger and prep.lower_ not in _noun_heads():
                    heads += [prep] if prep.dep_ == "dobj" else [c for c in prep.children if c.dep_ == "pobj"]
        if trigger.dep_ == "nsubj" and action.lower_.startswith(("target", "hit", "cover", "include")):
            heads += [c for c in action.children if c.dep_ == "dobj"]
    if action.lower_.startswith(("free", "froz")):
        for obj in action.children:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "belonging", "held"):
                    heads += [c for c in prep.children if c.dep_ == "pobj"]
    out: list[Token] = []
    for h in heads:
        out.append(h)
        out += [c for c in h.conjuncts if c.i > h.i]
    return sorted(set(out), key=lambda t: t.i)


def _target(head: Token) -> tuple[Target, set[int]] | None:
    kind = kind_of_word().get(head.lower_)
    tokens = {head.i}
    if kind is None:
        return _named_target(head, tokens)
    count = None
    for c in head.children:
        if c.dep_ in ("nummod",) or (c.dep_ == "det" and c.lower_ in ("a", "an", "one")):
            words = [t.text for t in c.subtree if t.i < head.i and t.dep_ != "quantmod" and t.lower_ not in ("about", "over")]
            value = numbers.parse_tokens(words) if c.dep_ == "nummod" else 1.0
            if value is not None:
                count = int(value)
                tokens |= {t.i for t in c.subtree}
    mods = [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound", "nmod")]
    nationality = next((n for m in mods if (n := nationality_of(head.doc[m.left_edge.i : m.i + 1].text))), None)
    names = [c.text for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return Target(kind, count, names, nationality), tokens


@cache
def _calendar_words() -> set[str]:
    dates = load_data("dates")
    return {w.capitalize() for w in (*dates["months"], *dates["weekdays"])}


def _named_target(head: Token, tokens: set[int]) -> tuple[Target, set[int]] | None:
    """A target given by name ('PDVSA', 'the oil company PDVSA', 'Russia')."""
    if head.pos_ != "PROPN" or head.text.rstrip(".") in _calendar_words():
        return None
    left = min([t.i for t in head.lefts if t.pos_ == "PROPN" and t.dep_ == "compound"] + [head.i])
    name = head.doc[left : head.i + 1].text
    if nationality_of(name) or authorities_in(name):
        return Target("other", None, [name], None), tokens
    kinds = [kind_of_word()[c.lower_] for c in head.children if c.lower_ in kind_of_word()]
    kind = kinds[0] if kinds else ("organization" if ORG_SUFFIX.search(name) else "other")
    return Target(kind, 1, [name], None), tokens


def _sentence_claim(sent: Span) -> Sanction | None:
    for tok in sent:
        if not _noun_ok(tok):
            continue
        action = _action_of(tok)
        if action is None or _blocked(tok) or (action is not tok and _blocked(action)):
            continue
        targets, target_tokens = [], set()
        for head in _target_heads(tok, action):
            found = _target(head)
            if found is not None:
                targets.append(found[0])
                target_tokens |= found[1]
        first, last = min(tok.i, action.i), max(tok.i, action.i)
        span_end = max([last] + [t for t in target_tokens if t - last < 12])
        first = min([first] + [t for t in target_tokens if first - t <= 15])
        doc = sent.doc
        return Sanction(doc[first].idx, doc[span_end].idx + len(doc[span_end]), _status(action),
                        _authorities(tok, action), targets, target_tokens, 0.8 if targets else 0.6)
    return None


def extract(doc: Doc, rejections: Counter[str] | None = None) -> Iterator[Sanction]:
    """At most one sanction claim per sentence; authorities may be empty when the sentence names
    none (the caller carries them over from the article). The Doc is not changed."""
    for sent in doc.sents:
        claim = _sentence_claim(sent)
        if claim is not None:
            yield claim
