"""Targets of a sanction action as groups: kind (person, organization, vessel, aircraft, other),
count, names and nationality ("two Russian organizations, two individuals, and two ships")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from claims.extract import numbers
from claims.extract.columns import columns
from claims.extract.lexicon import nationality_of, sanction_kinds
from claims.extract.sanctions.authorities import authorities_in
from claims.extract.sanctions.model import Target
from claims.extract.sanctions.words import (
    across_adjunct,
    acting_bodies,
    causatives,
    compound_heads,
    lemma,
    noun_heads,
    programme,
    sanction_words,
)
from claims.extract.story import Story
from claims.extract.syntax import (
    RELATIVE_TAGS,
    bare_participle_subject,
    causative_holder,
    counting_word,
    inverted_subject,
    inverted_subjects,
    modifier_object,
    nominal_gerund,
    object_past_adjunct,
    passive_read_as_complement,
    perfect_read_as_owner,
    prep_objects,
    relative_antecedent,
    stranded_subject,
)
from claims.resources import load_data

ORG_SUFFIX = re.compile(
    r"\b(?:Ltd|LLC|JSC|PJSC|OJSC|Inc|Corp|Co|Group|Bank|Company|Holdings?|GmbH|AG|SA|Limited|FZE|"
    r"FZCO|Airlines?|Air|Trading|Shipping|Logistics|Industries|Plant|Factory)\.?$"
)
SHIP_WORDS = {"the", "tanker", "tankers", "vessel", "vessels", "ship", "ships", "and", ","}
COLLECTIVE = frozenset(sanction_words()["collective_nouns"]["words"])
ONE_BODY = frozenset(sanction_words()["collective_nouns"]["one_body"])
QUANT_WORDS = (
    "about",
    "over",
    "some",
    "nearly",
    "more",
    "than",
    "at",
    "least",
    "up",
    "to",
    "around",
)


RESTATE_VERBS = frozenset(sanction_words()["restate_verbs"])


@cache
def _place_names() -> frozenset[str]:
    """Countries and their aliases: a target named so is a country ('sanctions on North Korea');
    the states beyond the alias table too ('an arms embargo on South Sudan')."""
    tables = load_data("aliases")
    places = {v.lower() for v in tables["demonyms"].values()}
    places |= {n.lower() for n in sanction_words()["actor_countries"]["names"]}
    return frozenset(tables["aliases"]) | frozenset(tables["demonyms"]) | frozenset(places)


def demonym_plural(head: Token) -> str | None:
    """'500 Americans', 'three Iranians': people named by nationality."""
    left = min([c.i for c in head.lefts if c.dep_ == "compound"] + [head.i])
    low = head.doc[left : head.i + 1].text.lower()  # 'North Koreans'
    demonyms = load_data("aliases")["demonyms"]
    plural = low.endswith("s") and (
        low[:-1] in demonyms or low[:-1] in load_data("aliases")["aliases"]
    )
    if plural and head.text[:1].isupper():
        return "person"
    if head.text[:1].isupper() and low in sanction_words()["demonym_plurals"]["words"]:
        return "person" if head.tag_ in ("NNS", "NNPS") or _counted(head) else None
    return "person" if _counted_demonym(head) else None


def _counted_demonym(head: Token) -> bool:
    """'300 Guatemalans': a counted capitalized plural with a demonym's ending, not in the list."""
    endings = sanction_words()["demonym_plurals"]["endings"]
    text = head.text
    return (
        head.tag_ in ("NNS", "NNPS")
        and text[:1].isupper()
        and text[1:].islower()
        and any(text.endswith(e) for e in endings)
        and any(counting_word(c) for c in head.children)
    )


@cache
def _calendar_words() -> set[str]:
    dates = load_data("dates")
    return {w.capitalize() for w in (*dates["months"], *dates["weekdays"])}


def _model_number(number: Token, head: Token) -> bool:
    """A number after a maker's name on a singular noun ('a Cessna 208 plane') names a model."""
    before = number.doc[number.i - 1] if number.i > 0 else None
    return (
        head.tag_ == "NN"
        and before is not None
        and before.pos_ == "PROPN"
        and before.head == head
        and before.dep_ in ("compound", "nmod")
    )


def label_number(number: Token, head: Token) -> bool:
    """A figure on a singular noun that has an article or owner of its own ('a 2023 harbour ban',
    'its 2019 listing', 'the 2021 order'): the number labels the one thing (a year), counting
    nothing."""
    return (
        number.dep_ == "nummod"
        and number.head == head
        and head.tag_ == "NN"
        and not number.is_alpha
        and any(c.dep_ in ("det", "poss") and c.i < number.i for c in head.children)
    )


def _without_restated_figure(number: Token, head: Token) -> list[str]:
    """The words of a number before its noun without the figure a legal text repeats in
    parentheses after the number in words ('nine (9) officers' -> 'nine'); nothing when the
    figure differs from the words or there is none."""
    doc = head.doc
    words = [t for t in number.subtree if t.i < head.i]
    inner = [
        t
        for t in words
        if t.like_num
        and 0 < t.i < len(doc) - 1
        and doc[t.i - 1].text == "("
        and doc[t.i + 1].text == ")"
    ]
    if len(inner) != 1:
        return []
    drop = {inner[0].i - 1, inner[0].i, inner[0].i + 1}
    spelled = [t.text for t in words if t.i not in drop]
    value = numbers.parse_tokens(spelled)
    figure = numbers.parse_tokens([inner[0].text])
    return spelled if value is not None and value == figure else []


def _count(head: Token) -> tuple[int | None, set[int]]:
    """The number counting a target noun ('two', 'more than 400', 'a') and its tokens."""
    counters = sorted(head.children, key=lambda c: not counting_word(c))  # 'a further 14'
    counters += [  # 'Three Emirati firms' read with the number on the nationality
        n
        for c in head.lefts
        if c.dep_ == "compound" and nationality_of(c.text)
        for n in c.children
        if n.dep_ == "nummod" and n.i < c.i
    ]
    on_modifier = _modifier_number(head)  # 'Forty bank accounts': the number on 'bank'
    counters += [on_modifier] if on_modifier is not None else []
    counters += [  # 'Ban On Six Valley Outfits': the number read as the place name's compound
        n
        for c in head.lefts
        if c.dep_ == "compound" and c.pos_ == "PROPN"
        for n in c.children
        if n.dep_ == "compound" and n.i == c.left_edge.i and counting_word(n)
    ]
    for c in counters:
        if c.dep_ == "nummod" and (_model_number(c, head) or label_number(c, head)):
            continue  # 'a Cessna 208 plane', 'an Airbus A321 jet': the model, not a count
        if counting_word(c) or (c.dep_ == "det" and c.lower_ in ("a", "an", "one")):
            skip = {*QUANT_WORDS, *sanction_words()["count_words"]}  # 'another 32', 'a further 14'
            words = [t.text for t in c.subtree if t.i < head.i and t.lower_ not in skip]
            value = numbers.parse_tokens(words) if counting_word(c) else 1.0
            if value is None and c.dep_ == "nummod":  # 'twelve (12) individuals'
                value = numbers.parse_tokens(_without_restated_figure(c, head))
            if value is not None:
                return int(value), {t.i for t in c.subtree}
    shared = _shared_modifier_count(head)
    if shared is not None:
        return shared
    per = sanction_words()["one_per_place"]
    if head.tag_ == "NNS" and lemma(head) in per["words"]:  # 'the heads of nine camps'
        places = [p for c in head.children if c.lower_ == per["prep"] for p in c.children]
        for p in places:
            for c in p.children:
                if c.dep_ == "nummod" and (value := numbers.parse_tokens([c.text])) is not None:
                    return int(value), {c.i, p.i}
    pairs = sanction_words()["back_reference"]["pairs"]
    pair = [c for c in head.children if c.dep_ in ("det", "predet") and c.lower_ in pairs]
    if pair and head.tag_ == "NNS":
        return 2, {pair[0].i}  # 'both ship owners', when no earlier pair resolves it
    single = head.tag_ == "NN" and head.lower_ not in COLLECTIVE
    body = head.tag_ == "NN" and head.lower_ in ONE_BODY  # 'the group': one organization
    if (single or body) and any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in head.children
    ):
        return 1, set()  # 'the tanker', "the group's leader"
    plural_list = any(  # 'about 300 individuals, vessels and aircraft': one shared count
        c.tag_ == "NNS" or _counted(c) for c in head.conjuncts if c.i < head.i
    )  # not 'manager and three crew members sanctioned': a headline's bare item, then a counted one
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
    if single and bare and not plural_list:
        return 1, set()  # headline style drops the article: 'EU sanctions Belarusian judge'
    return None, set()


def _modifier_number(head: Token) -> Token | None:
    """'three savings accounts', 'Forty savings accounts were frozen': a number the parser hung on the
    noun modifier of a holding (freeze_objects, frozen_property `objects`) at the phrase's left
    edge counts the holdings."""
    table = sanction_words()
    if lemma(head) not in {*table["freeze_objects"], *table["frozen_property"]["objects"]}:
        return None
    verb = head.head
    ordered = any(lemma(c) in table["freeze_context"]["nouns"] for c in verb.children)
    if head.dep_ == "dobj" and lemma(verb) not in table["freeze_verbs"] and not ordered:
        return None  # 'the order covers 14 bank accounts': what an order covers stays a quantity
    return next(
        (
            n
            for c in head.lefts
            if c.dep_ == "compound" and c.pos_ == "NOUN"
            for n in c.children
            if n.dep_ in ("compound", "nummod") and n.i == c.left_edge.i and n.pos_ == "NUM"
        ),
        None,
    )


def _named(head: Token, kind: str | None) -> Target | None:
    """A target given by name ('PDVSA', 'the oil company PDVSA', 'Russia', 'Iran Air')."""
    if not name_like(head) or head.text.rstrip(".") in _calendar_words():
        return None
    if _currency_code(head):
        return None  # 'froze SEK 9 million': money, no one's name
    if lemma(head) in noun_heads() or lemma(head) in sanction_words()["package_nouns"]:
        return None  # "EU'S 9TH PACKAGE" in capitals is the measure, not a named target
    left = _name_left(head)
    name = _name(head)
    if name.lower() in _place_names():
        return Target("other", None, [name], None)
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # 'Kim and Ri, two officers': the apposition hangs on the first
    kinds = [
        _agent_kind(c)  # 'ship managers X': a business; 'X, a trader who ...': a person
        for c in head.children
        if c.lower_ in sanction_kinds() and _describes_name(c) and not _inner_word(c)
    ] + [
        sanction_kinds()[c.lower_]
        for c in first.children
        if first != head and c.lower_ in sanction_kinds() and c.dep_ == "appos"
    ]
    kinds += _described_as(head)
    if _kin_named(head) or (kinds and _trade_of_person(head)):
        kind, kinds = "person", []  # 'his aide X'; 'X, a fuel broker, and her son Y'
    apposed = _apposed_of(head)
    kinds = (["vessel"] if _flagged(head) else []) + kinds + ([apposed] if apposed else [])
    if ORG_SUFFIX.search(name) or firm_tail(head) is not None or _legal_form(name):
        kind = "organization"
    elif (
        name.isupper()
        and len(name) > 4
        and (" " in name or head.doc[left - 1].lower_ in SHIP_WORDS)
    ):
        kind = kind or "vessel"  # ship names are written in capitals (the ALTAIR SPIRIT)
    if not kind and not kinds and head.dep_ == "dobj":
        kind = listed_as(head.head)  # 'listed the Vostok militia as a terrorist entity'
    if not kind and not kinds and _person_name(head):
        kind = "person"
    if not kind and not kinds:
        kind = story_kind(head)  # 'the tanker Amber Heron' before, now 'the Amber Heron'
    if not kind and not kinds and _aircraft_model(head):
        kind = "aircraft"  # 'two Airbus A330s', 'an Ilyushin Il-76'
    guessed = not kind and not kinds  # nothing says what the name names
    kind = kind or (kinds[0] if kinds else "organization")
    return Target(kind, _models_counted(head) or 1, [name], None, guessed)


def _legal_form(name: str) -> bool:
    """A name that ends in a legal form written with periods ('Kras Promet d.o.o.',
    sanctions.json `legal_forms`)."""
    words = name.lower().split()
    return bool(words) and words[-1] in sanction_words()["legal_forms"]["words"]


def _kin_named(name: Token) -> bool:
    """'his partner X', 'their associate Y': a name set beside a noun that a person's
    possessive owns names a person (a relation of people), when the noun has no kind of its
    own ('its parent X' stays a firm's)."""
    owners = set(sanction_words()["person_names"]["kin_owners"])
    noun = name.head
    return (
        name.dep_ == "appos"
        and noun.pos_ == "NOUN"
        and noun.lower_ not in sanction_kinds()
        and any(c.dep_ == "poss" and c.lower_ in owners for c in noun.children)
    )


def _trade_of_person(name: Token) -> bool:
    """'X, a grain broker, and her nephew Y': a name described by an agent noun of
    trade (a firm's by default) is a person's when the list goes on with someone a person's
    possessive owns (the next conjunct, or the next apposition the parser hung on the name)."""
    trades = set(sanction_words()["agent_people"]["words"])
    described = [c for c in name.children if c.dep_ == "appos" and c.lower_ in trades]
    if not described or ORG_SUFFIX.search(_name(name)):
        return False
    owners = set(sanction_words()["person_names"]["owners"])
    owned = [
        a
        for a in name.children
        if a.dep_ == "appos"
        and a.i > described[0].i
        and any(c.dep_ == "poss" and c.lower_ in owners for c in a.children)
    ]
    return bool(owned) or _owner_of_next(name)


def _person_described(word: Token) -> bool:
    """A word that only says who a named person is: the agent noun of trade that describes a
    person's name ('X, a coal trader, and his brother'), or the noun (or a word of it) that a
    name stands beside as kin ('their business partner Y')."""
    trades = set(sanction_words()["agent_people"]["words"])
    if word.dep_ == "appos" and word.lower_ in trades and name_like(word.head):
        return _trade_of_person(word.head)
    noun = word.head if word.dep_ == "compound" else word
    return any(n.dep_ == "appos" and name_like(n) and _kin_named(n) for n in noun.children)


def _described_as(head: Token) -> list[str]:
    """The kind of the role a description gives a name ('X, described as the gang's financier':
    a person)."""
    words = sanction_words()["description_participles"]
    return [
        sanction_kinds()[p.lower_]
        for acl in head.children
        if acl.dep_ == "acl" and lemma(acl) in words["words"]
        for prep in acl.children
        if prep.lower_ == words["as"]
        for p in prep.children
        if p.dep_ == "pobj" and p.lower_ in sanction_kinds()
    ]


def _flagged(name: Token) -> bool:
    """'the Togo-flagged Sea Falcon', 'Sea Falcon (Togo flag, built 2001)': a modifier or a
    bracketed apposition of the flag a ship flies makes the name a vessel's, though no ship word
    stands beside it."""
    words = sanction_words()["flag_modifiers"]["words"]
    if any(c.dep_ in ("amod", "compound") and lemma(c) in words for c in name.children):
        return True
    doc = name.doc  # the bracket read by position: the parser may hang its words anywhere
    if name.i + 1 >= len(doc) or doc[name.i + 1].text != "(":
        return False
    for tok in doc[name.i + 2 : min(name.i + 6, len(doc))]:
        if tok.text in (",", ")", ";"):
            return False
        if tok.lower_ in words or lemma(tok) in words:
            return True
    return False


def _apposed_of(name: Token) -> str | None:
    """'the listing of the Sea Falcon, a tanker seized in May': the kind of the word of a
    description right after a name, read by position, since the parser often hangs it on the
    noun before 'of' or on the verb."""
    doc = name.doc
    articles = sanction_words()["description_articles"]["words"]
    at = name.i + 1
    if at + 1 >= name.sent.end or doc[at].text != "," or doc[at + 1].lower_ not in articles:
        return None
    word = doc[at + 1].head
    if word.i <= at + 1 or word.i > at + 4 or word.lower_ not in sanction_kinds():
        return None
    return str(sanction_kinds()[word.lower_])


def _agent_kind(word: Token) -> str:
    """The kind a target word beside a name gives it: a business for a ship's role, a person
    for an agent noun a 'who' clause describes, else the word's own kind."""
    if _agent_people(word):
        return "person"
    return _business(word) or sanction_kinds()[word.lower_]


def _kin_kinds(found: list[tuple[Token, Target]]) -> None:
    """A name nothing describes takes the kind of the names it is coordinated with ('the judge
    X and Y', 'X and Y' after 'the banker X'): a list of names is of one kind; a title marks
    only its own name ('Mr. X and Y Holdings')."""
    known = {h.i: t.kind for h, t in found if t.names and not t.guessed and not _titled(h)}
    for head, target in found:
        if not (target.guessed and target.names):
            continue
        kinds = {known[c.i] for c in head.conjuncts if c.i in known}
        if len(kinds) == 1:
            target.kind = kinds.pop()
            target.guessed = False


def _aircraft_model(head: Token) -> bool:
    """A model designation with a digit after an aircraft maker's name ('Airbus A330s')."""
    makers = set(sanction_words()["aircraft_cues"]["cues"])
    return any(ch.isdigit() for ch in head.text) and any(
        c.dep_ == "compound" and c.lower_ in makers for c in head.children
    )


def _models_counted(head: Token) -> int | None:
    """'four Airbus A320s', 'two Boeing 777-200s': a number before a plural model name counts
    that many of the model."""
    plural = head.tag_ == "NNPS" or head.text.endswith("s")
    if not plural or not name_like(head) or not head.text[:1].isalnum():
        return None
    for c in head.children:
        if c.dep_ == "nummod" and c.i < head.i and c.like_num and not _model_number(c, head):
            value = numbers.parse_tokens([c.text])
            return int(value) if value is not None and value > 1 else None
    return None


def _inner_word(tok: Token) -> bool:
    """A capitalized target word inside a name, after a proper noun of it ('Coromandel Vessel
    Services', 'Baltic Tanker Management'): a word of the name, no kind of its own."""
    return (
        tok.dep_ == "compound"
        and tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and not tok.is_upper
        and tok.i > 0
        and tok.doc[tok.i - 1].pos_ == "PROPN"
        and tok.doc[tok.i - 1].head in (tok, tok.head)
    )


def _person_name(head: Token) -> bool:
    """A name read as a person's: a 'who' clause on it, or a surname the story gave before to a
    name with a person word ('the broker Ali Karimi, ...' then 'Karimi')."""
    if _who_clause(head) or _titled(head) or _born_after(head):
        return True
    kept = head.dep_ in ("dobj", "nsubjpass") and _kept_out(head.head)
    if kept and not _kept_from_ship_places(head.head):
        return True  # 'barred Ana Ruiz from entering the country': only people travel
    return (head.i > 0 and head.text in _person_surnames(head.doc)) or _owner_of_next(head)


def _who_clause(head: Token) -> bool:
    """A name a 'who' clause describes ('X, who ran the route'): a person's."""
    relatives = set(sanction_words()["person_names"]["relatives"])
    return any(c.dep_ == "relcl" and c.left_edge.lower_ in relatives for c in head.children)


def _titled(head: Token) -> bool:
    """'Mr. Khamla', 'Gen. Ali Reza', 'Sheikh Omar': a courtesy or rank title opens the name."""
    words = [c for c in head.lefts if c.dep_ == "compound"]
    words += [g for c in words for g in c.lefts if g.dep_ == "compound"]  # 'Major' on 'Arsen'
    return any(c.lower_.rstrip(".") in _titles() for c in words)


@cache
def _titles() -> frozenset[str]:
    return frozenset(sanction_words()["person_names"]["titles"])


