"""Cumulative sanction statements: 'the listings bring the number of Belarusian individuals
under EU sanctions to 261, and entities to 49'. The counts belong to the sanction claim."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claims.extract import numbers
from claims.extract.lexicon import sanction_kinds
from claims.extract.sanctions.authorities import (
    about_whom,
    authorities_in,
    core_authorities,
    listing_subjects,
)
from claims.extract.sanctions.model import Target
from claims.extract.sanctions.targets import demonym_plural
from claims.extract.sanctions.words import (
    cue_words,
    lemma,
    noun_heads,
    programme,
    sanction_words,
)

TOTAL_WORDS = frozenset(sanction_words()["total_words"])


def is_cumulative(tok: Token) -> bool:
    """tok is 'number'/'total' in a sentence that speaks of sanctions and counts 'to N', or a
    list a verb of growing takes 'to' counted target groups."""
    if _list_total(tok):
        return True
    if tok.lower_ not in TOTAL_WORDS or tok.pos_ != "NOUN":
        return False
    sent = tok.sent
    text = sent.text.lower()
    counted = _count_after(sent, tok.i) or _count_before(sent, tok.i)
    hints = [*sanction_words()["sanction_hints"], *sanction_words()["total_hints"]["words"]]
    told = _package_moves(tok) or _told_before(tok)  # 'That brings the total to ...' after one
    return (any(w in text for w in hints) or told) and counted is not None


def _package_moves(tok: Token) -> bool:
    """'The new round brings the total to 17 individuals': a package noun, subject of the verb
    that moves the total, says whose total it is though no sanction word is in the sentence."""
    packages = sanction_words()["package_nouns"]
    moved = tok.dep_ == "dobj" and any(
        c.dep_ == "nsubj" and lemma(c) in packages for c in tok.head.children
    )
    return moved and any(_kind(t) is not None for t in tok.sent if t.i > tok.i)


def _list_total(tok: Token) -> bool:
    """'brings its blacklist to 60 firms and 12 people', 'the lists have grown to over 900
    individuals': a list that a verb of growing takes to counted target words."""
    table = sanction_words()["list_totals"]
    if tok.pos_ != "NOUN" or lemma(tok) not in table["lists"]:
        return False
    verb = tok.head
    if tok.dep_ not in ("nsubj", "dobj") or lemma(verb) not in table["verbs"]:
        return False
    reach = sanction_words()["total_reach"]["word"]
    return any(
        p.lower_ in sanction_kinds() and _own_count(p) is not None
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == reach
        for p in c.children
        if p.dep_ == "pobj"
    )


def _to_number(sent: Span, t: Token) -> tuple[int, int] | None:
    """'to 261', 'to more than 3,100': (value, index of the number) after the 'to' token t."""
    j = t.i + 1
    while (
        j < sent.end and j - t.i <= 3 and sent.doc[j].lower_ in ("more", "than", "over", "nearly")
    ):
        j += 1
    if t.lower_ != "to" or j >= sent.end or not sent.doc[j].like_num:
        return None
    value = numbers.parse_tokens([sent.doc[j].text])
    return (int(value), j) if value is not None else None


def _count_after(sent: Span, i: int) -> tuple[int, int] | None:
    """(value, token index) of the first 'to N' after token i in the sentence."""
    return next((c for t in sent if t.i > i and (c := _to_number(sent, t))), None)


def _count_before(sent: Span, i: int) -> tuple[int, int] | None:
    """A fronted count: 'brings to more than 3,100 the number of ...'."""
    found = [c for t in sent if t.i < i and (c := _to_number(sent, t)) and c[1] == i - 2]
    return found[-1] if found else None


def _kind(noun: Token) -> str | None:
    """The kind a counted noun gives: a target word, or a plural of nationality ('the number
    of Georgians on the list'); none for the programme the total is kept under ('the total under
    the regime'), which counts nothing."""
    if programme(noun):
        return None
    return sanction_kinds().get(noun.lower_) or demonym_plural(noun)


def _own_count(noun: Token) -> int | None:
    """The number counting a noun directly ('40 organizations')."""
    for c in noun.children:
        if c.dep_ == "nummod" and (value := numbers.parse_tokens([c.text])) is not None:
            return int(value)
    return None


