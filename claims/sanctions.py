"""Sanction claims: one per sentence that states a sanction action (impose, designate, blacklist,
freeze assets, ban entry, add to a list; lift; extend), with authorities, status and targets.

Sentences that only mention sanctions (defying, evading, under sanctions) are not claims.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from claims.aliases import authorities_in, nationality_of
from claims.numbers import load_data
from claims.targets import Target, groups, kind_of_word

NEEDS_CONTEXT = ("ban", "bans", "list", "package", "freeze", "freezes", "restrictions", "property")
CONTEXT_WORDS = ("sanction", "entry", "travel", "asset", "black", "visa", "blocked", "designat", "export",
                 "import")
RESTATE_VERBS = ("include", "includes", "included", "are", "is", "comprise", "comprises", "were")
LIST_VERBS = ("add", "adds", "added", "adding", "remove", "removes", "removed", "removing", "put", "puts", "placed")
SANCTION_HINT = ("sanction", "designat", "list", "blocked", "asset freeze", "blacklist")


@cache
def table() -> dict[str, Any]:
    return load_data("sanctions")


@cache
def _noun_heads() -> set[str]:
    return {n.split()[-1] for n in table()["trigger_nouns"]} | {"freeze", "freezes", "ban", "bans"}


@dataclass
class Sanction:
    start: int
    end: int
    status: str
    authorities: list[str]
    targets: list[Target]
    target_tokens: set[int]
    confidence: float = 0.8
    restated: bool = False

    def fields(self) -> dict[str, Any]:
        return {
            "restated": self.restated,
            "sanction_authorities": self.authorities,
            "sanction_status": self.status,
            "sanction_targets": [t.as_dict() for t in self.targets],
        }


def _blocked(tok: Token) -> bool:
    """The mention sits under a word that is no action (defying, under, despite, violating)."""
    bad = set(table()["not_action"])
    h = tok
    for _ in range(3):
        if h.lower_ in bad or h.head.lower_ in bad:
            return True
        if h.head == h:
            break
        h = h.head
    doc = tok.doc
    return any(t.lower_ in bad for t in doc[max(tok.sent.start, tok.i - 2) : tok.i])


def _context_ok(tok: Token) -> bool:
    if tok.lower_ not in NEEDS_CONTEXT:
        return True
    around = " ".join(t.lower_ for t in tok.doc[max(0, tok.i - 3) : tok.i + 3])
    if tok.lower_ == "list" and tok.head.lower_ in ("to", "from") and tok.head.head.lower_ in LIST_VERBS:
        return True
    return any(w in around for w in CONTEXT_WORDS)


def _action_for_noun(tok: Token) -> Token | None:
    """The verb that acts on a sanction noun: up the tree, else an action word just before it."""
    actions = table()["action_verbs"]
    h = tok
    for _ in range(4):
        if h.head == h:
            break
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            if h.lower_ in actions:
                return h
            break
    for t in tok.doc[max(tok.sent.start, tok.i - 3) : tok.i]:
        if t.lower_ in actions:
            return t
    return None


def _object_verb(tok: Token) -> bool:
    """'banned 153 vessels', 'drops three names': an action only with a target-word object and
    an authority as subject, or with a sanction word in the sentence."""
    low = tok.lower_
    if low not in table()["object_verbs"] and low not in table()["any_object_verbs"]:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    subj = _subject(tok)
    named = subj is not None and bool(_core_authorities(subj))
    if low in table()["any_object_verbs"] and named and objects:
        return True
    if low not in table()["object_verbs"] or not any(o.lower_ in kind_of_word() for o in objects):
        return False
    return named or any(w in tok.sent.text.lower() for w in SANCTION_HINT)


PRUNED = ("relcl", "acl", "prep", "advcl", "appos", "punct")


def _core_authorities(tok: Token) -> list[str]:
    """Authorities named by a noun phrase's core: itself, compounds, modifiers and conjuncts,
    without its relative clauses or prepositional phrases ('Canada, which backs Ukraine, ...')."""
    keep: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack += [c for c in t.children if c.dep_ not in PRUNED or (c.dep_ == "prep" and c.lower_ == "of")]
    keep.sort(key=lambda t: t.i)
    text = " ".join(t.text for t in keep)
    return authorities_in(text.replace(" 's", "'s"))


def _restatement(tok: Token) -> Token | None:
    """'The individuals include X and Y', 'Among the entities are 76 companies': a sentence
    that lists an earlier action's targets (it inherits that action's authority)."""
    verb = tok.head
    if verb.lower_ not in RESTATE_VERBS or tok.i > verb.i:
        return None
    if tok.dep_ == "nsubj" and (tok.lower_ in kind_of_word() or tok.lower_ in ("targets", "list")):
        return verb if any(c.lower_ in ("the", "those", "these") for c in tok.children) else None
    if tok.lower_ == "among" and any(c.lower_ in kind_of_word() or c.lower_ in ("those", "targets") for c in tok.children):
        return verb
    return None


def _trigger(tok: Token) -> Token | None:
    """The action token when tok states a sanction action, else None."""
    low = tok.lower_
    if low in table()["trigger_verbs"] and tok.pos_ == "VERB":
        prenominal = tok.dep_ == "amod" and tok.head.i == tok.i + 1
        return None if prenominal else tok
    if low in _noun_heads() and tok.pos_ in ("NOUN", "PROPN", "VERB") and _context_ok(tok):
        if tok.pos_ != "VERB" or low in ("freezes", "bans"):
            action = _action_for_noun(tok)
            if action is not None:
                return action
    if tok.pos_ == "VERB" and _object_verb(tok):
        return tok
    restated = _restatement(tok)
    if restated is not None:
        return restated
    if tok.pos_ == "VERB" and low.startswith(("free", "froz")):
        objects = [c.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        return tok if any(o in table()["freeze_objects"] for o in objects) else None
    return None


def _status(action: Token) -> str:
    status: str = (table()["trigger_verbs"].get(action.lower_)
                   or table()["object_verbs"].get(action.lower_)
                   or table()["action_verbs"].get(action.lower_, "imposed"))
    if status == "planned":
        return status
    chain, h = [action], action
    while h.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp") and h.head != h and len(chain) < 4:
        h = h.head
        chain.append(h)
    for verb in chain:
        if any(c.dep_ == "aux" and c.lower_ in table()["modals"] for c in verb.children):
            return "planned"
        if verb != action and verb.lower_ in table()["planned_heads"]:
            return "planned"
    return status


def _subject(verb: Token) -> Token | None:
    h = verb
    for _ in range(4):
        for c in h.children:
            if c.dep_ == "nsubj":
                return c
        if h.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or h.head == h:
            return None
        h = h.head
    return None


def _authorities(trigger: Token, action: Token, target_tokens: set[int]) -> list[str]:
    """From the noun's modifiers ('South Korean sanctions'), the agent ('by the EU'), the
    subject, else any authority named before the trigger outside the targets."""
    doc = trigger.doc

    def named(tok: Token) -> list[str]:
        return authorities_in(doc[tok.left_edge.i : tok.right_edge.i + 1].text)

    subj = _subject(action)
    if subj is not None and subj.i not in target_tokens and _core_authorities(subj):
        return _core_authorities(subj)
    for c in action.children:
        if c.dep_ == "agent" and named(c):
            return named(c)
    if trigger != action:
        mods = [c for c in trigger.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < trigger.i]
        found = [a for m in mods for a in named(m)]
        if found:
            return list(dict.fromkeys(found))
    left = [t for t in doc[trigger.sent.start : min(trigger.i, action.i)]
            if t.i not in target_tokens and t.pos_ == "PROPN"
            and t.dep_ not in ("pobj", "poss") and t.head.dep_ not in ("pobj", "poss")]
    return authorities_in(" ".join(t.text for t in left))


def _copula_heads(trigger: Token) -> tuple[list[Token], str | None]:
    """'The vessels designated today are X, Y and 14 tankers' / 'Also designated are X and Y':
    the things named after the copula, and the kind the subject noun gives them."""
    be = next((c for c in trigger.children if c.dep_ in ("auxpass", "aux") and c.lower_ in ("are", "is")), None)
    kind_noun = trigger.head if trigger.dep_ == "acl" else None
    if be is None and kind_noun is not None and kind_noun.dep_ == "nsubj" and kind_noun.head.lower_ in ("are", "is"):
        be = kind_noun.head
    if be is None and trigger.head.lower_ in ("are", "is", "were", "was"):
        be = trigger.head
        kind_noun = kind_noun or next((c for c in trigger.children if c.lower_ in kind_of_word()), None)
    if be is None:
        return [], None
    heads = [c for c in be.children if c.dep_ in ("attr", "nsubj") and c != trigger and c.i > trigger.i]
    kind = kind_of_word().get(kind_noun.lower_) if kind_noun is not None else None
    return heads, kind


def _target_heads(trigger: Token, action: Token) -> tuple[list[Token], str | None]:
    heads: list[Token] = []
    kind = None
    if action.lower_ in RESTATE_VERBS and trigger != action:
        heads += [c for c in action.children if c.dep_ in ("dobj", "attr", "nsubj") and c != trigger and c.i > action.i]
        kind = kind_of_word().get(trigger.lower_) or next(
            (kind_of_word()[c.lower_] for c in trigger.children if c.lower_ in kind_of_word()), None)
    elif trigger == action:
        heads += [c for c in action.children if c.dep_ in ("dobj", "nsubjpass")]
        if not heads:
            heads, kind = _copula_heads(trigger)
    else:
        if any(c.dep_ == "nummod" for c in trigger.children):
            heads.append(trigger)
        near = [c for c in trigger.children if c.dep_ == "compound"] + [trigger]
        heads += [t for n in near for t in n.children if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"
                  and nationality_of(t.text) is None and authorities_in(t.text)]
        holders = [trigger, action, *[c for c in trigger.children if c.dep_ == "compound"]]
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("against", "on", "targeting"):
                    heads += [p for p in c.children if p.dep_ == "pobj"]
                elif c.dep_ == "dobj" and h == action and c != trigger and c.lower_ not in _noun_heads() \
                        and not (c.pos_ == "PROPN" and authorities_in(c.text)):
                    heads.append(c)
    if action.lower_.startswith(("free", "froz")):
        for obj in action.children:
            heads += [p for prep in obj.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
    out: list[Token] = []
    for h in heads:
        out += [h, *[c for c in h.conjuncts if c.i > h.i]]
    return sorted(set(out), key=lambda t: t.i), kind


def _lexical_heads(sent: Span, after: int) -> list[Token]:
    """Target words after the trigger when the parse gives none (headlines, odd parses)."""
    heads: list[Token] = []
    for t in sent:
        if t.i <= after:
            continue
        if t.dep_ == "conj" and t.pos_ == "VERB":
            break
        if t.lower_ in kind_of_word() and t.pos_ in ("NOUN", "PROPN") and not in_clause(t, sent):
            heads.append(t)
    return heads


def in_clause(tok: Token, sent: Span) -> bool:
    """Inside a relative or adverbial clause ('..., which Ukrainian officials say ...')."""
    h = tok
    for _ in range(12):
        if h.dep_ in ("relcl", "advcl", "ccomp", "parataxis"):
            return True
        if h.head == h:
            return False
        h = h.head
    return False


def _merges(conj: Token, action: Token) -> bool:
    """A coordinated verb adds its targets to the claim ('designated 10 individuals ..., and
    identified four vessels') when it is a sanction action of the same status."""
    words = (table()["trigger_verbs"], table()["object_verbs"], table()["action_verbs"])
    if not any(conj.lower_ in w for w in words) or _status(conj) != _status(action):
        return False
    return any(c.dep_ == "dobj" and (c.lower_ in kind_of_word() or c.pos_ == "PROPN") for c in conj.children)


def _claim(sent: Span, tok: Token, action: Token) -> Sanction:
    heads, kind = _target_heads(tok, action)
    restated = action.lower_ in RESTATE_VERBS and tok != action
    for conj in action.conjuncts:
        if conj.i > action.i and conj.pos_ == "VERB" and _merges(conj, action):
            heads += _target_heads(conj, conj)[0]
    if restated:
        heads = sorted(set(heads) | set(_lexical_heads(sent, action.i)), key=lambda t: t.i)
    counted = [t for t in sent if t.lower_ in _noun_heads() and t not in heads
               and any(c.dep_ == "nummod" for c in t.children)]
    heads += counted  # '18 new tanker designations' counts targets
    targets, target_tokens = groups(heads, kind)
    if not targets:
        targets, target_tokens = groups(_lexical_heads(sent, max(tok.i, action.i)))
    if not targets:
        targets = [Target("other")]
    doc = sent.doc
    first, last = min(tok.i, action.i), max(tok.i, action.i)
    span_end = max([last] + [t for t in target_tokens if 0 <= t - last < 12])
    first = min([first] + [t for t in target_tokens if 0 <= first - t <= 15])
    status = _status(action)
    if restated:
        acts = [table()["trigger_verbs"].get(c.lower_) for c in tok.children if c.dep_ in ("acl", "amod")]
        status = next((a for a in acts if a), "imposed")
    return Sanction(doc[first].idx, doc[span_end].idx + len(doc[span_end]), status,
                    [] if restated else _authorities(tok, action, target_tokens), targets, target_tokens,
                    0.6 if restated else 0.8 if targets else 0.6, restated)


def extract(doc: Doc, rejections: Counter[str] | None = None) -> Iterator[Sanction]:
    """At most one sanction claim per sentence (its first action); authorities may be empty when
    the sentence names none (the caller carries them over). The Doc is not changed."""
    counter = rejections if rejections is not None else Counter()
    for sent in doc.sents:
        for tok in sent:
            action = _trigger(tok)
            if action is None:
                continue
            if _blocked(tok) or (action != tok and _blocked(action)):
                counter["sanction:not_an_action"] += 1
                continue
            yield _claim(sent, tok, action)
            break