def _owner_of_next(head: Token, owners: set[str] | None = None) -> bool:
    """'Ali Karimi and his company', 'X and three of her aides': the next conjunct is owned by
    'his' or 'her' (or by one of `owners`), so the one before it is a person (their owner)."""
    owners = owners or set(sanction_words()["person_names"]["owners"])
    later = [c for c in head.conjuncts if c.i > head.i][:1]
    if not later:  # 'an operator, Ali Karimi, and his company': the next one hangs on the name
        later = [c for a in head.children if a.dep_ == "appos" for c in a.conjuncts][:1]
    if not later and head.dep_ in ("nsubj", "nsubjpass"):  # two subjects the parser split
        later = [c for c in head.head.children if c.dep_ == head.dep_ and c.i > head.i][:1]
    owned = [
        p
        for c in later
        for p in (
            c,
            *[o for prep in c.children if prep.lower_ == _of_word() for o in prep.children],
        )
    ]
    return any(o.dep_ == "poss" and o.lower_ in owners for p in owned for o in p.children)


#: The article's paragraphs read so far: its named people carry over (claims.extract.story).
_STORY = Story()
SURNAMES_KEY = "claims.sanction_surnames"


def note_story(doc: Doc) -> None:
    """Put `doc` on its article's story before its targets are read (the finder calls it first,
    so a paragraph with no target still hands its named people on)."""
    _STORY.note(doc)


def told_surname(tok: Token) -> bool:
    """A capitalised word the story gave before as a person's surname ('the trainer Ana Ruiz,
    ...' then 'Ruiz was banned'), whatever the tagger made of it here."""
    return tok.text[:1].isupper() and tok.text in _person_surnames(tok.doc)


def _person_surnames(doc: Doc) -> frozenset[str]:
    """Last words of names that stand beside a person word ('the gang boss Ali Karimi',
    'two aides, Omar Haddad and ...'): the story's named people, in this Doc and the story's
    Docs before it."""
    return frozenset(key for kind, key in _story_names(doc) if kind == "person")


def _story_names(doc: Doc) -> frozenset[tuple[str, str]]:
    """_surnames of this Doc and of the story's Docs before it."""
    found: set[tuple[str, str]] = set()
    for d in _STORY.upto(doc):
        known = d.user_data.get(SURNAMES_KEY)
        if known is None:
            known = d.user_data[SURNAMES_KEY] = _surnames(d)
        found |= known
    return frozenset(found)


def _surnames(doc: Doc) -> frozenset[tuple[str, str]]:
    """(kind, key) of the names the Doc gives beside a target word: a person's surname ('the
    gang boss Ali Karimi': Karimi), a vessel's whole name ('the tanker Amber Heron')."""
    kinds = sanction_kinds()
    found: set[tuple[str, str]] = set()
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound":
            continue
        first = tok
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        beside = [c for c in tok.children if _describes_name(c)]
        if first.dep_ == "appos":
            beside.append(first.head)
        before = doc[first.left_edge.i - 2] if first.left_edge.i > 1 else None
        if before is not None and apposed_after(before, first):  # 'two aides, X and Y, were'
            beside.append(before)
        said = {kinds[t.lower_] for t in beside if t.lower_ in kinds}
        own = {kinds[t.lower_] for t in beside if t.lower_ in kinds and not _inner_word(t)}
        if "person" in said:
            found.add(("person", tok.text))
        elif own == {"vessel"}:  # not 'Malabar Vessel Services': a word of the name
            found.add(("vessel", _name(tok)))
        elif not said and (_flagged(tok) or _apposed_of(tok) == "vessel"):
            found.add(("vessel", _name(tok)))  # 'the Togo-flagged Sea Falcon'
    return frozenset(found)


def story_kind(head: Token) -> str | None:
    """The kind a vessel's name had where the story gave it beside a vessel word ('the tanker
    Amber Heron', 'four vessels - the Amber Heron, ...'), for a later bare 'the Amber Heron'."""
    name = _name(head)
    return "vessel" if ("vessel", name) in _story_names(head.doc) else None


def _describes_name(word: Token) -> bool:
    """A word before or beside a name that says what it names: a compound or an apposition
    ('the broker X', 'X, a trader'), or a lower-case modifier the tagger read as an adjective
    ('Latvian national X', "his brother-in-law X")."""
    return word.dep_ in ("compound", "appos") or (word.dep_ in ("amod", "nmod") and word.is_lower)


def _name_part(tok: Token) -> bool:
    """A word before a name's head that belongs to it: a proper noun, or a word in capitals the
    tagger read otherwise ('the SILVER DAWN')."""
    capitals = tok.is_alpha and tok.is_upper and len(tok) > 1
    return (tok.dep_ == "compound" and tok.pos_ == "PROPN") or (
        tok.dep_ in ("compound", "amod") and capitals and tok.head.is_upper
    )


def name_like(tok: Token) -> bool:
    """A proper noun, or a word in capitals the tagger took for a common noun (ship names are
    written so: 'the VALDAI'); short acronyms ('LNG') are not names, nor a sum glued to its
    currency letters ('R3bn')."""
    if _glued_sum(tok):
        return False
    return tok.pos_ == "PROPN" or (tok.is_alpha and tok.is_upper and len(tok) >= 4)


def _shared_modifier_count(head: Token) -> tuple[int, set[int]] | None:
    """'four police and customs officers': the parser joins a modifier noun before the 'and' to
    the counted head and hangs the number on it; a plural target word with no determiner of
    its own shares that number when the first conjunct is no target word itself."""
    first = head.head
    if head.dep_ != "conj" or head.tag_ != "NNS" or first.lower_ in sanction_kinds():
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return None
    if not any(c.dep_ == "cc" for c in first.children):
        return None  # 'four commanders, judges ...': a comma list counts each item alone
    for c in first.children:
        if c.dep_ == "nummod" and c.i < first.i:
            value = numbers.parse_tokens([t.text for t in c.subtree if t.i < first.i])
            if value is not None:
                return int(value), {t.i for t in c.subtree}
    return None


def target_of(head: Token, kind_hint: str | None = None) -> tuple[Target, set[int]] | None:
    """The target group a noun stands for, with the tokens of its count."""
    if (
        head.i > 0
        and _legal_form(head.text)
        and name_like(head.doc[head.i - 1])
        and not any(_name_part(t) for t in head.lefts)
    ):
        return None  # 'Vltava Trans s.r.o.': the end of the name before, no target of its own
    if head.pos_ == "PRON" and head.lower_ in sanction_words()["person_pronouns"]:
        return Target("person", 1), {head.i}  # 'She was taken off the list'
    listed = _listed_target(head)
    if listed is not None:  # an item of a list of holdings (holdings_list)
        return listed
    if head.i in head.doc.user_data.get(LISTED_SPAN_KEY, ()):
        return None  # 'accounts at six banks, ...': a place or an owner of a listed item
    if head.tag_ == "VBG" and head.pos_ == "VERB" and head.lower_ in sanction_kinds():
        return None  # '... froze nine accounts holding about $2 million': a verb, no holding
    owner = property_owner(head)
    if owner is not None:  # "a freeze on a clerk's cottage": the owner's loss
        got = target_of(owner, kind_hint)
        return (got[0], got[1] | {head.i}) if got is not None else None
    part = _partitive(head)
    if part is not None:
        return part
    shared = _counted_adjective(head)
    if shared is not None:
        return shared
    bare = _bare_number(head)
    if bare is not None:  # 'Britain designates seven more'; 'kept twelve from entering': people
        return Target("person" if _kept_out(head.head) else "other", bare), {head.i}
    if _owner_pronoun(head):
        return Target("person", 1), {head.i}  # 'froze his assets': the one person who owns them
    others = _counted_others(head, kind_hint)
    if others is not None:  # 'listed the general and six others': six more of his kind
        return others
    if owned_holdings(head):
        return None  # 'froze their funds': what the targets own, no fund as a target
    members = _counted_members(head)
    if members is not None:
        return target_of(members, kind_hint)  # 'a ring of 7 trading houses': the houses
    ships = _named_ships(head)
    if ships is not None:
        return ships
    holding = _joined_modifier_holding(head)
    if holding is not None:  # '90 bank and pension accounts': the accounts, not the banks
        count, tokens = _count(head)
        return Target("other", count), tokens | {head.i, holding.i}
    kind = _business(head) or _trading_person(head)
    kind = kind or sanction_kinds().get(head.lower_) or demonym_plural(head)
    if sanction_kinds().get(head.lower_) and _proper_name(head):
        named = _named(head, kind)  # 'Volga Credit Bank': a name that ends in a target word
        return (named, {head.i}) if named is not None else None
    if lemma(head) in sanction_words()["aircraft_cues"]["words"] and _airborne(head):
        kind = "aircraft"
    counted = any(c.dep_ == "nummod" for c in head.children) or _modifier_number(head) is not None
    property_ = sanction_words()["frozen_property"]["objects"]
    if kind is None and counted and lemma(head) in sanction_words()["freeze_objects"]:
        kind = "other"  # '17 bank accounts' frozen: the accounts, not the banks
    owning = sanction_words()["freeze_context"]["holder_verbs"]
    owned = any(a.dep_ == "acl" and lemma(a) in owning for a in head.children)
    if kind is None and counted and lemma(head) in property_ and not owned:
        kind = "other"  # '12 tanker lorries' frozen: the lorries, not ships (nor their owner's)
    if kind is None and counted and _suspended_count(head):
        kind = "other"  # '41 transactions' suspended: the transactions
    if kind is None:
        compound = [
            sanction_kinds()[c.lower_]
            for c in head.children
            if c.dep_ == "compound" and c.lower_ in sanction_kinds()
        ]
        counts = [c for c in head.children if c.dep_ == "nummod" and not label_number(c, head)]
        kind = compound[0] if compound and counts else None
    if kind is None and _counted_companion(head):
        kind = "other"  # 'nine settlers and three outposts': a counted group of its own
    if kind in (None, "organization") and _listed_holding(head):
        kind = "other"  # '12 accounts, five vans and a bakery': each item of the list counted
    if kind in (None, "organization") and _property_beside_holdings(head):
        kind = "other"  # 'a chalet and two boats', 'a cabin, four lorries and 9 accounts'
    if kind is None:
        named = _named(head, kind_hint)
        return (named, {head.i}) if named is not None else None
    count, tokens = _count(head)
    mods = [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound", "nmod")]
    nationality = next(
        (n for m in mods if (n := nationality_of(head.doc[m.left_edge.i : m.i + 1].text))), None
    )
    appos = [c for c in head.children if c.dep_ == "appos" and name_like(c)]
    if head.tag_ != "NN":  # 'its chairman X and the lessor Y': one chairman, Y a target apart
        appos += [c for tok in appos for c in tok.conjuncts if name_like(c)]
    appos = [c for c in appos if _models_counted(c) is None]  # '..., four Airbus A320s': a group
    if not appos:
        appos = _named_as(head)
    names = [_name(tok) for tok in sorted(set(appos), key=lambda t: t.i)]
    if count is None and names:
        count = len(names)
    if kind == "vessel" and _airline(head, names):
        kind = "organization"  # 'the national carrier Syrian Air'
    roles = sanction_words()["business_compounds"]["roles"]
    single = kind == "organization" and head.tag_ == "NN"
    if ((names and head.lower_ in roles) or single) and _owner_of_next(head):
        kind = "person"  # 'a ship broker, Ali Karimi, and his firm', 'a dealer and her firms'
    if kind == "organization" and (_agent_people(head) or _national_agents(head)):
        kind = "person"  # 'developers who wrote the code', 'two Kenyan brokers'
    if kind == "organization" and appos and all(_titled(c) for c in appos):
        kind = "person"  # 'a freight importer, Ms X': a titled name is a person's
    if kind == "organization" and appos and all(_who_clause(c) for c in appos):
        kind = "person"  # 'a haulage operator, X, who ...': a 'who' clause on the name
    return Target(kind, count, names, nationality), tokens | {head.i}


def amount_holdings(verb: Token) -> list[Token]:
    """'blocked some R3.4 billion in holdings', 'froze S$9 million in two deposit accounts': a sum as
    the object of a freeze, held in words of what is frozen (freeze_context `holdings`, through
    the preposition `amount_prep` on the sum or the verb); those holdings are what is frozen."""
    table = sanction_words()["freeze_context"]
    acted = any(c.dep_ == "agent" for c in verb.children)  # not 'is still frozen abroad'
    sums = [  # '$5 million', '40 million soles': a number, or a noun it counts
        c
        for c in [*verb.children, *_bound_objects(verb)]
        if (c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and acted) or c.dep_ == "pobj")
        and (c.tag_ == "CD" or any(n.dep_ == "nummod" for n in c.children) or _glued_sum(c))
    ]
    if not sums:
        return []
    scaled = [n for s in sums for n in s.children if n.dep_ == "nummod"]  # 'R3.1 billion in'
    scaled += [  # '$4 million held in 30 accounts': the participle of owning carries the place
        a for s in sums for a in s.children if a.dep_ == "acl" and lemma(a) in table["holder_verbs"]
    ]
    held = [
        p
        for h in (verb, *sums, *scaled)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == table["amount_prep"]
        for p in c.children
        if p.dep_ == "pobj"
    ]
    held += [  # 'froze B2.1bn of assets held by four firms': a sum 'of' holdings whose holders
        p  # a participle of owning names (not 'CHF 7bn of Russian assets' banks hold)
        for s in sums
        for c in s.children
        if c.dep_ == "prep" and c.lower_ == table["amount_part"]
        for p in c.children
        if p.dep_ == "pobj"
        and any(a.dep_ == "acl" and lemma(a) in table["holder_verbs"] for a in p.children)
    ]
    held += [c for p in held for c in p.conjuncts]  # 'in deposits, properties and vessels'
    return [p for p in held if lemma(p) in table["holdings"]]


def _currency_code(tok: Token) -> bool:
    """'SEK 9 million', 'NOK 40 billion': a currency's letters before a number (units.json
    `prefix_codes`) name money, no target."""
    doc = tok.doc
    return (
        tok.lower_ in load_data("units")["prefix_codes"]
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].like_num
    )


def _glued_sum(tok: Token) -> bool:
    """'N18.2bn', 'R3bn': a sum the tokenizer left glued to its currency letters and scale is one
    word the parser reads as a noun (or a name), with no number of its own beside it."""
    glued = numbers.split_glued(tok.text)
    return glued is not None and bool(glued.prefix) and numbers.is_scale(glued.suffix)


def direct_objects(verb: Token) -> list[Token]:
    """The verb's direct objects, with those the parser hung on a one-word bound before them
    ('froze about EUR 9 million': 'million'), and the noun a verb read as its modifier acts on."""
    misread = modifier_object(verb)
    found = [c for c in verb.children if c.dep_ == "dobj"] + _bound_objects(verb)
    return [*found, misread] if misread is not None else found


def _bound_objects(verb: Token) -> list[Token]:
    """'froze about P9 billion in assets': the parser may read a one-word bound before a sum
    (claims/data/bounds.json `before`) as the verb's preposition; its object is the verb's."""
    bounds = {w for w in load_data("bounds")["before"] if " " not in w}
    return [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in bounds
        for p in c.children
        if p.dep_ == "pobj"
    ]


def counted_holdings(verb: Token) -> list[Token]:
    """'froze $4 million in 30 accounts': holdings a frozen sum is held in, counted, are what the
    freeze falls on, a group of their own; uncounted ('in assets') they name no group."""
    return [
        h
        for h in amount_holdings(verb)
        if any(c.dep_ == "nummod" and c.like_num for c in h.children)
    ]


def amount_holders(verb: Token) -> list[Token]:
    """'froze P2 billion in deposits and vessels belonging to 14 people': the target group a
    participle of owning (freeze_context `holder_verbs`) gives the holdings of a frozen sum."""
    table = sanction_words()["freeze_context"]
    held = amount_holdings(verb)
    owning = [c for h in held for c in h.children if c.dep_ == "acl"]
    owning += [c for c in verb.children if c.dep_ == "advcl"] if held else []  # hung on the verb
    owners = [  # "blocked $2 million in a trader's accounts": the owner named before them
        c
        for h in held
        for c in h.children
        if c.dep_ == "poss" and c.tag_ != "PRP$" and (is_target_word(c) or name_like(c))
    ]
    return owners + [
        p
        for c in owning
        if lemma(c) in table["holder_verbs"]
        for prep in c.children
        if prep.dep_ in ("prep", "agent")
        for p in prep.children
        if p.dep_ == "pobj" and is_target_word(p)
    ]


def property_owner(head: Token) -> Token | None:
    """The owner of property frozen or released whole (sanctions.json `frozen_property`), named
    by a target word or a name: its possessive ("a clerk's cottage"), its 'of' phrase ('the
    farm of her uncle') or a participle or relative clause of owning ('three flats owned by her
    brother', 'a hotel that belongs to his nephew'); None when the property names no owner."""
    table = sanction_words()
    owning = table["freeze_context"]
    owned = [c for c in head.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    if lemma(head) in owning["holdings"]:  # "froze the firm's accounts": the firm
        named = [c for c in owned if is_target_word(c) or name_like(c)]
        return named[0] if named else None
    if (
        lemma(head) not in table["frozen_property"]["objects"]
        and lemma(head) not in (table["frozen_property"]["owned_places"])
    ):
        return None
    found = owned
    found += [p for c in head.children if c.lower_ == _of_word() for p in c.children]
    found += [
        p
        for a in (*head.children, *_place_participles(head))
        if a.dep_ in ("acl", "relcl") and lemma(a) in owning["holder_verbs"]
        for prep in a.children
        if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ in owning["holder_preps"])
        for p in prep.children
    ]
    owners = [
        o
        for o in found
        if o.dep_ in ("poss", "pobj") and (o.lower_ in sanction_kinds() or o.pos_ == "PROPN")
    ]
    return owners[0] if owners else None


def _place_participles(head: Token) -> list[Token]:
    """'a flat in <town> owned by X': the participles the parser hangs on the place a property
    lies in (sanctions.json `frozen_property` `place_preps`) rather than on the property."""
    preps = sanction_words()["frozen_property"]["place_preps"]
    return [
        a
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
        for a in p.children
        if a.dep_ in ("acl", "relcl")
    ]


def counted_over_owner(holding: Token) -> bool:
    """'froze two accounts of one of the brokers', '31 accounts of money-mule recruiters':
    counted holdings (sanctions.json `freeze_objects`) whose 'of' phrase gives only 'one of' a
    group told before (freeze_context `told_partitives`) or a bare plural are the claim's group
    themselves, kind other, counted; any other owner, a name ('two accounts of X Ltd'), a
    definite noun ('of the firm'), one counted ('of six traders') or with an indefinite
    article ('of a courier firm'), is the target in their place (round 41: the convention of
    most dev sets' gold, and of all the later ones)."""
    table = sanction_words()
    if lemma(holding) not in table["freeze_objects"]:
        return False
    if not any(c.dep_ == "nummod" and c.like_num for c in holding.children):
        return False
    owners = of_objects(holding)
    owners += [c for p in owners for c in p.conjuncts]
    owners = [p for p in owners if is_target_word(p) or name_like(p) or p.pos_ == "NUM"]
    told = sanction_words()["freeze_context"]["told_partitives"]
    return bool(owners) and all(
        (p.pos_ == "NUM" and p.lower_ in told) or _bare_plural(p) for p in owners
    )


def _bare_plural(owner: Token) -> bool:
    """'accounts of money-mule recruiters': a plural common noun with no determiner, owner or
    number, a kind of holder rather than a group the text counts or names."""
    return (
        owner.pos_ == "NOUN"
        and owner.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in owner.children)
    )


def holdings_owners(held: list[Token]) -> list[Token]:
    """Whose holdings (sanctions.json `freeze_objects`) are named by an 'of' phrase on them or on
    a holding coordinated with them ('the accounts of six traders', 'funds and assets of two
    firms'): the owners, the targets in place of the holdings; none when no owner is named."""
    holdings = set(sanction_words()["freeze_objects"])
    return [
        p for h in held for x in (h, *h.conjuncts) if lemma(x) in holdings for p in of_objects(x)
    ]