def _after_to(noun: Token, total: Token) -> bool:
    """The noun is what the total comes to: the object of the 'to' after it, or a conjunct of
    that object."""
    first = noun
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    to = first.head
    reach = sanction_words()["total_reach"]["word"]
    return first.dep_ == "pobj" and to.lower_ == reach and to.i > total.i


def cumulative_targets(tok: Token) -> tuple[list[Target], set[int], list[str]]:
    """Targets (each kind word with the 'to N' after it), their tokens, and the authorities
    named on the sanctions word ('EU sanctions', "Seoul's sanctions")."""
    sent = tok.sent
    targets: list[Target] = []
    tokens: set[int] = set()
    used: set[int] = set()  # the nouns whose count is a target's
    kinds = [t for t in sent if t.i > tok.i and _kind(t) is not None]
    for n, k in enumerate(kinds):
        limit = kinds[n + 1].i if n + 1 < len(kinds) else sent.end
        found = _count_after(sent, k.i)
        if found is not None and found[1] < limit:
            kind = _kind(k) or "other"
            shared = {
                sanction_kinds()[c.lower_] for c in k.conjuncts if c.lower_ in sanction_kinds()
            }
            if shared - {kind} and not any(c.i in tokens for c in k.conjuncts):
                kind = "other"  # 'individuals and entities ... to more than 1,000': one count
            targets.append(Target(kind, found[0]))
            tokens |= {k.i, found[1], *(c.i for c in k.conjuncts)}
            used |= {k.i, *(c.i for c in k.conjuncts)}
    fronted = _count_before(sent, tok.i)
    if not targets and fronted is not None and kinds:
        group = [kinds[0], *kinds[0].conjuncts]
        same = {named for k in group if (named := _kind(k)) is not None}
        kind = same.pop() if len(same) == 1 else "other"  # 'people and entities': other
        targets, tokens = [Target(kind, fronted[0])], {fronted[1], *(k.i for k in kinds)}
        used |= {k.i for k in group}
        joined = [*kinds[0].conjuncts, *tok.conjuncts]  # 'the number of X ..., as well as Y'
        more = [k for k in joined if k.lower_ in sanction_kinds() and _own_count(k)]
        for k in more:  # '..., as well as 12 companies': a count of its own
            targets.append(Target(sanction_kinds()[k.lower_], _own_count(k)))
            tokens.add(k.i)
            used.add(k.i)
        if more:
            targets[0] = Target(_kind(kinds[0]) or "other", fronted[0])
    if not targets:  # 'bringing the total to 90 individuals and 40 organizations'
        counted = [k for k in kinds if _own_count(k) and _after_to(k, tok)]
        targets = [Target(sanction_kinds()[k.lower_], _own_count(k)) for k in counted]
        tokens |= {k.i for k in counted}
        used |= {k.i for k in counted}
    if targets:  # '... to 24 individuals and 11 entities, plus the two vessels'
        more = _companions(sent, tok, used)
        targets += [Target(sanction_kinds()[k.lower_], _own_count(k)) for k in more]
        tokens |= {k.i for k in more}
    sanctions = [t for t in sent if lemma(t) in noun_heads()]
    authorities = [a for s in sanctions for a in core_authorities(s)]
    before = " ".join(t.text for t in sent.doc[sent.start : tok.i] if not about_whom(t))
    listers = list(dict.fromkeys(authorities)) or listing_subjects(sent)  # 'that OFAC listed'
    return targets, tokens, listers or authorities_in(before)


def _companions(sent: Span, tok: Token, counted: set[int]) -> list[Token]:
    """'to 39 individuals, alongside 14 entities', '..., plus the two vessels': counted target
    nouns a companion word (total_companions) adds after the total, each a group of its own."""
    table = sanction_words()["total_companions"]
    phrases = [p.split() for p in table["phrases"]]
    reach = int(table["reach"])
    words = [t.lower_ for t in sent]
    found: list[Token] = []
    for j, t in enumerate(sent):
        if t.i <= tok.i:
            continue
        phrase = next((p for p in phrases if words[j : j + len(p)] == p), None)
        if phrase is None:
            continue
        after = sent.doc[t.i + len(phrase) : min(sent.end, t.i + len(phrase) + reach)]
        noun = next((k for k in after if k.lower_ in sanction_kinds() and _own_count(k)), None)
        if noun is not None and noun.i not in counted and noun not in found:
            found.append(noun)
    return found


