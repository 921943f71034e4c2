"""The shared syntax layer: walks of the dependency parse that every claim rule uses (the token of a
span, the clause it is stated in, its subject), written once so the rules agree."""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def governing_verb(token: Token) -> Token:
    """The nearest verb (or the root) above a token: the clause the claim is stated in."""
    current = token
    for _ in range(40):
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            return current
        current = current.head
    return current


def subject_of(verb: Token) -> Token | None:
    """The verb's own subject, else that of the verb it is coordinated with or depends on."""
    current = verb
    for _ in range(6):
        for child in current.children:
            if child.dep_ in SUBJECTS:
                return child
        if current.head == current:
            return None
        current = current.head
    return None


def acting_subject(verb: Token) -> Token | None:
    """The subject acting through a verb: its own, else that of the verb it depends on ('Moscow responded by banning')."""
    h = verb
    for _ in range(5):
        for c in h.children:
            if c.dep_ == "nsubj":
                relative = c.lower_ in ("which", "that", "who") and h.dep_ == "relcl"
                return h.head if relative else c  # 'the EU, which banned ...': the EU
        if h.dep_ not in ("xcomp", "conj", "ccomp", "advcl", "pcomp", "prep") or h.head == h:
            return None
        h = h.head
    return None