def property_owners(verb: Token, heads: list[Token]) -> list[Token]:
    """'froze a villa and two cars owned by the mayor', 'froze three boats belonging to a
    trader': property frozen whole (sanctions.json `frozen_property`) whose owner a participle of
    owning (freeze_context `holder_verbs`) names is the owner's loss; the owner is the target in
    place of the property. The heads unchanged when no owner is named."""
    table = sanction_words()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [j for o in objects for j in o.conjuncts]
    kinds = table["frozen_craft"]["kinds"]
    held = [
        o
        for o in objects
        if lemma(o) in table["frozen_property"]["objects"]
        or sanction_kinds().get(o.lower_) in kinds
    ]
    owning = [c for o in held for c in o.children if c.dep_ == "acl"]
    owning += [c for c in verb.children if c.dep_ == "advcl"] if held else []  # hung on the verb
    owners = [
        p
        for c in owning
        if lemma(c) in table["freeze_context"]["holder_verbs"]
        for prep in c.children
        if prep.dep_ in ("prep", "agent")
        for p in prep.children
        if p.dep_ == "pobj" and (is_target_word(p) or p.pos_ in ("PROPN", "NUM"))
    ]
    if not owners:
        return heads
    return [h for h in heads if h not in objects] + [p for p in owners if p not in heads]


def _stopped_dealings(verb: Token) -> list[Token]:
    """The direct objects of a verb of suspending (sanctions.json `suspended_dealings`) that are
    dealings or holdings ('suspended transactions', 'suspended 40 accounts'); none for others."""
    table = sanction_words()
    suspending = table["suspended_dealings"]
    if lemma(verb) not in suspending["verbs"]:
        return []
    stopped = set(table["dealings"]) | set(table["freeze_objects"]) | set(suspending["objects"])
    late = object_past_adjunct(verb)  # 'suspended for a month the next 19 accounts'
    objects = [c for c in verb.children if c.dep_ == "dobj"] + ([late] if late is not None else [])
    return [c for c in objects if lemma(c) in stopped]


def _suspended_count(head: Token) -> bool:
    """'suspended 41 transactions': counted dealings a state suspends are the targets, kind
    other."""
    return head.dep_ == "dobj" and head in _stopped_dealings(head.head)


def suspended_parties(verb: Token, heads: list[Token]) -> list[Token]:
    """'suspended transactions of three payment firms', 'suspended payments by two dealers':
    whose dealings a state suspends (after one of `suspended_dealings` preps) are the targets in
    place of the dealings. The heads unchanged when no party is named."""
    stopped = _stopped_dealings(verb)
    preps = sanction_words()["suspended_dealings"]["preps"]
    parties = [
        p
        for o in stopped
        for c in o.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj" and is_target_word(p)
    ]
    if not parties:
        return heads
    return [h for h in heads if h not in stopped] + [p for p in parties if p not in heads]


def owned_holdings(head: Token) -> bool:
    """'their funds', 'her holdings': a word of what is frozen, owned by a pronoun, names the
    holdings of targets named before, never a fund or a holding company."""
    return lemma(head) in sanction_words()["freeze_objects"] and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children
    )


def _bare_number(head: Token) -> int | None:
    """'designates seven more': a number as the action's object that counts no noun (at most
    'more' after it); the story's claims that count as many may tell its kind."""
    table = sanction_words()["bare_counts"]
    if head.pos_ != "NUM" or head.dep_ not in ("dobj", "nsubjpass"):  # 'Two were designated'
        return None
    if any(c.lower_ not in table["more"] for c in head.children):
        return None
    return bare_count(head.text)


def _more_counts(head: Token, counted: set[int]) -> list[tuple[Token, int]]:
    """'two Iranian and four Emirati companies', 'six Russian and two Belarusian officials':
    numbers before a counted target word, each on a nationality of its own, beside the one
    that counts it."""
    numbers_ = [c for c in head.lefts if c.dep_ == "nummod" and c.i not in counted]
    numbers_ += [n for c in head.lefts if c.dep_ == "amod" for n in c.children if n.dep_ == "conj"]
    out: list[tuple[Token, int]] = []
    for n in numbers_:
        value = numbers.parse_tokens([n.text]) if n.like_num else None
        after = head.doc[n.i + 1]
        if value is not None and after.i < head.i and nationality_of(after.text):
            out.append((n, int(value)))
    return out


def _counted_adjective(head: Token) -> tuple[Target, set[int]] | None:
    """'Three Serbian and five Greek nationals': a counted adjective coordinated with a
    counted target word shares that word; a group of its kind, of the adjective's country."""
    if head.pos_ != "ADJ":
        return None
    count = next((c for c in head.children if c.dep_ == "nummod" and c.like_num), None)
    nouns = [c for c in head.conjuncts if c.i > head.i and c.pos_ == "NOUN"]
    kind = sanction_kinds().get(nouns[0].lower_) if nouns else None
    value = numbers.parse_tokens([count.text]) if count is not None else None
    if kind is None or value is None or count is None:
        return None
    return Target(kind, int(value), [], nationality_of(head.text)), {count.i, head.i}


def _counted_others(head: Token, kind_hint: str | None) -> tuple[Target, set[int]] | None:
    """'designated the mayor and four others', 'a firm, its owner and two others': a counted
    noun of the rest (back_reference `remainders` `nouns`) joined after a target counts that
    many more of the first item's kind."""
    nouns = sanction_words()["back_reference"]["remainders"]["nouns"]
    if head.lower_ not in nouns or head.dep_ != "conj":
        return None
    number = next((c for c in head.children if c.dep_ == "nummod" and c.like_num), None)
    value = numbers.parse_tokens([number.text]) if number is not None else None
    first = _first_conjunct(head)
    if number is None or value is None or first == head or first.lower_ in nouns:
        return None
    got = target_of(first, kind_hint)
    if got is None or place_only(got[0]):
        return None
    return Target(got[0].kind, int(value)), {number.i, head.i}


def _stray_holdings(trigger: Token, action: Token, heads: list[Token]) -> list[Token]:
    """'froze nine flats and 14 bank accounts', 'ordered the freezing of 20 plots and six
    accounts': a counted holding (freeze_objects, frozen_property `objects`) after the first
    target that the parser hung on the freezing verb or noun as a conjunct, clause or apposition
    is one more item of the list frozen."""
    table = sanction_words()
    freezing = lemma(action) in table["freeze_verbs"]
    freezing = freezing or lemma(trigger) in table["freeze_context"]["nouns"]
    if not freezing or not heads:
        return []
    holdings = {*table["freeze_objects"], *table["frozen_property"]["objects"]}
    first = min(h.i for h in heads)
    return [
        c
        for h in dict.fromkeys((action, trigger))
        for c in h.children
        if c.dep_ in ("conj", "ccomp", "appos")
        and c.pos_ == "NOUN"
        and c.i > first
        and lemma(c) in holdings
        and (_counted(c) or _modifier_number(c) is not None)
    ]


def _declared_in_a_clause(action: Token) -> list[Token]:
    """'declared two men specified persons', 'declares four firms banned entities', 'declared
    six men inadmissible': a verb of declaring (declared_outlaws, outlawing_declarations, entry_denial `kept_out` verbs) whose
    object and category the parser read as a clause of their own, the category's participle as
    its verb (or the standing as its adjective): that clause's subject is whom the declaring puts
    in the category."""
    table = sanction_words()
    verbs = {
        *table["declared_outlaws"]["verbs"],
        *table["outlawing_declarations"]["verbs"],
        *table["entry_denial"]["kept_out"]["verbs"],
    }
    if lemma(action) not in verbs:
        return []
    standings = table["entry_denial"]["kept_out"]["adjectives"]  # 'declared two men inadmissible'
    kept = table["entry_denial"]["kept_out"]["nouns"]
    stood = [  # a headline's 'Six sailors declared prohibited immigrants' read as active
        o
        for o in action.children
        if o.dep_ == "dobj"
        and any(c.lower_ in kept.get(lemma(o), []) and c.i < o.i for c in o.children)
    ]
    if stood and not any(c.dep_ in ("aux", "auxpass") for c in action.children):
        return [
            _counted_modifier(_antecedent(c))
            for c in action.children
            if c.dep_ == "nsubj"
            and c.i < action.i
            and c.tag_ in ("NNS", "NNPS")  # 'Six sailors', not 'the minister'
            and is_target_word(c)
            and lemma(c) not in acting_bodies()
        ]
    if any(c.dep_ == "dobj" for c in action.children):
        return []
    return [
        _counted_modifier(_antecedent(s))
        for c in action.children
        if c.dep_ == "ccomp"
        and c.i > action.i
        and (any(o.dep_ == "dobj" for o in c.children) or lemma(c) in standings)
        for s in c.children
        if s.dep_ == "nsubj" and s.i < c.i and s.pos_ != "PRON"
    ]


def standing_holders(trigger: Token) -> list[Token]:
    """'declared four traders prohibited immigrants', 'two men were declared prohibited
    immigrants', 'was declared inadmissible to Chile': whom a standing of one kept out
    (entry_denial `kept_out` `nouns`, or its `adjectives` completing a verb) is said of: the object or passive subject of the verb that says it (the subject of a copula), or
    the subject the parser gave the noun's modifier when it read the modifier as a verb."""
    kept = sanction_words()["entry_denial"]["kept_out"]
    modifiers = kept["nouns"].get(lemma(trigger))
    adjective = lemma(trigger) in kept["adjectives"] and trigger.dep_ in ("acomp", "oprd")
    if modifiers is None and not adjective:
        return []
    head = trigger.head
    if modifiers is not None and trigger.dep_ == "dobj" and head.lower_ in modifiers:
        found = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]  # misread verb
    elif adjective or trigger.dep_ in ("attr", "oprd"):
        said = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c != trigger]
        copula = lemma(head) in sanction_words()["copulas"]
        found = said or [c for c in head.children if c.dep_ == "nsubj" and copula]
    else:
        return []
    return [_counted_modifier(_antecedent(c)) for c in found]


def _kept_out(verb: Token) -> bool:
    """'kept twelve from entering', 'banned four from travelling': a verb whose 'from' phrase
    (its object or gerund) is an act only people do keeps people out."""
    table = sanction_words()["person_bans"]
    return any(
        lemma(p) in table["kept_from"]
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == sanction_words()["barred_from"]["prep"]
        for p in prep.children
        if p.dep_ in ("pobj", "pcomp")
    )


def _kept_from_ship_places(verb: Token) -> bool:
    """'barred the Sea Lotus from entering its ports': what the 'from' phrase keeps the object
    out of is a place ships call at, so the name may be a ship's."""
    places = sanction_words()["person_bans"]["ship_places"]
    return any(
        lemma(t) in places
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == sanction_words()["barred_from"]["prep"]
        for t in prep.subtree
    )


def bare_count(text: str) -> int | None:
    """The whole number a bare count word or figure gives ('seven', '12'), when it is small
    enough to count targets (sanctions.json bare_counts.largest)."""
    value = numbers.parse_tokens([text])
    largest = sanction_words()["bare_counts"]["largest"]
    if value is None or not 0 < value <= largest or value != int(value):
        return None
    return int(value)


def _named_as(head: Token) -> list[Token]:
    """'identified the firms as A, B and C': the names a naming preposition on the verb gives a
    definite plural object (claims/data/sanctions.json `named_as`)."""
    if head.dep_ != "dobj" or head.tag_ != "NNS":
        return []
    preps = sanction_words()["named_as"]["preps"]
    first = [
        p
        for c in head.head.children
        if c.dep_ == "prep" and c.lower_ in preps and c.i > head.i
        for p in c.children
        if p.dep_ == "pobj" and name_like(p)
    ]
    return [n for p in first for n in (p, *p.conjuncts) if name_like(n)]


def listed_as(verb: Token) -> str | None:
    """'listed the militia as a terrorist organisation': the kind a target word after a naming
    preposition gives a listing verb's object, whatever the object is called. The phrase may hang
    on the object or on a relative clause of it, and the parser may read the preposition as the
    mark of a participle whose object is the category ('declared two men as specified persons')."""
    table = sanction_words()["named_as"]
    if lemma(verb) not in table["verbs"]:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    clauses = [c for o in objects for c in o.children if c.dep_ == "relcl"]
    categories = [
        p
        for h in (verb, *objects, *clauses)
        for c in h.children
        for p in (
            [p for p in c.children if p.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in table["preps"]
            else [p for p in c.children if p.dep_ == "dobj"]
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in table["preps"] for m in c.children)
            else []
        )
    ]
    return next(
        (sanction_kinds()[p.lower_] for p in categories if p.lower_ in sanction_kinds()), None
    )


def _agent_people(head: Token) -> bool:
    """An agent noun of trade that names people, not a firm: one a 'who' clause describes
    ('developers who wrote the code') (claims/data/sanctions.json `agent_people`)."""
    table = sanction_words()["agent_people"]
    return head.lower_ in table["words"] and any(
        c.dep_ == "relcl"
        and (  # 'who sold ...', 'who the police say moved ...'
            any(w.lower_ in table["relatives"] for w in c.children)
            or c.left_edge.lower_ in table["relatives"]
        )
        for c in head.children
    )


def _national_agents(head: Token) -> bool:
    """An agent noun of trade that a nationality adjective ('three Honduran cattle dealers', not
    a place: 'a Hong Kong trader') or a word for people abroad ('migrant traders') makes
    people, unless the next target is owned by it ('a Kenyan broker and its owner')
    (claims/data/sanctions.json `agent_people` `nationals`)."""
    table = sanction_words()["agent_people"]
    if head.lower_ not in table["nationals"] or _owner_of_next(head, set(table["firm_owners"])):
        return False  # 'a Cypriot broker and its two owners': a firm
    adjectives = [c for c in head.children if c.i < head.i and c.tag_ == "JJ"]
    return any(nationality_of(c.text) for c in adjectives) or any(
        c.lower_ in table["people_modifiers"] for c in head.children if c.i < head.i
    )


def _airline(head: Token, names: list[str]) -> bool:
    """A carrier that its name ('Mahan Air') or a modifier ('the flag carrier') makes an
    airline, not a ship."""
    table = sanction_words()["airline_carriers"]
    if head.lower_ not in table["words"]:
        return False
    words = {w.lower() for n in names for w in n.split()}
    mods = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i}
    return bool(words & set(table["name_words"]) or mods & set(table["modifiers"]))


def _counted_members(head: Token) -> Token | None:
    """The counted members of a collective noun ('a network of 11 firms', 'a fleet of 30
    tankers'): the group is those members."""
    if head.lower_ not in sanction_words()["collective_nouns"]["words"]:
        return None
    members = [
        p
        for p in of_objects(head)
        if p.lower_ in sanction_kinds() and any(n.dep_ == "nummod" for n in p.children)
    ]
    return members[0] if members else None


def members_after_mark(heads: list[Token]) -> list[Token]:
    """'freezes assets of a timber gang: six men, two shops': a collective target with no
    count of its own (collective_nouns `words`) followed in its sentence by a mark that opens
    its members (collective_nouns `member_marks`) and counted target words after it: those
    counted groups are the targets in place of the collective. The heads unchanged otherwise."""
    table = sanction_words()["collective_nouns"]
    collective = [
        h
        for h in heads
        if h.lower_ in table["words"] and not any(c.dep_ == "nummod" for c in h.children)
    ]
    if not collective:
        return heads
    first = collective[0]
    sent = first.sent
    mark = next((t for t in sent if t.i > first.i and t.text in table["member_marks"]), None)
    if mark is None:
        return heads
    breaks = sanction_words()["headline_clause_breaks"]
    members: list[Token] = []
    for t in first.doc[mark.i + 1 : sent.end]:
        if t.text in breaks:
            break
        if is_target_word(t) and any(c.dep_ == "nummod" and c.like_num for c in t.children):
            members.append(t)
    if not members:
        return heads
    members = [m for m in expand(members) if m.i > mark.i]  # '..., two firms and a boat'
    return [h for h in heads if h not in collective] + members


def _joined_modifier_holding(head: Token) -> Token | None:
    """The frozen holding a counted singular noun and its conjunct modify together ('froze 90 bank
    and pension accounts'), whether the parser hangs the pair on the holding or makes the holding
    the noun's conjunct: the holdings are counted, the noun is no target of its own."""
    if head.tag_ != "NN" or not any(c.dep_ == "nummod" for c in head.children):
        return None
    holdings = sanction_words()["freeze_objects"]
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    if head.dep_ in ("nmod", "compound") and lemma(head.head) in holdings and conjuncts:
        return head.head if head.head.i > head.i else None
    for c in conjuncts:
        own = any(k.dep_ in ("det", "nummod", "poss") for k in c.children)
        if lemma(c) in holdings and c.tag_ == "NNS" and not own:
            return c
    return None


def _counted_companion(head: Token) -> bool:
    """A counted common noun coordinated after a target group ('nine settlers and three
    outposts', 'two generals and four battalions'): a group the same action falls on."""
    if head.dep_ != "conj" or head.pos_ != "NOUN" or head.tag_ != "NNS":
        return False
    units = load_data("units")
    if head.lower_ in {*units["words"], *units["time_units"]}:
        return False  # '40 million dollars', 'three years': an amount, no group
    numbers_ = [c for c in head.children if c.dep_ == "nummod" and c.like_num]
    if not numbers_ or any(numbers.is_scale(t.lower_) for n in numbers_ for t in n.subtree):
        return False
    first = head.head
    return first.lower_ in sanction_kinds() and any(c.dep_ == "nummod" for c in first.children)


def _listed_holding(head: Token) -> bool:
    """An item of a list of what is frozen that opens with counted holdings ('12 bank accounts,
    five vans and a bakery', 'nine accounts and three houses'): a common noun coordinated after
    a holding (sanctions.json `freeze_objects`) or property (frozen_property `objects`) with a
    number, itself counted by a number or, singular, by one of listed_holdings `determiners`;
    a target word keeps its kind ('and five enterprises') unless it is property itself ('three
    houses'). The parser may hang the second item on the first as an apposition. Amounts and
    periods are none."""
    table = sanction_words()
    listed = table["listed_holdings"]
    if head.dep_ not in ("conj", "appos") or head.pos_ != "NOUN" or _proper_name(head):
        return False
    units = load_data("units")
    if head.lower_ in {*units["words"], *units["time_units"]}:
        return False  # '40 million dollars', 'three years': an amount, no group
    property_ = {*table["frozen_property"]["objects"], *table["frozen_property"]["owned_places"]}
    if head.lower_ in sanction_kinds() and lemma(head) not in property_:
        return False  # 'and five enterprises': a target group of its own kind
    counted = any(c.dep_ == "nummod" and c.like_num for c in head.children) or (
        head.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in listed["determiners"] for c in head.children)
    )
    if any(_counted(p) for p in of_objects(head)):
        return False  # 'and a row of nine shops': the counted 'of' phrase is the item
    holdings = {*table["freeze_objects"], *table["frozen_property"]["objects"]}
    members = [head, *head.conjuncts]
    before = [c for c in members if c.i < head.i]
    first = min(members, key=lambda t: t.i)
    if first.dep_ == "appos":  # '30 accounts, four vans, ...': the parser's apposition
        before.append(first.head)
    return counted and any(lemma(c) in holdings and _counted(c) for c in before)