Standing = tuple[list[Target], set[int], list[str]]
NOTHING: Standing = ([], set(), [])


def standing_lemmas() -> frozenset[str]:
    """The verbs a standing total hangs on, for the finder's test of which tokens to read."""
    table = sanction_words()["standing_totals"]
    return frozenset([*table["state_verbs"], *table["holding_verbs"], *table["sum_verbs"]])


def standing_total(verb: Token) -> bool:
    """verb states how many targets stand under an authority's measures now: a cumulative
    claim ('nine firms stay under UK sanctions', 'Japan now has 40 people designated',
    'its listings now number 120 entities'), whatever action brought them there."""
    return verb.pos_ in ("VERB", "AUX") and bool(standing_targets(verb)[0])


def standing_targets(verb: Token) -> Standing:
    """Targets, their tokens and the authorities named of a standing total (standing_total)."""
    table = sanction_words()["standing_totals"]
    low = lemma(verb)
    if low in table["state_verbs"]:
        return _under_measures(verb)
    if low in table["holding_verbs"]:
        return _held(verb)
    if low in table["sum_verbs"]:
        return _summed(verb)
    return NOTHING


def _child(verb: Token, dep: str) -> Token | None:
    return next((c for c in verb.children if c.dep_ == dep), None)


def _counted_groups(head: Token) -> tuple[list[Target], set[int]]:
    """'11 Bolivians and one company': each conjunct a target word (or a plural of nationality)
    with its own count; nothing unless every conjunct is counted, so a bare plural that states
    a rule ('firms remain under ...') is no total."""
    groups = [head, *head.conjuncts]
    counted = [(g, _kind(g), _own_count(g)) for g in groups]
    if any(kind is None or count is None for _, kind, count in counted):
        return [], set()
    targets = [Target(kind or "other", count) for _, kind, count in counted]
    numbers_ = {c.i for g in groups for c in g.children if c.dep_ == "nummod"}
    return targets, {g.i for g in groups} | numbers_


def _under_measures(verb: Token) -> Standing:
    """'nine Peruvians and two firms remain under Swiss sanctions': counted groups as
    subject of a state verb, under a sanction noun that names the authority."""
    table = sanction_words()["standing_totals"]
    subject = _child(verb, "nsubj")
    measures = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == table["state_prep"]
        for p in c.children
        if p.dep_ == "pobj" and lemma(p) in noun_heads()
    ]
    if subject is None or not measures:
        return NOTHING
    targets, tokens = _counted_groups(subject)
    return targets, tokens, core_authorities(measures[0])


def _participle(tok: Token) -> bool:
    """'(40 people) designated', '(the number) barred': a participle of listing or barring."""
    held = sanction_words()["standing_totals"]["held_participles"]
    return tok.tag_ == "VBN" and lemma(tok) in held


def _held(verb: Token) -> Standing:
    """'Japan now has 12 people and 3 companies listed': the authority has counted
    groups that a participle of listing describes."""
    obj = _child(verb, "dobj")
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and _participle(c)), None)
    if obj is None and clause is not None:
        obj = _child(clause, "nsubj")  # 'has 14 officials banned': read as a small clause
    if obj is None:
        return NOTHING
    described = [verb, obj, *obj.conjuncts]
    if not any(_participle(c) for t in described for c in t.children if c.dep_ != "amod"):
        return NOTHING  # 'has 30 staff', 'has two designated firms' (an earlier listing)
    targets, tokens = _counted_groups(obj)
    subject = _child(verb, "nsubj")
    return targets, tokens, core_authorities(subject) if subject is not None else []


