"""Where a sanction's targets sit in the parse: objects of the action, phrases after the
sanction noun ('sanctions on X'), names after a copula ('Also designated are X and Y'),
appositions ('two vessels, the RUN YU and the SIN PHYONG 5'), else target words after it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claims.aliases import authorities_in, nationality_of
from claims.targets import RESTATE_VERBS, kind_of_word, noun_heads

LISTING_NOUNS = ("listings", "listing", "designations", "designation", "delisting", "delistings")


def copula_heads(trigger: Token) -> tuple[list[Token], str | None]:
    """'The vessels designated today are X, Y and 14 tankers' / 'Also designated are X and Y':
    the things named after the copula, and the kind the subject noun gives them."""
    be = next(
        (c for c in trigger.children if c.dep_ in ("auxpass", "aux") and c.lower_ in ("are", "is")),
        None,
    )
    kind_noun = trigger.head if trigger.dep_ == "acl" else None
    if (
        be is None
        and kind_noun is not None
        and kind_noun.dep_ == "nsubj"
        and kind_noun.head.lower_ in ("are", "is")
    ):
        be = kind_noun.head
    if be is None and trigger.head.lower_ in ("are", "is", "were", "was"):
        be = trigger.head
        kind_noun = kind_noun or next(
            (c for c in trigger.children if c.lower_ in kind_of_word()), None
        )
    if be is None:
        return [], None
    heads = [
        c for c in be.children if c.dep_ in ("attr", "nsubj") and c != trigger and c.i > trigger.i
    ]
    kind = kind_of_word().get(kind_noun.lower_) if kind_noun is not None else None
    return heads, kind


def target_heads(trigger: Token, action: Token) -> tuple[list[Token], str | None]:
    heads: list[Token] = []
    kind = None
    if action.lower_ in RESTATE_VERBS and trigger != action:
        heads += [
            c
            for c in action.children
            if c.dep_ in ("dobj", "attr", "nsubj") and c != trigger and c.i > action.i
        ]
        kind = kind_of_word().get(trigger.lower_) or next(
            (kind_of_word()[c.lower_] for c in trigger.children if c.lower_ in kind_of_word()), None
        )
    elif trigger == action:
        objects = [_dealt_with(c) for c in action.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += objects
        for holder in (action, *objects):  # 'banning entry to 500 Americans'
            heads += [
                p
                for prep in holder.children
                if prep.dep_ == "prep" and prep.lower_ in ("to", "on", "against")
                for p in prep.children
                if p.dep_ == "pobj" and p.lower_ not in ("list", "lists")
            ]
        if not heads:
            heads, kind = copula_heads(trigger)
    else:
        if any(c.dep_ == "nummod" for c in trigger.children):
            heads.append(trigger)
        heads += [c for c in trigger.conjuncts if c.lower_ in kind_of_word()]
        near = [c for c in trigger.children if c.dep_ == "compound"] + [trigger]
        heads += [
            t
            for n in near
            for t in n.children
            if t.dep_ in ("compound", "nmod")
            and t.pos_ == "PROPN"
            and nationality_of(t.text) is None
            and authorities_in(t.text)
        ]
        holders = [trigger, action, *[c for c in trigger.children if c.dep_ == "compound"]]
        for h in holders:
            for c in h.children:
                of_listing = c.lower_ == "of" and trigger.lower_ in LISTING_NOUNS
                if c.dep_ == "prep" and (c.lower_ in ("against", "on", "targeting") or of_listing):
                    heads += [p for p in c.children if p.dep_ == "pobj"]
                elif (
                    c.dep_ == "dobj"
                    and h == action
                    and c != trigger
                    and c.lower_ not in noun_heads()
                    and not (c.pos_ == "PROPN" and authorities_in(c.text))
                ):
                    heads.append(c)
    if action.lower_.startswith(("free", "froz")):
        for obj in action.children:
            heads += [
                p
                for prep in obj.children
                if prep.lower_ == "of"
                for p in prep.children
                if p.dep_ == "pobj"
            ]
    return _expand(heads), kind


DEALINGS = ("transactions", "dealings", "business", "deals", "trade")


def _dealt_with(obj: Token) -> Token:
    """'banned transactions with the central bank': the target is whom one deals with."""
    if obj.lower_ not in DEALINGS:
        return obj
    partner = [
        p for c in obj.children if c.lower_ == "with" for p in c.children if p.dep_ == "pobj"
    ]
    return partner[0] if partner else obj


def _expand(heads: list[Token]) -> list[Token]:
    """The heads with their later conjuncts and their named or counted appositions."""
    out: list[Token] = []
    for h in heads:
        appos = [
            a
            for a in h.children
            if a.dep_ == "appos"
            and (a.pos_ == "PROPN" or any(c.dep_ == "nummod" for c in a.children))
        ]
        for t in (h, *appos):
            out += [t, *[c for c in t.conjuncts if c.i > t.i]]
        out += _misattached(h)
    return sorted(set(out), key=lambda t: t.i)


def _misattached(head: Token) -> list[Token]:
    """Target words the parser joined to the head's 'of' object: in 'suppliers of the Shahed
    drone and the RSF's leader' the leader is a target of its own, not a second product."""
    objects = [p for c in head.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return [
        c
        for p in objects
        if p.lower_ not in kind_of_word()
        for c in p.conjuncts
        if c.i > p.i and c.lower_ in kind_of_word()
    ]


def lexical_heads(sent: Span, after: int) -> list[Token]:
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


CONTRAST = ("while", "whereas", "although", "though", "but")


def apart(tok: Token) -> bool:
    """In a clause of its own ('..., while its navy has 150 ships'): a count there is a quantity
    even in a sentence whose other numbers count a sanction's targets."""
    h = tok
    for _ in range(12):
        if any(c.lower_ in CONTRAST and c.dep_ in ("mark", "cc") for c in h.children):
            return True
        if h.head == h:
            return False
        h = h.head
    return False


def partitive_counts(doc: Doc, after: int) -> set[int]:
    """Numbers that count back into targets already named ('Two of the individuals named',
    'three of those companies'), from token `after` (the first sanction sentence) on: the sanction's."""
    found: set[int] = set()
    for of in doc[after:]:
        number, pobj = of.head, [c for c in of.children if c.dep_ == "pobj"]
        if of.lower_ != "of" or number.pos_ != "NUM" or not pobj or number.i > of.i:
            continue
        noun = pobj[0]
        back = any(c.lower_ in ("the", "these", "those") for c in noun.children)
        counted = any(c.dep_ == "nummod" for c in noun.children)
        if noun.lower_ in kind_of_word() and back and not counted:
            found |= {t.i for t in number.subtree if t.i < of.i}
    return found