def _property_beside_holdings(head: Token) -> bool:
    """An item of property frozen whole (frozen_property `objects`, `owned_places`) listed with
    other things frozen or covered, in any place of the list ('a chalet and two boats', 'four
    lorries, a cabin and nine accounts', 'a chalet and a yacht'): each item is one group of
    kind other, counted by its number or, singular, by one of listed_holdings `determiners`, when
    another item of the list is itself counted holdings, property or a craft (frozen_craft
    `kinds`). A list with firms or people ('a hotel and three payment firms') is no such list."""
    table = sanction_words()
    property_ = _property_lemmas()
    if head.pos_ != "NOUN" or _proper_name(head) or lemma(head) not in property_:
        return False
    if not _frozen_thing(head) or any(_counted(p) for p in of_objects(head)):
        return False
    first = _first_conjunct(head)
    members = [m for m in (first, *first.conjuncts) if m != head]
    if first.dep_ == "appos":  # '30 accounts, four vans, ...': the parser's apposition
        members.append(first.head)
    holdings = {*table["freeze_objects"], *property_}
    others = [m for m in members if m.pos_ in ("NOUN", "PROPN")]
    frozen = [m for m in others if _frozen_thing(m)]
    return bool(frozen) and all(m in frozen or lemma(m) in holdings for m in others)


def is_target_word(tok: Token) -> bool:
    """A word that names a target group: a target word, a plural of nationality ('500
    Americans'), or a number counting some of one ('four of the same officials')."""
    return (
        tok.lower_ in sanction_kinds() or bool(demonym_plural(tok)) or _partitive(tok) is not None
    )


def _of_word() -> str:
    """The preposition of a part or a description ('two of the banks', 'operators of tankers')."""
    return str(sanction_words()["description_prep"]["word"])


def of_objects(token: Token) -> list[Token]:
    """The objects of the token's 'of' phrases ('accounts of two brokers': brokers)."""
    return prep_objects(token, (_of_word(),))


def _trading_person(head: Token) -> str | None:
    """'seven expelled gem dealers', 'three Thai brokers', 'barred two traders from entering':
    a word of trade that names a firm or a person (`trading_people` words) names people when one
    of modifiers describes it, a nationality its plural, or a verb keeps it out of a country
    (only people travel)."""
    table = sanction_words()["trading_people"]
    if head.lower_ not in table["words"]:
        return None
    said = [t for t in head.doc[head.left_edge.i : head.i] if t.dep_ in ("amod", "compound")]
    plural = head.tag_ == "NNS"  # 'three Nigerien traders'; 'an Emirati trader' may be a firm
    if any(c.lower_ in table["modifiers"] or (plural and c.lower_ in _demonyms()) for c in said):
        return "person"
    kept = head.dep_ in ("dobj", "nsubjpass") and _kept_out(head.head)
    if kept and not _kept_from_ship_places(head.head):
        return "person"
    firms = table["beside_firms"]["words"]
    counted = any(c.dep_ == "nummod" for c in head.children)  # 'grain traders and firms': trades
    if counted and any(c.lower_ in firms for c in head.conjuncts):
        return "person"  # 'three dealers and a firm': people beside the firms
    holdings = sanction_words()["freeze_context"]["holdings"]
    if head.dep_ == "poss" and head.tag_ == "NN" and lemma(head.head) in holdings:
        return "person"  # "froze the trader's accounts"
    kinds = sanction_kinds()
    run = [
        p for p in of_objects(head) if "organization" in (kinds.get(p.lower_), kinds.get(lemma(p)))
    ]
    run += [c for c in said if c.dep_ == "compound" and kinds.get(c.lower_) == "organization"]
    if head.tag_ in ("NNS", "NNPS") and run:
        return "person"  # 'the operators of three plants', 'mine operators': who run them
    return "person" if _declared_kept_out(head) else None


def _declared_kept_out(head: Token) -> bool:
    """'declared seven dealers prohibited immigrants', 'the two brokers were declared
    inadmissible': the clause of the word says a standing of one kept out of a state
    (entry_denial `kept_out`)."""
    kept = sanction_words()["entry_denial"]["kept_out"]
    if head.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return False
    verb = head.head  # the parser may make the standing the verb of a small clause
    declaring = [v for v in (verb, verb.head) if lemma(v) in kept["verbs"]]
    said = [verb, *verb.children, *head.children]

    def standing(t: Token) -> bool:
        nouns = kept["nouns"]
        return lemma(t) in kept["adjectives"] or any(
            c.lower_ in nouns.get(lemma(t), []) or (t.lower_ in nouns.get(lemma(c), []))
            for c in t.children  # 'prohibited immigrants' read as a verb and its object
        )

    return bool(declaring) and any(standing(t) for t in said if t != head)


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(load_data("aliases")["demonyms"])


def _business(head: Token) -> str | None:
    """'ship managers', 'a tanker owner': a people's role after a ship word is a business."""
    table = sanction_words()["business_compounds"]
    if head.lower_ not in table["roles"]:
        return None
    ships = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
    ships += [  # 'the operators of tankers'
        p for c in head.children if c.lower_ == _of_word() for p in c.children if p.dep_ == "pobj"
    ]
    if any(lemma(c) in table["modifiers"] for c in ships):
        return "organization"
    owned = any(c.dep_ == "poss" and c.lower_ in table["ship_owners"] for c in head.children)
    first = _first_conjunct(head)
    vessel = first != head and (
        sanction_kinds().get(first.lower_) == "vessel" or (name_like(first) and story_kind(first))
    )
    return "organization" if owned and vessel else None  # 'the tanker X and its manager'


def _named_ships(head: Token) -> tuple[Target, set[int]] | None:
    """'the tankers SEA TRIUMPH and HWA SONG 3': names in a run after a plural ship word are
    vessels, however the parser hung them (it often makes the last name the head)."""
    if not name_like(head):
        return None
    doc, sent = head.doc, head.sent
    joins = sanction_words()["shared_count_joins"]
    start = head.i
    while start - 1 >= sent.start and (
        name_like(doc[start - 1]) or doc[start - 1].like_num or doc[start - 1].lower_ in joins
    ):
        start -= 1
    before = doc[start - 1] if start - 1 >= sent.start else None
    ship_word = sanction_kinds().get(before.lower_) if before is not None else None
    if ship_word != "vessel" or before is None or before.tag_ != "NNS":
        return None
    if doc[start].lower_ in joins or any(c.dep_ == "nummod" for c in before.children):
        return None  # 'three tankers, A, B and C': the counted group folds its names in
    end = head.i + 1
    while end < sent.end and (name_like(doc[end]) or doc[end].like_num or doc[end].lower_ in joins):
        end += 1
    while doc[end - 1].lower_ in joins:
        end -= 1  # '..., and' before other words
    names: list[list[str]] = [[]]
    for t in doc[start:end]:
        if t.lower_ in joins:
            names.append([])
        else:
            names[-1].append(t.text)
    found = [" ".join(n) for n in names if n]
    return Target("vessel", len(found), found), {t.i for t in doc[before.i : end]}


def _partitive(head: Token) -> tuple[Target, set[int]] | None:
    """'four of the same officials', "three of Iran's biggest refiners", "two more of his
    firms": a number (or a count word it counts) whose 'of' phrase names the kind; the count is
    the number's."""
    number = _counted_word_number(head) or head
    if number.pos_ != "NUM" or not number.like_num:
        return None
    whole = [p for p in of_objects(head) if p.lower_ in sanction_kinds()]
    value = numbers.parse_tokens([number.text])
    holdings = {
        *sanction_words()["freeze_objects"],
        *sanction_words()["frozen_property"]["objects"],
    }
    held = [  # 'blocked 12 of her flats', 'three of his vans': the holdings counted, kind other
        p for p in of_objects(head) if lemma(p) in holdings
    ]
    plain = not numbers.is_scale(number.lower_) and not any(  # not '$12 million of deposits'
        c.dep_ in ("compound", "quantmod", "nmod", "nummod") for c in number.children
    )
    if not whole and held and value is not None and plain:
        return Target("other", int(value)), {head.i, number.i, held[0].i}
    if not whole and value is not None and number == head:
        return _partitive_pronoun(head, int(value)) or _partitive_back(head, int(value))
    if not whole or value is None:
        return None
    mods = [c for c in whole[0].children if c.i < whole[0].i and c.dep_ in ("amod", "compound")]
    nationality = next((n for m in mods if (n := nationality_of(m.text))), None)
    tokens = {head.i, number.i, whole[0].i}
    kind = sanction_kinds()[whole[0].lower_]
    if lemma(whole[0]) in sanction_words()["aircraft_cues"]["words"] and _airborne(whole[0]):
        kind = "aircraft"  # 'two of its An-124 cargo jets'
    return Target(kind, int(value), [], nationality), tokens


def _owner_pronoun(head: Token) -> bool:
    """'his assets', 'her accounts', 'his farm': holdings or property a person's possessive owns,
    which stand for that one person."""
    table = sanction_words()
    owners = table["person_names"]["owners"]
    held = (
        lemma(head) in table["freeze_objects"]
        or lemma(head) in (table["frozen_property"]["objects"])
    )
    return held and any(c.dep_ == "poss" and c.lower_ in owners for c in head.children)


def _counted_word_number(head: Token) -> Token | None:
    """'two more of his firms', 'a further three of the banks' read with the count word as the
    head: the number counting it."""
    if head.pos_ == "NUM" or head.lower_ not in sanction_words()["count_words"]:
        return None
    return next((c for c in head.children if c.dep_ == "nummod" and c.i < head.i), None)


def _partitive_pronoun(head: Token, value: int) -> tuple[Target, set[int]] | None:
    """'listed 7 of them': a number whose 'of' phrase is a plural pronoun counts part of the
    groups counted just before; the kind is theirs (other when they differ)."""
    pronouns = sanction_words()["back_reference"]["plural_pronouns"]
    back = [p for p in of_objects(head) if p.lower_ in pronouns]
    if not back:
        return None
    near = _plural_before(head)
    if near is not None:  # 'sanctions on his family's firms; a plan to add eight of them'
        return Target(near, value), {head.i, back[0].i}
    resolved = _resolve(back[0])
    if resolved is None:
        return None
    return Target(resolved.kind, value, [], resolved.nationality), {head.i, back[0].i}


def _partitive_back(head: Token, value: int) -> tuple[Target, set[int]] | None:
    """'designated two of the three': a number whose 'of' phrase is a counted back-reference
    ('the three', `_referred_number`) counts part of the group that reference stands for; the
    kind is that group's (`_resolve`)."""
    whole = [p for p in of_objects(head) if _referred_number(p) is not None]
    resolved = _resolve(whole[0]) if whole else None
    if resolved is None:
        return None
    return Target(resolved.kind, value, [], resolved.nationality), {head.i, whole[0].i}


def _plural_before(head: Token) -> str | None:
    """The kind of the nearest plural target word before the head in its own sentence: what
    'eight of them' counts part of when the sentence has named it."""
    for tok in reversed(head.doc[head.sent.start : head.i]):
        if tok.tag_ == "NNS" and tok.lower_ in sanction_kinds():
            return str(sanction_kinds()[tok.lower_])
    return None


def _proper_name(head: Token) -> bool:
    """A capitalized target word closing a name of proper nouns ('Uralcapital Bank'), not a
    counted headline word ('40 Tankers', 'Six Hill Outfits') nor one after a nationality
    ('Russian Bank')."""
    return (
        head.pos_ == "PROPN"
        and head.text[:1].isupper()
        and not any(c.dep_ == "nummod" for c in head.children)
        and any(
            c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and c.i < head.i
            and nationality_of(c.text) is None
            and c.lower_ not in _place_names()
            for c in head.children
        )
        and not any(  # 'Four Hill Outfits': the number on the noun or on the word before it
            c.dep_ == "compound" and (counting_word(c) or counting_word(c.left_edge))
            for c in head.children
        )
    )


def _airborne(head: Token) -> bool:
    """A freighter or carrier in a sentence about flying is an aircraft, not a ship."""
    cues = set(sanction_words()["aircraft_cues"]["cues"])
    return any(t.lower_ in cues for t in head.sent)


def firm_tail(tok: Token) -> Token | None:
    """'Karimi & Sons': the capitalized kin word (sanctions.json `firm_name_tails`) the parser
    coordinated with a name right after a joining word, the end of one firm's name; else None."""
    table = sanction_words()["firm_name_tails"]
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in table["joins"]:
        return None
    tail = doc[tok.i + 2]
    if tail.head != tok or tail.dep_ != "conj" or tail.lower_ not in table["words"]:
        return None
    return tail if tail.text[:1].isupper() and name_like(tok) else None


def _name_left(tok: Token) -> int:
    """Where a name whose head is `tok` starts: its first name part before it on the same line
    (a list line's name is no part of the line before: 'Punda' then '- Orlando Cova')."""
    doc = tok.doc
    parts = [
        t.i
        for t in tok.lefts
        if _name_part(t) and not any("\n" in w.text for w in doc[t.i : tok.i])
    ]
    return min([*parts, tok.i])


def _born_after(head: Token) -> bool:
    """'X Y (born 1971)', 'X Y (b. 1980)': a name with a birth mark in brackets right after it
    (sanctions.json `person_names` `birth_marks`) is a person's."""
    doc = head.doc
    marks = sanction_words()["person_names"]["birth_marks"]
    after = head.i + 1
    return after + 1 < len(doc) and doc[after].text == "(" and doc[after + 1].lower_ in marks


def _name(tok: Token) -> str:
    left = _name_left(tok)
    tail = firm_tail(tok)
    if tail is not None:  # 'Karimi & Sons': one firm's name
        return tok.doc[left : tail.i + 1].text
    right = tok.i + 1
    if right < len(tok.doc) and tok.doc[right].like_num and tok.doc[right].head == tok:
        right += 1  # a ship's number belongs to its name: 'NAMPO 2'
    if right < len(tok.doc) and _legal_form(tok.doc[right].text):
        right += 1  # 'Kras Promet d.o.o.', whatever the parser hung the form on
    return tok.doc[left:right].text


def place_only(target: Target) -> bool:
    """A country or city standing beside real targets says where they are, not whom."""
    return (
        target.kind == "other"
        and target.count is None
        and bool(target.names)
        and all(n.lower() in _place_names() for n in target.names)
    )


def groups(heads: list[Token], kind_hint: str | None = None) -> tuple[list[Target], set[int]]:
    """Target groups of the heads; one count shared by a coordination of different kinds
    ('1,300 Belarusian persons and entities') is one group of kind other."""
    found: list[tuple[Token, Target]] = []
    tokens: set[int] = set()
    for head in heads:
        if head.i in tokens:
            continue  # the whole of a part counted before ('five of the yards'): no more targets
        if _person_described(head):
            continue  # 'X, a coal trader, and his brother', 'their trusted aide Y': who X is
        got = None if programme(head) else target_of(head, kind_hint)  # 'sanctions regime'
        if got is not None:
            found.append((head, got[0]))
            tokens |= got[1]
            if (
                got[0].count is not None and not got[0].names
            ):  # 'three firms in China, two in Turkey'
                for number, value in _elided(head):
                    found.append((number, Target(got[0].kind, value)))
                    tokens.add(number.i)
                for number, value in _more_counts(
                    head, got[1]
                ):  # 'two Iranian and four Emirati firms'
                    after = head.doc[number.i + 1]
                    found.append(
                        (number, Target(got[0].kind, value, [], nationality_of(after.text)))
                    )
                    tokens.add(number.i)
    if len(found) > 1:  # 'sanctioned X and froze his assets': his is X, no one more
        found = [(h, t) for h, t in found if not _owner_pronoun(h)]
    _kin_kinds(found)
    found = _fold_names(found)
    named_kinds = {t.kind for _, t in found if t.names}
    found = [
        (h, t) for h, t in found if t.names or t.count is not None or t.kind not in named_kinds
    ]
    if any(not place_only(t) for _, t in found):  # 'sanctioned 11 suppliers to Russia'
        found = [(h, t) for h, t in found if not place_only(t)]
    targets = [t for _, t in found]
    vague_words = set(sanction_words()["vague_determiners"])
    vague = {
        t.kind
        for h, t in found
        if t.count is None and any(c.lower_ in vague_words and c.i < h.i for c in h.children)
    }
    for t in targets:  # 'the airline and several shipping firms': organizations, count unknown
        if t.kind in vague:
            t.count = None
    return _shared_counts(found), tokens


def _elided(head: Token) -> list[tuple[Token, int]]:
    """Bare numbers after a counted target word that leave its noun out ('three companies in
    China, two in Turkey and one in Serbia'): each with a phrase of its own, or joined to one."""
    found: list[tuple[Token, int]] = []
    near = [*head.children, *[c for c in head.head.children if c.dep_ in ("npadvmod", "conj")]]
    for c in near:  # the parser hangs the bare number on the noun or on its verb
        if c.dep_ not in ("appos", "conj", "npadvmod") or not c.like_num or c.i < head.i:
            continue
        for n in (c, *c.conjuncts):
            value = numbers.parse_tokens([n.text]) if n.like_num else None
            if any(p.lower_ == _of_word() for p in n.children):
                return []  # 'ten of them in Hong Kong': a break-down of the count, no more
            whole = not any(p.dep_ in ("compound", "quantmod") for p in n.children)  # '750 million'
            if value is not None and whole and any(p.dep_ == "prep" for p in n.children):
                found.append((n, int(value)))
    count = next((c for c in head.children if c.dep_ == "nummod" and c.like_num), None)
    total = numbers.parse_tokens([count.text]) if count is not None else None
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else head
    placed = after.dep_ == "prep" and any(  # 'three firms in China, two in Turkey': a list
        p.pos_ == "PROPN" for p in after.children
    )  # (the parser may hang the place on the verb)
    if len(found) > 1 and not placed and total is not None and sum(v for _, v in found) == total:
        return []  # 'four firms abroad, three in Turkey and one in Armenia': a break-down of the four
    return found


def _shared_counts(found: list[tuple[Token, Target]]) -> list[Target]:
    """A count shared by the uncounted target words coordinated after it, of other kinds
    ('60 individuals and companies', '1,300 persons and entities and two ships'): one group of
    kind other, with every uncounted word of the list ('25 gang members, suppliers and
    facilitators'); the groups counted on their own stay."""
    out: list[Target] = []
    skip: set[int] = set()
    counted = [h for h, t in found if t.count is not None and not t.names]
    for head, target in found:  # '4 people and Turku association': a bare singular is one
        bare = not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
        plural = head.lower_.endswith("s") and head.lower_[:-1] in sanction_kinds()
        plural = plural or head.lower_ in sanction_words()["invariant_plurals"]  # 'aircraft'
        single = head.tag_ == "NN" and not plural  # not 'design bureaus' tagged NN
        bare = bare and single and target.count is None and not target.names
        if bare and any(head in h.conjuncts for h in counted):
            target.count = 1
    for n, (head, target) in enumerate(found):
        if n in skip:
            continue
        sharing = [
            m
            for m in range(n + 1, len(found))
            if found[m][1].count is None
            and not found[m][1].names
            and found[m][0] in head.conjuncts
            and not any(c.dep_ in ("det", "poss") for c in found[m][0].children)  # 'their heads'
        ]
        mixed = any(found[m][1].kind != target.kind for m in sharing)  # then all of them share
        if target.count is not None and not target.names and mixed:
            skip |= set(sharing)
            out.append(Target("other", target.count, [], target.nationality))
        else:
            out.append(target)
    return out