def _summed(verb: Token) -> Standing:
    """'Its designations now total more than 250 people, firms and ships', 'The number
    barred by the three now stands at 87': a listing noun, or a total word a participle of
    barring describes, summed by the verb's object or by the number after one of sum_preps."""
    table = sanction_words()["standing_totals"]
    subject = _child(verb, "nsubj")
    if subject is None:
        return NOTHING
    barred = subject.lower_ in TOTAL_WORDS and any(
        c.dep_ == "acl" and _participle(c) for c in subject.children
    )
    told = _told_list(subject) or _told_total(subject)
    if lemma(subject) not in table["sum_subjects"] and not barred and not told:
        return NOTHING
    counted = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in table["sum_preps"]
        for p in c.children
        if p.dep_ == "pobj"
    ]
    counted += [c for c in verb.children if c.dep_ == "dobj"]
    for noun in counted:
        each = _counted_each(noun) if told else None
        if each is not None:  # 'the total reaches 203 people and 61 firms'
            return each[0], {subject.i, *each[1]}, []
        found = _sum(noun)
        if found is not None:
            authorities = [] if barred else core_authorities(subject)
            return [found[0]], {subject.i, *found[1]}, authorities
    return NOTHING


def _told_total(subject: Token) -> bool:
    """'... have frozen the assets of 40 people. With this order the total reaches 203 people':
    a total word with only one of told_lists' determiners, right after a sentence that speaks of
    sanctions, is the total of the measures told there."""
    return subject.lower_ in TOTAL_WORDS and _told_before(subject)


def _counted_each(noun: Token) -> tuple[list[Target], set[int]] | None:
    """'203 people and 61 firms': target words each counted on its own, a group each."""
    group = [noun, *noun.conjuncts]
    counts = [_own_count(g) for g in group]
    kinds = [_kind(g) for g in group]
    if len(group) < 2 or None in counts or None in kinds:
        return None
    return [Target(k or "other", c) for k, c in zip(kinds, counts, strict=True) if c is not None], {
        g.i for g in group
    }


def _told_list(subject: Token) -> bool:
    """'The list now stands at 900 people' right after a sentence that speaks of sanctions: a
    bare list noun with a determiner is the sanctions list told there."""
    table = sanction_words()["standing_totals"]["told_lists"]
    if lemma(subject) not in table["words"]:
        return False
    return _told_before(subject)


def _told_before(subject: Token) -> bool:
    """The subject has only a determiner of told_lists (or an owner) and one of the sentences
    before it (back_reference `sentences` of them, in the paragraph or, for a paragraph parsed on
    its own, at the end of the text before it) speaks of sanctions."""
    table = sanction_words()["standing_totals"]["told_lists"]
    own = [c for c in subject.children if not (c.dep_ == "amod" and c.pos_ == "ADJ")]
    if not own or any(
        c.dep_ not in ("det", "poss")
        or (c.lower_ not in table["determiners"] and c.pos_ not in ("NOUN", "PROPN"))
        for c in own
    ):  # "The list", "its list", "the agency's (national) list"; not "the transfer list"
        return False
    doc = subject.doc
    reach = int(sanction_words()["back_reference"]["sentences"])
    start = subject.sent.start
    while start > 0 and reach > 0:
        before = doc[start - 1].sent
        if any(t.lower_ in cue_words() for t in before):
            return True
        start, reach = before.start, reach - 1
    if reach == 0:
        return False
    said = str(doc._.lines_before or "") if Doc.has_extension("lines_before") else ""
    last = re.split(r"(?<=[.!?])\s+|\n+", said.strip())[-reach:]  # a paragraph parsed alone
    return any(w in cue_words() for s in last for w in re.findall(r"[a-z]+", s.lower()))


def _sum(noun: Token) -> tuple[Target, set[int]] | None:
    """'87' or '250 people, firms and ships': the count, and the kind its nouns share
    ('other' when they differ); a sum of money ('$4 billion') is none."""
    if noun.tag_ == "CD":
        if any(c.tag_ == "$" or c.dep_ in ("compound", "nmod") for c in noun.children):
            return None  # '$4 billion', 'P4.5 billion': a currency on the number
        value = numbers.parse_tokens([noun.text])
        return (Target("other", int(value)), {noun.i}) if value is not None else None
    count = _own_count(noun)
    kinds = {_kind(g) for g in [noun, *noun.conjuncts]}
    if count is None or None in kinds:
        return None
    kind = kinds.pop() if len(kinds) == 1 else "other"
    return Target(kind or "other", count), {noun.i, *(g.i for g in noun.conjuncts)}