def _fold_names(found: list[tuple[Token, Target]]) -> list[tuple[Token, Target]]:
    """Names listed after a counted group are its members, not more targets ('two vessels,
    the RUN YU and the SIN PHYONG 5'); names before it add to it ('X, Y and 14 further tankers')."""
    out: list[tuple[Token, Target]] = []
    folded: list[Token] = []
    into: dict[int, Target] = {}  # a folded name -> the group it names a member of
    for head, target in found:
        group = next(
            (
                t
                for h, t in out
                if t.count is not None
                and len(t.names) < t.count
                and not _models_counted(h)  # 'two Airbus A330s and an Il-76': three
                and (t.kind == target.kind or (target.guessed and _apposed(head, folded)))
                and h.i < head.i
                and (
                    head in h.conjuncts
                    or head.head in (h, *folded)
                    or (head.dep_ == "conj" and head.head == h.head)  # '..., the A and the B'
                    or apposed_after(h, head)
                )
            ),
            None,
        )
        bare_name = name_like(head)  # not 'a carrier, Nordwind Freight': counted on its own
        same = group is not None and (
            target.kind == group.kind or (target.guessed and _apposed(head, folded))
        )
        if group is not None and bare_name and target.names and target.count == 1 and same:
            group.names += target.names
            folded.append(head)
            into[head.i] = group
            continue
        wider = [
            k
            for k, (_, t) in enumerate(out)
            if t.names and t.kind == target.kind and set(t.names) < set(target.names)
        ]
        if wider and target.count == len(target.names):  # a run of names holds one named before
            out = [o for k, o in enumerate(out) if k not in wider]
        elif target.names and any(n in t.names for _, t in out for n in target.names):
            into[head.i] = next(t for _, t in out if set(t.names) & set(target.names))
            continue  # already listed by name
        if _describes(head, target, out, into):
            continue
        out.append((head, target))
    return out


def _apposed(name: Token, folded: list[Token]) -> bool:
    """A name set off by a comma after a group ('two generals, X and Y'), or joined to one so
    folded: it names a member of the group, and takes the group's kind when nothing else says
    what it names (not 'four men and X Transfer': one more target)."""
    return name.head in folded or (
        name.left_edge.i > 0 and name.doc[name.left_edge.i - 1].text == ","
    )


def _describes(
    head: Token,
    target: Target,
    before: list[tuple[Token, Target]],
    into: dict[int, Target] | None = None,
) -> bool:
    """'Kim and Ri, two managers at ...', 'Caspian Delta Trading, a fuel broker': a counted
    apposition that only describes the names just given (or the one name it hangs on, also
    a name folded into a group before: 'its treasurer, Ana Ruiz, a lawyer')."""
    if _second_object(head, target, before):
        return True
    if head.dep_ != "appos" or target.count is None or target.names:
        return False
    named = [t for h, t in before if t.names and t.kind == target.kind and h.i < head.i]
    anchors = [h for h, t in before if t.names]
    folded = (into or {}).get(head.head.i)
    articles = sanction_words()["description_articles"]["words"]
    indefinite = any(c.dep_ == "det" and c.lower_ in articles for c in head.children)
    if folded is not None:
        return folded.kind == target.kind and target.count == 1 and indefinite
    if head.head not in anchors:
        return False
    own = [t for h, t in before if h == head.head and t.kind == target.kind]  # 'Y, an exchange'
    return target.count == sum(t.count or 0 for t in named) or (
        bool(own) and indefinite and target.count == (own[0].count or len(own[0].names))
    )  # not 'X, its finance chief, Y': the next item of a list of roles


def _second_object(head: Token, target: Target, before: list[tuple[Token, Target]]) -> bool:
    """'removed one entity from the list, a trading company that ...': a second object of the
    verb, set off by a comma with an indefinite article, describes the one target a number
    counted just before it (the parser reads the apposition as an object); not a list that
    goes on with 'and' ('a Russian oligarch, a Belarusian judge and five officials')."""
    articles = sanction_words()["description_articles"]["words"]
    if head.dep_ != "dobj" or target.count != 1 or target.names:
        return False
    if not any(c.dep_ == "det" and c.lower_ in articles for c in head.children):
        return False
    doc = head.doc
    if head.left_edge.i == 0 or doc[head.left_edge.i - 1].text != ",":
        return False
    earlier = [
        (h, t)
        for h, t in before
        if h.dep_ == "dobj" and h.head == head.head and h.i < head.i and t.kind == target.kind
    ]
    if len(earlier) != 1 or earlier[0][1].count != 1 or earlier[0][1].names:
        return False
    counted = any(c.dep_ == "nummod" for c in earlier[0][0].children)
    joined = any(c.dep_ in ("cc", "conj") for c in (*head.children, *head.head.children))
    return counted and not joined


LISTING_NOUNS = frozenset(sanction_words()["listing_nouns"])


def companions(verb: Token) -> list[Token]:
    """'X was listed along with nine firms', 'along with its chairman', 'named alongside
    four others': who is listed with the subject."""
    along = sanction_words()["accompanying"]
    withs = [w for c in verb.children if c.lower_ in along["adverbs"] for w in c.children]
    withs += [c for c in verb.children if c.i > 0 and c.nbor(-1).lower_ in along["adverbs"]]
    found = [p for w in withs if w.lower_ == along["prep"] for p in w.children if p.dep_ == "pobj"]
    return found + [
        p
        for c in verb.children
        if c.lower_ in along["preps"]
        for p in c.children
        if p.dep_ == "pobj"
    ]


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
            (c for c in trigger.children if c.lower_ in sanction_kinds()), None
        )
    inverted = [c for c in trigger.children if c.dep_ == "auxpass" and c.i > trigger.i]
    if be is None and inverted:  # 'Also sanctioned were the vessels X, Y and Z'
        after = [c for t in (trigger, *inverted) for c in t.children if c.i > trigger.i]
        return [c for c in after if c.dep_ in ("attr", "nsubj")], None
    if be is None:
        return [], None
    heads = [
        c for c in be.children if c.dep_ in ("attr", "nsubj") and c != trigger and c.i > trigger.i
    ]
    kind = sanction_kinds().get(kind_noun.lower_) if kind_noun is not None else None
    return heads, kind


def _ban_noun(trigger: Token) -> bool:
    """A disciplinary ban noun (sanctions.json `disciplinary_bans` `nouns`: ban, suspension)."""
    return (
        trigger.pos_ == "NOUN" and lemma(trigger) in sanction_words()["disciplinary_bans"]["nouns"]
    )


def _bearer_of_ban(trigger: Token, prep: Token) -> bool:
    """'lifted the interim suspension of a second jockey', 'extended the ban of coach X': the
    'of' phrase of a disciplinary ban noun (sanctions.json `disciplinary_bans` `nouns`) names
    whom the measure falls on when it holds a target word or a name, not a thing ('the
    suspension of trading')."""
    if prep.dep_ != "prep" or prep.lower_ != _of_word() or not _ban_noun(trigger):
        return False
    return any(
        p.dep_ == "pobj" and (is_target_word(p) or name_like(p) or _counted(p))
        for p in prep.children
    )


def _ban_owners(trigger: Token) -> list[Token]:
    """'A second rider's suspension was lifted', 'extended the captain's ban': a disciplinary ban
    noun (sanctions.json `disciplinary_bans` `nouns`) owned by a person word falls on that person
    (a body or state that owns it imposed it: 'the league's ban')."""
    if not _ban_noun(trigger):
        return []
    return [
        c
        for c in trigger.children
        if c.dep_ == "poss" and sanction_kinds().get(c.lower_) == "person"
    ]


def target_heads(trigger: Token, action: Token) -> tuple[list[Token], str | None]:
    heads: list[Token] = []
    kind = None
    if lemma(action) in RESTATE_VERBS and trigger != action and not is_state(action):
        heads += [
            c
            for c in action.children
            if c.dep_ in ("dobj", "attr", "nsubj") and c != trigger and c.i > action.i
        ]
        colon = action.i + 1 < len(action.doc) and action.doc[action.i + 1].text == ":"
        if colon and not heads:  # 'The firms on the order are: X; Y; and Z' hung on the subject
            heads += [c for c in trigger.children if c.dep_ == "appos" and c.i > action.i]
        kind = sanction_kinds().get(trigger.lower_) or next(
            (sanction_kinds()[c.lower_] for c in trigger.children if c.lower_ in sanction_kinds()),
            None,
        )
        listed = _listed_items(action, heads) if kind is not None else None
        if listed is not None:  # 'The companies are X Ltd, Y and Z, and W & V': one per item
            return listed, kind
    elif trigger == action:
        objects = [
            _dealt_with(_antecedent(c))
            for c in action.children
            if c.dep_ in ("dobj", "nsubjpass") and not _category_object(c)
        ]
        if not objects:  # 'Two firms are expected to be designated'
            objects += [_antecedent(c) for c in raised_subjects(action) if not _category_object(c)]
        late = object_past_adjunct(action)  # 'suspend for two weeks another eight accounts'
        objects += [late] if late is not None and _suspended_count(late) else []
        subject = any(c.dep_ == "nsubj" for c in action.children)
        if action.dep_ == "amod" and (subject or perfect_read_as_owner(action) is not None):
            objects += [action.head]  # 'debarred X Ltd', 'has frozen assets of ...' misread
        adjective = action.dep_ == "acomp" and action.pos_ == "ADJ"
        auxes = [c for c in action.children if c.dep_ == "auxpass"]
        holders = [action.head] if adjective else [action, *auxes]
        if (adjective or auxes) and not objects:
            objects += [  # 'two firms were each debarred' read as an adjective or as active
                _antecedent(c)
                for h in holders
                for c in h.children
                if c.dep_ == "nsubj" and c.i < action.i
            ]
        if action.dep_ == "relcl" and not objects and action.head.lower_ in sanction_kinds():
            objects.append(action.head)  # 'the 27 tankers Brussels blacklisted'
        if not any(c.dep_ in ("aux", "auxpass", "dobj") for c in action.children):
            objects += _unmarked_passive(action)
        stranded = stranded_subject(action)  # 'N firms believed to ... were listed'
        objects += [stranded] if stranded is not None else []
        objects += inverted_subjects(action)  # 'Also listed was a tanker (and a tug)'
        caused = causative_holder(action, causatives())  # 'Six firms have had their funds frozen'
        if caused is not None:  # the holders, not what they hold
            objects = [o for o in objects if o != caused[0]] + [caused[1]]
        heads += objects
        heads += [  # 'listed two judges who ..., and the Minsk Mint': the parser hangs it on the verb
            c
            for c in action.children
            if c.dep_ == "conj"
            and c.pos_ in ("NOUN", "PROPN")
            and any(o.dep_ == "dobj" and o.i < c.i for o in objects)
            and (c.lower_ in sanction_kinds() or name_like(c))
        ]
        bearers = [o for o in objects if not is_target_word(o)]  # not 'presenters on a channel'
        access = sanction_words()["entry_denial"]["access"]["words"]
        bearers = [o for o in bearers if lemma(o) not in access]  # 'access to its ports': a place
        for holder in (action, *bearers):  # 'banning entry to 500 Americans'
            heads += [
                p
                for prep in holder.children
                if prep.dep_ in ("prep", "dative")  # 'deny visas to officials who ...'
                and prep.lower_ in ("to", "on", "against")
                and not _fronted(prep, action)
                for p in prep.children
                if p.dep_ == "pobj"
                and p.lower_ not in ("list", "lists")
                and lemma(p) not in sanction_words()["membership_lists"]["words"]
            ]
        denial = sanction_words()["entry_denial"]
        heads += [  # 'restricting visas for 250 officials': whom the entry is refused
            p
            for o in objects
            if lemma(o) in denial["objects"]
            for prep in o.children
            if prep.dep_ == "prep" and prep.lower_ in denial["preps"]
            for p in prep.children
            if p.dep_ == "pobj" and p not in heads
        ]
        heads += [  # 'revoked the visas of three officials': whose visas are taken back
            p
            for o in objects
            if lemma(o) in denial["revocations"]["objects"]
            and lemma(action) in denial["revocations"]["verbs"]
            for p in (
                *(c for c in o.children if c.dep_ == "poss"),
                *(p for c in o.children if c.lower_ == _of_word() for p in c.children),
            )
            if p not in heads and p.dep_ in ("poss", "pobj")
        ]
        owned = [o for o in objects if lemma(o) in sanction_words()["freeze_objects"]]
        holders = [  # 'froze any assets the two banks hold in London': the holders
            s
            for o in owned
            for r in o.children
            if r.dep_ == "relcl"
            for s in r.children
            if s.dep_ == "nsubj" and is_target_word(s)
        ]
        holders += _holders_of(owned)  # 'froze 37 accounts held by six of the men'
        holders += [  # '... owned by 9 men and two firms': the parser joins the
            c  # second holder to the holdings
            for o in owned
            for c in o.conjuncts
            if holders
            and c.i > holders[0].i
            and is_target_word(c)
            and lemma(c) not in sanction_words()["freeze_objects"]
            and any(n.dep_ == "nummod" for n in c.children)
        ]
        if holders:  # the assets ('funds') are no target group of their own
            heads = [h for h in heads if h not in owned] + holders
        of_owner = [  # ('froze two accounts of one of the firms': the accounts, counted)
            o
            for o in owned
            if any(c.lower_ == _of_word() for c in o.children) and not counted_over_owner(o)
        ]
        heads = [h for h in heads if h not in of_owner]  # 'the funds of 12 firms': the firms
        heads += [  # 'the assets of two banks and 4 traders': the parser joins the traders to them
            c for o in of_owner for c in o.conjuncts if is_target_word(c) and c not in heads
        ]
        if lemma(action) not in sanction_words()["freeze_verbs"]:  # (a freeze verb adds them below)
            heads += [o for o in holdings_owners(of_owner) if o not in heads]  # 'released ...'
        if action.pos_ == "NOUN":  # 'the removal of three men from the list'
            heads += [
                p
                for prep in action.children
                if prep.dep_ == "prep"
                and prep.lower_ == sanction_words()["list_exit"]["object_prep"]
                for p in prep.children
                if p.dep_ == "pobj"
            ]
        closing = sanction_words()["closing_verbs"]
        if lemma(action) in closing["words"]:  # 'shut its ports to ...': the ports are no target
            heads = [h for h in heads if lemma(h) not in closing["objects"]]
        heads += companions(action)
        if not heads:
            heads, kind = copula_heads(trigger)
    else:
        if any(c.dep_ == "nummod" and not label_number(c, trigger) for c in trigger.children):
            heads.append(trigger)
        heads += [c for c in trigger.conjuncts if c.lower_ in sanction_kinds()]
        misread = trigger.tag_ == "VBZ"  # 'Russia asset freezes' read as a clause: its subject
        near = [
            c for c in trigger.children if c.dep_ == "compound" or (misread and c.dep_ == "nsubj")
        ] + [trigger]
        heads += [
            t
            for n in near
            for t in n.children
            if t.dep_ in ("compound", "nmod")
            and t.pos_ == "PROPN"
            and nationality_of(t.text) is None
            and (authorities_in(t.text) or t.lower_ in _place_names())  # 'Syria sanctions'
        ]
        holders = [trigger, action, *[c for c in trigger.children if c.dep_ == "compound"]]
        holders += [  # 'sanctions under the Iran Regulations against 5 firms': the instrument
            p
            for h in (trigger, action)
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in sanction_words()["programme_nouns"]["preps"]
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if action.dep_ in ("acl", "xcomp", "advcl"):
            holders.append(action.head)  # 'issued an order placing sanctions on 31 pilots'
        holders += [  # 'extended the freeze it imposed in May on ...', '... ordered last year on'
            c
            for c in trigger.children
            if c.dep_ in ("acl", "relcl")
            and lemma(trigger) in sanction_words()["freeze_context"]["nouns"]
            and sanction_words()["action_verbs"].get(lemma(c)) == "imposed"
        ]
        if action.dep_ == "acl" and action.i > action.head.i and is_target_word(action.head):
            heads.append(action.head)  # 'ordered 40 men added to the list': the men
        if trigger.dep_ == "dobj" and action.dep_ == "acl":
            holders.append(action.head.head)
        granting = sanction_words()["granted_extensions"]
        if lemma(action) in granting["verbs"]:  # 'an extension was granted for five others'
            heads += [
                p
                for h in (trigger, action)
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == granting["target_prep"]
                for p in c.children
                if p.dep_ == "pobj" and (is_target_word(p) or _counted(p))
            ]
        listing = lemma(trigger) in LISTING_NOUNS  # 'the designation of 12 firms'
        listing = listing or (nominal_gerund(trigger) and trigger.lower_ in LISTING_NOUNS)
        if listing:  # 'the designation on May 4 of 12 firms'
            heads += [
                p
                for of in trigger.sent
                if of.lower_ == _of_word() and of.head != trigger and across_adjunct(of) == trigger
                for p in of.children
                if p.dep_ == "pobj"
            ]
        covering = lemma(trigger) in compound_heads() and trigger in holders
        covering_preps = sanction_words()["covering_orders"]["preps"] if covering else []
        for h in holders:
            for c in h.children:
                of_listing = c.lower_ == "of" and (
                    listing or lemma(trigger) in sanction_words()["freeze_context"]["nouns"]
                )  # 'the designation of 12 firms', 'a freeze of 86 accounts'
                of_listing = of_listing or _bearer_of_ban(trigger, c)
                of_listing = of_listing or (h in (trigger, action) and c.lower_ in covering_preps)
                if c.dep_ == "prep" and (c.lower_ in ("against", "on", "targeting") or of_listing):
                    objects = [_dealt_with(p) for p in c.children if p.dep_ == "pobj"]
                    heads += objects or _stranded_object(c)
                elif c.dep_ == "prep":
                    heads += _phrase_prep_objects(c)  # 'in respect of five more people'
                elif (
                    c.dep_ == "dobj"
                    and h == action
                    and c != trigger
                    and lemma(c) not in noun_heads()
                    and not (c.pos_ == "PROPN" and authorities_in(c.text))
                    and not _glued_sum(c)  # 'froze R3bn': money, no one's name
                ):
                    heads.append(_antecedent(c))  # 'a ship which OFAC identified as ...'

        heads = _owners_of_holdings(heads)  # 'extended the freeze on the accounts of six men'
        heads = _held_by_named(heads)  # 'a freeze on two accounts held by a broker, X'
        heads += undergoers(action, trigger) + _struck(action, trigger)
        heads += _reached(trigger, action)
        heads += [h for h in _ban_owners(trigger) if h not in heads]
        if any(c.dep_ == "nsubjpass" for c in action.children):
            heads += companions(action)  # 'X was put on the list together with its owner'
    if lemma(action) in sanction_words()["freeze_verbs"]:
        heads += amount_holders(action)  # 'P2 billion in deposits belonging to 14 people'
        heads = property_owners(action, heads)  # 'froze a villa owned by the mayor'
        heads += counted_holdings(action)  # 'froze $4 million in 30 accounts'
        heads = _owners_after_holdings(action, heads)  # 'froze accounts and boats of six men'
        modified = modifier_object(action)  # 'has frozen assets of ...' read as their modifier
        fronted = inverted_subject(action)  # 'Frozen as well were the funds of six men'
        held = passive_read_as_complement(action)  # 'the funds of six men were frozen' as JJ
        held = held if held is not None else bare_participle_subject(action)  # 'X of 9 frozen'
        for obj in [*action.children, *(o for o in (modified, fronted, held) if o is not None)]:
            if (obj.dep_ == "nsubj" and obj != held) or counted_over_owner(obj):
                continue  # 'the Unit of X froze': whose body acts, not whose assets
            heads += [
                p
                for of in obj.children
                if of.lower_ == "of"
                for prep in (of, *of.conjuncts)  # 'the assets of X and of Y'
                for p in prep.children
                if p.dep_ == "pobj"
            ]
        if (
            heads
        ):  # 'froze the assets of X, and of three of their aides': the second 'of' on the verb
            heads += [
                p
                for prep in action.children
                if prep.dep_ == "conj" and prep.lower_ == _of_word()
                for p in prep.children
                if p.dep_ == "pobj" and is_target_word(p)
            ]
    heads = suspended_parties(action, heads)  # 'suspended transactions of three firms'
    heads += [h for h in standing_holders(trigger) if h not in heads]
    heads += [h for h in _declared_in_a_clause(action) if h not in heads]
    heads += [h for h in _stray_holdings(trigger, action, heads) if h not in heads]
    whole = holdings_list(trigger, action)
    if whole is not None:  # 'froze six flats, two boats and a car of X': the things, counted
        items, spanned = whole
        owners = _counted_list_owners(items)
        kept = [h for h in expand(heads) if h.i not in spanned and h not in owners]
        places = trigger.doc.user_data.setdefault(LISTED_SPAN_KEY, set())
        places |= spanned - {o.i for o in owners} - {i.i for i in items}
        return [*items, *kept, *owners], kind
    return expand(heads), kind


LISTED_KEY = "claims.sanction_listed_holdings"
LISTED_SPAN_KEY = "claims.sanction_listed_holdings_span"


@cache
def _whole_list_items() -> frozenset[str]:
    """Lemmas of the things a list of holdings names (listed_holdings_whole): holdings,
    property frozen whole and the words of that table."""
    table = sanction_words()
    return frozenset(
        {*table["freeze_objects"], *_property_lemmas(), *table["listed_holdings_whole"]["items"]}
    )


@cache
def _amount_words() -> frozenset[str]:
    """Unit and time-unit words (units.json): amounts or periods, never a held thing."""
    units = load_data("units")
    return frozenset({*units["words"], *units["time_units"]})


def _list_item_word(tok: Token, loose: bool = False) -> str | None:
    """The kind a word of a list of holdings stands for: a craft its own kind ('two yachts'),
    a holding or property kind other; after the list's first item (`loose`), any common noun
    no target word of people or firms, amount or period ('..., and a grain dryer'); None for
    any other word."""
    if tok.pos_ == "PROPN" or not tok.is_alpha:
        return None
    kind = sanction_kinds().get(tok.lower_)
    if loose and tok.pos_ == "NOUN" and kind is None and tok.lower_ not in _amount_words():
        return "other"
    if kind in sanction_words()["frozen_craft"]["kinds"]:
        return kind
    if lemma(tok) in sanction_words()["aircraft_cues"]["words"] and _airborne(tok):
        return "aircraft"
    nominal = tok.pos_ in ("NOUN", "VERB") or tok.dep_ in ("dobj", "pobj", "conj", "nsubjpass")
    if nominal and lemma(tok) in _whole_list_items():
        return (
            "other"  # ('31 bank accounts' read as a verb after a number, 'a flat' as an adjective)
        )
    return None


def _size_figure(w: Token) -> bool:
    """'58-foot', '48-room': a number hyphened to a word that is no number ('Sixty-two' counts)."""
    doc = w.doc
    return w.i + 2 < len(doc) and doc[w.i + 1].text == "-" and not doc[w.i + 2].like_num


def _list_count(before: list[Token], head: Token) -> int | None:
    """The count of an item of a list of holdings from the words before its noun: a number
    ('about 1,100'; not '58-foot', a size) or, singular, one of listed_holdings `determiners`."""
    doc = head.doc
    figures = [  # not 'a Cessna 206 plane': a model's number
        w
        for w in before
        if (w.like_num or w.tag_ == "CD") and not _size_figure(w) and doc[w.i - 1].pos_ != "PROPN"
    ]
    if figures:  # 'Sixty-two' with its hyphen
        value = numbers.parse_tokens([w.text for w in doc[figures[0].i : figures[-1].i + 1]])
        return int(value) if value is not None else None
    determiners = sanction_words()["listed_holdings"]["determiners"]
    if head.tag_ != "NNS" and before and before[0].lower_ in determiners:
        return 1
    craft = sanction_words()["frozen_craft"]["kinds"]
    if head.tag_ != "NNS" and before and before[0].pos_ == "DET" and _list_item_word(head) in craft:
        return 1  # '... and the fishing vessel <name>': one craft
    return None


def _list_item(
    doc: Doc, start: int, end: int, loose: bool = False
) -> tuple[Token, str, int | None, int, set[int]] | None:
    """The item of a list of holdings that opens at `start` ('about 2,400 SIM cards', 'a 58-foot
    yacht', 'two light aircraft', 'shares in four firms', '47 bank and postal accounts'): its
    head, kind, count, the index after its noun phrase and the tokens of its phrase."""
    table = sanction_words()["listed_holdings_whole"]
    i = start
    words: list[Token] = []
    while i < end and (
        doc[i].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "ADV", "VERB")
        or doc[i].tag_ in ("HYPH", "CD")
        or doc[i].text == "-"
    ):
        if (
            doc[i].pos_ == "VERB"
            and _list_item_word(doc[i], loose) is None
            and doc[i].tag_ != "VBN"
        ):
            break  # 'belonging', 'holding': the phrase after the item
        if doc[i].pos_ == "ADV" and doc[i].lower_ not in table["bound_words"]:
            break
        if doc[i].pos_ == "DET" and words:
            break
        words.append(doc[i])
        i += 1
    heads = [n for n, w in enumerate(words) if _list_item_word(w, loose) is not None]
    joining = [w for w in table["separators"] if w.isalpha()]
    if not heads and words and i + 1 < end and doc[i].lower_ in joining:
        more = _list_item(doc, i + 1, end, loose)  # '47 bank and postal accounts': one item
        if more is None or more[2] is not None:
            return None
        head, kind, _, after, tokens = more
        return head, kind, _list_count(words, head), after, tokens | {w.i for w in words} | {i}
    if not heads:
        return None
    rest = words[heads[-1] + 1 :]
    named = all(w.pos_ == "PROPN" for w in rest) and _list_item_word(words[heads[-1]]) != "other"
    if rest and rest[0].pos_ in ("NOUN", "PROPN", "ADJ") and not named:
        return None  # 'two bank account holders': the noun phrase goes on past the item
    # ('the fishing vessel <name>': the craft's name after it)
    head, before = words[heads[-1]], words[: heads[-1]]
    kind = _list_item_word(head, loose) or "other"
    tokens = {w.i for w in words[: heads[-1] + 1]}
    count = _list_count(before, head)
    after = head.i + 1
    prep = table["counted_through"].get(lemma(head))
    if count is None and prep is not None and after < end and doc[after].lower_ == prep:
        counted = [t for t in doc[after + 1 : min(end, after + 6)] if t.like_num]
        owner = counted[0].head if counted else None
        value = numbers.parse_tokens([counted[0].text]) if counted else None
        if owner is not None and value is not None and owner.i > counted[0].i:
            count = int(value)  # 'shares in three banks': three holdings
            tokens |= set(range(after, owner.i + 1))
            after = owner.i + 1
    return head, kind, count, after, tokens


def _list_starts(trigger: Token, action: Token) -> list[Token]:
    """Words that may open a list of what a freeze holds: the object of a freeze verb (or its
    passive subject), of a verb a freeze noun acts through ('the order covers'), of a freeze
    participle on an order ('an order freezing'), or of one of `start_preps` on the sanction
    noun ('a freeze on', 'an order over', 'the freezing of')."""
    table = sanction_words()
    preps = table["listed_holdings_whole"]["start_preps"]
    freezing = {*table["freeze_verbs"], *table["freeze_context"]["nouns"]}
    verbs = [v for v in (action, *trigger.children) if lemma(v) in table["freeze_verbs"]]
    if trigger.dep_ == "nsubj" and trigger.head == action:
        verbs.append(action)  # 'the order also covers ...'
    found = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    found += [
        p
        for h in (trigger, action)
        if h.pos_ == "NOUN" or h == trigger
        for c in h.children
        if c.dep_ == "prep"
        and c.lower_ in preps
        and (c.lower_ != _of_word() or lemma(h) in freezing)  # not 'the seizure of'
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return sorted({f for f in found if _list_item_word(f) is not None}, key=lambda t: t.i)


def holdings_list(trigger: Token, action: Token) -> tuple[list[Token], set[int]] | None:
    """A list of two or more things a freeze or an order holds, each counted, one of them no
    craft ('froze seven flats, two yachts and a car', 'an order over 14 accounts at four banks,
    two depots in <town> and a barge'): its items, noted on the Doc (LISTED_KEY) with their
    kinds and counts for target_of, and the tokens the list spans, places and owners with it."""
    starts = _list_starts(trigger, action)
    if not starts:
        return None
    doc = trigger.doc
    table = sanction_words()["listed_holdings_whole"]
    first = starts[0]
    sent = first.sent
    begin = min(t.i for t in first.subtree if t.i <= first.i and not t.is_punct)
    begin = min(begin, first.i)
    while begin < first.i and doc[begin].pos_ not in ("DET", "NUM", "ADJ", "NOUN", "ADV"):
        begin += 1
    items: list[tuple[Token, str, int | None, set[int]]] = []
    i = begin
    spanned: set[int] = set()
    while True:
        got = _list_item(doc, i, sent.end)
        if got is None:
            break
        head, kind, count, after, tokens = got
        items.append((head, kind, count, tokens))
        spanned |= set(range(i, after))
        i, opened = after, False
        limit = after + int(table["reach"])
        while i < min(sent.end, limit) and doc[i].text not in table["stops"]:
            if doc[i].lower_ in table["separators"]:
                j = i + 1
                while j < sent.end and doc[j].lower_ in table["separators"]:
                    j += 1
                nxt = _list_item(doc, j, sent.end, loose=True)
                if nxt is not None and nxt[2] is not None:
                    spanned |= set(range(i, j))
                    i, opened = j, True
                    break
                following = [
                    t for t in doc[j : min(sent.end, j + 4)] if t.pos_ in ("NOUN", "PROPN")
                ]
                if following and is_target_word(following[0]) and _counted(following[0]):
                    break  # 'and nine firms': counted owners, or targets, after the list
            spanned.add(i)
            i += 1
        if not opened:
            break
    if len(items) < 2 or any(c is None for _, _, c, _ in items):
        return None
    if all(k != "other" for _, k, _, _ in items):
        return None  # 'two tankers and a tug': craft, targets of any action
    if all(
        doc[min(t)].lower_ in sanction_words()["listed_holdings"]["determiners"] for *_, t in items
    ):
        return None  # 'a flat and a car': no number counts the list
    noted = doc.user_data.setdefault(LISTED_KEY, {})
    for head, kind, count, tokens in items:
        noted[head.i] = (kind, count, tuple(sorted(tokens)))
    return [h for h, *_ in items], spanned


def _listed_target(head: Token) -> tuple[Target, set[int]] | None:
    """The group an item of a list of holdings stands for, as holdings_list noted it."""
    noted = head.doc.user_data.get(LISTED_KEY, {}).get(head.i)
    if noted is None:
        return None
    kind, count, tokens = noted
    return Target(kind, count), set(tokens) | {head.i}


def _counted_list_owners(items: list[Token]) -> list[Token]:
    """Counted owners a participle of owning names on an item of a list of holdings ('...
    and 18 accounts belonging to seven people', 'held by X and nine firms'): targets as well."""
    table = sanction_words()["freeze_context"]
    found = [
        p
        for item in items
        for a in item.children
        if a.dep_ == "acl" and lemma(a) in table["holder_verbs"]
        for c in a.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in table["holder_preps"])
        for p in c.children
        if p.dep_ == "pobj"
    ]
    found += [c for p in found for c in p.conjuncts]
    return [p for p in found if is_target_word(p) and _counted(p) and _list_item_word(p) is None]


def _holders_of(owned: list[Token]) -> list[Token]:
    """'37 accounts held by six of the men', '11 vans belonging to three of the people': the
    holders a participle of owning names on holdings (or on a holding coordinated with them),
    when counted, told before or not ('... by the three sisters': the sisters, as the gold of most
    sets since round 41 reads it; '27 accounts held by the two cousins' stay the targets) or
    named: a name ('two accounts held by X': X, as most gold reads it) or a target word with
    an apposed name ('held by a car dealer, X'); not 'linked to X'."""
    owning = sanction_words()["freeze_context"]
    return [
        s
        for o in owned
        for r in (c for x in (o, *o.conjuncts) for c in x.children)  # 'accounts and cars ...'
        if r.dep_ == "acl" and (r.tag_ == "VBN" or lemma(r) in owning["holder_verbs"])
        for a in r.children
        if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ in owning["holder_preps"])
        for s in a.children
        if s.dep_ == "pobj"
        and (
            (is_target_word(s) and (s.pos_ == "NUM" or any(c.dep_ == "nummod" for c in s.children)))
            or (
                lemma(r) in owning["holder_verbs"]
                and (s.pos_ == "PROPN" or (s.pos_ == "NOUN" and _apposed_name(s)))
                and not authorities_in(s.text)
            )
        )
    ]


def _apposed_name(word: Token) -> bool:
    """A target word with a name in apposition ('a car dealer, X')."""
    return any(c.dep_ == "appos" and name_like(c) for c in word.children)


def _held_by_named(heads: list[Token]) -> list[Token]:
    """'extended a freeze on three accounts held by a car dealer, X': holdings a sanction noun
    reaches whose holder a participle of owning names (`_holders_of`) are the holder's loss;
    the holder is the target in place of the holdings. The heads unchanged when none is named."""
    owned = [h for h in heads if lemma(h) in sanction_words()["freeze_objects"]]
    holders = [p for p in _holders_of(owned) if p not in heads]
    if not holders:
        return heads
    return [h for h in heads if h not in owned] + holders


def _owners_after_holdings(verb: Token, heads: list[Token]) -> list[Token]:
    """'froze bank accounts, land and boats of six men and two firms': a list of holdings
    frozen (its first a `freeze_objects` word) closed by the 'of' phrase of their owners (after
    its last item, whichever item the parser hangs it on) names the owners of all of them; the owners are the targets in place of the
    holdings. The heads unchanged when no owner by a target word closes such a list."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        items = [obj, *obj.conjuncts]
        if len(items) < 2 or lemma(obj) not in sanction_words()["freeze_objects"]:
            continue
        if any(t.pos_ != "NOUN" for t in items):
            continue  # 'the funds of nine firms and three of their directors': owners listed
        last = max(t.i for t in items)
        owners = [  # the parser may hang the phrase on any item of the list
            p
            for item in items
            for of in item.children
            if of.dep_ == "prep" and of.lower_ == _of_word() and of.i > last
            for p in of.children
            if p.dep_ == "pobj" and is_target_word(p)
        ]
        if owners:
            heads = [h for h in heads if h not in items] + [p for p in owners if p not in heads]
    return heads


def _owners_of_holdings(heads: list[Token]) -> list[Token]:
    """'ordered the freezing of the accounts and land of six men and a sawmill': holdings a
    sanction noun reaches (sanctions.json `freeze_objects`) whose 'of' phrase names their owners
    by a target word or a name are the owners' loss; the owners are the targets in place of the
    holdings. Counted holdings ('a freeze on four accounts of a courier firm') keep their count
    as the claim's own. The heads unchanged when no such owner is named."""
    holdings = set(sanction_words()["freeze_objects"])
    held = [
        h
        for h in heads
        if any(lemma(x) in holdings for x in (h, *h.conjuncts))
        and not any(c.dep_ == "nummod" for c in h.children)  # 'four accounts of X': counted
    ]
    owners = [
        p for p in holdings_owners(held) if (is_target_word(p) or name_like(p)) and p not in heads
    ]
    owners += [  # 'the freezing of land and accounts belonging to 23 operators': the operators
        p for p in _participle_owners(held) if p not in heads and p not in owners
    ]
    if not owners:
        return heads
    return [h for h in heads if h not in held] + owners


def _participle_owners(held: list[Token]) -> list[Token]:
    """Owners a participle of owning (freeze_context `holder_verbs`) names on uncounted holdings
    a sanction noun reaches, none of the list counted ('a freeze on land, houses and accounts
    belonging to 23 operators', '... held by two firms'): a target word or a name."""
    table = sanction_words()["freeze_context"]
    items = {x for h in held for x in (h, *h.conjuncts)}
    if any(_counted(x) for x in items):
        return []
    carriers = sorted(items, key=lambda t: t.i)
    carriers += [  # 'the freezing of land and accounts belonging to ...' hung on the noun
        x.head.head
        for x in items
        if x.dep_ == "pobj" and x.head.lower_ == _of_word() and x.head.head not in carriers
    ]
    last = max((x.i for x in items), default=0)
    found = [
        p
        for x in carriers
        for a in x.children
        if a.dep_ == "acl" and lemma(a) in table["holder_verbs"] and a.i > last
        for prep in a.children
        if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ in table["holder_preps"])
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    found += [c for p in found for c in p.conjuncts if c not in found]
    return [p for p in found if is_target_word(p) or name_like(p)]


def _listed_items(action: Token, heads: list[Token]) -> list[Token] | None:
    """'The companies are X Ltd, Sarstoon Haulage and Logistics, and Chiac & Bol Trading': the
    names listed after a restating copula, one head per item of the list as its punctuation
    splits it (sanctions.json `name_lists`): at semicolons when it has any (each item naming
    something by a proper noun, a description beside it or not), else at commas and, with no
    comma before the last 'and', at that word, each item then a name alone. The parser's
    split of a name at its inner 'and' or '&' so counts no more targets. None when the list is
    no such run of names (a description, a count or a clause among them)."""
    table = sanction_words()["name_lists"]
    if not heads:
        return None
    doc = action.doc
    start = min(h.left_edge.i for h in heads)
    end = action.sent.end
    if doc[end - 1].is_punct and doc[end - 1].dep_ == "punct" and doc[end - 1].head == action:
        end -= 1  # the sentence's full stop
    toks = list(doc[start:end])
    semicolons = any(t.text in table["separators"] for t in toks)
    if not semicolons and heads[0].pos_ != "PROPN":
        return None  # 'The firms are a yard, X, and a shipper, Y': descriptions beside names
    cut = table["separators"] if semicolons else [","]
    parts: list[list[Token]] = [[]]
    for t in toks:
        if t.text in cut:
            parts.append([])
        else:
            parts[-1].append(t)
    joined_last = False  # ', and Z': the comma stands before the last item
    for n, part in enumerate(parts):
        if n and part and part[0].lower_ == table["last"]:
            parts[n] = part[1:]
            joined_last = True
    if not semicolons:
        leads = set(table["description_leads"])
        parts = [  # ', all flagged in Panama': what the items before are, no item of its own
            part
            for n, part in enumerate(parts)
            if not (n and part and _description_part(part, leads))
        ]
        split: list[list[Token]] = []
        for part in parts:  # 'Sea Hawk 12 and Blue Fin 3': a hull number closes a name
            k = 0
            for j, t in enumerate(part):
                if j > k and t.lower_ == table["last"] and part[j - 1].like_num:
                    split.append(part[k:j])
                    k = j + 1
            split.append(part[k:])
        joined_last = joined_last or len(split) > len(parts)
        articles = set(table["articles"])
        parts = [p[1:] if len(p) > 1 and p[0].lower_ in articles else p for p in split]
    if not semicolons and not joined_last:  # 'X, Y and Z'
        last = parts[-1]
        ands = [k for k, t in enumerate(last) if t.lower_ == table["last"]]
        if ands and 0 < ands[-1] < len(last) - 1:
            parts[-1:] = [last[: ands[-1]], last[ands[-1] + 1 :]]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    joiners = set(table["joiners"])
    for part in parts:
        if semicolons:
            if not any(t.pos_ == "PROPN" for t in part):
                return None
        elif (part[0].pos_ != "PROPN" and not _hull_number(part, 0)) or any(
            t.pos_ != "PROPN" and t.lower_ not in joiners and not _hull_number(part, k)
            for k, t in enumerate(part)
        ):
            return None
    out = []
    for part in parts:
        inside = {t.i for t in part}
        roots = [t for t in part if t.pos_ == "PROPN" and t.head.i not in inside]
        out.append(roots[-1] if roots else [t for t in part if t.pos_ == "PROPN"][-1])
    return out


def _hull_number(part: list[Token], k: int) -> bool:
    """A figure that closes a name of a list item ('Sea Hawk 12'), or a capitalised adjective
    the tagger took out of one ('the Tidal Queen'): part of the name."""
    if part[k].pos_ == "ADJ" and part[k].is_title:
        return k + 1 < len(part) and part[k + 1].pos_ == "PROPN"
    return part[k].like_num and k > 0 and part[k - 1].pos_ == "PROPN"


def _description_part(part: list[Token], leads: set[str]) -> bool:
    """A comma-set piece of a list of names that opens with a participle ('flagged in Togo',
    'all owned by one firm'): it describes the items before it."""
    first = part[1] if len(part) > 1 and part[0].lower_ in leads else part[0]
    return first.tag_ == "VBN"


def _reached(trigger: Token, action: Token) -> list[Token]:
    """'The measures now apply to a total of 90 people and 12 firms', 'the bans extend to six
    more officials': whom a sanction noun as subject reaches through 'to'."""
    if trigger.dep_ != "nsubj" or trigger.head != action:
        return []
    if lemma(action) not in sanction_words()["noun_subject_verbs"]:
        return []
    reach = sanction_words()["total_reach"]["word"]
    return [
        p
        for c in action.children
        if c.dep_ == "prep" and c.lower_ == reach
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _category_object(obj: Token) -> bool:
    """'designated the militia a terrorist organization', 'The gang was designated a terrorist
    group': an uncounted object after the target names the category it is put in."""
    verb = obj.head
    category = sanction_words()["category_objects"]
    if obj.dep_ != "dobj" or lemma(verb) not in category["verbs"]:
        return False
    before = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < obj.i]
    return (
        bool(before)
        and not name_like(obj)
        and not any(c.dep_ in ("nummod", "poss") for c in obj.children)
        and not any(
            c.dep_ == "det" and c.lower_ not in category["determiners"] for c in obj.children
        )
    )


DEALINGS = frozenset(sanction_words()["dealings"])


def _phrase_prep_objects(prep: Token) -> list[Token]:
    """'applications in respect of five more people': the objects of a preposition of several
    words (phrase_preps) that names whom an action falls on, read through its inner noun."""
    phrases = sanction_words()["phrase_preps"]["words"]
    return [
        p
        for inner in prep.children
        if inner.dep_ == "pobj"
        for last in inner.children
        if last.dep_ == "prep" and f"{prep.lower_} {inner.lower_} {last.lower_}" in phrases
        for p in last.children
        if p.dep_ == "pobj" and is_target_word(p)
    ]


def _stranded_object(prep: Token) -> list[Token]:
    """'freezes on another five people would follow': a preposition left with no object when
    the parser made the phrase after it the subject of a later verb; the target word that
    phrase ends in."""
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return []
    noun = doc[prep.i + 1]
    while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head  # 'a' -> 'people'
    stranded = noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i == prep.i + 1
    return [noun] if stranded and is_target_word(noun) else []


def _fronted(prep: Token, action: Token) -> bool:
    """'On Flag Day, Oslo listed two firms': a phrase set before the subject is an adjunct of
    time or place, not the group the action falls on."""
    subjects = [c.i for c in action.children if c.dep_ in ("nsubj", "nsubjpass")]
    return prep.head == action and bool(subjects) and prep.i < min(subjects)


def _unmarked_passive(action: Token) -> list[Token]:
    """A passive without its auxiliary, as lists and headlines write it ('40 persons
    sanctioned', 'nine officials sanctioned, two banks blacklisted'): its subject undergoes it
    when the verb is a participle or the subject a counted group (a count never acts); a
    participle the parser hung on the counted group ('Ukraine, 12 May: 26 persons sanctioned')
    is the same line, when the group is no part of a clause ('Two firms listed in May will be
    removed' is the removal's)."""
    top = _first_conjunct(action.head)  # '9 people and 5 firms sanctioned': hung on the last
    top = _listed_apposition(top, action)
    heading = action.dep_ == "acl" and (
        top.dep_ in ("ROOT", "appos") or _broken_off(top, action) or _subject_list(top, action)
    )
    counted = [top] if heading and action.tag_ == "VBN" else []
    subjects = [c for c in action.children if c.dep_ == "nsubj"]
    line = _headline_line(action)
    if line:  # 'engine and boat suppliers targeted': the target word's item
        subjects = [_target_item(c) for c in subjects]
    return [
        c
        for c in subjects
        if is_target_word(c)
        and (action.tag_ == "VBN" or line or any(_counted(t) for t in (c, *c.conjuncts)))
    ] + [c for c in counted if _counted_group(c)]


def _target_item(first: Token) -> Token:
    """'engine and boat suppliers': the first item of the coordination that is a target word
    (the subject itself when none is)."""
    return next((t for t in (first, *first.conjuncts) if is_target_word(t)), first)


def _headline_line(action: Token) -> bool:
    """'Two brokers in Dubai targeted': a participle that closes a line with no full stop, as
    headlines and key points write a passive (the tagger may read it as a past tense)."""
    sent = action.sent
    last = next((t for t in reversed(sent) if not t.is_space), action)
    return last == action and action.tag_ in ("VBD", "VBN")


def _counted_group(top: Token) -> bool:
    """A group of a heading's list: some item a counted target word ('Four bankers, a fixer
    and two firms named': the fixer is no target word of its own, the list is)."""
    items = [top, *top.conjuncts]
    items += [c for t in items for c in t.children if c.dep_ == "appos"]
    items += [c for t in items for c in t.conjuncts]
    return any(is_target_word(t) or demonym_plural(t) for t in items) and any(
        _counted(t) for t in items
    )


def _listed_apposition(first: Token, action: Token) -> Token:
    """'Five Peruvians, a broker and two firms named': the parser hangs the list after the first
    group as an apposition to it; the group it hangs on opens the list (also when the parser made
    that group part of the clause after a clause break: 'Nine men, two firms and a ship listed;
    Oslo follows')."""
    head = first.head
    opens = head.dep_ == "ROOT" or _broken_off(head, action) or _subject_list(head, action)
    if first.dep_ == "appos" and opens and first.conjuncts and _counted(head):
        return head
    return first


def _subject_list(top: Token, action: Token) -> bool:
    """'Four men, two firms and a boat listed after a probe found ... were linked': a heading's
    list with its participle that the parser made the subject of a verb after them, its items
    coordinated or set out as an apposition with items of its own."""
    listed = bool(top.conjuncts) or any(c.dep_ == "appos" and c.conjuncts for c in top.children)
    return (
        top.dep_ in ("nsubj", "nsubjpass")
        and top.head.i > action.i
        and top.left_edge.i <= action.i <= top.right_edge.i
        and listed
    )


def _broken_off(top: Token, action: Token) -> bool:
    """'Six judges and a bank named; one minister delisted': a heading's list the parser made the
    subject of the clause after a clause break (headline_clause_breaks) that ends the list, or
    an unattached dependent of that clause's verb ('Two tankers listed; minister says ...')."""
    verb = top.head
    breaks = sanction_words()["headline_clause_breaks"]
    between = top.doc[action.i + 1 : verb.i]
    return (
        top.dep_ in ("nsubj", "dep")
        and verb.i > action.i
        and any(t.text in breaks for t in between)
    )


def unmarked_passive(action: Token) -> list[Token]:
    """The subjects a passive without its auxiliary acts on ('four entries deleted'), for the
    finder; none when the verb has an auxiliary or an object of its own."""
    if any(c.dep_ in ("aux", "auxpass", "dobj", "prt") for c in action.children):
        return []
    return _unmarked_passive(action)


def _counted(tok: Token) -> bool:
    return any(n.dep_ == "nummod" for n in tok.children)


def _first_conjunct(tok: Token) -> Token:
    """The first item of the coordination the token is in ('X, Y and Z': X)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def apposed_after(group: Token, name: Token) -> bool:
    """'Two trawler operators, X and Y, were listed', 'are a leader and two officials, X and Y':
    names the parser made a second subject (or object) of the group's verb, or an apposition to
    the first item of the group's coordination, right after the group and a comma: an
    apposition to the group all the same."""
    first = _first_conjunct(group)
    top = first
    while top.dep_ in ("conj", "appos") and top.head != top:
        top = top.head  # 'the leader X and two officials': the coordination's own place
    split = name.dep_ == top.dep_ and name.head == top.head
    on_first = first != group and name.dep_ == "appos" and name.head == first
    if name.i <= group.i or not (split or on_first):
        return False
    between = name.doc[group.right_edge.i + 1 : name.left_edge.i]
    return len(between) == 1 and between[0].text == ","


def is_state(action: Token) -> bool:
    """'were subject to restrictions': a copula with a state adjective, not a restatement."""
    return any(lemma(c) in sanction_words()["state_adjectives"] for c in action.children)


def raised_subjects(action: Token) -> list[Token]:
    """'Two firms are expected to be designated', 'are due to be added' (the subject on the
    copula): the subject a passive infinitive is raised to, which it falls on."""
    if action.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in action.children):
        return []
    raised = [(action.head, "nsubjpass")]
    raised += [(action.head.head, "nsubj")] if action.head.dep_ == "acomp" else []
    return [c for h, dep in raised for c in h.children if c.dep_ == dep and c.i < action.i]


def undergoers(action: Token, trigger: Token) -> list[Token]:
    """Who a sanction noun falls on when the verb is passive or a state: 'X was placed under an
    asset freeze', 'Twelve tankers were added to the list', 'Banks were subject to restrictions',
    and a heading's passive without its auxiliary ('Two generals placed under a travel ban')."""
    be_state = action.pos_ == "AUX" or lemma(action) in sanction_words()["copulas"]
    be_state = be_state or lemma(action) in sanction_words()["state_verbs"]["words"]
    deps = ("nsubjpass", "nsubj") if be_state else ("nsubjpass",)
    found = [c for c in action.children if c.dep_ in deps and c != trigger and c.i < trigger.i]
    found = found or [c for c in raised_subjects(action) if c != trigger and c.i < trigger.i]
    if not found and lemma(action) in sanction_words()["state_verbs"]["words"]:
        found = [c for c in action.lefts if c.dep_ == "nummod"]  # 'All 12 face' misread
    bare = not any(  # an object read as a clause ('extended ... the listing of') is one
        c.dep_ in ("aux", "auxpass", "dobj") or nominal_gerund(c) for c in action.children
    )
    if not found and bare and action.tag_ == "VBN":  # 'Three chiefs put under UN travel ban'
        found = [
            c
            for c in _unmarked_passive(action)
            if c.i < trigger.i and lemma(c) not in acting_bodies()  # 'the judge extended ...'
        ]
    return [_counted_modifier(_antecedent(c)) for c in found]


def _struck(action: Token, trigger: Token) -> list[Token]:
    """'A drone maker hit by EU sanctions', 'Two Banks Hit With US Sanctions': a sanction noun
    as the agent of a verb with no object falls on the verb's subject or on the noun its
    participle describes (never on an authority: 'Oslo hit back with sanctions' has none)."""
    prep = _struck_prep(trigger)
    if (
        prep is None
        or prep.lower_ not in sanction_words()["struck_by"]["preps"]
        or prep.head != action
        or lemma(action) not in sanction_words()["struck_by"]["verbs"]
        or any(c.dep_ in ("dobj", "prt") for c in action.children)
    ):
        return []
    found = [c for c in action.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < action.i]
    if action.dep_ == "acl" and action.head.i < action.i:
        found.append(_first_conjunct(action.head))  # 'two men and a firm hit by ...': both
    return [
        _counted_modifier(c)
        for c in found
        if c.pos_ in ("NOUN", "PROPN") and not authorities_in(c.text)
    ]


def _struck_prep(trigger: Token) -> Token | None:
    """The preposition a sanction noun hangs on; for a two-word noun the parser split ('hit with
    asset freezes' read as a noun and a verb) the preposition of its first word."""
    if trigger.dep_ == "pobj":
        return trigger.head
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if before is None or before.dep_ != "pobj":
        return None
    joined = f"{before.lower_} {lemma(trigger)}"
    return before.head if joined in sanction_words()["trigger_nouns"] else None


def _counted_modifier(head: Token) -> Token:
    """A counted target word the parser hung under another noun ('Three companies that supply
    ... gas projects were ...' read as a modifier of 'projects'): the target is that word."""
    if head.lower_ in sanction_kinds():
        return head
    inner = [
        c
        for c in head.children
        if c.dep_ in ("nmod", "compound")
        and c.lower_ in sanction_kinds()
        and any(n.dep_ == "nummod" for n in c.children)
    ]
    return inner[0] if inner else head


def _antecedent(obj: Token) -> Token:
    """A relative pronoun as object stands for the noun its clause is about ('the tankers that
    Brussels blacklisted': the tankers)."""
    fronted = obj.head.dep_ == "relcl" and obj.i < obj.head.i and obj.pos_ in ("SCONJ", "PRON")
    if obj.tag_ in RELATIVE_TAGS or fronted:  # 'that' is sometimes read as a conjunction
        return relative_antecedent(obj) or obj
    return obj


def _dealt_with(obj: Token) -> Token:
    """'banned transactions with the central bank': the target is whom one deals with."""
    if lemma(obj) not in DEALINGS:
        return obj
    partner = [
        p for c in obj.children if c.lower_ == "with" for p in c.children if p.dep_ == "pobj"
    ]
    return partner[0] if partner else obj


def through_total(head: Token) -> Token:
    """'sanctioned a total of 233 individuals': the target is what the total counts; 'the
    entry concerning two firms was deleted': the target is what the list's line is about."""
    entries = sanction_words()["list_entries"]
    if head.lower_ in entries["words"]:
        about = [
            p
            for c in head.children
            if c.lower_ in entries["preps"]
            for p in c.children
            if p.dep_ in ("pobj", "dobj")
        ]
        return about[0] if about else head
    if head.lower_ not in sanction_words()["total_words"]:
        return head
    preps = sanction_words()["total_preps"]
    counted = [
        p for c in head.children if c.lower_ in preps for p in c.children if p.dep_ == "pobj"
    ]
    return counted[0] if counted else head


def expand(heads: list[Token]) -> list[Token]:
    """The heads with their later conjuncts and their named or counted appositions."""
    out: list[Token] = []
    enumerating: set[int] = set()  # 'The three men, two nationals and a trader, ...'
    for h in map(through_total, heads):
        appos = [
            a
            for a in h.children
            if a.dep_ == "appos"
            and (
                name_like(a)
                or any(c.dep_ == "nummod" for c in a.children)
                or _bare_pair(h, a)
                or _listed_on(a)
                or _coordinated(a)
                or _listed_beside(h, a)  # 'two boats, a cabin and ...'
            )
        ]
        if any(c.dep_ == "nummod" for c in h.children):  # 'N firms, among them X and Y'
            appos = [a for a in appos if not subset_of_before(a)]
        members = _enumerated(h)
        if members:  # 'The three men, two nationals and a trader, were listed': one group
            counted = any(c.dep_ == "nummod" for c in h.children)
            out += [h] if counted else members
            enumerating.add(h.i)
            continue
        appos += [o for t in (h, *appos) for o in _owned_items(t) if o not in appos]
        appos += [  # "X's manager, Mr Y, two of his deputies and ...": the list hung on the name
            b
            for a in appos
            if name_like(a)
            for b in a.children
            if b.dep_ == "appos" and b.i > a.i and (b.pos_ == "NUM" or is_target_word(b))
        ]
        for t in (h, *appos):
            tails = [firm_tail(c) for c in (t, *t.conjuncts)]  # 'X & Sons': no people
            later = [c for c in t.conjuncts if c.i > t.i and c not in tails]
            out += [t, *later]
            out += [  # '..., and its treasurer, Ana Ruiz': the item's name stands for it
                a for c in later for a in c.children if a.dep_ == "appos" and name_like(a)
            ]
        out += [c for t in (h, *appos) for c in _after_description(t, appos)]
        out += _after_partitive(h)
        out += _after_participle(h)
        out += _misattached(h)
        out += [c for t in (h, *h.conjuncts) for c in _items_hung_on_a_place(t)]
        out += _after_relative(h)
        out += _joined_names(h)
    out += [t for h in list(out) if h.i not in enumerating for t in _comma_listed(h)]
    return sorted(set(out), key=lambda t: t.i)


def _owned_items(head: Token) -> list[Token]:
    """'the broker X, its director Y and the lessor Z': an apposition owned by 'its' ('his',
    ...) that has a name of its own is the list's next target, not a description of the head
    (its later conjuncts go on the list); one owned by nothing named ('Y, its director') is."""
    owners = sanction_words()["owned_items"]["pronouns"]
    out: list[Token] = []
    for a in head.children:
        if a.dep_ != "appos" or a.i < head.i:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in owners for c in a.children):
            continue
        names = [n for n in a.children if n.dep_ == "appos" and name_like(n)]
        if name_like(a) or names:
            out += [a, *[c for n in names for c in n.conjuncts if c.i > n.i]]
    return out


def _coordinated(appos: Token) -> bool:
    """'Two of his brothers and the trucking firm X were named': an 'apposition' the parser
    hung after a conjunction is the next item of the list, a target of its own."""
    left = appos.left_edge.i
    return left > 0 and appos.doc[left - 1].pos_ == "CCONJ" and appos.lower_ in sanction_kinds()


def _joined_names(head: Token) -> list[Token]:
    """'designated Rahimov and Al-Noor Exchange': the parser may read two names joined by 'and'
    as one name, the first and its conjunct modifying the second's last word; the first is a
    target of its own."""
    if not name_like(head):
        return []
    return [
        c
        for c in head.children
        if c.dep_ in ("nmod", "compound")
        and c.i < head.i
        and name_like(c)
        and any(d.dep_ == "cc" for d in c.children)
        and any(d.dep_ == "conj" and name_like(d) for d in c.children)
    ]


def _after_description(head: Token, kept: list[Token]) -> list[Token]:
    """'designated Ivan Marek, a banker, and Olga Tarn': the parser hangs the next item of the
    list on the apposition that describes the one before; each later conjunct of such a
    description that is a name or a target word is a target of its own."""
    if not name_like(head):
        return []  # 'three aircraft, an Airbus and two Boeings': members, not descriptions
    described = [
        a
        for a in head.children
        if a.dep_ == "appos"
        and a not in kept
        and a.pos_ == "NOUN"
        and any(c.dep_ == "det" for c in a.children)
    ]
    return [
        c
        for a in described
        for c in a.conjuncts
        if c.i > a.i and (name_like(c) or c.lower_ in sanction_kinds())
    ]


def _after_participle(head: Token) -> list[Token]:
    """'X, described as the ring's leader, his wife Y and two of his cousins': the parser hangs
    the next items of the list on the role a description participle gives the name before
    (sanctions.json `description_participles`, through its `as`); an apposition of that role
    owned by one of owned_items `pronouns`, and its later conjuncts, are targets of their own."""
    if not name_like(head):
        return []
    table = sanction_words()
    participles = table["description_participles"]
    pronouns = table["owned_items"]["pronouns"]
    roles = [
        o
        for a in head.children
        if a.dep_ == "acl" and lemma(a) in participles["words"]
        for p in a.children
        if p.dep_ == "prep" and p.lower_ == participles["as"]
        for o in p.children
        if o.dep_ == "pobj"
    ]
    owned = [
        b
        for o in roles
        for b in o.children
        if b.dep_ == "appos"
        and b.i > o.i
        and any(c.dep_ == "poss" and c.lower_ in pronouns for c in b.children)
    ]
    items = [b for b in owned if b.lower_ in sanction_kinds() or name_like(b)]
    items += [  # 'his partner Kati': the name stands for a word of no kind
        n for b in owned if b not in items for n in b.children if n.dep_ == "appos" and name_like(n)
    ]
    return [c for b in items for c in (b, *b.conjuncts) if c.i >= b.i]


def _after_partitive(head: Token) -> list[Token]:
    """'sanctioned two of the same men and four firms', 'two of his sons and the trading firm
    X': the parser joins the next group to the 'of' phrase of the number; each later conjunct
    with a count or an article of its own is a group."""
    if _partitive(head) is None:
        return []
    whole = [p for c in head.children if c.lower_ == _of_word() for p in c.children]
    return [
        c
        for w in whole[:1]
        for c in w.conjuncts
        if c.i > w.i and any(n.dep_ in ("nummod", "det") for n in c.children)
    ]  # a bare name there is one of the part ('two of its firms, X and Y'), no group of its own


def subset_of_before(tok: Token) -> bool:
    """'..., among them three drone makers': the word names part of a group counted before."""
    table = sanction_words()["subset_markers"]
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # '..., among them X and two firms': the list's first item has it
    return any(
        c.dep_ == "prep"
        and c.lower_ in table["preps"]
        and any(p.lower_ in table["pronouns"] for p in c.children)
        for t in (tok, first)
        for c in t.children
    )


def _enumerated(head: Token) -> list[Token]:
    """'The individuals, two officers and a broker, were listed': a plural group word with
    'the' whose coordination, set off by commas before and after, lists its members (the
    parser reads them as its conjuncts). The members, or [] when the phrase is no such list."""
    doc = head.doc
    if head.tag_ != "NNS" or not any(c.dep_ == "det" for c in head.children):
        return []
    later = [c for c in head.conjuncts if c.i > head.i]
    appos = [a for a in head.children if a.dep_ == "appos" and a.i > head.i]
    if not later and appos:  # the first member read as an apposition, the rest its conjuncts
        later = [appos[0], *[c for c in appos[0].conjuncts if c.i > appos[0].i]]
    if len(later) < 2 or head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return []
    if doc[later[0].left_edge.i - 1].i != head.i + 1:
        return []  # the first member follows the comma at once
    end = max(t.right_edge.i for t in later) + 1
    if end >= len(doc) or doc[end].text != "," or head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return []
    return later


def _listed_on(appos: Token) -> bool:
    """'a drone maker, a logistics company and three nationals': a target word read as an
    apposition that a coordination goes on from is the list's next item, not a description."""
    return is_target_word(appos) and any(  # also 'X, four of his aides and a lawyer'
        c.dep_ == "conj" and is_target_word(c) for c in appos.children
    )


def _bare_pair(head: Token, appos: Token) -> bool:
    """'drone maker, Chinese supplier': two target words with no article, a headline's list,
    not an apposition that describes ('X, a Chinese supplier')."""
    return (
        appos.lower_ in sanction_kinds()
        and head.lower_ in sanction_kinds()
        and not any(c.dep_ in ("det", "poss") for t in (head, appos) for c in t.children)
    )  # 'officers whose battalions': an owner's word, no list


def _comma_listed(head: Token) -> list[Token]:
    """Counted groups joined by commas, which the parser hangs anywhere ('11 people,
    29 groups, 4 vessels', '4 generals, 3 shipping firms'): each one after the head; the list's
    last item after 'and' too ('9 people, 3 firms and 5 vessels', when the parser hung the
    second group on the subject)."""
    found: list[Token] = []
    doc, i = head.doc, head.i
    while i + 3 < len(doc):
        after = doc[i + 1 : i + 3]
        if after[0].text == "," and after[1].pos_ == "CCONJ":
            step = 3  # '..., and 5 vessels'
        elif after[0].text == "," or (found and after[0].pos_ == "CCONJ"):
            step = 2  # '..., 3 firms' or, after a comma item, '... and 5 vessels'
        else:
            break
        if i + step >= len(doc):
            break
        number, noun = doc[i + step], doc[i + step].head  # '..., three shipping firms'
        between = doc[number.i + 1 : noun.i]
        described = noun.i > number.i and all(
            t.head == noun and t.dep_ in ("compound", "amod") for t in between
        )
        if not (number.like_num and noun.lower_ in sanction_kinds() and described):
            break
        found.append(noun)
        i = noun.i
    return found


def _misattached(head: Token) -> list[Token]:
    """Target words the parser joined to the head's 'of' object: in 'suppliers of the Shahed
    drone and the RSF's leader' the leader is a target of its own, not a second product."""
    objects = [p for c in head.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return [
        c
        for p in objects
        if p.lower_ not in sanction_kinds()
        for n in (p, *[a for a in p.children if a.dep_ == "appos" and name_like(a)])
        for c in n.conjuncts
        if c.i > n.i and c.lower_ in sanction_kinds()
    ]  # also 'the head of the office, Ivan Petrov, and three commanders' hung on the name


def _items_hung_on_a_place(item: Token) -> list[Token]:
    """'four chalets at <town> and a launch', 'a lorry in <town> and two boats': the next
    items of a list of frozen things (`_frozen_thing`) that the parser joined to the place
    right after a frozen item (the object of one of frozen_property `place_preps`) instead of
    to the item itself."""
    if not _frozen_thing(item) or item.right_edge.i + 2 >= len(item.doc):
        return []
    prep = item.doc[item.right_edge.i + 1]
    if prep.lower_ not in sanction_words()["frozen_property"]["place_preps"]:
        return []
    places = [p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    return [c for p in places for c in p.conjuncts if c.i > p.i and _frozen_thing(c)]


def _listed_beside(head: Token, appos: Token) -> bool:
    """'two boats, a cabin and four vans' read as an apposition: a frozen thing after property
    or a craft is the next item of a list; after holdings of a general word ('two properties, a
    villa and a lot') it says what they are."""
    general = lemma(head) in sanction_words()["frozen_property"]["general"]
    return not general and _frozen_thing(head) and _frozen_thing(appos)


@cache
def _property_lemmas() -> frozenset[str]:
    """Property frozen whole (frozen_property `objects` and `owned_places`: 'chalet', 'farm')."""
    table = sanction_words()["frozen_property"]
    return frozenset({*table["objects"], *table["owned_places"]})


def _frozen_thing(tok: Token) -> bool:
    """Counted holdings, property frozen whole or a craft ('two accounts', 'a chalet', 'three
    boats'): an item of a list of what a freeze or an order covers."""
    table = sanction_words()
    things = {*table["freeze_objects"], *_property_lemmas()}
    determiners = table["listed_holdings"]["determiners"]
    counted = any(c.dep_ == "nummod" and c.like_num for c in tok.children) or (
        tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in determiners for c in tok.children)
    )
    kind = sanction_kinds().get(tok.lower_)
    return counted and (lemma(tok) in things or kind in table["frozen_craft"]["kinds"])


def _after_relative(head: Token) -> list[Token]:
    """'nine judges who jailed activists, five prosecutors and three governors': counted target
    words after a comma that the parser joined to an uncounted noun of the head's relative
    clause continue the head's list, not the clause's."""
    found: list[Token] = []
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        for n in clause.subtree:
            if n.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in n.children):
                continue
            for c in n.conjuncts:
                first = c.doc[c.left_edge.i - 1]
                counted = any(d.dep_ == "nummod" for d in c.children)
                if c.i > n.i and counted and c.lower_ in sanction_kinds() and first.text == ",":
                    found += [c, *[d for d in c.conjuncts if d.i > c.i]]
    return found


SUBJECTS = ("nsubj", "nsubjpass")


def lexical_heads(sent: Span, after: int) -> list[Token]:
    """Target words after the trigger when the parse gives none (headlines, odd parses)."""
    heads: list[Token] = []
    doc = sent.doc
    clauses = [  # 'X froze ..., and Y's ministry banned ...': Y's words are the other clause's
        min(
            [
                c.left_edge.i
                for c in v.children
                if c.dep_ in SUBJECTS and c.i > after and doc[c.left_edge.i - 1].dep_ == "cc"
            ]
            + [v.i]
        )
        for v in sent
        if v.dep_ == "conj" and v.pos_ == "VERB" and v.i > after
    ]
    other = min(clauses, default=sent.end)
    for t in sent:
        if t.i <= after:
            continue
        if t.i >= other or (t.text == ";" and _acts(sent, t.i)):
            break  # another action's words ('...; two of the firms are delisted')
        noun = (t.lower_ in sanction_kinds() or bool(demonym_plural(t))) and t.pos_ in (
            "NOUN",
            "PROPN",
        )  # also 'two Americans'
        first = _first_conjunct(t)  # 'regiment and company commanders': both modify
        top = first
        while top.dep_ in ("compound", "nmod") and top.head != top:
            top = top.head  # 'ship-management firms': the compound's last word
        in_name = first.dep_ in ("compound", "nmod") and (  # 'the General Staff', 'ship managers'
            top.pos_ == "PROPN" or top.lower_ in sanction_kinds()
        )
        in_name = in_name or any(c.tag_ == "WP$" for c in t.children)  # '... whose units'
        in_name = in_name or _hyphen_tail(t)  # 'the director-general': one role, not a general
        placed = (  # 'engineers at a plant', not 'aimed at the fleet'
            t.dep_ == "pobj"
            and t.head.lower_ in sanction_words()["place_preps"]["words"]
            and t.head.head.pos_ not in ("VERB", "AUX")
        )
        if noun and _holding_compound(first, top):
            counted = any(c.dep_ == "nummod" for c in top.children)
            heads += [top] if counted and top not in heads else []
            continue  # '40 savings accounts': the accounts, counted, not a bank
        if placed or in_name or t.dep_ == "poss":
            continue  # 'three chemists at a plant'; 'the cartel's treasurer': its owner
        denied = any(  # '...; no entities are listed'
            c.dep_ == "det" and lemma(c) in sanction_words()["negation_determiners"]
            for c in t.children
        )
        if _in_description(t):
            continue  # '..., accused of moving money for the group': who the target is
        if noun and not denied and not in_clause(t, sent) and not describes_target(t):
            heads.append(_part_number(t))
    return heads


def _hyphen_tail(tok: Token) -> bool:
    """The second half of a hyphened word whose first half is its head ('director-general',
    'attorney-general'): a part of that word, no target word of its own."""
    return (
        tok.i > 1
        and tok.doc[tok.i - 1].tag_ == "HYPH"
        and not tok.doc[tok.i - 1].whitespace_
        and not tok.doc[tok.i - 2].whitespace_
        and tok.head.i == tok.i - 2
    )


def _holding_compound(first: Token, top: Token) -> bool:
    """'froze 40 savings accounts', 'R5 billion in bank deposits', '12 tanker lorries': a target
    word that only modifies a word of what is frozen (freeze_context `holdings`, frozen_property
    `objects`) says what kind of account or vehicle it is, no bank or ship as a target; the
    accounts, when counted, are the group."""
    table = sanction_words()
    holdings = {*table["freeze_context"]["holdings"], *table["frozen_property"]["objects"]}
    return first.dep_ == "compound" and first != top and lemma(top) in holdings


def _part_number(noun: Token) -> Token:
    """The number a target word is the whole of ('two of his sons': 'two'), else the word."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == _of_word() and _partitive(of.head) is not None:
        return of.head
    return noun


def _acts(sent: Span, after: int) -> bool:
    """A sanction verb of its own after token `after` ('...; two of the banks were delisted'),
    not a restatement ('...; they now cover 300 people')."""
    table = sanction_words()
    verbs = {**table["trigger_verbs"], **table["object_verbs"], **table["action_verbs"]}
    return any(
        t.pos_ == "VERB"
        and lemma(t) in verbs
        and lemma(t) not in RESTATE_VERBS
        and not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children)  # 'they apply'
        for t in sent
        if t.i > after
    )


def describes_target(tok: Token) -> bool:
    """A target word in the 'of' phrase of a noun ('directors of two banks', 'the accountant of
    a bank', 'officials of the Defence Ministry'): it says what the noun is; not after a
    total or a sanction noun ('a total of 12 banks', 'designations of three firms')."""
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    of = first.head
    return (
        first.dep_ == "pobj"
        and of.lower_ == sanction_words()["description_prep"]["word"]
        and of.head.pos_ in ("NOUN", "PROPN")
        and lemma(of.head) not in sanction_words()["total_words"]
        and lemma(of.head) not in noun_heads()
        and lemma(of.head) not in LISTING_NOUNS
    )


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


def _in_description(tok: Token) -> bool:
    """Inside a participle clause that says what is said of a target ('X, accused of moving money
    for the group', 'Y, described as the gang's chief financier')."""
    words = sanction_words()["description_participles"]["words"]
    h = tok
    for _ in range(12):
        if h.dep_ == "acl" and h.tag_ == "VBN" and lemma(h) in words:
            return True
        if h.head == h:
            return False
        h = h.head
    return False


CONTRAST = ("while", "whereas", "although", "though", "but")


def apart(tok: Token) -> bool:
    """In a clause of its own ('..., while its navy has 150 ships'): a count there is a quantity
    even in a sentence whose other numbers count a sanction's targets; so is a count of the
    sources that report it ('according to five senators')."""
    sources = sanction_words()["report_sources"]
    h = tok
    for _ in range(12):
        if any(c.lower_ in CONTRAST and c.dep_ in ("mark", "cc") for c in h.children):
            return True
        reported = h.dep_ == "pobj" and h.head.lower_ == sources["prep"]
        if reported and h.head.head.lower_ in sources["words"]:
            return True
        if h.head == h:
            return False
        h = h.head
    return False


def partitive_counts(doc: Doc, after: int) -> set[int]:
    """Numbers that count back into targets already named ('Two of the individuals named',
    'three of those companies'), from token `after` (the first sanction sentence) on: the sanction's."""
    found: set[int] = set()
    lower = columns(doc).lower
    for of in [doc[i] for i in range(len(doc))[after:] if lower[i] == "of"]:
        number, pobj = of.head, [c for c in of.children if c.dep_ == "pobj"]
        if number.pos_ != "NUM" or not pobj or number.i > of.i:
            continue
        noun = pobj[0]
        back = any(c.lower_ in ("the", "these", "those") for c in noun.children)
        counted = any(c.dep_ == "nummod" for c in noun.children)
        if noun.lower_ in sanction_kinds() and back and not counted:
            found |= {t.i for t in number.subtree if t.i < of.i}
    return found


def _referred_number(head: Token) -> int | None:
    """The count a back-reference states: 'both' two, 'all three' or 'the four' its number."""
    words = sanction_words()["back_reference"]
    if head.lower_ in words["pairs"] and head.pos_ in ("PRON", "DET", "NOUN"):
        return 2
    if not head.like_num or not any(c.lower_ in words["determiners"] for c in head.children):
        return None
    value = numbers.parse_tokens([head.text])
    return int(value) if value is not None else None


def _definite_plural(head: Token) -> str | None:
    """'the tankers', 'these companies': a plural target word with no count or name of its own."""
    kind = sanction_kinds().get(head.lower_)
    if kind is None or head.tag_ != "NNS":
        return None
    words = sanction_words()["back_reference"]
    if any(c.dep_ in ("nummod", "appos", "amod", "compound") for c in head.children):
        return None
    det = [c for c in head.children if c.dep_ == "det"]
    return kind if det and det[0].lower_ in words["determiners"] else None


def _earlier_groups(head: Token, reach: int | None = None) -> list[list[Target]]:
    """Counted target groups of the `reach` sentences before the head's (the table's
    `sentences` by default), nearest sentence first."""
    doc, sent = head.doc, head.sent
    found: list[list[Target]] = []
    start = sent.start
    for _ in range(reach or sanction_words()["back_reference"]["sentences"]):
        if start == 0:
            break
        before = doc[start - 1].sent
        counted: list[Target] = []
        for tok in before:
            got = target_of(tok) if tok.lower_ in sanction_kinds() else None
            if got is not None and got[0].count is not None and len(got[1]) > 1:
                counted.append(got[0])
            elif got is not None and (count := _number_before(tok)) is not None:
                counted.append(Target(got[0].kind, count, [], got[0].nationality))
        found.append(counted)
        start = before.start
    return found


def _number_before(tok: Token) -> int | None:
    """A number written just before a plural target word the parser hung elsewhere ('Four
    tankers - A, B and C - were ...' read as a modifier of the first name)."""
    if tok.i == 0 or tok.tag_ != "NNS" or not tok.nbor(-1).like_num:
        return None
    value = numbers.parse_tokens([tok.nbor(-1).text])
    return int(value) if value is not None else None


def _resolve(head: Token) -> Target | None:
    """The earlier group a back-reference stands for: the one of its count or kind, or the
    sentence's groups together when their counts add up to it ('two banks and an airline ...
    all three')."""
    number, kind = _referred_number(head), _definite_plural(head)
    pronoun = (
        head.pos_ == "PRON" and head.lower_ in sanction_words()["back_reference"]["plural_pronouns"]
    )
    if number is None and kind is None and not pronoun:
        return None
    words = sanction_words()["back_reference"]
    reach = words["number_sentences"] if number is not None and kind is None else None
    for n, counted in enumerate(_earlier_groups(head, reach)):
        if number is not None and n >= words["sentences"]:  # farther: the count itself only
            exact = [t for t in counted if t.count == number]
            if exact:
                return Target(exact[0].kind, number, [], exact[0].nationality)
            continue
        if pronoun and counted:
            kinds = {t.kind for t in counted}
            if len(kinds) > 1:
                return Target("other")
            return Target(
                kinds.pop(), sum(t.count or 0 for t in counted), [], counted[0].nationality
            )
        if kind is not None:
            same = [t for t in counted if t.kind == kind]
            if same:
                return Target(kind, same[0].count, [], same[0].nationality)
            continue
        exact = [t for t in counted if t.count == number]
        if exact:
            return Target(exact[0].kind, number, [], exact[0].nationality)
        if counted and sum(t.count or 0 for t in counted) == number:
            kinds = {t.kind for t in counted}
            return Target(kinds.pop() if len(kinds) == 1 else "other", number)
    return None


def _spelled_out(head: Token, heads: list[Token]) -> bool:
    """'The four, three bankers and a broker, are ...': a back-reference whose members follow it
    after a comma (an apposition, or read as a coordination); they are the targets it counts."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return (
        after is not None
        and after.text == ","
        and any(c in heads for c in head.children if c.dep_ in ("appos", "conj"))
    )


def back_reference(heads: list[Token]) -> tuple[list[Target], list[Token]]:
    """Targets given by back-references ('Both were placed under an asset freeze', 'identified
    the tankers as blocked property') resolved to groups counted before; the other heads."""
    resolved: list[Target] = []
    rest: list[Token] = []
    for head in heads:
        target = _resolve(head)
        number = _referred_number(head) if head.like_num else None
        if target is None and number is not None:
            target = Target("other", number)  # 'All ten face a freeze': ten, of kinds unknown
        if target is not None and _spelled_out(head, heads):
            continue  # 'The four, three bankers and a broker, ...': the members say who
        if target is None:
            rest.append(head)
        else:
            resolved.append(target)
    return resolved, rest


def linked_groups(sent: Span, actions: set[int], taken: set[int]) -> list[Token]:
    """Counted target words the sentence adds to the action after its first targets ('..., as
    well as two vessels', 'together with measures on 5 tankers', 'and on 31 tankers'): each
    hangs from one of the action's verbs through objects, conjuncts and prepositions of the
    listed kinds only (never through a relative clause or another verb)."""
    table = sanction_words()["linked_targets"]
    deps, preps = set(table["deps"]), set(table["preps"])
    found: list[Token] = []
    first = min(actions)
    doc, kinds = sent.doc, sanction_kinds()
    lower = columns(doc).lower
    for noun in [doc[i] for i in range(sent.start, sent.end) if lower[i] in kinds]:
        counted = any(c.dep_ == "nummod" for c in noun.children)
        if noun.i <= first or noun.i in taken or noun.lower_ not in sanction_kinds() or not counted:
            continue
        h, ok = noun, False
        for _ in range(8):
            if h.dep_ not in deps or h.head == h:
                break
            if h.dep_ == "prep" and h.lower_ not in preps:
                break
            h = h.head
            if h.i in actions:
                ok = True
                break
            if h.pos_ in ("VERB", "AUX"):
                break
        if ok and not apart(noun) and not subset_of_before(noun):
            found.append(noun)
    return found
