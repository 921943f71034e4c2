"""Sanction claims: one per sentence that states a sanction action (impose, designate, blacklist,
freeze assets, ban entry, add to a list; lift; extend), with authorities, status and targets.

Sentences that only mention sanctions (defying, evading, under sanctions) are not claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.attrs import DEP, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from claims.extract import numbers
from claims.extract.chunking import has_numbered_line, is_number_mark
from claims.extract.columns import columns
from claims.extract.lastseen import LastSeen
from claims.extract.lexicon import kind_of_word, nationality_of
from claims.extract.patterns import Match, PatternSet
from claims.extract.rejections import Rejections
from claims.extract.sanctions.authorities import (
    actor_authorities,
    agent_authorities,
    authorities_in,
    authorities_of,
    core_authorities,
    is_listing,
    named_as_agents,
    reported_state,
    reporting_authorities,
    unnamed_home,
)
from claims.extract.sanctions.cumulative import (
    TOTAL_WORDS,
    cumulative_targets,
    is_cumulative,
    standing_lemmas,
    standing_targets,
    standing_total,
)
from claims.extract.sanctions.headlines import (
    headline_claims,
    label_claim,
    lines,
    menu_link,
    timeline_claim,
    words_targets,
)
from claims.extract.sanctions.measure_headings import fold_restatements
from claims.extract.sanctions.model import Sanction, Target
from claims.extract.sanctions.records import record_claim
from claims.extract.sanctions.targets import (
    DEALINGS,
    RESTATE_VERBS,
    amount_holdings,
    back_reference,
    companions,
    demonym_plural,
    direct_objects,
    expand,
    groups,
    is_state,
    is_target_word,
    lexical_heads,
    linked_groups,
    listed_as,
    members_after_mark,
    note_story,
    of_objects,
    owned_holdings,
    place_only,
    target_heads,
    through_total,
    told_surname,
    undergoers,
    unmarked_passive,
)
from claims.extract.sanctions.words import (
    across_adjunct,
    acting_bodies,
    base_lemmas,
    causatives,
    compound_heads,
    cue_words,
    idiom_words,
    inflections,
    lemma,
    noun_heads,
    pattern_gate,
    programme,
    sanction_noun_tokens,
    sanction_words,
)
from claims.extract.story import Story
from claims.extract.syntax import (
    acting_subject,
    appos_read_for_object,
    bare_participle_subject,
    causative_holder,
    clause_subject_object,
    doc_text,
    inverted_subject,
    modifier_object,
    nominal_gerund,
    nominal_verb,
    object_past_adjunct,
    parted_object,
    participle_read_as_adjective,
    passive_agent,
    passive_read_as_complement,
    split_by_semicolon,
    standing_for,
    stranded_subject,
    swapped_verb,
)
from claims.resources import load_data


@cache
def _word_set(key: str) -> frozenset[str]:
    """A word list of the sanction data as a set, made once."""
    return frozenset(sanction_words()[key])


def _blocked(tok: Token) -> bool:
    """The mention sits under a word that is no action (defying, under, despite, violating)."""
    bad = _word_set("not_action")

    def no_action(t: Token) -> bool:  # 'placed under an asset freeze' is an action
        return lemma(t) in bad and not (t.dep_ == "prep" and _placed(t)) and not _fronted(t)

    h = tok
    for _ in range(3):
        if no_action(h) or no_action(h.head):
            return True
        if h.head == h:
            break
        h = h.head
    doc = tok.doc
    if tok.pos_ == "NOUN":  # the words around a noun, walked only for a noun
        offences = _word_set("offence_words")
        clauses = {  # 'sanctions on 11 people involved in rights violations': the targets' deeds
            t.i
            for d in tok.subtree
            if d.head != tok
            and (d.dep_ in ("acl", "relcl") or (d.dep_ == "amod" and d.i > d.head.i))
            for t in d.subtree
        }
        around = [t for c in tok.children for t in c.subtree if t.i not in clauses]
        around += [tok.head, tok.head.head]
        if any(lemma(t) in offences for t in around):
            return True  # 'penalties for sanctions offences', 'sanctions violations'
    return any(no_action(t) for t in doc[max(tok.sent.start, tok.i - 2) : tok.i])


def _fronted(prep: Token) -> bool:
    """'Under the same decision the committee took X off its list': an opening preposition the
    parser made the sentence's root, with the clause hung on its object; it governs no action."""
    return prep.dep_ == "ROOT" and prep.pos_ == "ADP" and prep.i == prep.sent.start


def _placed(prep: Token) -> bool:
    """A preposition after a verb of placing: 'put under sanctions', 'placed on the list'."""
    return lemma(prep.head) in sanction_words()["list_verbs"]


def _compound_head(tok: Token) -> bool:
    """'fresh denial orders': a head that is a sanction noun only with its compound word."""
    if lemma(tok) not in compound_heads():
        return False
    words = sanction_words()["compound_heads"][lemma(tok)]

    def compounded(t: Token) -> bool:
        before = " " + " ".join(x.lower_ for x in t.doc[max(t.sent.start, t.i - 3) : t.i])
        return (
            any(c.dep_ in ("compound", "amod") and lemma(c) in words for c in t.children)
            or any(" " in w and before.endswith(" " + w) for w in words)  # two-word compounds
            or _compound_read_as_verb(t, words)
        )

    if compounded(tok):
        return True
    if any(c.dep_ in ("compound", "nmod", "poss") for c in tok.children):
        return False  # 'a judge's order', 'the council's decision': another head's own kind
    if _told_measure(tok):
        return True  # 'That order was lifted in May' right after the freeze's own sentence
    # 'the court lifted the orders' after 'preservation orders' earlier: the same instrument
    low = lemma(tok)
    if any(lemma(t) == low and compounded(t) for t in tok.doc[: tok.i]):
        return True
    if _covering_back_reference(tok, words):
        return True  # 'a judge froze ... The order covers 40 accounts and two cars'
    if _added_to_told_order(tok, words):
        return True  # 'a court froze ... It plans to add two more people to the order'
    return _compound_told(low, _lines_before(tok.doc))  # in the lines before the paragraph


def _compound_read_as_verb(tok: Token, words: list[str]) -> bool:
    """'FREEZING ORDER AGAINST TEN DEALERS' in capitals: the parser reads the compound word right before the
    head as a gerund taking the head as its object; it is still the head's compound."""
    verb = tok.head
    preps = {sanction_words()["measure_prep"]["word"], sanction_words()["against_verbs"]["prep"]}
    return (
        tok.dep_ == "dobj"
        and verb.i == tok.i - 1
        and verb.tag_ == "VBG"
        and lemma(verb) in words
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children)
    )  # 'it was freezing orders from abroad' has a subject and no target phrase: a verb indeed


def _heading_gerund(verb: Token) -> bool:
    """A gerund the parser made of the compound word of a sanction noun right after it."""
    return any(
        (words := sanction_words()["compound_heads"].get(lemma(c))) is not None
        and _compound_read_as_verb(c, words)
        for c in verb.children
        if c.dep_ == "dobj"
    )


#: The article's paragraphs read so far: a freeze told in one is the bare 'the order' of a later
#: one, and the holdings one speaks of make a later bare 'the freeze' an asset freeze.
_ORDER_STORY = Story()


def _covering_back_reference(tok: Token, words: list[str]) -> bool:
    """'A court froze the assets of nine men. The order covers 40 accounts and two flats': a bare
    head of compound_heads as the subject of a verb a sanction noun acts through
    (noun_subject_verbs: 'covers', 'extends to'), with a counted object or 'to' phrase (or one of
    its conjuncts counted, or a target word), is the measure of its compound words
    when the story before it (this paragraph, the lines before it or an earlier paragraph of the
    article) told that measure by a word of them ('froze', 'ordered the freezing')."""
    verb = tok.head
    if tok.dep_ != "nsubj" or lemma(verb) not in sanction_words()["noun_subject_verbs"]:
        return False
    reach = sanction_words()["total_reach"]["word"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [  # 'The order extends to two subsidiaries'
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == reach
        for p in c.children
        if p.dep_ == "pobj"
    ]
    objects += [j for o in objects for j in o.conjuncts]  # 'covers a villa and 12 accounts'
    counted = any(c.dep_ == "nummod" and c.like_num for o in objects for c in o.children)
    if not counted and not any(is_target_word(o) for o in objects):
        return False  # 'covers a barge', 'covers 30 accounts'; not 'covers the period'
    return _story_told(tok, words)


def _story_told(tok: Token, words: list[str]) -> bool:
    """The story before `tok` (this paragraph, an earlier paragraph of the article or the lines
    just before it) told a measure by one of `words` ('froze', 'the freeze')."""
    told = set(words)
    if any(lemma(t) in told for t in tok.doc[: tok.i]):
        return True
    if any(lemma(t) in told for d in _ORDER_STORY.before(tok.doc) for t in d):
        return True
    forms = {f for w in words for f in inflections(w)}
    forms |= {k for k, v in sanction_words()["lemma_exceptions"].items() if v in told}
    return any(w in forms for w in re.findall(r"[a-z]+", _lines_before(tok.doc).lower()))


def _added_to_told_order(tok: Token, words: list[str]) -> bool:
    """'plans to add two more firms to the order', 'were added to the order': a bare head of
    compound_heads that a verb of listing moves something onto (list_verbs, list_preps) is the
    measure of its compound words when the story before it told that measure."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in sanction_words()["list_preps"]:
        return False
    return _placed(prep) and _story_told(tok, words)


@cache
def _compound_pattern(head: str) -> re.Pattern[str]:
    words = sanction_words()["compound_heads"][head]
    forms = sorted({f for w in words for f in inflections(w)}, key=len, reverse=True)
    heads = "|".join(re.escape(f) for f in sorted(inflections(head), key=len, reverse=True))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\s+(?:{heads})\b")


def _compound_told(head: str, text: str) -> bool:
    """The text names the sanction noun of a compound head in full ('preservation orders')."""
    return bool(text) and _compound_pattern(head).search(text.lower()) is not None


def _context_ok(tok: Token) -> bool:
    if lemma(tok) in sanction_words()["exclusions"]["nouns"]:
        return _excluded_by_lender(tok) or _received_ban(tok)  # 'lifted the exclusion of ...'
    if lemma(tok) not in sanction_words()["needs_context"]:
        return True
    around = " ".join(t.lower_ for t in tok.doc[max(0, tok.i - 3) : tok.i + 3])
    on_word = sanction_words()["measure_prep"]["word"]
    on = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == on_word]
    phrase = " ".join(t.text for c in on for t in c.subtree)
    if tok.pos_ == "NOUN" and (nationality_of(phrase) or authorities_in(phrase)):
        around += " " + phrase.lower()  # 'a ban on Russian seafood imports', not a state's own
    if _falls_on_targets(tok) or _freeze_on_targets(tok):
        return True  # 'lifted restrictions on three airlines': a measure on a target group
    if any(_torn_on_targets(tok, v) for v in [tok.head, *tok.children] if v.pos_ == "VERB"):
        return True  # the same, with the group parsed as the subject of the verb after it
    if _told_measure(tok):
        return True  # 'The ban was renewed in 2021' right after the ban's own sentence
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and _placed(tok.head):
        placed = [c for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(is_target_word(o) or _named_target(o) for o in placed):
            return True  # 'six tankers were placed under a ban': a target group put under it
    if lemma(tok) == "list" and _moved_on_list(tok):
        return True
    if _holdings_freeze(tok):
        return True  # 'the court extended the freeze' on a page of frozen accounts
    if _received_ban(tok):
        return True  # 'the keeper was handed a three-match ban' on a sports body's page
    holder = tok.head.head if tok.dep_ == "pobj" else tok
    if lemma(holder) in sanction_words()["state_adjectives"]:
        return True  # 'are also subject to a trading ban'
    verb = tok.head
    aligning = sanction_words()["alignment_verbs"]["words"]
    taker = verb.head if verb.dep_ == "prep" else verb
    if tok.dep_ in ("dobj", "pobj") and lemma(taker) in aligning:
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        subject = acting_subject(taker)
        state = subject is not None and (subject.pos_ == "PRON" or bool(actor_authorities(subject)))
        if state or any(core_authorities(o) for o in owners):
            return True  # 'aligned itself with the bloc's export ban', 'mirror the EU ban'
    taken = _taken_over_by(tok)
    agent = passive_agent(taken) if taken is not None else None
    if agent is not None and actor_authorities(agent):
        return True  # 'that debarment, matched by Peru's tender agency': taken over
    lifting = sanction_words()["action_verbs"].get(lemma(verb)) == "lifted"
    if lifting and tok.dep_ == "dobj" and _named_subject(verb):
        return True  # 'the EU suspended restrictions on energy': relief is about sanctions
    if lemma(tok) in sanction_words()["doc_context_nouns"]:
        ordinal = any(c.tag_ == "JJ" and c.like_num for c in tok.children)  # 'its 18th package'
        bare = not any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
        if ordinal or (bare and tok.dep_ == "dobj" and _named_subject(tok.head)):
            return True  # 'the EU adopted the package'
        around = doc_text(tok.doc).lower()
    return any(w in around for w in sanction_words()["context_words"])


def _outlaws(verb: Token) -> bool:
    """'declared the front an unlawful association', 'was declared a terrorist group', 'Declares
    New Front Unlawful': a verb of declaring whose object (or passive subject) is a target word
    or a name, with an outlawing category after it in its clause (claims/data/sanctions.json
    `outlawing_declarations`)."""
    table = sanction_words()["outlawing_declarations"]
    if lemma(verb) not in table["verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "ccomp")]
    objects += [s for c in objects if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    named = [o for o in objects if o.pos_ == "PROPN" and o.ent_type_ != "DATE"]
    if not any(is_target_word(o) for o in objects) and not named:
        return False
    categories = set(table["categories"])
    kinds = set(table["kinds"])
    return any(
        t.lower_ in categories
        and (t.dep_ in ("acomp", "oprd", "ccomp", "xcomp") or lemma(t.head) in kinds)
        for t in verb.subtree
        if t.i > verb.i
    )  # the category completes the verb or names a kind of group, not 'an unlawful assembly'


def _declared_outlaws(verb: Token) -> bool:
    """'declared four men terrorists', 'has declared 11 people and a charity suspected
    terrorists', 'Three clerics were declared terrorists': a verb of declaring with a counted or
    named target word as object (or passive subject) and a noun of an outlaw category after it
    (claims/data/sanctions.json `declared_outlaws`) puts them on a list."""
    table = sanction_words()["declared_outlaws"]
    if lemma(verb) not in table["verbs"]:
        return False
    categories = set(table["categories"])
    named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    named += [j for c in named for j in c.conjuncts]
    named += [c for n in named for c in n.children if c.dep_ == "compound"]  # 'four men terrorists'
    targets = [
        n
        for n in named
        if lemma(n) not in categories
        and (
            (is_target_word(n) and any(c.dep_ == "nummod" for c in (*n.children, *n.head.children)))
            or (n.pos_ == "PROPN" and n.ent_type_ != "DATE")
        )
    ]
    if not targets:
        return False
    first = min(t.i for t in targets)
    return any(
        lemma(t) in categories and t.pos_ == "NOUN" and t.i > first
        for t in verb.subtree
        if t.i > verb.i
    )


def _told_measure(noun: Token) -> bool:
    """'The ban was last renewed in 2021', 'The bank lifted that ban': a bare measure noun with a
    definite determiner and nothing else of its own, right after a sentence that speaks of
    sanctions, is the measure told there (claims/data/sanctions.json `told_measures`)."""
    table = sanction_words()["told_measures"]
    if noun.pos_ != "NOUN" or lemma(noun) not in table["nouns"] or noun.tag_ not in ("NN", "NNS"):
        return False
    own = [c for c in noun.children if c.dep_ not in ("det", "punct")]
    dets = [c for c in noun.children if c.dep_ == "det" and c.lower_ in table["determiners"]]
    if lemma(noun) in table["after_freeze"] and not _freeze_before(noun.sent):
        return False  # 'The order was placed in 2019': an order of goods
    return not own and bool(dets) and _after_sanction(noun.sent)


def _freeze_before(sent: Span) -> bool:
    """The sentence before states a freeze: a freeze verb or a freeze noun ('froze', 'the
    freezing of')."""
    if sent.start == 0:
        return False
    table = sanction_words()
    words = {*table["freeze_verbs"], *table["freeze_context"]["nouns"]}
    forms = {f for w in words for f in inflections(w)}
    before = sent.doc[sent.start - 1].sent
    return any(lemma(t) in words or t.lower_ in forms for t in before)


def _holdings_freeze(noun: Token) -> bool:
    """'The court extended the freeze by six months', 'The freeze covers 214 accounts': a bare
    freeze noun is an asset freeze on a page that speaks of the assets or accounts frozen (its
    paragraph or an earlier one of the article); a
    common-noun compound of another kind ('a hiring freeze') makes it another freeze
    (claims/data/sanctions.json `freeze_context`)."""
    table = sanction_words()["freeze_context"]
    if lemma(noun) in sanction_words()["held_blocks"]["nouns"]:
        return noun.pos_ == "NOUN" and _block_on_holdings(noun)
    misread = swapped_verb(noun) is not None or nominal_verb(noun)  # 'secured freezes on'
    if lemma(noun) not in table["nouns"] or (noun.pos_ != "NOUN" and not misread):
        return False  # a noun, or a headline's noun read as the verb ('orders freeze on ...')
    holdings = set(table["holdings"])
    if any(
        c.dep_ in ("compound", "nmod", "amod")
        and c.pos_ in ("NOUN", "VERB")
        and lemma(c) not in holdings
        for c in noun.children
    ):
        return False
    general = sanction_words()["general_rules"]["determiners"]
    if any(
        d.dep_ == "det" and d.lower_ in general
        for c in noun.children
        if c.dep_ == "prep"
        for p in c.children
        for d in p.children
    ):
        return False  # 'face the freezing of any assets they hold': what listing does, no act
    on_word = sanction_words()["measure_prep"]["word"]
    frozen = sanction_words()["freeze_objects"]
    if any(
        lemma(p) in frozen
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == on_word
        for p in c.children
        if p.dep_ == "pobj"
    ):
        return True  # 'A freeze on the manager's flat was lifted': on what it holds
    return _story_speaks_of_holdings(noun)  # or an earlier paragraph spoke of them


def _story_speaks_of_holdings(noun: Token) -> bool:
    """The noun's paragraph or an earlier one of the article speaks of money held (freeze_context
    holdings)."""
    holdings = set(sanction_words()["freeze_context"]["holdings"])
    docs = (*_ORDER_STORY.before(noun.doc), noun.doc)
    return any(lemma(t) in holdings for d in docs for t in d if t.pos_ == "NOUN")


def _block_on_holdings(noun: Token) -> bool:
    """'ended the block on three deposits', 'a block on a savings account': a block noun whose 'on'
    phrase (its own, or the verb's when the noun is that verb's object, the parser's other
    attachment) is holdings (freeze_objects, frozen_property objects) with no compound of another kind before it
    (claims/data/sanctions.json `held_blocks`)."""
    if any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in noun.children):
        return False  # 'a voting block on ...'
    on_word = sanction_words()["measure_prep"]["word"]
    frozen = set(sanction_words()["freeze_context"]["holdings"])
    if _story_speaks_of_holdings(noun):  # 'the restraint on a van' where accounts were frozen
        frozen |= {
            *sanction_words()["freeze_objects"],
            *sanction_words()["frozen_property"]["objects"],
        }
    owners = [noun]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        owners.append(noun.head)
    return any(
        lemma(p) in frozen
        for o in owners
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == on_word and (o is noun or c.i > noun.i)
        for p in c.children
        if p.dep_ == "pobj"
    )


def _moved_on_list(noun: Token) -> bool:
    """'added to the list', 'were taken off the list': a list that a verb of listing moves
    something onto or off, through a preposition or (the parser's other reading) a particle on
    the verb whose object the list is."""
    preps, verbs = sanction_words()["list_preps"], sanction_words()["list_verbs"]
    if noun.head.lower_ in preps and lemma(noun.head.head) in verbs:
        return True
    particle = any(c.dep_ == "prt" and c.lower_ in preps for c in noun.head.children)
    return noun.dep_ == "dobj" and particle and lemma(noun.head) in verbs


def _falls_on_targets(noun: Token) -> bool:
    """'restrictions on four officials', 'extended the controls on two banks': what the measure
    falls on (its own preposition, or the one the parser hung on the verb right after it) is a
    target group, so the noun is a sanction whatever the words around it."""
    # 'curbs against three skippers' as well as 'curbs on three skippers'
    on_words = {sanction_words()["measure_prep"]["word"], sanction_words()["against_verbs"]["prep"]}
    holders = [noun]
    if noun.dep_ in ("dobj", "nsubjpass"):  # 'imposed restrictions on', 'were imposed on'
        holders.append(noun.head)
    verb = noun.head
    covering = noun.dep_ == "nsubj" and lemma(verb) in sanction_words()["noun_subject_verbs"]
    if covering and any(  # 'The restrictions also cover 31 captains': a counted group
        c.dep_ == "dobj" and is_target_word(c) and any(n.dep_ == "nummod" for n in c.children)
        for c in verb.children
    ):
        return True
    return any(
        (is_target_word(p) and not programme(p)) or _kind_named(p)
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in on_words and c.i > noun.i
        for p in c.children
        if p.dep_ == "pobj"
    )


def _kind_named(name: Token) -> bool:
    """'the ban on the trawler Sama 3': a name whose kind word stands before it (the parser may
    make the kind word a modifier of the name) names one target of that kind."""
    return _named_target(name) and any(
        c.i < name.i and c.dep_ in ("amod", "compound", "nmod") and is_target_word(c)
        for c in name.children
    )


def _court_request(noun: Token) -> Token | None:
    """'will ask the High Court for preservation orders', 'sought freeze orders against three
    men': a court order of compound_heads that is the object or the 'for' phrase of a verb of
    asking (court_requests) is planned; the order itself is the action (the court asked is no
    target). The order, else None."""
    table = sanction_words()["court_requests"]
    if not _compound_head(noun) and not _freeze_on_targets(noun) and not _sought_freeze(noun):
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == table["prep"]:
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    if any(c.dep_ == "neg" for c in head.children):
        return None  # 'has not sought a freeze on ...': nothing asked
    return noun if head.pos_ == "VERB" and lemma(head) in table["verbs"] else None


def _sought_freeze(noun: Token) -> bool:
    """'plans to request freezes on four additional farms', 'will also ask for freezes': a bare freeze on a
    page of frozen holdings (_holdings_freeze) whose 'on' phrase, if any, is holdings or a
    counted group; 'will seek a freeze on rents' asks for no asset freeze."""
    if not _holdings_freeze(noun):
        return False
    on_word = sanction_words()["measure_prep"]["word"]
    frozen = sanction_words()["freeze_objects"]
    return all(
        p.dep_ == "pobj" and (lemma(p) in frozen or any(c.dep_ == "nummod" for c in p.children))
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == on_word
        for p in c.children
        if p.dep_ in ("pobj", "pcomp")
    )  # 'a freeze on hiring' (a gerund) is none either


def _freeze_on_targets(noun: Token) -> bool:
    """'a freeze on three more traders', 'freezes against four men': a freeze noun whose 'on' or
    'against' phrase is a target group, a court order in all but name."""
    preps = {sanction_words()["measure_prep"]["word"], sanction_words()["against_verbs"]["prep"]}
    return lemma(noun) in sanction_words()["freeze_context"]["nouns"] and any(
        is_target_word(p)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    )


def _action_for_noun(tok: Token) -> Token | None:
    """The verb that acts on a sanction noun: up the tree, else an action word just before it."""
    actions = sanction_words()["action_verbs"]
    requested = _court_request(tok)
    if requested is not None:
        return requested  # 'will ask the court for preservation orders': the order, planned
    coming = _coming_round(tok)
    if coming is not None:
        return coming  # 'Further designations will follow': a planned round of its own
    passive = _misread_noun_action(tok)
    if passive is not None:
        return passive  # 'Asset freezes on two banks were lifted' read as 'freezes' the verb
    instrument = _instrument_action(tok)
    if instrument is not None:
        return instrument  # 'revoked the order that underpinned its sanctions'
    modifier = _verb_read_as_modifier(tok)
    if modifier is not None:
        return modifier
    clause = appos_read_for_object(tok)  # 'a court extended by 90 days a freeze on ...'
    if clause is not None and lemma(clause) in actions:
        return clause
    parted = parted_object(tok)  # 'to impose, with immediate effect, sanctions on ...'
    if parted is not None and lemma(parted) in actions:
        return parted
    answered = _answered_with(tok)
    if answered is not None:
        return answered
    matched = _taken_over_by(tok)
    if matched is not None:
        return matched  # 'That debarment, matched by Peru's tender agency, runs on'
    on = tok.head if tok.dep_ == "pobj" else None
    if on is not None and on.lower_ in sanction_words()["list_preps"] and on.head.pos_ == "NOUN":
        return None  # 'the ships on the blacklist are barred': where the ships are, no action
    h = tok
    for _ in range(4):
        if h.head == h or split_by_semicolon(h, h.head):
            break  # 'X freezes assets; Y bars 250 officials': no action across a semicolon
        h = h.head
        if h.pos_ == "ADJ" and lemma(h) in sanction_words()["state_adjectives"]:
            return h.head if h.head.pos_ in ("AUX", "VERB") else None  # 'were subject to a ban'
        if (h.pos_ in ("VERB", "AUX") or _misread_state(h)) and _faced(tok, h):
            return h  # 'All six now face a travel ban'
        if h.pos_ in ("VERB", "AUX") or _misread_verb(h):
            subject = h == tok.head and tok.dep_ in ("nsubj", "nsubjpass")
            later = _later_passive(h) if subject else None
            if subject and later is None and _expected_on_targets(tok, h):
                later = h  # 'Bans on two more captains are expected': planned
            if later is not None:
                return (
                    later  # 'The package is due to be adopted', 'Listings are set to be approved'
                )
            active_subject = h == tok.head and tok.dep_ == "nsubj"
            if active_subject and lemma(h) not in sanction_words()["noun_subject_verbs"]:
                return None  # 'The measures follow a statement': measures do not adopt
            if _describes_measures(h, tok):
                return None  # 'The restrictions, which include asset freezes, run to 2030'
            if _in_sequence(h):
                return None  # 'The measures follow visa bans announced by Latvia': time order
            own_subject = h == tok.head and tok.dep_ == "nsubj"
            if own_subject and _barred_from(h, DEALINGS):
                return None  # 'Sanctions bar citizens from dealing with a target': an effect
            if own_subject and _general_rule(h):
                return None  # 'Sanctions under the Act apply to persons in Canada': an effect
            if h == tok.head and _generic_adoption(h, tok):
                return None  # 'a ban by one league is enforced by every other league': a rule
            if lemma(h) in sanction_words()["subject_only_verbs"]["words"] and not own_subject:
                break  # 'the resolutions return: an embargo, ...': the noun does not return
            if lemma(h) in actions and _acts_on_targets(h):
                return h
            if _makes_order(h, tok):
                return h  # 'the court made a restraining order over ...'
            if h == tok.head and _court_confirms(h, tok):
                return h  # 'a judge confirmed the freeze the next day'
            if f"{h.lower_} {lemma(tok)}" not in sanction_words()["trigger_nouns"]:
                break  # '(identified X as) blocked property' is one noun: go on up
    own = (
        {c.i for c in tok.children if c.dep_ in ("compound", "amod")}
        if _compound_head(tok)
        else set()
    )
    kinds = sanction_words()["kind_participles"]["words"]
    heading = tok.head == tok or tok.head.pos_ not in ("VERB", "AUX")  # no verb takes it
    for t in tok.doc[max(tok.sent.start, tok.i - 3) : tok.i]:
        if heading and t.dep_ == "amod" and t.head == tok and t.lower_ in kinds:
            continue  # 'Targeted sanctions' as a heading: a kind of measure, no act
        if lemma(t) in actions and t.i not in own:  # not 'freeze' of 'the bank's freeze notices'
            return t
    return None


def _makes_order(verb: Token, noun: Token) -> bool:
    """'the court made a freezing order against three men', 'Orders were also made against two
    firms': a court's verb of making (made_orders `verbs`) whose object (or passive subject) is
    the order noun itself imposes it; 'made the sanctions harder to evade' makes no order."""
    table = sanction_words()["made_orders"]
    return (
        lemma(verb) in table["verbs"]
        and lemma(noun) in table["nouns"]
        and noun.head == verb
        and noun.dep_ in ("dobj", "nsubjpass")
    )


def _court_confirms(verb: Token, noun: Token) -> bool:
    """'A judge in Lima confirmed the freeze', 'The freeze was confirmed by a criminal court': a
    court (court_nouns, as subject or agent) that confirms a measure (court_confirmations
    `verbs`, the noun its object or passive subject) keeps it in force: the measure, imposed.
    A ministry or a spokesman confirming it only reports it."""
    if lemma(verb) not in sanction_words()["court_confirmations"]["verbs"]:
        return False
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    agent = passive_agent(verb)
    return _court_actor(acting_subject(verb)) or _court_actor(agent)


def _taken_over_by(noun: Token) -> Token | None:
    """'That debarment, matched by Peru's tender agency, ...', 'a ban applied by two lenders':
    a participle of taking over another's measure (adopting_verbs) hung on the measure, with an
    agent that acts, on a measure that is its clause's subject (not 'follows the sanctions
    adopted by the EU', where the participle tells the other's own act): the agent's own action."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for c in noun.children:
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.i < noun.i:
            continue
        if lemma(c) in sanction_words()["adopting_verbs"]["words"] and passive_agent(c) is not None:
            return c
    return None


def _instrument_action(noun: Token) -> Token | None:
    """'revoked the executive order that underpinned its sanctions', 'renewed the decree
    underlying the asset freezes': an action on the legal instrument that a relative clause
    ties to the sanctions acts on them (claims/data/sanctions.json `instrument_clauses`)."""
    table = sanction_words()["instrument_clauses"]
    verb = noun.head
    if (
        noun.dep_ != "dobj"
        or verb.dep_ not in ("relcl", "acl")
        or lemma(verb) not in table["verbs"]
    ):
        return None
    instrument = verb.head
    if lemma(instrument) not in table["nouns"] or instrument.dep_ not in ("dobj", "nsubjpass"):
        return None
    action = instrument.head
    found = action.pos_ == "VERB" and lemma(action) in sanction_words()["action_verbs"]
    return action if found else None


def _answered_with(noun: Token) -> Token | None:
    """'Kenya followed with its own bans', 'Oslo matched the move with asset freezes': a verb
    of taking over measures whose 'with' phrase names the sanctions it took acts with them."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != sanction_words()["accompanying"]["prep"]:
        return None
    verb = prep.head
    aligning = lemma(verb) in sanction_words()["alignment_verbs"]["words"]
    return verb if verb.pos_ == "VERB" and aligning else None


def _coming_round(tok: Token) -> Token | None:
    """'Further asset freezes will follow', 'A new batch of designations is expected in May',
    'More listings are due to come': a sanction noun (or a round of them) as the subject of a verb
    of arrival that looks ahead; that verb is a planned action."""
    table = sanction_words()["coming_rounds"]
    holder = tok
    of_word = sanction_words()["description_prep"]["word"]
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == of_word
        and lemma(tok.head.head) in table["rounds"]
    ):
        holder = tok.head.head
    arrivals = table["verbs"]
    work = table["preparations"]
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == work["prep"]
        and lemma(tok.head.head) in work["nouns"]
    ):
        holder, arrivals = tok.head.head, work["verbs"]  # 'work on a new package will start'
    elif lemma(tok) in table["rounds"]:  # 'a further round targeting the banks': its own clause
        acting = sanction_words()["trigger_verbs"].keys() | sanction_words()["object_verbs"].keys()
        if not any(c.dep_ == "acl" and lemma(c) in acting for c in tok.children):
            return None
    expecting = holder.dep_ == "dobj" and lemma(holder.head) in table["passives"]
    if holder.tag_ == "VBZ" and holder.pos_ == "VERB":  # the plural noun read as the verb
        verbs = [c for c in holder.children if c.dep_ in ("ccomp", "conj") and c.i > holder.i]
    elif holder.dep_ in ("nsubj", "nsubjpass") or (holder.dep_ == "csubj" and holder != tok):
        verbs = [holder.head]  # 'Work on a new package will start' read with 'Work' the verb
    elif expecting and not any(c.dep_ == "auxpass" for c in holder.head.children):
        return holder.head  # 'officials expect another wave of listings'
    else:
        return None
    verbs += [c for v in verbs for c in v.children if c.dep_ in ("acomp", "xcomp")]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "xcomp"]  # 'are due to come'
    for verb in verbs:
        if any(c.dep_ == "dobj" for c in verb.children):
            continue  # 'Sanctions will follow the attack': time order
        if lemma(verb) in arrivals and _looks_ahead(verb):
            return verb
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        further = any(c.dep_ == "xcomp" for c in verb.children)  # 'expected to be adopted'
        if lemma(verb) in table["passives"] and passive and not further:
            return verb
    return None


def _round_reached(noun: Token) -> Token | None:
    """'An earlier round, in March, covered four people', 'The first batch named two banks': a
    round of sanctions as the subject of a verb of reaching whose object is a target group states
    that round's action (the verb), in a text that speaks of sanctions; a round of something
    else ('a round of talks') is none."""
    table = sanction_words()["coming_rounds"]
    verb = noun.head
    if noun.dep_ != "nsubj" or lemma(verb) not in table["reaching_verbs"]:
        return None
    of_word = sanction_words()["description_prep"]["word"]
    if any(c.dep_ == "prep" and c.lower_ == of_word for c in noun.children):
        return None  # 'a round of talks covered three issues'; 'a round of listings' is _trigger's
    if not any(c.dep_ == "dobj" and is_target_word(c) for c in verb.children):
        return None
    return verb if _speaks_of_sanctions(noun.doc) else None


def _filed_request(noun: Token) -> Token | None:
    """'Fresh applications against four more firms will be lodged': a noun of asking as passive
    subject of a verb of filing that looks ahead, with a target group in its own phrase, right
    after a sentence that states a freeze, plans more of them; the filing verb, else None."""
    table = sanction_words()["filed_requests"]
    verb = noun.head
    if noun.dep_ != "nsubjpass" or lemma(verb) not in table["verbs"] or not _looks_ahead(verb):
        return None
    phrase = [t for c in noun.children if c.dep_ == "prep" for t in c.subtree]
    if not any(is_target_word(t) for t in phrase):
        return None  # 'new requests against the ruling will be filed': no group to freeze
    return verb if _freeze_before(noun.sent) else None


def _misread_noun_action(tok: Token) -> Token | None:
    """'Asset freezes on two banks were lifted': the parser reads the plural sanction noun as
    the clause's verb and hangs the real, passive action on it as a clause of its own."""
    if tok.tag_ != "VBZ" or tok.pos_ != "VERB":
        return None
    own = list(tok.children)
    siblings = [  # 'Japan said the asset freezes ... were lifted': both hang on 'said'
        c for c in tok.head.children if tok.dep_ == "ccomp" and c.dep_ == "ccomp" and c != tok
    ]
    return next(
        (
            c
            for c in own + siblings
            if c.dep_ in ("ccomp", "conj")
            and c.i > tok.i
            and (lemma(c) in sanction_words()["action_verbs"] or _expected_on_targets(tok, c))
            and any(a.dep_ == "auxpass" for a in c.children)
            and (c in own or not any(a.dep_ == "nsubjpass" for a in c.children))
        ),
        None,
    )


def _expected_on_targets(noun: Token, verb: Token) -> bool:
    """'Bans on four more captains are expected': a passive verb of planning (`planned_heads`)
    with no infinitive of its own, whose subject is a sanction noun on a target group, states
    a planned measure."""
    return (
        lemma(verb) in sanction_words()["planned_heads"]
        and any(a.dep_ == "auxpass" for a in verb.children)
        and not any(c.dep_ == "xcomp" for c in verb.children)
        and (_falls_on_targets(noun) or _freeze_on_targets(noun) or _torn_on_targets(noun, verb))
    )


def _torn_on_targets(noun: Token, verb: Token) -> bool:
    """'Bans on four captains are expected' parsed with the preposition left empty and the
    target group hung on the verb as a second subject: the group is still what the noun is on."""
    preps = {sanction_words()["measure_prep"]["word"], sanction_words()["against_verbs"]["prep"]}
    torn = [
        c
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in preps and not any(p.dep_ == "pobj" for p in c.children)
    ]
    return bool(torn) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > torn[0].i and is_target_word(c)
        for c in verb.children
    )


def _general_rule(verb: Token) -> bool:
    """'Sanctions apply to persons in Canada': a verb of reach whose target words are bare
    plurals (no count, name or determiner) states whom a law may reach, not an action; so does
    'The listings freeze any funds the targets keep'."""
    table = sanction_words()["general_rules"]
    if any(c.dep_ == "dobj" and _any_holdings(c) for c in verb.children):
        return not _state_acts(verb)  # 'Japan will freeze any assets the two hold': an action
    if lemma(verb) not in table["verbs"]:
        return False
    reached = [
        p
        for c in verb.children
        if c.dep_ in ("dobj", "prep")
        for p in ([c] if c.dep_ == "dobj" else [o for o in c.children if o.dep_ == "pobj"])
        if is_target_word(p)
    ]
    return bool(reached) and all(
        p.tag_ == "NNS"
        and not any(c.dep_ in ("det", "nummod", "poss", "appos", "amod") for c in p.children)
        for p in reached
    )


def _generic_adoption(verb: Token, noun: Token) -> bool:
    """'A debarment by one lender is enforced by every other lender': a sanction noun with an
    indefinite article (general_rules `indefinite`) as the passive subject of a verb of taking
    over measures (adopting_verbs) in the present tense states a standing rule, no action."""
    table = sanction_words()["general_rules"]
    return (
        noun.dep_ == "nsubjpass"
        and any(c.dep_ == "det" and c.lower_ in table["indefinite"] for c in noun.children)
        and lemma(verb) in sanction_words()["adopting_verbs"]["words"]
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    )


def _state_acts(verb: Token) -> bool:
    """The verb's subject (or passive agent) is a state, named or a pronoun its reporting
    clause names."""
    agent = passive_agent(verb)
    if agent is not None and core_authorities(agent):
        return True
    if _asked_of_others(verb):
        return False  # 'told lenders to freeze any accounts': the lenders comply
    subject = acting_subject(verb)
    if subject is None:
        return False
    if actor_authorities(subject) or reported_state(subject):
        return True
    private = sanction_words()["compliance_subjects"]["words"]
    return subject.lower_ in private and _reported_by_authority(verb)  # on the state's notice


def _asked_of_others(verb: Token) -> bool:
    """An infinitive completing a verb with an object of its own ('told banks to freeze', 'urged
    allies to follow'): what others are asked to do, not the subject's act."""
    return verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children)


def _urged_to_copy(verb: Token) -> bool:
    """'urging its partners to copy the listings': others asked to take over measures (a verb
    of adopted_actions) is a request, no action of the one who asks."""
    return lemma(verb) in sanction_words()["adopted_actions"]["verbs"] and _asked_of_others(verb)


def _any_holdings(obj: Token) -> bool:
    """'any funds the listed persons own': assets with a general determiner whose holders are not
    counted ('any funds the two banks hold' freezes those of a group: an action)."""
    if lemma(obj) not in sanction_words()["freeze_objects"]:
        return False
    general = sanction_words()["general_rules"]["determiners"]
    if not any(d.dep_ == "det" and d.lower_ in general for d in obj.children):
        return False
    holders = [s for c in obj.children if c.dep_ == "relcl" for s in c.children]
    holders = [h for h in holders if h.dep_ == "nsubj"]
    holders += [  # 'any accounts held by the two brokers': the participle's agent holds them
        p
        for c in obj.children
        if c.dep_ == "acl"
        for a in c.children
        if a.dep_ == "agent"
        for p in a.children
        if p.dep_ == "pobj"
    ]
    if any(any(n.dep_ == "nummod" for n in h.children) for h in holders):
        return False
    of_word = sanction_words()["description_prep"]["word"]
    owners = [  # 'any accounts of the family': the holders a definite phrase names
        p
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == of_word
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if any(n.dep_ == "nummod" and n.like_num for o in owners for n in o.children):
        return False  # 'all property of five brokers': the holdings of a counted group
    return not any(
        any(d.dep_ in ("det", "poss") and d.lower_ not in general for d in o.children)
        and not any(c.dep_ in ("amod", "acl") and c._.listing_verb for c in o.children)
        for o in owners
    )  # 'any funds of the listed persons' stays what listing does


def _is_sum(tok: Token) -> bool:
    """'CHF 23 million', '14 (of them)', 'N9.6bn': a number, or a glued figure, that is no share
    ('5% of its reserves')."""
    shares = sanction_words()["freeze_context"]["shares"]
    if any(c.lower_ in shares for c in tok.children):
        return False
    glued = numbers.split_glued(tok.text)
    return tok.tag_ == "CD" or (glued is not None and bool(glued.prefix or glued.suffix))


def _state_freezes_sum(verb: Token) -> bool:
    """'Bern has frozen CHF 23 million', "Ruritania's courts froze 14 of them", 'the court froze
    N2bn in 40 accounts': a sum (a number as the object) that a state or one of its bodies
    freezes is an asset freeze; a sum in anything but holdings ('froze EUR 2bn in aid') is not,
    nor one frozen by a private holder (no state named)."""
    sums = [c for c in direct_objects(verb) if _is_sum(c)]
    subj = acting_subject(verb)
    if not sums or subj is None:
        return False
    if not (actor_authorities(subj) or lemma(subj) in acting_bodies()):
        return False
    table = sanction_words()["freeze_context"]
    held = [
        p
        for h in (verb, *sums)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == table["amount_prep"]
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN"  # not 'in March'
    ]
    return all(lemma(p) in table["holdings"] for p in held)


def _describes_measures(verb: Token, noun: Token) -> bool:
    """'The restrictions, which include asset freezes and a trade ban, ...': measures stating
    what they consist of, with no target group in the sentence, state no action."""
    if lemma(verb) not in sanction_words()["content_verbs"]["words"] or noun.i < verb.i:
        return False
    nouns = noun_heads() | set(sanction_words()["package_nouns"])
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [verb.head for c in subjects if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"]
    if not any(lemma(s) in nouns for s in subjects):
        return False
    return not any(is_target_word(t) for t in verb.sent)


def _in_sequence(verb: Token) -> bool:
    """'The measures follow visa bans ...': a verb of order in time whose subject is a sanction
    or package noun states no action of its own."""
    if lemma(verb) not in sanction_words()["sequence_verbs"]["words"]:
        return False
    nouns = noun_heads() | set(sanction_words()["package_nouns"])
    return any(c.dep_ == "nsubj" and lemma(c) in nouns for c in verb.children)


def _verb_read_as_modifier(noun: Token) -> Token | None:
    """'Kyiv extended sanctions on 40 men whose listing ...' read with 'extended' as an adjective
    of 'sanctions': a past-tense action verb before the noun with a subject of its own (or a
    noun before it the parser hung as an adverb: 'A new decree extended sanctions ...') acts;
    a participle naming a kind of measure ('Section 5 - Targeted sanctions') needs a subject."""
    kinds = sanction_words()["kind_participles"]["words"]
    return next(
        (
            c
            for c in noun.lefts
            if c.dep_ == "amod"
            and c.tag_ in ("VBD", "VBN")
            and lemma(c) in sanction_words()["action_verbs"]
            and any(
                s.dep_ == "nsubj"
                or (s.dep_ == "npadvmod" and s.pos_ in ("NOUN", "PROPN") and c.lower_ not in kinds)
                for s in c.lefts
            )
        ),
        None,
    )


def _renews_pronoun(verb: Token) -> bool:
    """'set up its arms embargo in 2020 and renewed it', 'apply the measures and plan to extend
    them': an extending verb whose pronoun object stands for the sanction noun an earlier verb
    of the same clause chain took."""
    if sanction_words()["action_verbs"].get(lemma(verb)) != "extended":
        return False
    if not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children):
        return False
    chain: list[Token] = []
    h = verb
    while h.dep_ in ("conj", "xcomp") and h.head != h and len(chain) < 4:
        h = h.head
        chain.append(h)
    heads = noun_heads()
    return any(
        c.dep_ == "dobj"
        and (lemma(c) in heads or any(m.dep_ == "compound" and lemma(m) in heads for m in c.lefts))
        for v in chain
        if v.i < verb.i
        for c in v.children
    )


def _trigger_read_as_modifier(tok: Token) -> bool:
    """'Tokyo, Seoul blacklist five arms brokers' read with the verb as a modifier of the target
    noun: right after a state's name, before a target group it modifies."""
    if tok.pos_ not in ("ADJ", "NOUN") or tok.dep_ not in ("amod", "compound") or tok.i == 0:
        return False
    if tok.pos_ == "NOUN" and tok.tag_ != "NN":
        return False  # 'US sanctions' as a noun is the sanction itself
    before, head = tok.doc[tok.i - 1], tok.head
    plural = head.tag_ == "NNS" or tok.pos_ == "ADJ"
    return (
        before.pos_ == "PROPN"
        and bool(core_authorities(before))
        and head.i > tok.i
        and plural
        and is_target_word(head)
    )


def _participle_read_as_adjective(tok: Token) -> bool:
    """'Two firms were each debarred': a passive participle the tagger read as an adjective
    completing 'be', with a subject on the copula; it states the action as the passive would."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ == "acomp"
        and lemma(tok.head) in sanction_words()["copulas"]
        and tok.lower_.endswith("ed")
        and any(c.dep_ == "nsubj" for c in tok.head.children)
    )


def _clause_verb_misread(tok: Token) -> bool:
    """'The bank on Monday debarred X Ltd' read with the verb as a modifier of the name after it
    that still has a subject of its own, or 'cross-debarred the three firms' read as an
    adjective with a direct object: either way a clause's verb."""
    if tok.dep_ == "amod" and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return True
    if _verb_after_apposition(tok):
        return True
    return tok.pos_ == "ADJ" and any(c.dep_ == "dobj" for c in tok.children)


def _verb_after_apposition(tok: Token) -> bool:
    """'X, the region's development lender, debarred Y Ltd' read with no verb at all: a past
    form right after the comma that closes the subject's apposition, read as a modifier of the
    name after it, in a sentence whose root is a noun. The clause's verb."""
    doc, root = tok.doc, tok.sent.root
    return (
        tok.dep_ == "amod"
        and tok.tag_ in ("JJ", "VBN", "VBD")
        and tok.lower_ != lemma(tok)
        and tok.i > tok.sent.start
        and doc[tok.i - 1].is_punct
        and tok.head.i > tok.i
        and tok.head.pos_ == "PROPN"
        and root.pos_ in ("PROPN", "NOUN")
        and root.i < tok.i
    )


def _misread_verb(tok: Token) -> bool:
    """A headline's verb the tagger read as a noun: the root, with a nominal subject of its own
    ('EU curbs return after ...')."""
    return (
        tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children)
    )


def _misread_state(tok: Token) -> bool:
    """'All nine face a travel ban' read as a noun 'face' counted by 'eight' (or as a verb with
    the number hung on it as a modifier), with the sanction noun as its object: the root, a
    state verb, with a number for its subject."""
    return (
        tok.dep_ == "ROOT"
        and (tok.pos_ == "NOUN" or not any(c.dep_ == "nsubj" for c in tok.children))
        and lemma(tok) in sanction_words()["state_verbs"]["words"]
        and any(c.dep_ == "nummod" for c in tok.children)
    )


def _faced(noun: Token, verb: Token) -> bool:
    """'All six now face a travel ban', 'Ship managers X and Y face an asset freeze': a counted,
    referred-back or named target group undergoes the sanction noun a state verb takes as object;
    'could face sanctions' is a threat, and a state facing sanctions ('Iran faces new sanctions')
    names no target."""
    if lemma(verb) not in sanction_words()["state_verbs"]["words"] or noun.head != verb:
        return False
    modals = sanction_words()["modals"]
    misread = noun.dep_ == "ccomp" and noun.tag_ == "VBZ"  # 'risk asset freezes' as a clause
    if not (noun.dep_ == "dobj" or misread):
        return False
    if any(c.dep_ == "aux" and lemma(c) in modals for c in verb.children):
        return False
    refer = sanction_words()["back_reference"]
    back = {*refer["determiners"], *refer["pairs"]}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if _misread_state(verb):  # 'All eight face ...' read as a counted noun
        subjects += [c for c in verb.children if c.dep_ == "nummod"]
    named = lemma(noun) in sanction_words()["state_verbs"]["named_objects"]
    return any(
        s.like_num
        or s.lower_ in refer["pairs"]
        or any(c.dep_ == "nummod" for c in s.children)
        or (is_target_word(s) and any(c.lower_ in back for c in s.children))
        or (named and _named_target(s) and _after_sanction(verb.sent, REACH))
        for s in subjects
    )


def _with_country(noun: Token) -> bool:
    """A trade noun tied to a country ('exports to Russia', 'imports of Iranian oil', 'ban the
    sale of chips to Iran' with the country on the verb)."""
    preps = [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    near = [t for part in (noun, *preps) for t in part.subtree if t != noun]
    words = " ".join(t.text for t in near)
    return bool(authorities_in(words)) or any(nationality_of(t.text) for t in near)


def _later_passive(verb: Token) -> Token | None:
    """The passive action an infinitive under the verb (or its predicate adjective) states of the
    subject: 'is due to be adopted', 'are expected to be imposed'."""
    actions = sanction_words()["action_verbs"]
    holders = [verb, *[c for c in verb.children if c.dep_ == "acomp"]]
    for holder in holders:
        if lemma(holder) not in sanction_words()["planned_heads"]:
            continue  # 'have to be renewed' states a rule, not a coming action
        for c in holder.children:
            passive = any(a.dep_ == "auxpass" for a in c.children)
            if c.dep_ == "xcomp" and passive and lemma(c) in actions:
                return c
    return None


def _acts_on_targets(verb: Token) -> bool:
    """A verb that states a sanction only with a target group as object ('affect 30 people')."""
    if lemma(verb) not in sanction_words()["target_object_verbs"]["words"]:
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(is_target_word(o) for o in objects)


def _blocks_access(verb: Token, objects: list[Token]) -> bool:
    """A verb of blocking whose objects are all places online ('blocked 300 betting sites')."""
    table = sanction_words()["access_blocking"]
    return (
        lemma(verb) in table["verbs"]
        and bool(objects)
        and all(lemma(o) in table["objects"] for o in objects)
    )


def _object_verb(tok: Token) -> bool:
    """'barred 37 ships', 'drops three names': an action only with a target-word object and
    an authority as subject, or with a sanction word in the sentence."""
    low = lemma(tok)
    if (
        low not in sanction_words()["object_verbs"]
        and low not in sanction_words()["any_object_verbs"]
        and low not in sanction_words()["disciplinary_bans"]["verbs"]
    ):
        return False
    if _general_rule(tok):
        return False  # 'the listings freeze any funds the targets keep': an effect
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    resolved = [standing_for(o) for o in objects]
    relative = resolved != objects  # a relative pronoun stood for its antecedent
    objects = resolved
    stranded = stranded_subject(tok)  # 'N tankers said to ... are now barred'
    objects += [stranded] if stranded is not None else []
    inverted = inverted_subject(tok)  # 'Also blocked was a cargo plane'
    objects += [inverted] if inverted is not None else []
    unmarked = unmarked_passive(tok)  # 'four entries deleted', 'Three Tankers Dropped From List'
    objects += unmarked
    if _blocks_access(tok, objects):
        return False  # 'regulators blocked 300 betting sites': access, not a sanction
    if any(f"{tok.lower_} {lemma(o)}" in sanction_words()["trigger_nouns"] for o in objects):
        return False  # '(identified X as) blocked property' is one noun read as verb and object
    subj = acting_subject(tok) or _compound_subject(tok)
    if subj is not None and lemma(subj) in noun_heads() and _barred_from(tok, DEALINGS):
        return False  # 'US sanctions ban Americans from trading with them': an effect
    if _disciplinary_ban(tok, subj, objects):
        return True  # 'the integrity agency banned two cyclists': a sports body's sanction
    if (
        low not in sanction_words()["object_verbs"]
        and low not in sanction_words()["any_object_verbs"]
    ):
        return False
    named = subj is not None and (bool(core_authorities(subj)) or _states_before(subj))
    named = named or (subj is not None and bool(reported_state(subj)))  # 'X said it barred'
    agent = passive_agent(tok)  # 'a judge who was removed by the EU': the agent acts
    named = named or (agent is not None and bool(core_authorities(agent)))
    if relative and not named:
        return False  # 'a colonel who was listed in 2022': the target's history, no action
    if _bars_entry(tok, objects):
        return True  # 'barred the two masters from entering Chile': an entry ban, whoever acts
    if low in sanction_words()["any_object_verbs"] and named and objects:
        return True
    trade = sanction_words()["trade_nouns"]
    if low in sanction_words()["any_object_verbs"] and any(
        lemma(o) in trade and _with_country(o) for o in objects
    ):
        return True  # 'will ban the export of machine tools to Russia': a trade ban
    if low not in sanction_words()["object_verbs"]:
        return False
    hint_only = low in sanction_words()["hint_only_verbs"]["words"]
    named = named or (subj is not None and not hint_only and _body_named_before(subj, tok))
    named = named or (subj is not None and _market_regulator(subj, tok))  # 'Sebi had barred 9'
    first_person = sanction_words()["speaker_owners"]["first_person"]
    speaking = subj is not None and subj.lower_ in first_person and not hint_only
    named = named or (speaking and _after_sanction(tok.sent, REACH))  # 'We will add 15 more'
    if objects and _out_of_list(tok):
        return True  # 'struck them from its list': whatever is taken off a sanctions list
    acting = named or (subj is not None and subj.pos_ == "PRON")  # 'It struck off two firms'
    if (acting or subj is None) and _struck_off(tok, objects):
        return True  # 'the ministry then struck off two traders', 'One trader was struck off'
    if objects and _deregisters(tok) and any(is_target_word(o) for o in objects):
        return True  # 'struck 200 firms off the dealers' register': a deregistration
    if acting and _part_of_targets(tok, objects):
        return True  # 'It later delisted two of them'
    if (acting or subj is None) and _removed_after_action(tok, objects):
        return True  # 'It also removed a former commander', 'Two firms were also removed'
    if _removed_bare_count(tok, objects):
        return True  # 'added nine people to its list and removed three'
    if low in sanction_words()["list_verbs"] and any(_entry_of_target(o) for o in objects):
        return True  # 'The entry concerning two firms is deleted': a line of the list itself
    if low in sanction_words()["list_exit"]["verbs"]:
        return False  # 'struck the city': no list, no sanction
    if named and any(_named_target(o) or points_below(o) for o in objects if o.dep_ == "dobj"):
        return True  # 'the EU listed Marlow Petroleum LLC': an authority acts on a name
    if _names_listed(tok, objects):
        return True  # 'A and B were listed for supplying arms' after the action is told
    acting_state = named or (subj is not None and bool(actor_authorities(subj)))
    if acting_state and not hint_only and _acts_on_person_told(tok, objects):
        return True  # '... froze his assets, and Canada listed him': the person told before
    plural = sanction_words()["back_reference"]["plural_pronouns"]
    if named and any(o.lower_ in plural for o in objects) and _barred_from(tok):
        return True  # 'the agency barred them from its ports': the group just told kept out
    if _keeps_told_group_out(tok, subj, objects):
        return True  # 'the service expelled 12 men and barred them from coming back to Peru'
    if any(o.dep_ == "dobj" for o in objects) and listed_as(tok):
        return True  # 'will list the network as a terrorist organisation'
    named_subjects = [  # 'Ana Ruiz', or 'her father, Ivo Ruiz,' named in apposition
        n
        for o in objects
        if o.dep_ == "nsubjpass"
        for n in (o, *[a for a in o.children if a.dep_ == "appos"])
        if _named_target(n)
    ]
    if named_subjects and _kept_out_of_state(tok):
        return True  # 'Ana Ruiz had been barred from entering the country': a name kept out
    named_objects = [o for o in objects if o.dep_ == "dobj" and _named_target(o)]
    if named_objects and _kept_out_of_state(tok):
        return True  # 'the ministry barred Ivo Ruiz from leaving Chile': the same, in the active
    if _barred_from_market(tok) and any(
        is_target_word(through_total(o)) or o.pos_ == "NUM" for o in objects
    ):
        return True  # 'barred seven people from the market', 'bars 11 from market'
    if any(o.pos_ == "NUM" and o.dep_ == "dobj" for o in objects) and _kept_out_of_state(tok):
        return True  # 'the bureau kept 9 out by barring them from entering': a bare count kept out
    counted = [o for o in objects if any(c.dep_ == "nummod" and c.like_num for c in o.children)]
    if counted and _kept_out_of_state(tok) and all(o.pos_ == "NOUN" for o in counted):
        return True  # 'barred 40 visiting fans from entering Chile': a counted group kept out
    if not any(is_target_word(through_total(o)) for o in objects):
        return False  # 'listed a total of nine firms': what the total counts
    if _barred_from(tok, DEALINGS):
        return False  # 'Americans are barred from dealing with them': an effect
    if any(_already_listed(o) for o in objects if o.dep_ == "nsubjpass"):
        return False  # 'The designated tankers are banned from ports': an effect
    sent = tok.sent  # its text read from the Doc's, once for every hint
    said = doc_text(tok.doc)[sent.start_char : sent.end_char].lower()
    hinted = any(w in said for w in sanction_words()["sanction_hints"])
    hinted = hinted or _barred_from(tok)
    hinted = hinted or (bool(unmarked) and _speaks_of_sanctions(tok.doc))  # a heading's clause
    packages = sanction_words()["package_nouns"]
    hinted = hinted or (subj is not None and lemma(subj) in packages)  # 'the round hit 9 banks'
    adjunct = tok.tag_ == "VBG" or tok.dep_ in ("acl", "xcomp")  # '..., targeting power plants'
    adjunct = adjunct and not unmarked  # 'Four judges and a bank named': a heading's own passive
    ambiguous = low in sanction_words()["needs_context"]
    if low in sanction_words()["hint_only_verbs"]["words"]:
        hinted = hinted or (named and _after_sanction(tok.sent, REACH))  # a key point's verb
        return hinted and not adjunct  # 'named 11 officials under its sanctions law'
    state = subj is not None and bool(actor_authorities(subj))  # 'Peru barred 12 officials'
    return hinted or ((named or state) and not (ambiguous and adjunct))


def _state_place(tok: Token) -> bool:
    """'Peru', 'the kingdom', 'the Schengen area': a word that names a state (by name, alias or
    nationality), a place of entry_bars `places` or one its `zones` name."""
    table = sanction_words()["entry_bars"]
    if lemma(tok) in table["places"] or any(t.lower_ in table["zones"] for t in tok.subtree):
        return True
    said = " ".join(t.text for t in tok.subtree)
    if authorities_in(said) or nationality_of(said):
        return True
    return tok.pos_ == "PROPN" and place_only(Target("other", None, [tok.text]))


def _entry_act(word: Token) -> bool | None:
    """Whether a 'from' phrase's word keeps people out of a state (entry_bars): entry or coming
    back with no place that is not a state ('from entering Laos', 'from returning', 'from
    re-entering the country'), or a state itself ('from the kingdom'); None when the word is
    neither (the phrase says nothing of entry)."""
    table = sanction_words()["entry_bars"]
    doc = word.doc
    prefixes = sanction_words()["entry_denial"]["coming_back"]["prefixes"]
    split = word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in prefixes
    if lemma(word) in table["acts"] or (split and lemma(word) in table["acts"]):
        places = [c for c in word.children if c.dep_ == "dobj"]
        places += [
            p
            for c in word.children
            if c.dep_ == "prep" and c.lower_ == table["to"]
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return all(_state_place(p) for p in places)
    if word.pos_ in ("NOUN", "PROPN") and _state_place(word):
        return True
    return None


def _entry_phrases(verb: Token) -> list[bool]:
    """For each 'from' phrase of a barring verb (or the last one of a relative clause on its
    object: 'barred two men who ran the firm from entering Laos'), whether it keeps people out of
    a state (`_entry_act`), phrases with no word of entry or place left out."""
    prep = sanction_words()["barred_from"]["prep"]
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    holders = [verb, *objects]  # 'barred the masters, both pilots, from entering' on the object
    holders += [r for o in objects for r in o.children if r.dep_ == "relcl"]
    found: list[bool] = []
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != prep:
                continue
            if h.dep_ == "relcl" and any(t.i > c.i for t in h.children):
                continue  # a 'from' phrase inside the relative clause, not the barring's
            said = [_entry_act(p) for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if h is not verb and not any(p.pos_ == "VERB" for p in c.children):
                said = []  # 'barred three men from Peru': where they come from, not an entry
            found += [s for s in said if s is not None] or ([False] if h is verb else [])
    return found


def _barred_people(verb: Token, objects: list[Token]) -> list[Token]:
    """Whom a barring verb keeps out: its objects, a bare count read as a conjunction ('barred
    both'), or the subject of the verb it is joined to ('were expelled and barred', 'six sailors
    deported and barred')."""
    table = sanction_words()["entry_bars"]
    found = list(objects)
    prep = sanction_words()["barred_from"]["prep"]
    found += [  # 'barred both from re-entering': the count read as the phrase's conjunction
        c
        for h in (verb, *(p for p in verb.children if p.dep_ == "prep" and p.lower_ == prep))
        for c in h.children
        if c.lower_ in table["count_words"] and c.i > verb.i
    ]
    own = any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)
    described = verb.dep_ == "acl" and verb.tag_ in PAST and verb.head.i < verb.i
    definite = sanction_words()["back_reference"]["determiners"]
    if described and not own and not any(c.lower_ in definite for c in verb.head.children):
        found.append(verb.head)  # 'Two foreign partners barred from entering Lebanon'
    if verb.dep_ == "conj" and not own:
        head = verb.head
        deps = ("nsubjpass", "nsubj") if lemma(head) in table["expulsions"] else ("nsubjpass",)
        subjects = [c for c in head.children if c.dep_ in deps]
        if not subjects and head.dep_ == "xcomp":  # 'are to be expelled and barred'
            subjects = [c for c in head.head.children if c.dep_ in deps]
        found += subjects
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.dep_ == "xcomp" and passive and not own:  # 'three men are to be barred'
        found += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def _foreign_people(group: Token) -> bool:
    """'140 foreigners', 'three Nigerians', 'four foreign couriers': people of another state."""
    table = sanction_words()["entry_bars"]
    if lemma(group) in table["foreign_words"] or demonym_plural(group):
        return True
    foreign = any(
        c.dep_ == "amod" and c.lower_ in table["foreign_modifiers"] for c in group.children
    )
    return foreign and kind_of_word().get(group.lower_) == "person"


def _kept_out_heads(verb: Token) -> list[Token]:
    """The groups an entry bar keeps out that its own clause does not hold ('The two men were
    expelled and barred', 'Three brokers barred from the kingdom'), or that its pronoun stands
    for ('expelled nine pilots and barred them'): empty for any other verb."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.pos_ != "VERB" or not _bars_entry(verb, objects):
        return []
    table = sanction_words()["entry_bars"]
    if verb.dep_ == "conj" and lemma(verb.head) in table["expulsions"]:
        expelled = [c for c in verb.head.children if c.dep_ == "dobj"]
        if expelled and any(c.dep_ == "dobj" and c.lower_ in _pronouns() for c in verb.children):
            return expelled  # 'expelled nine pilots and barred them': the pilots
    return [p for p in _barred_people(verb, []) if p.lower_ not in table["count_words"]]


def _bars_entry(verb: Token, objects: list[Token]) -> bool:
    """'barred the two masters from entering Chile', 'were expelled and barred from returning',
    'Three brokers barred from the kingdom', 'has barred 85 foreign nationals', 'six sailors deported
    and barred': a verb of barring that keeps people out of a state (entry_bars) is an entry ban
    on them, whoever acts; a 'from' phrase of anything else ('from the squad') is no ban."""
    table = sanction_words()["entry_bars"]
    if lemma(verb) not in table["verbs"]:
        return False
    subjects = [standing_for(c) for c in verb.children if c.dep_ == "nsubj"]
    first = verb
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # 'the listings froze their assets and barred them': the listings
    subjects += [standing_for(c) for c in first.children if c.dep_ == "nsubj"]
    if first.dep_ == "relcl" and first.head.dep_ in ("dobj", "pobj"):
        outer = first.head.head  # the parser joins the bar to a relative clause on the object
        subjects += [standing_for(c) for c in outer.children if c.dep_ == "nsubj"]
    if any(lemma(c) in noun_heads() or lemma(c) in compound_heads() for c in subjects):
        return False  # 'the bans bar them from entering': what a measure does, no act
    relative = any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children)
    if relative and verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ"):
        return False  # 'orders ..., which bar them from entering': what they do, in the present
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        return False  # 'the list of vessels barred from its ports': a class the list holds
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    if present and any(c.dep_ == "nsubjpass" and c.lower_ in _pronouns() for c in verb.children):
        return False  # 'Their money is frozen. They are also banned from entering': an effect
    phrases = _entry_phrases(verb)
    people = _barred_people(verb, objects)
    if any(_already_listed(p) for p in people if p.dep_ == "nsubjpass"):
        return False  # 'The listed carriers are banned from our ports': an effect
    if phrases:
        if not all(phrases):
            return False
        return any(
            _group_named(p)
            or p.lower_ in table["count_words"]
            or any(c.dep_ == "nummod" for c in p.children)
            or _foreign_people(p)
            for p in people
        )
    expelled = verb.dep_ == "conj" and lemma(verb.head) in table["expulsions"]
    return any(_foreign_people(p) or (expelled and _group_named(p)) for p in people)


def _keeps_told_group_out(verb: Token, subj: Token | None, objects: list[Token]) -> bool:
    """'the immigration service deported four crew and barred them from entering Ghana', 'Kenya
    banned him from returning to the country': a state or one of its bodies (named in the alias
    table or not) keeps a pronoun's people, told just before, out of a state. The 'from' phrase
    is an act only people do, of a state (`_kept_out_of_state`) or of coming back to one
    (entry_denial `coming_back`); a measure as subject ('the bans keep them from entering') is
    the effect of an action, not one."""
    subj = subj if subj is not None else _subject_across_participle(verb)
    if subj is None or lemma(subj) in noun_heads():
        return False
    if not any(o.dep_ == "dobj" and o.lower_ in _pronouns() for o in objects):
        return False
    actor = bool(core_authorities(subj) or actor_authorities(subj) or reported_state(subj))
    actor = actor or _body(subj) or lemma(subj) in acting_bodies()
    return actor and (_kept_out_of_state(verb) or _comes_back(verb))


PAST = ("VBN", "VBD")  # a participle the tagger may read as a past tense ('men caught ...')


def _subject_across_participle(verb: Token) -> Token | None:
    """'the ministry deported 40 men caught stealing and barred them ...': the parser hangs the
    second finite verb on the participle that describes the first verb's object; the first
    verb's subject acts through both."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "acl" or head.tag_ not in PAST:
        return None
    if head.head.dep_ != "dobj":
        return None
    return acting_subject(head.head.head)


def _comes_back(verb: Token) -> bool:
    """'kept them from re-entering', 'banned her from returning to Chile': kept from coming back
    in (entry_denial `coming_back`: a verb of it, or a verb of entry after a 're' prefix the
    parser split off), a state implied or named."""
    table = sanction_words()["entry_denial"]["coming_back"]
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != sanction_words()["barred_from"]["prep"]:
            continue
        for p in prep.children:
            if p.dep_ not in ("pcomp", "pobj"):
                continue
            if lemma(p) in table["verbs"]:
                return True
            split = (
                p.i >= 2 and doc[p.i - 1].text == "-" and doc[p.i - 2].lower_ in table["prefixes"]
            )
            if split and lemma(p) in table["entry_verbs"]:
                return True
    return False


def _acts_on_person_told(verb: Token, objects: list[Token]) -> bool:
    """'Canada listed him the same year', 'Japan then banned her': an authority's object verb of
    imposing on a personal pronoun (person_pronouns) in a sentence that speaks of sanctions, or right after
    one, acts on the person the story is about; 'Canada named him ambassador' in a text of no
    sanctions does not."""
    pronouns = _pronouns()  # 'Oman barred them the next day': a group told before, too
    if sanction_words()["object_verbs"].get(lemma(verb)) != "imposed":
        return False  # 'removed him from office': a removal names its list, else is none
    if not any(o.dep_ == "dobj" and o.lower_ in pronouns for o in objects):
        return False
    sent = verb.sent
    return sent.start in _cues.get(verb.doc).speaking or _after_sanction(sent, REACH)


def _struck_off(verb: Token, objects: list[Token]) -> bool:
    """'struck off three brokers', 'struck two firms off': a verb of leaving a list (list_exit) with
    its particle takes a target group (a counted rest of the one told, 'struck three others off',
    or someone a listing clause describes, 'a clerk whom the ministry had listed') off the list
    of the action just told, or of the listing verb it is coordinated with; 'struck off the
    road' takes no target."""
    table = sanction_words()["list_exit"]
    if lemma(verb) not in table["verbs"]:
        return False
    if not any(c.dep_ == "prt" and c.lower_ in table["particles"] for c in verb.children):
        return False
    rest = sanction_words()["back_reference"]["remainders"]["nouns"]
    if not any(
        is_target_word(o)
        or (o.lower_ in rest and any(c.dep_ == "nummod" for c in o.children))  # 'two others'
        or any(c.dep_ == "relcl" and _listing_verb(c) for c in o.children)  # 'whom it listed'
        for o in objects
    ):
        return False
    told = verb.head if verb.dep_ == "conj" else None  # 'added six ships ... and struck two off'
    return _after_sanction(verb.sent, REACH) or (told is not None and _listing_verb(told))


def _listing_verb(verb: Token) -> bool:
    """A verb that puts targets on a list or under sanctions (trigger_verbs, object_verbs of
    status imposed, list_verbs that are no removal): 'a clerk whom the ministry had listed',
    'added six ships to its list', 'put two trawlers on the register'."""
    words = sanction_words()
    low = lemma(verb)
    placing = low in words["list_verbs"] and low not in words["list_exit"]["verbs"]
    placing = placing and words["object_verbs"].get(low) != "lifted"  # 'put', not 'remove'
    return verb.pos_ == "VERB" and (
        placing or low in words["trigger_verbs"] or words["object_verbs"].get(low) == "imposed"
    )


def _part_of_targets(verb: Token, objects: list[Token]) -> bool:
    """'dropped three of them', 'delisted two of these': a number whose 'of' phrase is a pronoun
    that refers back to the targets of a sanction told just before."""
    of_word = sanction_words()["description_prep"]["word"]
    pronouns = sanction_words()["restate_pronouns"]
    back = {*pronouns["objects"], *pronouns["words"]}
    return any(
        o.dep_ == "dobj"
        and o.pos_ == "NUM"
        and any(
            c.dep_ == "prep" and c.lower_ == of_word and p.dep_ == "pobj" and p.lower_ in back
            for c in o.children
            for p in c.children
        )
        for o in objects
    ) and _after_sanction(verb.sent, REACH)


def _removed_after_action(verb: Token, objects: list[Token]) -> bool:
    """'It also removed a retired general', 'Three shipping firms were also dropped': a verb of
    removal (`removals_after_action`) with a target group as object, by a pronoun or in the
    passive, right after a sentence that told a sanction, takes the group off its list; 'removed
    from office' takes them out of somewhere else, and a group referred back to ('The companies
    were dropped' after a proposal that named them) leaves what was told before, no list."""
    if lemma(verb) not in sanction_words()["removals_after_action"]["verbs"]:
        return False
    back = sanction_words()["back_reference"]["determiners"]
    rest = sanction_words()["back_reference"]["remainders"]["nouns"]
    if not any(
        (is_target_word(o) or (o.lower_ in rest and any(c.dep_ == "nummod" for c in o.children)))
        and not any(c.dep_ == "det" and c.lower_ in back for c in o.children)
        for o in objects
    ):
        return False  # a target group, or a counted rest of the one told ('Six others were ...')
    lists = sanction_words()["membership_lists"]["words"]
    places = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == sanction_words()["list_exit"]["prep"]
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return all(lemma(p) in lists for p in places) and _after_sanction(verb.sent, REACH)


def _removed_bare_count(verb: Token, objects: list[Token]) -> bool:
    """'added nine people to its list and removed three', 'Adds 12 To Terrorism List, Drops
    Three': a verb of removal (`removals_after_action`) coordinated after a verb of listing, with
    a bare number as object, takes that many off the same list: a lifting of its own."""
    table = sanction_words()
    if lemma(verb) not in table["removals_after_action"]["verbs"] or verb.dep_ != "conj":
        return False
    first = verb.head
    listing = {**table["object_verbs"], **table["trigger_verbs"]}
    if first.pos_ != "VERB" or listing.get(lemma(first)) != "imposed":
        return False
    bare = [
        o
        for o in objects
        if o.dep_ == "dobj" and o.pos_ == "NUM" and not any(c.dep_ == "prep" for c in o.children)
    ]
    said = doc_text(verb.doc)[verb.sent.start_char : verb.sent.end_char].lower()
    return bool(bare) and any(w in said for w in table["sanction_hints"])


def _compound_subject(verb: Token) -> Token | None:
    """The subject a slug before a headline ('UPDATE 2-US targets ...') makes the parser hang on
    the verb as a compound (or modifier): a verb has none of its own, so an authority there
    acts."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("compound", "amod")
            and c.pos_ == "PROPN"
            and c.i < verb.i
            and verb.pos_ == "VERB"
            and core_authorities(c)
        ),
        None,
    )


def _states_before(subj: Token) -> bool:
    """'The two Nordic states', 'both governments': a definite plural of states that refers
    back to authorities named before."""
    table = sanction_words()["state_subjects"]
    return (
        subj.tag_ == "NNS"
        and lemma(subj) in table["words"]
        and any(
            c.dep_ in ("det", "predet") and c.lower_ in table["determiners"] for c in subj.children
        )
    )


def _body_named_before(subj: Token, verb: Token) -> bool:
    """'The panel later removed a former official': a bare definite body noun as subject, in
    a paragraph that speaks of sanctions, is the body named before (its authority is carried);
    a verb that takes its object out of anything but a list ('removed him from office') is no
    listing."""
    table = sanction_words()["body_nouns"]
    definite = any(c.dep_ == "det" and c.lower_ in table["determiners"] for c in subj.children)
    if not definite or lemma(subj) not in table["words"] or len(list(subj.subtree)) != 2:
        return False
    exit_prep = sanction_words()["list_exit"]["prep"]
    if any(c.dep_ == "prep" and c.lower_ == exit_prep for c in verb.children):
        return False
    return _speaks_of_sanctions(verb.doc)


def _named_target(obj: Token) -> bool:
    """A name, not a place, as object ('listed Marlow Petroleum LLC', not 'listed Moldova')."""
    return (
        obj.pos_ == "PROPN"
        and not place_only(Target("other", None, [obj.text]))
        and not core_authorities(obj)
    )


def _names_listed(verb: Token, objects: list[Token]) -> bool:
    """'Ana Ruiz and Ivo Ruiz were listed for running the scheme', 'Harbor Line Ltd was also
    blacklisted': a passive of listing (listed_names) on names alone, marked as a listing by a
    reason, a programme or an adverb, after a sentence that speaks of sanctions."""
    table = sanction_words()["listed_names"]
    if lemma(verb) not in table["verbs"] or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    names = [o for o in objects if o.dep_ == "nsubjpass"]
    names += [j for o in names for j in o.conjuncts]
    marked = any(
        (c.dep_ == "prep" and c.lower_ in table["preps"])
        or (c.dep_ == "advmod" and c.lower_ in table["adverbs"])
        for c in verb.children
    )
    return (
        bool(names)
        and all(_named_target(n) for n in names)
        and marked
        and _after_sanction(verb.sent, REACH)
    )


def _barred_from(verb: Token, places: frozenset[str] | None = None) -> bool:
    """'barred from Canadian ports', 'banned from entering the bloc': kept out of a place (or
    out of one of `places`)."""
    words = sanction_words()["barred_from"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    apposed = [a for o in objects for a in o.children if a.dep_ == "appos"]
    return any(
        lemma(p) in (places if places is not None else words["places"])
        for h in (verb, *apposed)  # 'barred four men - two of them pilots - from entering'
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == words["prep"]
        for p in c.children
        if p.dep_ in ("pobj", "pcomp")
    )


def _barred_from_market(verb: Token) -> bool:
    """'barred four firms from dealing in securities', 'bars 11 from the market': a regulator keeps
    the group itself out of a securities market (market_bans), a ban on them; 'barred from buying
    shares of the listed firms' keeps others from the targets' securities, an effect."""
    table = sanction_words()["market_bans"]
    if lemma(verb) not in table["verbs"]:
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # 'from' hung on the object
    heads += [p for o in heads[1:] for c in o.children if c.dep_ == "prep" for p in c.children]
    if any(_market_activity(p) for h in heads for p in h.children if p.dep_ == "prep"):
        return True  # 'banned from trading for a year'
    offices = table["offices"]["words"]
    if any(
        lemma(t) in offices
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == sanction_words()["barred_from"]["prep"]
        for t in c.subtree
    ):
        return True  # 'barred three managers from holding any post at a lender'
    return any(
        (lemma(t) in table["places"] or _currency_market(t))
        and not any(c.dep_ == "prep" and c.lower_ in table["owned_preps"] for c in t.children)
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == sanction_words()["barred_from"]["prep"]
        for t in c.subtree
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("pobj", "dobj", "conj")
    )  # 'from the market', 'from trading shares'; not 'from the market square'


def _market_activity(prep: Token) -> bool:
    """'from trading', 'from trading on the bourse': a 'from' phrase that is only a gerund of
    market dealing (market_bans `activities`), with no phrase of whose or with whom it deals."""
    table = sanction_words()["market_bans"]
    if prep.lower_ != sanction_words()["barred_from"]["prep"]:
        return False
    shut = set(table["owned_preps"]) | set(table["activities"]["with"])
    return any(
        g.dep_ in ("pcomp", "pobj")
        and g.tag_ in ("VBG", "NN")
        and lemma(g) in table["activities"]["words"]
        and not any(c.dep_ in ("dobj", "prep") and c.lower_ in shut for c in g.children)
        and not any(c.dep_ == "dobj" for c in g.children)
        for g in prep.children
    )


def _currency_market(noun: Token) -> bool:
    """'its euro auctions', 'forex dealings': a noun a currency word (market_bans `currencies`)
    modifies names a currency market."""
    currencies = set(sanction_words()["market_bans"]["currencies"])
    before = noun.doc[noun.left_edge.i : noun.i].text.lower()  # 'its foreign - exchange sales'
    joined = re.findall(r"[a-z]+(?:\s*-\s*[a-z]+)+", before)
    words = set(re.findall(r"[a-z]+", before)) | {re.sub(r"\s*-\s*", "-", w) for w in joined}
    return bool(currencies & words)


#: The article's paragraphs read so far: a regulator's market ban told in one is known in the
#: next (claims.extract.story).
_MARKET_STORY = Story()
_DISCIPLINE_STORY = Story()


def _disciplinary_body(text: str) -> bool:
    """The text names a sports or professional disciplinary body (disciplinary_bans `bodies`)."""
    return _disciplinary_bodies().search(text.lower()) is not None


@cache
def _disciplinary_bodies() -> re.Pattern[str]:
    """Any of the disciplinary bodies as a word (one pattern, not one search per body)."""
    bodies = sanction_words()["disciplinary_bans"]["bodies"]
    return re.compile(rf"\b(?:{'|'.join(re.escape(b) for b in bodies)})\b")


def _received_ban(noun: Token) -> bool:
    """'The winger received a two-year ban', 'was handed a life ban', 'both still serve suspensions': a ban
    noun that is the object of a receiving verb (disciplinary_bans `received`), on a page whose
    paragraphs so far named a disciplinary body."""
    table = sanction_words()["disciplinary_bans"]
    if lemma(noun) not in table["nouns"]:
        return False
    received = noun.dep_ in ("dobj", "dative") and lemma(noun.head) in table["received"]
    acted_on = noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in table["acted_on"]
    if not (received or acted_on):
        return False  # 'lifted the suspension of a linesman' is acted on like one received
    if _disciplinary_body(_lines_before(noun.doc)):
        return True
    return any(_disciplinary_body(doc_text(d)) for d in _DISCIPLINE_STORY.upto(noun.doc))


def _disciplines(verb: Token) -> bool:
    """The verb is a disciplinary body's ban on people (`_disciplinary_ban`), its objects read
    as the finder reads them."""
    if verb.pos_ != "VERB" or lemma(verb) not in sanction_words()["disciplinary_bans"]["verbs"]:
        return False
    objects = [standing_for(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    inverted = inverted_subject(verb)
    objects += [inverted] if inverted is not None else []
    subj = acting_subject(verb) or _compound_subject(verb)
    return _disciplinary_ban(verb, subj, objects)


def _disciplinary_ban(verb: Token, subj: Token | None, objects: list[Token]) -> bool:
    """'The anti-doping agency suspended two sprinters', 'Both cyclists were banned for three
    years' on a page of such a body: a disciplinary body's ban on athletes, officials or clubs
    (claims/data/sanctions.json `disciplinary_bans`)."""
    table = sanction_words()["disciplinary_bans"]
    if lemma(verb) not in table["verbs"]:
        return False
    people = set(table["people"])
    parts = [  # 'two of the club's players': the count's own group
        p
        for o in objects
        if o.pos_ == "NUM"
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == table["part_prep"]
        for p in c.children
        if p.dep_ == "pobj"
    ]
    heading = _heading_passive(verb, subj, people)
    if heading:  # 'Two jockeys disqualified for a year': the subject undergoes it
        objects, subj = [*objects, *heading], None
    actor = subj if subj is not None else passive_agent(verb)
    told = actor is not None and actor.pos_ != "PRON"  # the body itself named as the actor
    roles = [  # 'club chairman Ola Berg': a role word before the name
        o for o in objects if any(c.dep_ == "compound" and lemma(c) in people for c in o.children)
    ]
    hit = [
        o
        for o in (*objects, *parts)
        if lemma(through_total(o)) in people
        or o in roles
        or ((o.dep_ == "nsubjpass" or told) and (_named_target(o) or told_surname(o)))
        or (told and o.pos_ == "NUM" and o.dep_ == "dobj" and not list(o.children)[1:])
    ]  # 'is to suspend all four': a bare count of those the story told before
    if not hit:
        return False
    if actor is not None and actor.pos_ != "PRON":
        said = " ".join(t.text for t in actor.subtree)
        named = _disciplinary_body(said) or _body_acronym(actor)
        named = named or any(_disciplinary_body(a) for a in authorities_in(said))  # 'the JCA'
        return named or (_bare_body(actor) and _discipline_page(verb.doc))
    if actor is None and all(o.dep_ == "dobj" for o in hit):
        return False
    after = str(verb.doc._.lines_after or "") if Doc.has_extension("lines_after") else ""
    return _discipline_page(verb.doc) or _disciplinary_body(after)  # a heading's lead after it


def _heading_passive(verb: Token, subj: Token | None, people: set[str]) -> list[Token]:
    """'Two jockeys disqualified for a year', 'Three cyclists suspended over doping': a
    heading's passive with no auxiliary, read as a verb whose subject is a group of people
    (disciplinary_bans `people`) and that has no object: the subject undergoes it."""
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "ROOT":
        subj = verb.head  # the participle hung on the group as a modifier
    elif (
        subj is None or subj.head != verb or subj.dep_ != "nsubj" or verb.tag_ not in ("VBN", "VBD")
    ):
        return []
    if any(c.dep_ in ("aux", "auxpass", "dobj", "prt") for c in verb.children):
        return []
    return [subj] if lemma(through_total(subj)) in people else []


def _discipline_page(doc: Doc) -> bool:
    """The lines before the Doc or the story's paragraphs so far name a disciplinary body."""
    if _disciplinary_body(_lines_before(doc)):
        return True
    return any(_disciplinary_body(doc_text(d)) for d in _DISCIPLINE_STORY.upto(doc))


def _bare_body(actor: Token) -> bool:
    """'The committee', 'the panel': a body noun (body_nouns `words`) with only a determiner of
    `determiners`, standing on a disciplinary page for the body it named before."""
    table = sanction_words()["body_nouns"]
    return lemma(actor) in table["words"] and all(
        c.dep_ == "det" and c.lower_ in table["determiners"] for c in actor.children
    )


def _body_acronym(actor: Token) -> bool:
    """'the IHF suspended two players': an upper-case actor that stands for a disciplinary body's
    name the page gives, in brackets before it ('the Global Hockey Federation (GHF)') or spelled
    by its capitalised initials ('the Island Netball Council ... the INC')."""
    acronym = actor.text
    joins = set(sanction_words()["disciplinary_bans"]["name_joins"])
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    texts = [_lines_before(actor.doc), *(doc_text(d) for d in _DISCIPLINE_STORY.upto(actor.doc))]
    texts.append(actor.doc.text)
    for text in texts:
        for m in re.finditer(rf"((?:\S+\s+){{1,8}})\({re.escape(acronym)}\)", text):
            if _disciplinary_body(m.group(1)):
                return True
        words = text.split()
        for i, w in enumerate(words):
            if not w[:1].isupper():
                continue
            initials, j = "", i
            while j < len(words) and len(initials) < len(acronym):
                word = words[j].strip(",.;:()'\"")
                if word[:1].isupper():
                    initials += word[0]
                elif word.lower() not in joins:
                    break
                j += 1
            if initials == acronym and _disciplinary_body(" ".join(words[i:j])):
                return True
    return False


MARKET_KEY = "claims.market_regulators"


def _market_actors(doc: Doc) -> frozenset[str]:
    """Lower-case names of whoever kept a group out of the market in `doc` (the subject, its
    apposition or owner: 'the Board of India (Sebi)'), with the token each was told at."""
    known = doc.user_data.get(MARKET_KEY)
    if known is None:
        found: set[str] = set()
        for t in doc:
            if t.pos_ != "VERB" or not _barred_from_market(t):
                continue
            actor = acting_subject(t)
            if actor is not None:
                kids = (c.lower_ for c in actor.children if c.dep_ in ("appos", "poss"))
                found |= {f"{actor.lower_} {t.i}", *(f"{k} {t.i}" for k in kids)}
        known = doc.user_data[MARKET_KEY] = frozenset(found)
    return frozenset(known)


def _market_regulator(subj: Token, verb: Token) -> bool:
    """'The regulator had barred nine firms in an earlier case', 'its orders have barred 126
    entities': a barring verb whose subject (or the subject's owner) is the one that kept a group
    out of the market earlier in the article acts as that regulator did."""
    if lemma(verb) not in sanction_words()["market_bans"]["verbs"]:
        return False
    names = {subj.lower_, *(c.lower_ for c in subj.children if c.dep_ == "poss")}
    for d in _MARKET_STORY.upto(verb.doc):
        for said in _market_actors(d):
            name, at = said.rsplit(" ", 1)
            if name in names and (d is not verb.doc or int(at) < verb.i):
                return True
    return False


def _kept_out_of_state(verb: Token) -> bool:
    """'was barred from entering the United States', 'banned from travelling to the bloc': the
    'from' phrase is an act only people do (person_bans `kept_from`) and names a state or one of
    the places of barred_from, not a building or a match."""
    if not _barred_from(verb, frozenset(sanction_words()["person_bans"]["kept_from"])):
        return False
    places = set(sanction_words()["barred_from"]["places"])
    phrases = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == sanction_words()["barred_from"]["prep"]
    ]
    said = " ".join(t.text for c in phrases for t in c.subtree)
    return bool(authorities_in(said) or nationality_of(said)) or any(
        (t.pos_ == "NOUN" and lemma(t) in places)
        or (t.pos_ == "PROPN" and place_only(Target("other", None, [t.text])))
        for c in phrases
        for t in c.subtree
    )  # 'from entering Kenya': a country beyond the authorities is a state too


def _already_listed(noun: Token) -> bool:
    """'the designated tankers', 'vessels sanctioned last year', 'the vessels on the list',
    'the vessels' (uncounted, referred back): targets of an earlier action."""
    if any(c.dep_ in ("amod", "acl") and c._.listing_verb for c in noun.children):
        return True
    listed = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in sanction_words()["list_preps"]
        for p in c.children
        if lemma(p) in sanction_words()["membership_lists"]["words"]
    ]
    determiners = sanction_words()["back_reference"]["determiners"]
    counted = any(c.dep_ == "nummod" for c in noun.children)
    referred = noun.tag_ == "NNS" and any(
        c.dep_ == "det" and c.lower_ in determiners for c in noun.children
    )
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in noun.head.children)
    return bool(listed) or (referred and present and not counted)  # 'the tankers are banned'


def _acts_against(verb: Token) -> bool:
    """'Britain acts against 100 vessels': a state moves against a target group; 'Ottawa used
    its sanctions regime against 40 officials': or uses a sanctions programme against it."""
    table = sanction_words()["against_verbs"]
    body = _body_subject(verb)  # 'the agency and the tribunal moved against 12 firms'
    if not _named_subject(verb) and not body:
        return False
    holders = [verb]
    tool = lemma(verb) in table["instruments"]["words"]
    if tool:
        tools = [c for c in verb.children if c.dep_ == "dobj"]
        holders += [c for c in tools if programme(c) or lemma(c) in noun_heads()]
        if len(holders) == 1:
            return False
    elif lemma(verb) not in table["words"]:
        return False
    counted = tool or body  # a body acting against an uncounted group tells its work
    return any(  # a tool used against an uncounted group tells a habit ('used them against gangs')
        is_target_word(p) and (not counted or any(n.dep_ == "nummod" for n in p.children))
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == table["prep"]
        for p in c.children
        if p.dep_ == "pobj"
    )


def _body_subject(verb: Token) -> bool:
    """The subject (each of its conjuncts) is a state's body named bare or by its proper name
    ('the unit', 'the agency and the tribunal': home_state `bodies`), which acts for the story's
    home state."""
    subject = acting_subject(verb)
    bodies = sanction_words()["home_state"]["bodies"]
    dets = sanction_words()["body_nouns"]["determiners"]
    return subject is not None and all(
        lemma(s) in bodies
        and (s.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ in dets for c in s.children))
        for s in (subject, *subject.conjuncts)
    )


def _follows(verb: Token) -> bool:
    """'Iceland is expected to align', 'Australia will follow suit': a state takes over measures
    its paragraph speaks of, with no object of its own."""
    table = sanction_words()["intransitive_alignment"]
    if lemma(verb) not in table["words"] or (verb.dep_ == "prep" and not _to_infinitive(verb)):
        return False  # 'Following a review, ...' is a preposition of time, no action
    if lemma(verb) in table["appliers"] and not any(c.dep_ == "dobj" for c in verb.children):
        return False  # 'the tariff also applies to juice': what a measure covers, no takeover
    if any(
        (c.dep_ == "dobj" and c.lower_ not in table["objects"] and not _referent(c))
        or (c.dep_ == "prep" and c.lower_ in table["preps"] and not _referent(c))
        for c in verb.children
    ):
        return False  # 'follow Canada', 'align with the package': other rules read the object
    nouns = sanction_words()["action_nouns"]["words"]
    if any(
        c.dep_ == "dobj" and lemma(c) in nouns and _adopted_action(c) is not None
        for c in verb.children
    ):
        return False  # 'matched the extension': _adopted_action gives the noun's status
    marks = table["comparison_marks"]
    if any(
        c.dep_ in ("advcl", "ccomp", "xcomp", "conj")
        and not split_by_semicolon(c, verb)
        and not any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    ):
        return False  # 'followed, saying it had adopted ...': the clause states the action
    subject = acting_subject(verb)
    if _asked_of_others(verb):
        return False  # 'pressed allies to follow': a request to others, no plan of the subject
    if subject is None or not (actor_authorities(subject) or reported_state(subject)):
        return False
    return _speaks_of_sanctions(verb.doc)


def _referent(word: Token) -> bool:
    """'the decision', 'with the move': an object (or a preposition's) that only points back at
    measures named before, so an aligning verb has no object of its own."""
    table = sanction_words()["intransitive_alignment"]
    referents, marks = table["referents"], table["referent_modifiers"]
    nouns = [word] if word.dep_ == "dobj" else [c for c in word.children if c.dep_ == "pobj"]
    if word.dep_ == "dobj" and word.pos_ == "PROPN" and _other_authority(word):
        return True  # 'Oslo is to follow London': London's measures named before
    return bool(nouns) and all(
        lemma(n) in referents
        and not any(
            c.dep_ in ("poss", "compound", "amod", "nmod")
            and not _other_authority(c)
            and c.lower_ not in marks
            and not _date_word(c)
            for c in n.children
        )
        for n in nouns
    )  # not 'follow its trade decisions': a habit of its own


def _date_word(word: Token) -> bool:
    """A month or weekday name (dates.json `months`, `weekdays`): 'the June round'."""
    table = load_data("dates")
    return word.lower_ in table["months"] or word.lower_ in table["weekdays"]


def _other_authority(owner: Token) -> bool:
    """'the UN ruling', "Washington's move": an owner that names another authority still
    points back at that authority's measures; 'its', 'trade' do not."""
    return owner.pos_ == "PROPN" and bool(core_authorities(owner))


def _speaks_of_sanctions(doc: Doc) -> bool:
    """The paragraph, or the lines just before it when it was parsed on its own (a bullet under a
    lead that states the action), speaks of sanctions."""
    return any(t.lower_ in cue_words() for t in doc) or _has_cue(_lines_before(doc))


def _lines_before(doc: Doc) -> str:
    """The text just before a paragraph that was parsed on its own ('' when none was kept)."""
    return str(doc._.lines_before or "") if Doc.has_extension("lines_before") else ""


def _has_cue(text: str) -> bool:
    """Plain text holds a sanction cue word."""
    return any(w in cue_words() for w in _WORD.findall(text.lower()))


def _denies_entry(verb: Token) -> bool:
    """'will bar entry to the six individuals', 'The four will be refused entry', 'restricting
    visas for 250 officials': a verb of refusing whose object is entry, refused to a target group
    (or to the passive's subject)."""
    table = sanction_words()["entry_denial"]
    if lemma(verb) not in table["verbs"]:
        return False
    access = table["access"]
    places = sanction_words()["barred_from"]["places"]
    to_place = {  # 'denied access to its ports': entry to a place of barred_from
        c.i
        for c in verb.children
        if c.dep_ == "dobj" and lemma(c) in access["words"]
        for prep in c.children
        if prep.dep_ == "prep" and prep.lower_ == access["prep"]
        for p in prep.children
        if p.dep_ == "pobj" and lemma(p) in places
    }
    if not any(
        c.dep_ == "dobj" and (lemma(c) in table["objects"] or c.i in to_place)
        for c in verb.children
    ):
        return False
    refused = [
        p
        for holder in (verb, *[c for c in verb.children if c.dep_ == "dobj"])
        for prep in holder.children
        if prep.dep_ in ("prep", "dative") and prep.lower_ in table["preps"]  # 'deny visas to'
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    of_word = sanction_words()["description_prep"]["word"]
    described = {  # 'a group of tourists': whom the group is of decides
        p.i
        for p in refused
        for prep in p.children
        if prep.lower_ == of_word
        for o in prep.children
        if o.dep_ == "pobj" and not is_target_word(o)
    }
    refused = [p for p in refused if p.i not in described]
    return any(is_target_word(p) for p in refused) or any(
        is_target_word(s) or s.pos_ in ("NUM", "PRON") for s in subjects
    )


def _kept_out_status(tok: Token) -> bool:
    """'The two judges are ineligible for entry', 'she was declared inadmissible to Canada', 'the
    four are prohibited immigrants': a target group (or a name, a pronoun, a bare count) said to
    have the standing of one kept out of a state (entry_denial `kept_out`), an entry ban told as
    what they are. A verb of declaring may say a `bare` standing with no state ('the ministry
    declared the two traders inadmissible'), or take the group and the standing as a small clause
    ('declared the pilot inadmissible', the group the standing's subject) or as an object the
    standing describes ('declared six sailors inadmissible to the island')."""
    table = sanction_words()["entry_denial"]
    kept = table["kept_out"]
    head = tok.head
    modifiers = kept["nouns"].get(lemma(tok))
    misread = modifiers is not None and tok.dep_ == "dobj" and head.lower_ in modifiers
    if misread:  # 'are prohibited immigrants' read as a passive verb and its object
        holders = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if head.dep_ in ("ccomp", "xcomp") and lemma(head.head) in kept["verbs"]:
            holders += [  # 'two men were declared excluded persons': the declaring's group
                c for c in head.head.children if c.dep_ in ("nsubjpass", "dobj") and c != head
            ]
        return any(_group_named(c) for c in holders)
    described = tok.dep_ == "amod" and lemma(tok) in kept["adjectives"] and head.dep_ == "dobj"
    listed = tok.dep_ == "conj" and tok.pos_ == "ADJ" and lemma(tok) in kept["adjectives"]
    described = described or (listed and head.dep_ == "dobj")  # 'declared X and Y inadmissible'
    last = tok.dep_ == "amod" and tok.i > head.i and lemma(tok) in kept["adjectives"]
    if last and head.dep_ == "conj" and head.head.dep_ == "dobj":  # '... and Y inadmissible'
        described, head = True, head.head
    if described:  # 'declared six sailors inadmissible': the standing read as the group's modifier
        head = head.head
    declared = lemma(head) in kept["verbs"]
    if lemma(head) not in sanction_words()["copulas"] and not declared:
        return False
    bare = declared and modifiers is None and lemma(tok) in kept["bare"]
    if modifiers is not None:
        roles = ("attr", "oprd", "dobj", "ccomp") if declared else ("attr", "oprd")
        standing = tok.dep_ in roles and any(
            c.dep_ in ("amod", "compound") and c.lower_ in modifiers for c in tok.children
        )
    elif lemma(tok) in kept["adjectives"] and (
        described or tok.dep_ in ("acomp", "oprd", "ccomp", "xcomp")
    ):
        preps = [c for c in tok.children if c.dep_ == "prep"]
        entry = [
            p
            for c in preps
            if c.lower_ == kept["entry_prep"]
            for p in c.children
            if p.dep_ == "pobj" and lemma(p) in table["objects"]
        ]
        entry += [c for c in tok.children if c.dep_ == "xcomp" and lemma(c) in kept["entry_verbs"]]
        places = sanction_words()["barred_from"]["places"]
        stated = [
            p for c in preps if c.lower_ in kept["preps"] for p in c.children if p.dep_ == "pobj"
        ]
        stated += [  # 'ineligible for entry into the country'
            p for e in entry for c in e.children if c.lower_ in kept["preps"] for p in c.children
        ]
        told = bool(entry) or any(
            lemma(p) in places
            or bool(authorities_in(" ".join(t.text for t in p.subtree)))
            or (p.pos_ == "PROPN" and place_only(Target("other", None, [p.text])))
            for p in stated
        )
        bare = bare and not told
        standing = bare or told
    else:
        return False
    holders = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c != tok]
    if tok.dep_ == "ccomp":  # 'declared the pilot inadmissible': the small clause's subject
        holders = [c for c in tok.children if c.dep_ == "nsubj"]
    if bare:  # 'People declared inadmissible' over a table: a class of people, no group
        holders = [h for h in holders if not _bare_plural(h)]
    return standing and any(_group_named(h) for h in holders)


def _declared_kept_out(verb: Token) -> bool:
    """'declared two dealers prohibited from entering Peru': a verb of declaring (entry_denial
    kept_out `verbs`) whose object is a target group that a participle keeps out of a state
    (`_kept_out_of_state`) says what they now are: an entry ban."""
    if lemma(verb) not in sanction_words()["entry_denial"]["kept_out"]["verbs"]:
        return False
    return any(
        c.dep_ == "dobj"
        and _group_named(c)
        and any(a.dep_ == "acl" and a.tag_ == "VBN" and _kept_out_of_state(a) for a in c.children)
        for c in verb.children
    )


def _bare_plural(tok: Token) -> bool:
    """'Persons', 'Traders': a plural common noun with nothing before it that picks out a group
    (no determiner, number, owner or modifier) names a class."""
    return tok.tag_ == "NNS" and not any(c.i < tok.i for c in tok.children)


def _group_named(tok: Token) -> bool:
    """A word that can name whom a standing keeps out: a target word, a name, a bare count or
    a pronoun ('the two judges', 'Ana Ruiz', 'all four', 'they')."""
    return is_target_word(tok) or tok.pos_ in ("PROPN", "NUM") or tok.lower_ in _pronouns()


def _revokes_entry(verb: Token) -> bool:
    """'revoked the visas of three officials', 'Ana Ruiz's visa was cancelled': a verb of taking
    back whose object (or passive subject) is a visa held by a target group or a name keeps the
    group out: an entry ban."""
    table = sanction_words()["entry_denial"]["revocations"]
    if lemma(verb) not in table["verbs"]:
        return False
    of_word = sanction_words()["description_prep"]["word"]
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    holders = [
        h
        for v in held
        if lemma(v) in table["objects"]
        for h in (
            *(c for c in v.children if c.dep_ == "poss"),
            *(p for c in v.children if c.lower_ == of_word for p in c.children if p.dep_ == "pobj"),
        )
    ]
    return any(is_target_word(h) or _named_target(h) for h in holders)


def _renews_programme(verb: Token) -> bool:
    """'The Council prolonged the framework until 2027', 'the regime was renewed for a year': a
    verb of extending whose object (or passive subject) is a sanctions programme as a whole, in a
    text that speaks of sanctions; no target group."""
    if sanction_words()["action_verbs"].get(lemma(verb)) != "extended":
        return False
    objects = sanction_words()["renewed_programmes"]["objects"]
    if not any(c.dep_ in ("dobj", "nsubjpass") and lemma(c) in objects for c in verb.children):
        return False
    return _speaks_of_sanctions(verb.doc)


def _renewed_programme_reference(verb: Token) -> bool:
    """'its Sudan regime, which was renewed in May', 'The regime dates from 2024. Its validity
    has been extended until 2027': a verb of extending whose object (or passive subject) stands
    for a sanctions programme, a relative pronoun of one or a term of it (sanctions.json
    `programme_references`), in a text that speaks of sanctions; no target group."""
    table = sanction_words()
    if table["action_verbs"].get(lemma(verb)) != "extended":
        return False
    programmes = table["renewed_programmes"]["objects"]
    terms = table["programme_references"]["terms"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    relative = verb.dep_ == "relcl" and lemma(verb.head) in programmes
    relative = relative and any(o.tag_ in ("WDT", "WP") for o in objects)
    owners = [
        c
        for o in objects
        if lemma(o) in terms
        for c in (*o.children, *[p for d in o.children if d.dep_ == "prep" for p in d.children])
        if c.dep_ in ("poss", "pobj")
    ]
    sent = verb.sent
    before = verb.doc[max(0, sent.start - 60) : sent.start]  # the sentences just before
    told = any(lemma(t) in programmes for t in before)
    termed = any(lemma(c) in programmes or (c.tag_ == "PRP$" and told) for c in owners)
    return (relative or termed) and _speaks_of_sanctions(verb.doc)


def _renewed_participle(verb: Token) -> bool:
    """'its listings, renewed in March, stay', 'the asset freezes, prolonged last week': a past
    participle of extending that describes a sanction noun states the renewal of that noun."""
    if sanction_words()["action_verbs"].get(lemma(verb)) != "extended":
        return False
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < verb.head.i:
        return False
    return lemma(verb.head) in noun_heads() and _speaks_of_sanctions(verb.doc)


REACH = int(sanction_words()["back_reference"]["sentences"])
_WORD = re.compile(r"[a-z][a-z'-]*")


def _named_group(tok: Token) -> bool:
    """'The two entities, X and Y, are ...', 'Three of the banks, X, Y and Z, ...': a counted group
    referred back to and named, as the subject of a sentence after one that speaks of
    sanctions, restates the earlier action's targets in detail."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    determiners = sanction_words()["back_reference"]["determiners"]
    if tok.pos_ == "NUM":
        if not is_target_word(tok):  # 'Three of the banks'
            return False
        of = [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        if not any(c.dep_ == "det" and c.lower_ in determiners for p in of for c in p.children):
            return False
    elif _one_named(tok):
        pass  # 'The broker, Dutch national Jan Smit, ...': the one member told before
    elif not (
        tok.tag_ == "NNS"
        and tok.lower_ in kind_of_word()
        and (any(c.dep_ == "nummod" for c in tok.children) or _named_as_participle(tok))
        and any(c.dep_ == "det" and c.lower_ in determiners for c in tok.children)
    ):
        return False
    names = [c for c in tok.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"]
    opening = names[0].left_edge.i if names else tok.i + 2  # 'The officers, named as X, ...'
    named_as = _named_as_participle(tok)
    if named_as and not _told_before(tok):
        return False  # 'The judges, named as X and Y, ...': no group the story sanctioned
    names += named_as
    if not names or tok.doc[opening - 1].text != ",":  # set off by commas
        return False
    return _after_sanction(tok.sent, REACH)  # last: the one test that reads other sentences


def _names_told_group(verb: Token) -> bool:
    """'The committee named the commanders as A and B': a naming verb (named_as) whose definite
    plural object is a target word the story used before, with proper names after its
    preposition, names the members of the group the action before took."""
    table = sanction_words()["named_as"]
    determiners = sanction_words()["back_reference"]["determiners"]
    if lemma(verb) not in table["verbs"]:
        return False
    group = next((c for c in verb.children if c.dep_ == "dobj"), None)
    names = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in table["preps"]
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "PROPN"
    ]
    return (
        group is not None
        and bool(names)
        and group.tag_ == "NNS"
        and group.lower_ in kind_of_word()
        and any(c.dep_ == "det" and c.lower_ in determiners for c in group.children)
        and _told_before(group)
        and _after_sanction(verb.sent, REACH)
    )


def _one_named(tok: Token) -> bool:
    """'The trader, Ugandan national A B, runs ...': a definite singular target word whose word
    the story used before, named by a proper-noun apposition, is that one member of the group
    the story's action took."""
    determiners = sanction_words()["back_reference"]["determiners"]
    return (
        tok.tag_ == "NN"
        and tok.lower_ in kind_of_word()
        and any(c.dep_ == "det" and c.lower_ in determiners for c in tok.children)
        and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
        and _told_before(tok)
    )


def _named_member(tok: Token) -> Target:
    """The one member _one_named finds: the kind of its word, or person when the apposition calls
    it by a word for people ('Ugandan national A B', 'its owner C D'); the apposition's name."""
    appos = next(c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN")
    described = [kind_of_word().get(t.lower_) for t in appos.subtree if t.pos_ != "PROPN"]
    kind = "person" if "person" in described else kind_of_word()[tok.lower_]
    parts = [t for t in appos.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    name = " ".join(t.text for t in [*parts, appos])
    return Target(kind, 1, [name])


def _told_before(group: Token) -> bool:
    """The group's word stands in the text before its sentence ('three commanders' ... 'The
    commanders, named as ...'): the story's own group, referred back to."""
    doc = group.doc
    before = _lines_before(doc) + " " + doc[: group.sent.start].text
    return re.search(rf"\b{re.escape(group.lower_)}\b", before.lower()) is not None


def _named_as_participle(group: Token) -> list[Token]:
    """'The officers, named as Col. A and Maj. B, ...': the names a naming participle set off by
    commas gives a definite plural group (claims/data/sanctions.json `named_as`)."""
    table = sanction_words()["named_as"]
    return [
        n
        for c in group.children
        if c.dep_ == "acl" and lemma(c) in table["verbs"] and c.i > group.i
        for prep in c.children
        if prep.dep_ == "prep" and prep.lower_ in table["preps"]
        for p in prep.children
        if p.dep_ == "pobj" and p.pos_ == "PROPN"
        for n in (p, *p.conjuncts)
        if n.pos_ == "PROPN"
    ]


def _nationality_breakdown(tok: Token) -> Token | None:
    """'They are five Kenyans, two Ugandans and a Somali', 'Two are Kenyan and one is Thai',
    'Those declared are two Fijian nationals and a Tongan', right after a sentence that speaks
    of sanctions: a copula whose subject refers back to the group (a plural pronoun, one of
    restate_pronouns `words`, or a bare count) and tells it by nationality, counted, restates
    the targets; the copula, else None. 'They are Kenyan' (no count) is left alone."""
    if tok.dep_ != "nsubj":
        return None
    copulas = _word_set("copulas")
    verb = tok.head
    if lemma(verb) not in copulas:  # 'Those declared are ...' read with 'are' as a clause
        verb = next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp"
                and lemma(c) in copulas
                and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            ),
            verb,
        )
    if lemma(verb) not in copulas:
        return None
    pronouns = sanction_words()["restate_pronouns"]
    back = {*pronouns["plural"], *pronouns["words"], *sanction_words()["back_reference"]["pairs"]}
    bare = tok.pos_ == "NUM" and not any(c.dep_ == "prep" for c in tok.children)
    if tok.lower_ not in back and not bare:
        return None
    said = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    said += [j for c in said for j in c.conjuncts]
    national = [
        c for c in said if demonym_plural(c) or nationality_of(" ".join(t.text for t in c.subtree))
    ]
    counted = bare or any(
        any(n.dep_ == "nummod" for n in c.children) or demonym_plural(c) for c in national
    )
    if not national or not counted:
        return None
    participle = tok.head != verb or any(c.dep_ == "acl" for c in tok.children)
    reach = REACH if participle else 1  # 'Those declared are ...' names the action itself
    return verb if _after_sanction(tok.sent, reach) else None


def _restatement(tok: Token) -> Token | None:
    """'The individuals include X and Y', 'Among the targets are 19 firms': a sentence
    that lists an earlier action's targets (it inherits that action's authority)."""
    verb = tok.head
    if _named_group(tok) or _remainder(tok) is not None or _described_part(tok) is not None:
        return verb
    if _rest_named(tok):
        return verb
    if _fronted_ellipsis(tok):
        return verb
    if _instrument_names(tok):
        return verb  # 'The order names A and B' after the freeze it orders
    broken = _nationality_breakdown(tok)
    if broken is not None:
        return broken  # 'They are five Kenyans and two Ugandans' after the ban on them
    if _owners_of_told_holdings(tok):
        return verb  # 'The accounts belong to two firms' after the freeze of those accounts
    if lemma(verb) not in RESTATE_VERBS or tok.i > verb.i:
        return None
    only_lists = sanction_words()["list_restate_verbs"]
    if lemma(verb) in only_lists["words"] and lemma(tok) not in only_lists["subjects"]:
        return None  # 'The fleet numbers 120 ships' is a quantity
    listing = lemma(verb) not in sanction_words()["copulas"] or any(
        c.dep_ == "attr" or (c.text == ":" and c.i == verb.i + 1) for c in verb.children
    )  # not "is under"; 'The firms are: X, Y and Z' hangs the names on the subject
    if (
        tok.dep_ == "nsubj"
        and listing
        and (
            tok.lower_ in kind_of_word()
            or tok.lower_ == "targets"
            or lemma(tok) in only_lists["subjects"]
        )
    ):
        back = any(c.lower_ in ("the", "those", "these") or c.dep_ == "poss" for c in tok.children)
        back = back or any(c.dep_ == "compound" and lemma(c) in noun_heads() for c in tok.children)
        if back:
            return verb  # 'the register names', "Ottawa's roster now holds", 'Sanctions List has'
        bare = tok.lower_ in sanction_words()["bare_restating_subjects"]["words"]
        named = any(c.dep_ in ("dobj", "attr") and is_target_word(c) for c in verb.children)
        if bare and named and _after_sanction(tok.sent, REACH):
            return verb  # 'Targets include a judge and two camps' after the action
        return None
    if tok.dep_ == "nsubj" and listing and _listed_pronoun(tok):
        return verb  # 'Those targeted include ...'
    if tok.dep_ == "nsubj" and _frozen_holdings_subject(tok) and _restates_holdings(verb):
        return verb  # 'The frozen property includes 30 accounts and a jet'
    pronouns = sanction_words()["restate_pronouns"]
    if (
        tok.dep_ == "nsubj"
        and tok.lower_ in pronouns["plural"]
        and lemma(verb) in pronouns["verbs"]
    ):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return verb if any(is_target_word(o) for o in objects) else None  # 'They cover 3 firms'
    if (
        tok.dep_ == "nsubj"
        and tok.lower_ in pronouns["singular"]
        and lemma(verb) in pronouns["verbs"]
        and _restates_holdings(verb)
        and _after_sanction(tok.sent)
    ):
        return verb  # 'It covers 40 accounts and a yacht' right after the freeze is told
    if tok.lower_ != "among":
        return None
    if any(c.lower_ in kind_of_word() or c.lower_ in ("those", "targets") for c in tok.children):
        return verb
    if any(c.lower_ in pronouns["objects"] for c in tok.children):
        return verb if _after_sanction(tok.sent) else None  # 'Among them is a broker'
    if any(_counted_back(c) for c in tok.children if c.dep_ == "pobj"):
        return verb if _after_sanction(tok.sent) else None  # 'Among the 11 are a banker ...'
    return None


def _instrument_names(tok: Token) -> bool:
    """'The decree lists two traders and their firm', 'This order names A and B': the action's
    own instrument (naming_instruments), referred back to, names its targets right after a
    sentence that speaks of sanctions; the sentence restates that action."""
    table = sanction_words()["naming_instruments"]
    verb = tok.head
    back = sanction_words()["back_reference"]["determiners"]
    return (
        tok.dep_ == "nsubj"
        and lemma(tok) in table["nouns"]
        and lemma(verb) in table["verbs"]
        and verb.pos_ == "VERB"
        and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in back) for c in tok.children)
        and any(c.dep_ == "dobj" for c in verb.children)
        and _after_sanction(tok.sent, REACH)
    )


def _owners_of_told_holdings(tok: Token) -> bool:
    """'The accounts belong to two traders and their firm', 'The frozen funds belong to X': the
    holdings a freeze just told (referred back to, or described by the freeze's participle) said
    to belong to a target group or a name (freeze_context `holder_verbs`, `holder_preps`) restate
    that freeze with the owners as its targets."""
    table = sanction_words()["freeze_context"]
    verb = tok.head
    if (
        tok.dep_ != "nsubj"
        or lemma(tok) not in table["holdings"]
        or lemma(verb) not in table["holder_verbs"]
        or verb.pos_ != "VERB"
    ):
        return False
    back = sanction_words()["back_reference"]["determiners"]
    told = _frozen_holdings_subject(tok) or any(
        c.dep_ == "det" and c.lower_ in back for c in tok.children
    )
    owners = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in table["holder_preps"]
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return (
        told
        and any(is_target_word(o) or o.pos_ == "PROPN" for o in owners)
        and _after_sanction(tok.sent, REACH)
    )


def _counted_back(number: Token) -> bool:
    """'the 11', 'those nine': a bare number under a determiner of back_reference, the count of a
    group told before."""
    determiners = sanction_words()["back_reference"]["determiners"]
    return number.like_num and any(
        d.dep_ == "det" and d.lower_ in determiners for d in number.children
    )


def _frozen_holdings_subject(tok: Token) -> bool:
    """'The frozen assets', 'the funds blocked': holdings (freeze_context `holdings`) a participle
    of freezing or blocking describes, which a restating verb then lists."""
    table = sanction_words()
    verbs = {*table["freeze_verbs"], *table["blocked_holdings"]["verbs"]}
    return lemma(tok) in table["freeze_context"]["holdings"] and any(
        c.dep_ in ("amod", "acl") and lemma(c) in verbs for c in tok.children
    )


def _restates_holdings(verb: Token) -> bool:
    """The verb's objects (or their conjuncts) hold a target word or counted frozen holdings
    ('covers 40 accounts, a villa and a yacht'), not what a measure says ('covers the period')."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects += [j for o in objects for j in o.conjuncts]
    held = sanction_words()["freeze_objects"]
    return any(
        is_target_word(o)
        or (lemma(o) in held and any(c.dep_ == "nummod" and c.like_num for c in o.children))
        for o in objects
    )


def _counted_subject(tok: Token) -> tuple[str, int] | None:
    """'The two entities are a unit of the state broadcaster and a prison factory', 'The seven
    companies include X and Y': a counted target word that refers back, as the subject of a
    restatement, says how many its list stands for, however many items the list names."""
    if tok.dep_ != "nsubj" or tok.lower_ not in kind_of_word():
        return None
    back = sanction_words()["back_reference"]["determiners"]  # 'the', 'these', 'all'
    if not any(c.dep_ == "det" and c.lower_ in back for c in tok.children):
        return None
    number = next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), None)
    value = numbers.parse_tokens([number.text]) if number is not None else None
    return (kind_of_word()[tok.lower_], int(value)) if value is not None else None


def _remainder(tok: Token) -> int | None:
    """'The other four are police chiefs': a bare number that the rest of a group counted
    before, told what it is after a copula, restates that many targets; its count. An ordinal
    ('The eighth is a businessman') is one more member of the group: 1."""
    verb = tok.head
    table = sanction_words()["back_reference"]["remainders"]
    words = table["words"]
    total = _breakdown_total(tok)
    if total is not None and _after_sanction(tok.sent, REACH):
        return total  # 'Five of them are Ugandan and two are Thai': the parts together
    number = tok
    rest_of = any(c.lower_ in words for c in tok.children)  # 'the remaining five officials'
    if tok.lower_ in table["nouns"] or (rest_of and tok.lower_ in kind_of_word()):
        number = next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), tok)
    ordinal = tok.tag_ == "JJ" and tok.like_num and any(c.dep_ == "det" for c in tok.children)
    back = sanction_words()["back_reference"]["determiners"]
    said = [c for c in verb.children if c.dep_ == "attr"]
    said += [j for c in said for j in c.conjuncts]  # 'hotels and a car-hire firm'
    if (
        tok.dep_ != "nsubj"
        or (number.pos_ != "NUM" and not ordinal)
        or lemma(verb) not in sanction_words()["copulas"]
        or not (
            tok != number
            or ordinal
            or any(c.lower_ in words for c in tok.children)
            or any(c.dep_ == "det" and c.lower_ in back for c in tok.children)  # 'The six are'
            or _part_of(tok) is not None
        )
        or not any(is_target_word(c) or _named_target(c) for c in said)
        or not _after_sanction(tok.sent, REACH)
    ):
        return None
    if ordinal:
        return 1
    value = numbers.parse_tokens([number.text])
    return int(value) if value is not None else None


def _number_runs(sent: Span) -> list[tuple[int, int]]:
    """The numbers of a sentence as (first token, token after) runs: a number written over
    several tokens ('Thirty', '-', 'five') is one."""
    runs: list[tuple[int, int]] = []
    doc = sent.doc
    n = sent.start
    while n < sent.end:
        if not (doc[n].like_num and doc[n].pos_ == "NUM"):
            n += 1
            continue
        end = n + 1
        while end + 1 < sent.end and doc[end].text == "-" and doc[end + 1].like_num:
            end += 2
        runs.append((n, end))
        n = end
    return runs


def _breakdown_total(tok: Token) -> int | None:
    """'Five of them are Ugandan and two are Thai', 'Of the nine, five are Chinese nationals and
    four hold Thai passports': a copula whose subject counts part of a group named before, in a
    sentence that tells the group's members by nationality, part after part; the sum of the
    parts (back_reference `breakdown`). A count after a determiner ('of the 11') is the group's
    own, no part of it."""
    table = sanction_words()["back_reference"]["breakdown"]
    sent, verb = tok.sent, tok.head
    if tok.dep_ != "nsubj" or lemma(verb) not in sanction_words()["copulas"]:
        return None
    doc = sent.doc
    first = doc[sent.start]
    fronted = (
        first.lower_ == table["of"]
        and any(  # 'Of the nine, four are ...'
            t.like_num for t in doc[sent.start : min(sent.start + 4, sent.end)]
        )
    )
    partitive = any(
        c.dep_ == "prep" and c.lower_ == table["of"] and any(p.dep_ == "pobj" for p in c.children)
        for c in tok.children
    )  # 'Nineteen of those listed', 'Two of them', 'Six of the 13'
    if tok.pos_ != "NUM" or not (fronted or partitive) or nationality_of(sent.text) is None:
        return None
    parts = []
    for start, end in _number_runs(sent):
        before = doc[start - 1].lower_ if start > sent.start else ""
        after = doc[end] if end < sent.end else None
        if before in table["group_determiners"] or after is None:
            continue  # 'of the 11': the whole group's count
        if lemma(after) in table["verbs"] or after.lower_ in table["preps"]:
            value = numbers.parse_tokens([t.text for t in doc[start:end]])
            if value is None:
                return None
            parts.append(int(value))
    return sum(parts) if parts and tok.i in range(sent.start, sent.end) else None


def _rest_named(tok: Token) -> bool:
    """'The others include two judges and a clerk', 'The rest are four wardens': the rest of a
    group told before, with no count of its own, as the subject of a restating verb whose
    objects are target words, restates those targets of the action before."""
    verb = tok.head
    table = sanction_words()["back_reference"]
    if (
        tok.dep_ != "nsubj"
        or tok.lower_ not in table["remainders"]["nouns"]
        or lemma(verb) not in RESTATE_VERBS
        or any(c.dep_ == "nummod" for c in tok.children)  # '_remainder' counts those
        or not any(c.dep_ == "det" and c.lower_ in table["determiners"] for c in tok.children)
    ):
        return False
    said = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    said += [j for c in said for j in c.conjuncts]
    return any(is_target_word(c) for c in said) and _after_sanction(tok.sent, REACH)


def _described_part(tok: Token) -> int | None:
    """'Four of the firms are registered in Chile', 'The other two, X and Y, are based in Peru',
    'The two other banks are owned by a trust': a counted part or the rest of a target group
    named before, as the subject of a passive that describes its members (where they are
    registered, who owns them), restates that many targets of the action before; its count.
    An active verb ('Two of them run a yard') or an event ('were released') is no listing."""
    verb = tok.head
    if tok.dep_ != "nsubjpass" or lemma(verb) not in sanction_words()["described_parts"]["verbs"]:
        return None  # 'Two of them run a yard', 'Six of the crew were released': no listing
    words = sanction_words()["back_reference"]["remainders"]["words"]
    rest_of = any(c.lower_ in words for c in tok.children)
    if tok.pos_ == "NUM":
        # 'Two of them are based in X' describes where they are, not whom the action hit
        number: Token | None = tok if rest_of or _part_of(tok, False) is not None else None
    elif tok.lower_ in kind_of_word() and rest_of:
        number = next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), None)
    else:
        return None
    if (
        number is None
        or any(c.dep_ == "neg" for c in verb.children)
        or not _after_sanction(tok.sent, REACH)
    ):
        return None
    value = numbers.parse_tokens([number.text])
    return int(value) if value is not None else None


def _fronted_ellipsis(tok: Token) -> bool:
    """'So was a cargo plane', 'So were two of its tankers': a sentence that repeats the action
    before with an auxiliary alone, opened by 'so'; its subject is one more target of that
    action (a restatement that inherits the action's authority)."""
    table = sanction_words()["elliptic_companions"]
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON" or verb.pos_ != "AUX":
        return False  # the cheap tests first: the sentence is looked up only after them
    first = tok.sent[0]
    return (
        lemma(verb) in table["verbs"]
        and first.lower_ == table["fronted"]
        and first.head == verb
        and first.i + 1 == verb.i
        and not any(c.pos_ == "VERB" for c in verb.children)
        and (tok.pos_ == "PROPN" or any(is_target_word(t) for t in tok.subtree))
        and _after_sanction(tok.sent)
    )  # not 'So was the mood in Brussels': no target


def _part_of(number: Token, pronoun: bool = True) -> str | None:
    """'Seven of the people', 'two of these firms': a number that counts part of a target
    group named before (a determiner that refers back, a target noun); the group's kind ('' for
    a word of no one kind)."""
    of_word = sanction_words()["description_prep"]["word"]
    determiners = sanction_words()["back_reference"]["determiners"]
    pronouns = sanction_words()["back_reference"]["plural_pronouns"]
    return next(
        (
            kind_of_word().get(p.lower_, "")
            for c in number.children
            if c.dep_ == "prep" and c.lower_ == of_word
            for p in c.children
            if p.dep_ == "pobj"
            and (
                (
                    (is_target_word(p) or p.like_num)  # 'two of the firms', 'two of the three'
                    and any(d.dep_ == "det" and d.lower_ in determiners for d in p.children)
                )
                or (pronoun and p.lower_ in pronouns)  # 'five of them': the group before
            )
        ),
        None,
    )


def _after_sanction(sent: Span, reach: int = 1) -> bool:
    """The sentence before (or one of the `reach` before) speaks of sanctions: a pronoun or a
    named group may refer back to its targets."""
    return _cues.get(sent.doc).after(sent.start, reach)


@cache
def _cue_ids() -> frozenset[int]:
    """The string ids of cue_words(), to compare with a Doc's lower-case array."""
    return frozenset(get_string_id(w) for w in cue_words())


class _Cues:
    """Per Doc, what _after_sanction asks of its sentences, read once from the arrays: each
    token's sentence start (as Token.sent bounds it), the starts of the sentences holding a cue
    word, and _before_speaks's answer per reach."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        cols = columns(doc)
        self.sent_starts = cols.sent_starts()
        words = _cue_ids()
        lowers = cols.ids(LOWER)
        self.speaking = {self.sent_starts[i] for i, low in enumerate(lowers) if low in words}
        self._before: dict[int, bool] = {}
        self._after: dict[tuple[int, int], bool] = {}

    def after(self, start: int, reach: int) -> bool:
        """_after_sanction of the sentence that starts at token `start`; a sentence the parser
        ended on a title ('... and Brig.') runs on into the next, as _plain_sentences reads it.
        Kept per sentence and reach: _worth_reading asks it for every subject of a sentence."""
        key = (start, reach)
        found = self._after.get(key)
        if found is None:
            found = self._after[key] = self._walk_back(start, reach)
        return found

    def _walk_back(self, start: int, reach: int) -> bool:
        left = reach
        while left > 0:
            if start == 0:
                return self.before(left)
            titled = _ends_on_title(self.doc, start)
            start = self.sent_starts[start - 1]
            if start in self.speaking:
                return True
            stamp = _clock_line(self.doc[start].sent.text)  # a live page's '10:52'
            left -= 0 if titled or stamp else 1
        return False

    def before(self, reach: int) -> bool:
        found = self._before.get(reach)
        if found is None:
            found = self._before[reach] = _before_speaks(self.doc, reach)
        return found


_cues: LastSeen[Doc, _Cues] = LastSeen(_Cues)


def _ends_on_title(doc: Doc, start: int) -> bool:
    """The words just before token `start` are a courtesy or rank title and its full stop ('Gen.',
    'Brig .'): the sentence that ends there is cut inside a name."""
    titles = sanction_words()["person_names"]["titles"]
    words = [t for t in doc[max(0, start - 2) : start] if not t.is_space]
    if not words or not words[-1].text.endswith("."):
        return False
    word = words[-1].text[:-1] or (words[-2].text if len(words) > 1 else "")
    return word.lower() in titles


_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+|\n+")


def _before_speaks(doc: Doc, reach: int) -> bool:
    """One of the last `reach` sentences of the text before a paragraph parsed on its own speaks
    of sanctions (the paragraph's first sentence may refer back to their targets)."""
    said = [s for s in _plain_sentences(_lines_before(doc).strip()) if not _clock_line(s)]
    return any(_has_cue(s) for s in said[-reach:])


@cache
def _clock_re() -> re.Pattern[str]:
    return re.compile(sanction_words()["clock_lines"]["pattern"], re.IGNORECASE)


def _clock_line(text: str) -> bool:
    """A line that is only a clock time ('10:52', '9.05am'): a live page's stamp, no sentence."""
    return _clock_re().fullmatch(text.strip()) is not None


def _plain_sentences(text: str) -> list[str]:
    """Plain text cut into sentences; a piece that ends in a title ('Brig. Gen. Ali Musa', 'Col.
    Karrar') runs on, so the names of a list of officers count as no sentences of their own."""
    titles = sanction_words()["person_names"]["titles"]
    out: list[str] = []
    for piece in (p for p in _SENTENCE_END.split(text) if p.strip()):
        words = out[-1].rsplit(None, 1) if out else []  # its last word alone
        if words and words[-1].endswith(".") and words[-1][:-1].lower() in titles:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _listed_pronoun(tok: Token) -> bool:
    """'those targeted', 'these listed today': a pronoun a participle of listing describes; also
    the participle itself as subject with the pronoun parsed as its determiner ('Those
    restrained include ...')."""
    table = sanction_words()

    def listing(c: Token) -> bool:
        return (
            c._.listing_verb
            or lemma(c) in table["action_verbs"]
            or lemma(c) in table["restate_pronouns"]["participles"]
            or lemma(c) in table["freeze_verbs"]
        )

    if tok.tag_ == "VBN" and listing(tok):
        words = table["restate_pronouns"]["words"]
        return any(c.dep_ == "det" and c.lower_ in words for c in tok.children)
    return tok.lower_ in table["restate_pronouns"]["words"] and any(
        c.dep_ in ("acl", "amod", "relcl") and listing(c) for c in tok.children
    )


def _infinitival_relative(verb: Token) -> bool:
    """'the second refinery to be sanctioned this month': describes a target, states no act;
    an active infinitive whose object is a target group states one ('the decision to list
    five banks')."""
    relative = verb.dep_ in ("acl", "relcl")
    if not (relative and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)):
        return False
    return not any(c.dep_ == "dobj" and is_target_word(c) for c in verb.children)


@cache
def _actions() -> frozenset[str]:
    return frozenset(sanction_words()["action_verbs"])


@cache
def _trigger_lemmas() -> frozenset[str]:
    """Every lemma one of _trigger's own tests asks the token itself to have (each branch but the
    restatement starts by testing the token's lemma against one of these lists)."""
    table = sanction_words()
    words = set(table["trigger_verbs"]) | noun_heads() | set(table["object_verbs"])
    words |= compound_heads()
    words |= set(table["any_object_verbs"]) | set(table["list_exit"]["nouns"])
    words |= set(table["closing_verbs"]["words"]) | set(table["intransitive_alignment"]["words"])
    words |= set(table["outlawing_declarations"]["verbs"])
    words |= {w for w, status in table["action_verbs"].items() if status == "extended"}
    words |= set(table["entry_denial"]["verbs"]) | set(table["against_verbs"]["words"])
    words |= set(table["entry_denial"]["revocations"]["verbs"]) | set(table["releases"]["verbs"])
    kept_out = table["entry_denial"]["kept_out"]
    words |= set(kept_out["adjectives"]) | set(kept_out["nouns"])  # _kept_out_status
    words |= set(table["blocked_holdings"]["verbs"])
    words |= set(table["against_verbs"]["instruments"]["words"])
    words |= set(table["freeze_verbs"]) | set(table["list_entry"]["verbs"])
    words |= set(table["list_verbs"])  # _off_list
    words |= set(table["coming_rounds"]["rounds"])
    words |= set(table["filed_requests"]["nouns"])  # _filed_request
    words |= set(table["action_nouns"]["words"])  # _adopted_action's nouns
    words |= set(table["counted_entries"]["words"])  # 'will adopt the names
    words |= set(table["suspended_dealings"]["verbs"])  # _suspended_dealings
    words |= set(table["trading_halts"]["verbs"])  # _halts_trading
    words |= set(table["exclusions"]["verbs"]) | set(table["exclusions"]["from_only"])
    words |= set(table["seizures"]["verbs"]) | set(table["seizures"]["nouns"])
    words |= set(table["craft_detentions"]["verbs"])  # _detained_craft
    words |= set(table["disciplinary_bans"]["verbs"])  # _disciplinary_ban
    return frozenset(words)


def _holders_described(verb: Token) -> bool:
    """'property of those designated', 'any funds of the people listed': a listing participle on
    the holders of what is frozen names targets of an action taken before, no action of its own."""
    holder = verb.head
    if verb.dep_ != "acl" or any(c.dep_ in ("agent", "dobj") for c in verb.children):
        return False  # 'the funds of the firms listed by Japan on Monday': Japan's action
    of = holder.head
    held = of.head
    frozen = sanction_words()["freeze_objects"]
    return (
        holder.dep_ == "pobj"
        and of.lower_ == sanction_words()["described_holders"]["prep"]
        and (lemma(held) in frozen or any(lemma(c) in frozen for c in held.conjuncts))
    )


def _listed_holders(held: Token) -> bool:
    """'the assets of those designated', 'any funds of the people listed', 'all property of the
    designated persons': holdings whose holders a listing participle describes (after them,
    _holders_described; before them, _described_before)."""
    prep = sanction_words()["described_holders"]["prep"]
    return any(
        _holders_described(a)
        for c in held.children
        if c.dep_ == "prep" and c.lower_ == prep
        for p in c.children
        for a in p.children
        if a.dep_ == "acl" and a._.listing_verb
    ) or any(
        _described_before(p) for p in held.subtree if p.dep_ == "pobj" and p.head.lower_ == prep
    )


def _described_before(holder: Token) -> bool:
    """'(property and interests in property) of the designated persons': a listing participle
    before holders with no count of their own refers back to targets listed before (an effect of
    that listing); 'the accounts of two designated firms' counts a group of its own, and a gerund
    ('of under-declaring coal') describes no one."""
    return any(
        c.dep_ == "amod" and c.tag_ != "VBG" and c._.listing_verb for c in holder.children
    ) and not any(c.dep_ == "nummod" for c in holder.children)


def _plural_read_as_clause(tok: Token) -> bool:
    """'The unit ordered freezes against a money-changer': the plural sanction noun read as the
    verb of a clause that an action verb takes, with no subject or object of its own; the noun
    the action verb takes."""
    if (
        tok.tag_ != "VBZ"
        or tok.lower_ == tok.lemma_
        or lemma(tok) not in noun_heads()
        or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children)
    ):
        return False
    if _misread_noun_action(tok) is not None:
        return True  # 'Freezes on two more firms are expected': the passive is the clause's verb
    return (
        tok.dep_ in ("ccomp", "xcomp")
        and tok.i == tok.head.i + 1 + sum(1 for c in tok.lefts if c.dep_ == "compound")
        and lemma(tok.head) in sanction_words()["action_verbs"]
    )


def _trigger(tok: Token) -> Token | None:
    """The action token when tok states a sanction action, else None."""
    low = lemma(tok)
    if (
        low not in _trigger_lemmas()
        and tok.dep_ not in ("nsubj", "nsubjpass")  # _named_group's subjects
        and lemma(tok.head) not in RESTATE_VERBS  # every other restatement
    ):
        return None  # no branch below can answer: the one test per token most tokens need
    if low in sanction_words()["trigger_verbs"] and not _plural_read_as_clause(tok):
        misread = tok.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in tok.children)
        modifier = _trigger_read_as_modifier(tok)
        clause = _participle_read_as_adjective(tok) or _clause_verb_misread(tok)
        if tok.pos_ == "VERB" or misread or modifier or clause:
            acting = modifier or clause or modifier_object(tok) is not None
            if (tok.dep_ == "amod" and not acting) or _infinitival_relative(tok):
                return None  # 'a designated shipping group', 'the second refinery to be sanctioned'
            return tok
    noun_like = tok.pos_ in ("NOUN", "PROPN") or (tok.tag_ == "VBZ" and low in noun_heads())
    noun_like = noun_like or nominal_verb(tok)  # '- Court freeze covers ...' tagged a verb
    swapped = swapped_verb(tok)  # 'Samoa lifts freeze on ...' read as 'lifts' a noun
    swapped = swapped if swapped is not None and lemma(swapped) in _actions() else None
    noun_like = noun_like or swapped is not None
    gerund = nominal_gerund(tok) and tok.lower_ in noun_heads()  # 'the 2021 listing of 9 men'
    noun_like = noun_like or gerund
    if (low in noun_heads() or _compound_head(tok)) and noun_like and (gerund or _context_ok(tok)):
        action = _action_for_noun(tok) if swapped is None else swapped
        owned = _owned_listing(tok)
        if owned and (action is None or not _named_subject(action) or _borrowed_sequence(action)):
            return tok  # "(come after X and) follow Canada's listing of 12 firms": its own act
        if action is not None:
            return action
        if _received_ban(tok):
            return tok.head  # 'the winger received a two-year ban': the receiving verb acts
        heading = _verbless_action(tok)
        if heading is not None:
            return heading  # 'Sanctions Relief For Seven Banks': a heading's action
    entries = sanction_words()["counted_entries"]["words"]
    if tok.pos_ == "NOUN" and (
        low in sanction_words()["action_nouns"]["words"] or tok.lower_ in entries
    ):
        adopted = _adopted_action(tok)
        if adopted is not None:
            return adopted  # 'Bern adopted the same extension': the noun gives the status
        granted = _granted_extension(tok)
        if granted is not None:
            return granted  # 'the unit will ask for a 90-day extension' after the freeze
    if tok.pos_ == "NOUN" and low in sanction_words()["coming_rounds"]["rounds"]:
        coming = _coming_round(tok)
        if coming is not None:
            return coming  # 'a further round targeting the banks is planned'
        reached = _round_reached(tok)
        if reached is not None:
            return reached  # 'An earlier round, in May, covered two banks'
    if tok.pos_ == "NOUN" and low in sanction_words()["filed_requests"]["nouns"]:
        filed = _filed_request(tok)
        if filed is not None:
            return filed  # 'more applications against two firms will be lodged' after a freeze
    if tok.pos_ == "VERB" and _object_verb(tok):
        return tok
    if tok.pos_ == "VERB" and _names_told_group(tok):
        return tok  # 'The panel named the commanders as A and B': the members of the group
    if tok.pos_ == "VERB" and (_onto_list(tok) or _off_list(tok)):
        return tok  # 'put 40 firms on its list', 'took two men off it'
    if tok.pos_ == "VERB" and _elliptic_addition(tok):
        return tok  # 'will try to add two more trawlers' after the freeze's own sentence
    if tok.pos_ == "VERB" and _annex_head(tok):
        return tok  # 'The following firms are added:' over the entries of the annex
    if tok.pos_ == "NOUN" and low in sanction_words()["list_exit"]["nouns"] and _out_of_list(tok):
        return tok if _removes_targets(tok) else None  # 'the removal of three men from the list'
    if tok.pos_ == "VERB" and _closes_to_targets(tok):
        return tok
    if tok.pos_ == "VERB" and _outlaws(tok):
        return tok  # 'declared the front an unlawful association'
    if tok.pos_ == "VERB" and _declared_outlaws(tok):
        return tok  # 'declared nine men terrorists'
    if tok.pos_ == "VERB" and _follows(tok):
        return tok
    if tok.pos_ == "VERB" and _renews_programme(tok):
        return tok
    if tok.pos_ == "VERB" and _renewed_programme_reference(tok):
        return tok  # 'the regime, which was renewed in May', 'Its validity was extended'
    if tok.pos_ == "VERB" and _renews_pronoun(tok):
        return tok  # '... adopted the measures and will extend them'
    if tok.pos_ == "VERB" and _renewed_participle(tok):
        return tok
    if tok.pos_ == "VERB" and _denies_entry(tok):
        return tok
    if _kept_out_status(tok):  # 'the two judges are ineligible for entry': a standing
        declarers = sanction_words()["entry_denial"]["kept_out"]["verbs"]
        verb = tok.head.head if tok.dep_ in ("amod", "conj") else tok.head
        verb = verb.head if verb.dep_ == "dobj" else verb  # '... and Y inadmissible' on Y
        if tok.dep_ in ("ccomp", "amod", "conj") and lemma(verb) in declarers:
            return verb  # 'Chile declared the pilot inadmissible': the declaring is the action
        if tok.dep_ != "dobj":
            return tok
        # 'prohibited' misread as the verb, or as a clause the declaring takes
        declaring = lemma(verb.head) in declarers
        return verb.head if verb.dep_ in ("ccomp", "xcomp") and declaring else verb
    if tok.pos_ == "VERB" and _declared_kept_out(tok):
        return tok  # 'declared two dealers prohibited from entering the country'
    if tok.pos_ == "VERB" and _revokes_entry(tok):
        return tok  # 'revoked the visas of three officials'
    if tok.pos_ == "VERB" and _acts_against(tok):
        return tok
    restated = _restatement(tok)
    if restated is not None:
        return restated
    if _frozen_craft(tok):
        return tok  # 'A jet the firm owns was also frozen'
    if _detained_craft(tok):
        return tok  # 'its plane was grounded under that order too'
    if tok.pos_ == "VERB" and _releases(tok):
        return tok  # 'a judge released two trucks of the farmer': a freeze lifted
    if _excludes(tok):
        return tok  # 'the bank excluded the builder from its projects': a debarment
    if tok.pos_ == "VERB" and _blocks_holdings(tok):
        return tok  # 'Eleven more accounts were blocked': a freeze told again
    if _frozen_property(tok):
        return tok  # 'the judge froze a villa and two cars'
    if tok.pos_ == "VERB" and _fronted_target(tok):
        return tok  # 'Also restrained was a freight company, X Ltd', after the freeze
    if tok.pos_ == "VERB" and _seizes_holdings(tok):
        return tok  # 'prosecutors seized the assets of 30 people': a freeze by another name
    if tok.pos_ == "NOUN" and _seized_holdings(tok):
        return _action_for_noun(tok)  # 'ordered the arrest of property belonging to six men'
    if _suspended_dealings(tok):
        return tok  # 'the unit suspended transactions of two firms'
    if _halts_trading(tok):
        return tok  # 'the exchange halted trading in the firm's shares'
    headline_participle = participle_read_as_adjective(tok)  # 'Nine accounts frozen' as a JJ
    fronted = tok.tag_ == "JJ" and inverted_subject(tok) is not None  # 'Frozen too were ...'
    complement = passive_read_as_complement(tok)  # 'the funds of two men were frozen' as JJ
    if (tok.pos_ == "VERB" or headline_participle or fronted or complement) and low in (
        sanction_words()["freeze_verbs"]
    ):
        covering = _compound_read_as_clause(tok)
        if covering is not None:
            return covering  # 'freezing orders this year have covered 40 people', misread
        inverted = inverted_subject(tok)  # 'Also frozen were the assets of two firms'
        caused = causative_holder(tok, causatives())  # 'six brokers had their funds frozen'
        inverted = inverted if caused is None else caused[0]
        modified = modifier_object(tok)  # 'has frozen assets ...' read as a modifier of them
        inverted = modified if modified is not None else inverted
        held = clause_subject_object(tok) or _reduced_relative_object(tok)  # misread objects
        inverted = held if held is not None else inverted
        bare = _bare_counted_subject(tok)  # 'Twenty accounts frozen;' read as an active past
        inverted = bare if bare is not None else inverted
        inverted = complement if complement is not None else inverted
        listed = [j for c in tok.children if c.dep_ == "dobj" for j in c.conjuncts]
        plural_only = sanction_words()["freeze_plural_objects"]["words"]
        objects = [
            lemma(c)
            for c in [*tok.children, *listed, *([inverted] if inverted is not None else [])]
            if (c.dep_ in ("dobj", "nsubjpass") or c == inverted or c in listed)
            and (lemma(c) not in plural_only or c.tag_ == "NNS")  # not 'its share of the pot'
            and (not _any_holdings(c) or _state_acts(tok))
            and not _listed_holders(c)  # 'the funds of those listed are frozen'
        ]  # 'the rules block any funds the listed persons own': an effect, not a state's act
        if amount_holdings(tok) or _state_freezes_sum(tok):
            return tok  # 'froze some P2 billion in bank deposits': a sum held in them
        objects += _heading_holdings(tok)
        objects += _counted_parts(tok)  # 'freezing four of the nine accounts'
        if _order_freezes(tok):
            return tok  # 'obtained an order freezing a farm near <town>'
        return tok if any(o in sanction_words()["freeze_objects"] for o in objects) else None
    return None


def _counted_parts(verb: Token) -> list[str]:
    """'froze four of the nine accounts': the lemmas of what a counted object is part of."""
    of_word = sanction_words()["description_prep"]["word"]
    return [
        lemma(p)
        for o in verb.children
        if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NUM"
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == of_word
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _order_freezes(verb: Token) -> bool:
    """'an order freezing a house and two cars', 'a directive freezing the vessel': a freeze
    participle that describes an order (compound_heads) freezes whatever particular thing its
    object is (order_freezes), property of any kind an authority's instrument holds."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or lemma(verb.head) not in compound_heads():
        return False
    policy = sanction_words()["order_freezes"]["not_objects"]
    return any(
        c.dep_ == "dobj"
        and lemma(c) not in policy
        and any(d.dep_ in ("det", "nummod", "poss") for d in c.children)
        for c in verb.children
    )


def _reduced_relative_object(verb: Token) -> Token | None:
    """A verb left with no object because the parser read its object as the subject of the
    participle that describes it ('restrained 14 flats and 3 accounts linked to a gang', with
    'flats' the subject of 'linked'): that noun, the verb's object. The participle has no
    auxiliary, object or clause of its own, as a reduced relative has none."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.rights:
        if clause.dep_ != "ccomp" or clause.tag_ not in PAST:
            continue
        if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp") for c in clause.children):
            continue
        for subj in clause.lefts:
            if subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and subj.i > verb.i:
                return subj
    return None


def _bare_counted_subject(verb: Token) -> Token | None:
    """The subject of a headline's bare participle read as an active past ('Twenty accounts
    frozen;') when it is counted, a list, counted through the owners of its 'of' phrase
    ('Deposits of 40 traders frozen', 'Funds of 17 frozen over bribes'), or holdings that name
    their owner ("Broker's accounts frozen", 'Deposits of trading firm blocked'), else None:
    'Deposits blocked' alone heads a section."""
    bare = bare_participle_subject(verb)
    if bare is None:
        return None
    if bare.conjuncts or any(c.dep_ == "nummod" for c in bare.children):
        return bare
    for owner in of_objects(bare):
        if owner.like_num or any(c.dep_ == "nummod" for c in owner.children):
            return bare
    return bare if _owned_holdings(bare) else None


def _owned_holdings(held: Token) -> bool:
    """Holdings (freeze_objects) that name their owner by a possessive noun or an 'of' phrase
    on a noun: whose holdings they are tells what the freeze falls on."""
    if lemma(held) not in sanction_words()["freeze_objects"]:
        return False
    owners = [c for c in held.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    owners += [o for o in of_objects(held) if o.pos_ in ("NOUN", "PROPN")]
    return bool(owners)


def _heading_holdings(verb: Token) -> list[str]:
    """'Deposits, two yachts and a villa frozen as ...': a participle with no auxiliary
    or agent hung on a verbless line's root (or its last conjunct) names what its list (or its
    counted group) undergoes, as a headline's passive does: the lemmas of the list's items. One
    uncounted noun so ('Assets frozen abroad') heads a section, no action."""
    adjective = participle_read_as_adjective(verb)  # 'Funds, a yacht and a van frozen' as JJ
    if verb.tag_ != "VBN" and not adjective:
        return []
    if verb.dep_ not in ("acl", "ROOT") and not (adjective and verb.dep_ == "conj"):
        return []
    if any(c.dep_ in ("aux", "auxpass", "agent", "dobj") for c in verb.children):
        return []
    if verb.dep_ == "ROOT":  # '... frozen as police widen the probe': the list read as subject
        top = next((c for c in verb.children if c.dep_ == "nsubj"), verb)
    else:
        top = verb.head
        while top.dep_ in ("conj", "appos") and top.head != top:
            top = top.head
        # '... frozen in Lima; the bank shuts ...': the list read as the next clause's subject
        top = top if top.dep_ == "ROOT" or split_by_semicolon(top, top.head) else verb
    if top is verb or top.pos_ not in ("NOUN", "PROPN"):
        return []
    apposed = [a for a in top.children if a.dep_ == "appos"]
    items = (top, *top.conjuncts, *apposed)  # 'Assets frozen abroad' heads a section
    owners = [o for o in of_objects(top) if o.like_num or any(c.like_num for c in o.children)]
    counted = any(t.like_num for t in top.doc[top.left_edge.i : top.i]) or bool(owners)
    if len(items) < 2 and not counted:  # 'Accounts of six people frozen' counts its owners
        return []
    return [lemma(t) for t in items]


def _compound_read_as_clause(tok: Token) -> Token | None:
    """'Freezing orders since May have covered 40 people' read with the gerund as a clause
    subject that takes the order as its object: the two words are one sanction noun
    (trigger_nouns), subject of the verb above; that verb, when it is an action, or a verb of
    reaching (coming_rounds), on a target group, else None."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("csubj", "nsubj"):
        return None
    nouns = sanction_words()["trigger_nouns"]
    if not any(c.dep_ == "dobj" and f"{tok.lower_} {lemma(c)}" in nouns for c in tok.children):
        return None
    verb = tok.head
    if lemma(verb) in sanction_words()["coming_rounds"]["reaching_verbs"]:
        return verb if any(c.dep_ == "dobj" and is_target_word(c) for c in verb.children) else None
    return verb if lemma(verb) in _actions() and _acts_on_targets(verb) else None


def _blocks_holdings(verb: Token) -> bool:
    """'Nine more accounts were blocked in Latvia', 'In all, 37 accounts were blocked': a verb of
    blocking on money held (blocked_holdings), after a sentence that speaks of sanctions or of a
    freeze or with a state as its subject ('the Treasury blocked all property of four men'),
    freezes it; 'the platform blocked 500 accounts' in a story of none does not."""
    table = sanction_words()["blocked_holdings"]
    if lemma(verb) not in table["verbs"]:
        return False
    bare = _bare_counted_subject(verb)  # 'Accounts of six men blocked' read as an active past
    held = [
        c
        for c in [*verb.children, *([bare] if bare is not None else [])]
        if (c.dep_ in ("dobj", "nsubjpass") or c == bare)
        and not (_any_holdings(c) and not _state_acts(verb))  # 'any assets ... are blocked'
        and not _listed_holders(c)  # 'the assets of those listed are blocked': an effect
    ]
    if any(
        h.i == verb.i + 1 and f"{verb.lower_} {lemma(h)}" in sanction_words()["trigger_nouns"]
        for h in held
    ):
        return False  # '(identified X as) blocked property' is one noun read as verb and object
    lemmas = [lemma(h) for h in held] + _heading_holdings(verb)  # '40 cards and accounts blocked'
    return any(h in table["objects"] for h in lemmas) and (
        _after_sanction(verb.sent, REACH) or _state_acts(verb)  # 'OFAC blocked the property of'
    )


def _releases(verb: Token) -> bool:
    """'Seven of the 31 were released from the freeze', 'a court released two trucks of a
    farmer', 'It released five of them': a verb of releasing (releases) that frees a group from
    a sanction, frees holdings in a text of freezes (someone named doing it: 'his funds will be
    released' tells what a delisting brings), or frees a counted part of the targets just told
    lifts that freeze; 'were detained and released' frees people from custody, no sanction."""
    table = sanction_words()["releases"]
    if lemma(verb) not in table["verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return False
    if any(
        lemma(p) in noun_heads() or lemma(p) in compound_heads()
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == table["prep"]
        for p in c.children
        if p.dep_ == "pobj"
    ):
        return True  # 'released from the freeze', 'released from sanctions', 'from the order'
    done = not any(c.tag_ == "MD" for c in verb.children)  # not what a delisting will bring
    if done and any(_frozen_holdings(o) for o in objects):
        return True  # 'Twelve of the frozen flats were released': a freeze lifted on them
    goods = {*sanction_words()["freeze_objects"], *table["goods"]}
    acting = acting_subject(verb) is not None  # not 'his funds will be released'
    acting = acting and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if acting and any(lemma(o) in goods for o in objects) and _speaks_of_sanctions(verb.doc):
        return True
    if _releases_measure(verb, objects, goods):
        return True
    return _part_of_targets(verb, objects)


def _releases_measure(verb: Token, objects: list[Token], goods: set[str]) -> bool:
    """'released the freeze on three wallets', 'The freezes were released': a sanction noun (or an
    order) released is lifted; 'released five of the 31 wallets', 'Twelve of the vehicles were
    released': a counted part of held goods, in a text that speaks of freezes; 'released NT$5
    million from the accounts': a sum taken out of held goods; 'froze a firm's account and later
    released it': what the freeze it is joined to held."""
    table = sanction_words()["releases"]
    of_word = table["part_prep"]
    done = not any(c.tag_ == "MD" for c in verb.children)
    for o in objects:
        if lemma(o) in noun_heads() or lemma(o) in compound_heads():
            return True  # 'released the freeze on three wallets', 'the orders were released'
        parts = [
            p
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == of_word
            for p in c.children
            if p.dep_ == "pobj"
        ]
        counted = o.pos_ == "NUM" or o.tag_ == "CD"
        part = done and counted and any(lemma(p) in goods for p in parts)
        if part and _speaks_of_sanctions(verb.doc):
            return True  # 'released five of the 31 wallets'
        singular = sanction_words()["restate_pronouns"]["singular"]
        told = o.lower_ in _pronouns() or o.lower_ in singular
        if o.dep_ == "dobj" and told and verb.dep_ == "conj" and _freezing(verb.head):
            return True  # 'froze the firm's account in May but released it in June'
        held = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == table["prep"]
            for p in c.children
            if p.dep_ == "pobj"
        ]
        sources = sanction_words()["released_measures"]["sum_sources"]
        taken = _is_sum(o) and any(lemma(p) in sources for p in held)
        if taken and _speaks_of_sanctions(verb.doc):
            return True  # 'released NT$12 million from the firm's accounts'
    return False


def _excludes(tok: Token) -> bool:
    """'The bank excluded two builders from its projects for three years', 'A subsidiary was
    excluded for two years' (in a story of debarments): a verb of excluding a target group or a
    name from what a lender or a procurement body finances is a debarment
    (claims/data/sanctions.json `exclusions`); 'the index excludes food prices' is none."""
    table = sanction_words()["exclusions"]
    verbs = table["verbs"]
    if lemma(tok) not in {*verbs, *table["from_only"]} or tok.pos_ not in ("VERB", "ADJ"):
        return False
    holders = [tok.head] if tok.dep_ == "acomp" else [tok]  # 'were excluded' read as adjective
    excluded = [c for h in holders for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in tok.children):
        excluded += [c for h in holders for c in h.children if c.dep_ == "nsubj"]
    inverted = inverted_subject(tok)  # 'Also excluded are its two directors'
    excluded += [inverted] if inverted is not None else []
    people = sanction_words()["disciplinary_bans"]["people"]  # 'excluded three clubs from ...'
    if not any(is_target_word(e) or _named_target(e) or lemma(e) in people for e in excluded):
        return False
    if any(
        lemma(p) in table["from"] or any(lemma(c) in table["from"] for c in p.children)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == table["prep"]
        for p in c.children
        if p.dep_ == "pobj"
    ):
        return True  # 'from every project it finances', 'from public tenders'
    said = (_lines_before(tok.doc) + " " + doc_text(tok.doc)).lower()  # 'suspended two firms'
    if lemma(tok) not in verbs and any(
        c.dep_ == "prep" and c.lower_ == table["prep"] for c in tok.children
    ):
        return False  # 'suspended two officials from the team': from what no lender finances
    return any(cue in said for cue in table["cues"])


def _excluded_by_lender(noun: Token) -> bool:
    """'lifted early the exclusion of a bridge builder': a noun of excluding (exclusions `nouns`)
    heading its own phrase in a story that speaks of debarment (exclusions `cues`) is one."""
    if noun.dep_ in ("compound", "amod", "nmod"):
        return False  # 'the exclusion list', 'the exclusion zone': another head's kind
    said = (_lines_before(noun.doc) + " " + doc_text(noun.doc)).lower()
    return any(cue in said for cue in sanction_words()["exclusions"]["cues"])


def _frozen_holdings(held: Token) -> bool:
    """'the frozen accounts', 'nine of the frozen properties': holdings (freeze_objects), or a
    part of them (releases `part_prep`), that a freeze participle describes."""
    table = sanction_words()
    part = table["releases"]["part_prep"]
    nouns = [held] + [
        p
        for c in held.children
        if c.dep_ == "prep" and c.lower_ == part
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        lemma(n) in table["freeze_objects"]
        and any(c.dep_ == "amod" and lemma(c) in table["freeze_verbs"] for c in n.children)
        for n in nouns
    )


def _frozen_craft(tok: Token) -> list[Token]:
    """'Its business jet was also frozen', 'Two tankers have been frozen': a ship or an aircraft
    is property a state freezes whole; as the subject of a freeze participle (one the parser read
    as an adjective after 'be' too) it is the target, after a sentence that speaks of sanctions
    (not 'the ferry was frozen in the ice'). The subjects, none when it is no such freeze."""
    if lemma(tok) not in sanction_words()["freeze_verbs"]:
        return []
    kinds = sanction_words()["frozen_craft"]["kinds"]
    if tok.dep_ == "acomp" and lemma(tok.head) in sanction_words()["copulas"]:
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    else:
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    whole = sanction_words()["frozen_property"]["objects"]  # 'Two houses were frozen too'
    subjects += [j for s in subjects for j in s.conjuncts]  # 'Three flats and a boat ...'
    craft = [s for s in subjects if kind_of_word().get(s.lower_) in kinds or lemma(s) in whole]
    return craft if craft and _after_sanction(tok.sent, REACH) else []


def _detained_craft(tok: Token) -> list[Token]:
    """'A cargo plane of the firm was grounded under that order too', 'the judge ordered four
    tugs impounded': a ship or an aircraft held in place by an order (sanctions.json
    `craft_detentions`) is property held whole, the target of the measure, after a sentence that
    speaks of sanctions; a coast guard holding a tanker with no order states none. The craft,
    none when it is no such hold."""
    table = sanction_words()
    held = table["craft_detentions"]
    if lemma(tok) not in held["verbs"] or tok.pos_ != "VERB":
        return []
    kinds = table["frozen_craft"]["kinds"]
    subjects = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
    if tok.dep_ == "acl":
        subjects.append(tok.head)  # 'ordered four tugs impounded': the object the order names
    subjects += [j for s in subjects for j in s.conjuncts]
    craft = [s for s in subjects if kind_of_word().get(s.lower_) in kinds]
    if not craft:
        return []
    under_order = any(
        lemma(c) in held["preps"] and any(lemma(o) in held["orders"] for o in c.children)
        for c in tok.children
        if c.dep_ == "prep"
    )
    orderer = tok.head if tok.dep_ in ("acl", "ccomp", "xcomp", "oprd") else None
    if tok.dep_ == "acl" and orderer is not None:
        orderer = orderer.head  # the order verb over its object
    ordered = (
        orderer is not None
        and lemma(orderer) in held["ordering_verbs"]
        and _court_actor(acting_subject(orderer))
    )
    return craft if (under_order or ordered) and _after_sanction(tok.sent, REACH) else []


def _frozen_property(tok: Token) -> bool:
    """'A judge froze a farm and two cars owned by the mayor', 'the court has frozen three
    fishing boats': property frozen whole (sanctions.json `frozen_property`: one of its objects,
    or a ship or an aircraft) as the direct object of a freeze verb whose actor is a court or a
    state is a sanction, not ice on a lake."""
    table = sanction_words()
    seizing = lemma(tok) in table["seizures"]["verbs"]  # by a court only, never the police
    if tok.pos_ != "VERB" or (lemma(tok) not in table["freeze_verbs"] and not seizing):
        return False
    kinds = table["frozen_craft"]["kinds"]
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [j for o in objects for j in o.conjuncts]
    if not any(
        lemma(o) in table["frozen_property"]["objects"] or kind_of_word().get(o.lower_) in kinds
        for o in objects
    ):
        return False
    court = _court_actor(acting_subject(tok))
    return court or (not seizing and _state_acts(tok))


def _court_actor(subject: Token | None) -> bool:
    """'the court', 'a judge', 'Justice Ana Ruiz': a court noun (court_nouns) as the subject, or
    a judge's title (court_nouns `titles`) compounded on the name that is."""
    table = sanction_words()["court_nouns"]
    if subject is None:
        return False
    titled = any(c.dep_ == "compound" and lemma(c) in table["titles"] for c in subject.children)
    return lemma(subject) in table["words"] or titled


def _fronted_target(verb: Token) -> bool:
    """'Also restrained was a freight company, X Ltd', 'Also seized, under the same order, was a
    trawler firm': a fronted freeze or seizure participle (freeze_verbs, seizures `verbs`) whose
    subject, put after the auxiliary, is a target word or a name, right after a sentence that
    speaks of sanctions or freezes, freezes what that target holds."""
    table = sanction_words()
    if lemma(verb) not in {*table["freeze_verbs"], *table["seizures"]["verbs"]}:
        return False
    fronted = inverted_subject(verb)
    if fronted is None or not (is_target_word(fronted) or _named_target(fronted)):
        return False
    return _after_sanction(verb.sent, REACH)


def _seizes_holdings(verb: Token) -> bool:
    """'the court seized the assets of nine men', 'Nine accounts were arrested': a verb of
    seizing (seizures `verbs`) whose object, passive subject or fronted subject is holdings
    (freeze_objects) freezes them; 'arrested three men' or 'seized 40 kg of heroin' does not."""
    if lemma(verb) not in sanction_words()["seizures"]["verbs"]:
        return False
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    inverted = inverted_subject(verb)  # 'Also seized were the accounts of his firm'
    held += [inverted] if inverted is not None else []
    frozen = sanction_words()["freeze_objects"]
    return any(
        lemma(h) in frozen and not _any_holdings(h) and not _listed_holders(h)
        for h in (*held, *(j for h in held for j in h.conjuncts))
    )


def _seized_holdings(noun: Token) -> bool:
    """'the arrest of property belonging to six men', 'the seizure of a villa and two boats': a
    noun of seizing (seizures `nouns`) whose own phrase (seizures `prep`) is holdings
    (freeze_objects) or property frozen whole (frozen_property objects); 'the arrest of three
    men', 'the seizure of 40 kg of heroin' or a customs seizure of a tanker is none."""
    table = sanction_words()
    if lemma(noun) not in table["seizures"]["nouns"]:
        return False
    property_words = {*table["freeze_objects"], *table["frozen_property"]["objects"]}
    seized = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == table["seizures"]["prep"]
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        lemma(p) in property_words for p in (*seized, *(j for p in seized for j in p.conjuncts))
    )


def _suspended_dealings(tok: Token) -> bool:
    """'The unit suspended transactions of three payment firms for ten days', 'the regulator has
    suspended 40 accounts': a state's body stopping a party's dealings or holdings for a time
    (sanctions.json `suspended_dealings`) imposes a measure on the party, not 'suspended talks'."""
    table = sanction_words()
    suspending = table["suspended_dealings"]
    if tok.pos_ != "VERB" or lemma(tok) not in suspending["verbs"]:
        return False
    stopped = set(table["dealings"]) | set(table["freeze_objects"]) | set(suspending["objects"])
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    late = object_past_adjunct(tok)  # 'suspend for two weeks another eight accounts'
    objects += [late] if late is not None else []
    if not any(lemma(o) in stopped for o in objects):
        return False
    holdings = set(table["freeze_objects"])  # told to stop holdings, not 'business with X'
    return (
        _state_acts(tok)
        or _named_body_acts(tok)
        or (any(lemma(o) in holdings for o in objects) and _directs_holders(tok))
    )


def _halts_trading(tok: Token) -> bool:
    """'The bourse halted trading in a developer's notes', 'trading in its shares was
    halted': stopping trading in a company's securities is a measure on the company; trading
    stopped with nothing traded named ('stopped all dealing for an hour') is none
    (sanctions.json `trading_halts`)."""
    table = sanction_words()["trading_halts"]
    if tok.pos_ != "VERB" or lemma(tok) not in table["verbs"]:
        return False
    stopped = [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "nsubjpass")
        and (lemma(c) in table["objects"] or c.lower_ in table["objects"])
    ]
    if tok.dep_ == "amod" and lemma(tok.head) in table["objects"]:
        stopped.append(tok.head)  # 'the bourse suspended trading in ...' misread as a modifier
    return any(
        p.dep_ == "prep" and p.lower_ == table["prep"] and any(o.dep_ == "pobj" for o in p.children)
        for s in stopped
        for p in (*s.children, *tok.children)
    )


def _named_body_acts(verb: Token) -> bool:
    """'The Office for Payment Supervision suspended ...': the subject is a state's body by its
    proper name (home_state `bodies`), which acts for the story's home state."""
    subject = acting_subject(verb)
    bodies = sanction_words()["home_state"]["bodies"]
    powers = sanction_words()["suspended_dealings"]["powers"]
    if any(c.dep_ == "aux" and c.lower_ in powers for c in verb.children):
        return False  # 'the bureau can halt a payment for two days': its power, no act
    return subject is not None and subject.pos_ == "PROPN" and lemma(subject) in bodies


def _directs_holders(verb: Token) -> bool:
    """'ordered banks to suspend 52 accounts', 'has instructed lenders to suspend 19 accounts':
    whoever directs the private bodies that hold the money (compliance_subjects words) to stop it
    acts itself, as in a directed freeze; the authority is its subject's."""
    if not _asked_of_others(verb):
        return False
    private = set(sanction_words()["compliance_subjects"]["words"])
    told = [c for c in verb.head.children if c.dep_ == "dobj"]
    return any(c.lower_ in private for c in told) and acting_subject(verb.head) is not None


def _adopted_action(noun: Token) -> Token | None:
    """'Iceland took over the same extension', 'Oslo mirrored the renewal', 'Bern will adopt
    the names': a state takes over an action named before by its action noun alone (or by the
    entries it put on a list); the verb, when a state is its subject and the text speaks of
    sanctions (not 'approved the renewal of the licence')."""
    table = sanction_words()["adopted_actions"]
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or lemma(verb) not in table["verbs"]:
        return None
    if any(c.dep_ == "prep" and c.lower_ == table["of"] for c in noun.children):
        return None
    subject = acting_subject(verb)
    if subject is None or not core_authorities(subject):
        return None
    return verb if _speaks_of_sanctions(noun.doc) else None


def _granted_extension(noun: Token) -> Token | None:
    """'We mean to ask for a 90-day extension', 'an extension was granted in May for five others':
    an extension with no 'of' phrase of its own, sought or granted (sanctions.json
    `granted_extensions`) in a sentence that speaks of sanctions or right after one, extends the
    measure told there; the verb, else None."""
    table = sanction_words()
    if table["action_nouns"]["words"].get(lemma(noun)) != "extended":
        return None
    if any(c.dep_ == "prep" and c.lower_ == table["adopted_actions"]["of"] for c in noun.children):
        return None  # 'an extension of the deadline'
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if lemma(verb) not in table["granted_extensions"]["verbs"]:
        return None
    subject = acting_subject(verb)
    seekers = {*table["granted_extensions"]["seekers"], *table["home_state"]["bodies"]}
    seekers |= set(table["court_nouns"]["words"])
    acronym = subject is not None and subject.pos_ == "PROPN" and subject.text.isupper()
    others = subject is not None and lemma(subject) not in seekers and not core_authorities(subject)
    if others and not acronym:  # an acronym may name a body: 'The FIC plans to seek a renewal'
        return None  # 'the firm has sought an extension to its licence'
    sent = noun.sent
    speaks = any(t.lower_ in cue_words() for t in sent if t != noun)
    return verb if speaks or _after_sanction(sent) else None


def _relative_action(verb: Token) -> Token | None:
    """The sanction noun a relative clause's action verb acts on, when the clause names its own
    authority (or a court) as subject ('the sanctions (that) Washington imposed', 'the package
    the EU adopted', 'a freeze the court extended'): that actor's claim, beside the main
    clause's."""
    if verb.dep_ not in ("relcl", "acl") or lemma(verb) not in sanction_words()["action_verbs"]:
        return None
    noun = verb.head
    sanction_noun = lemma(noun) in noun_heads() or lemma(noun) in sanction_words()["package_nouns"]
    sanction_noun = sanction_noun or _compound_head(noun)  # 'the denial order Canada issued'
    deps = ("nsubj",) if verb.dep_ == "relcl" else ("agent",)  # 'measures adopted by Canada'
    if verb.dep_ == "acl" and any(
        c.tag_ in ("WDT", "IN") and c.dep_ == "dobj" for c in verb.children
    ):
        deps = ("nsubj",)  # 'the order that Canada issued' parsed as a participle: a relative
    subjects = [c for c in verb.children if c.dep_ in deps]
    courts = sanction_words()["court_nouns"]["words"]  # 'a freeze the court extended in May'
    acting = bool(subjects) and (core_authorities(subjects[0]) or lemma(subjects[0]) in courts)
    return noun if sanction_noun and acting else None


def _complies(verb: Token) -> bool:
    """'Financial institutions must freeze any funds of the designated persons', 'banks froze
    assets worth $3 million': private bodies applying sanctions state an effect, no action."""
    table = sanction_words()["compliance_subjects"]
    if lemma(verb) not in table["verbs"]:
        return False
    subject = acting_subject(verb)
    if subject is None or subject.lower_ not in table["words"] or core_authorities(subject):
        return False
    counted = any(c.dep_ in ("nummod", "poss") or c.pos_ == "PROPN" for c in subject.children)
    return not counted and not _reported_by_authority(verb)  # 'Two Iranian banks froze ...'


def _reported_by_authority(verb: Token) -> bool:
    """'The regulator said that lenders had frozen 20 accounts': a freeze by private bodies that
    an authority reports (the verb a complement of its reporting verb) is that authority's
    measure carried out on its notice, a sanction of its own."""
    return bool(reporting_authorities(verb))


def _petitions(verb: Token) -> bool:
    """'has asked to be struck off the list', 'has applied to be delisted': a passive
    infinitive under a verb of asking is what its subject (a target) wants, no action."""
    if verb.dep_ != "xcomp" or lemma(verb.head) not in sanction_words()["petition_heads"]["words"]:
        return False
    return any(c.dep_ == "auxpass" for c in verb.children)


def _negated(tok: Token, action: Token) -> bool:
    """A denied action states no sanction: 'did not impose', 'has never listed', 'did not agree
    to sanction', 'no sanctions were imposed' (the verb, or a verb it completes, is negated)."""
    denying = sanction_words()["negation_determiners"]
    if any(c.dep_ == "det" and lemma(c) in denying for c in tok.children):
        return True
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "preconj") and lemma(c) in denying for c in action.children
    ):
        return True  # 'neither was listed', 'none was listed'
    subjects = [c for c in action.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(d.dep_ == "det" and lemma(d) in denying for s in subjects for d in s.children):
        return True  # 'no banks were named', 'no vessels were designated'
    joins = sanction_words()["negated_joins"]["words"]
    if (
        action.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in action.children)
        and any(c.dep_ == "cc" and c.lower_ in joins for c in action.head.children)
        and any(c.dep_ == "neg" for c in action.head.children)
    ):
        return True  # 'did not close borders or freeze accounts': the negation carries on
    if _refused_renewal(action):
        return False  # 'refused to extend the freeze': it lapses, a lifting (_status)
    failing = sanction_words()["failure_verbs"]["words"]
    verb, hops = action, 0
    while True:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and lemma(verb.head) in failing:
            return True  # 'the bloc failed to agree on a joint listing'
        if verb.dep_ != "xcomp" or verb.head == verb or hops == 3:
            return False
        verb, hops = verb.head, hops + 1


def _refused_renewal(action: Token) -> bool:
    """'the court refused to extend the freeze', 'declined to renew the bans': a measure whose
    renewal is refused lapses; 'refused to extend the ban to two more firms' widens nothing."""
    table = sanction_words()["failure_verbs"]
    return (
        action.dep_ == "xcomp"
        and lemma(action.head) in table["words"]
        and sanction_words()["action_verbs"].get(lemma(action)) == "extended"
        and not any(
            c.dep_ == "prep" and c.lower_ in table["widening_preps"] for c in action.children
        )
    )


def _status(action: Token) -> str:
    if _heading_gerund(action):
        return "imposed"  # 'FREEZING ORDER AGAINST ...': the order's heading, no coming act
    if _refused_renewal(action):
        return "lifted"
    if _suspended_dealings(action):
        return "imposed"  # a party's dealings stopped, not sanctions suspended
    if _halts_trading(action):
        return "imposed"  # a company's securities taken out of trading
    if _exchange_delisting(action):
        return "planned" if _looks_ahead(action) else "imposed"  # 'the bourse will delist X'
    if _deregisters(action):
        return "planned" if _looks_ahead(action) else "imposed"  # 'struck 9 firms off its register'
    if lemma(action) in sanction_words()["disciplinary_bans"]["struck_off"][
        "verbs"
    ] and _disciplines(action):
        return "planned" if _looks_ahead(action) else "imposed"  # 'struck off a solicitor'
    if action.pos_ == "VERB" and _disciplines(action):
        return "planned" if _looks_ahead(action) else "imposed"  # 'suspended over doping'
    status: str = (
        ("imposed" if _excludes(action) else None)  # 'suspended X from its contracts'
        or ("imposed" if _disciplines(action) else None)  # 'suspended two sprinters'
        or sanction_words()["trigger_verbs"].get(lemma(action))
        or sanction_words()["object_verbs"].get(lemma(action))
        or sanction_words()["action_verbs"].get(lemma(action), "imposed")
    )
    if _revokes_entry(action):
        status = "imposed"  # 'revoked the visas of two judges': an entry ban, not a lifting
    if action.pos_ == "VERB" and _releases(action):
        return str(sanction_words()["releases"]["status"])  # 'released five of them'
    if _court_request(action) is not None:
        return str(sanction_words()["court_requests"]["status"])  # 'asked the court for orders'
    particles = [c.lower_ for c in action.children if c.dep_ == "prt" or c.i == action.i + 1]
    if any(
        c.dep_ == "prep" and c.lower_ in sanction_words()["removal_preps"] for c in action.children
    ):
        return "lifted"  # 'took two banks off its list'
    if _out_of_list(action) or _off_list(action):
        return "lifted"  # 'struck two banks from its list'
    status = next(  # 'rolled over' (extended), 'rolled back' (lifted)
        (
            sanction_words()["particle_status"][p]
            for p in particles
            if p in sanction_words()["particle_status"]
        ),
        status,
    )
    if status in ("planned", "lifted"):  # a promised lifting is a lifting (CLAIMS gold)
        return status
    if lemma(action) in sanction_words()["coming_rounds"]["passives"]:
        return "planned"  # 'A new batch of designations is expected in May'
    if _looks_ahead(action):
        return "planned"
    agreed = (
        action.dep_ == "xcomp"
        and lemma(action.head) in sanction_words()["agreement_heads"]["words"]
        and lemma(action) not in sanction_words()["trigger_verbs"]  # 'agreed to list X': done
    )
    return "planned" if agreed and status == "imposed" else status


def _closes_to_targets(verb: Token) -> bool:
    """'Oslo shuts ports to two trawler groups': a place closed to a target group is a ban."""
    table = sanction_words()["closing_verbs"]
    if lemma(verb) not in table["words"]:
        return False
    if not any(c.dep_ == "dobj" and lemma(c) in table["objects"] for c in verb.children):
        return False
    return any(
        is_target_word(p) or bool(nationality_of(p.text))
        for holder in (verb, *[c for c in verb.children if c.dep_ == "dobj"])
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == table["prep"]
        for p in prep.subtree
        if p.pos_ in ("NOUN", "PROPN", "ADJ")
    )


def _removes_targets(noun: Token) -> bool:
    """'the removal of three banks (of Mr X)': what is taken off is a target group or a name."""
    return any(
        is_target_word(p) or p.pos_ == "PROPN"
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == sanction_words()["list_exit"]["object_prep"]
        for p in prep.children
        if p.dep_ == "pobj"
    )


def _headline_infinitive(verb: Token) -> bool:
    """'Japan to sanction 11 tankers', '..., Oslo to follow, ministry says': an infinitive with a
    subject of its own, as headlines and key points announce a coming action."""
    if not _has_to(verb):
        return False
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT":  # 'EU to restore ...' read as 'EU'
        return bool(core_authorities(verb.head))
    # a 'to' clause with a subject of its own, as root, misread preposition or reported clause
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _to_infinitive(verb: Token) -> bool:
    """A verb with 'to' before it, though the parser hung it as a preposition ('...; Oslo and
    Bern to follow'): a headline's coming action, not 'following' as a preposition."""
    return verb.pos_ == "VERB" and _has_to(verb)


def _has_to(verb: Token) -> bool:
    """The verb has an infinitive's 'to' before it."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _out_of_list(verb: Token) -> bool:
    """The verb's preposition takes its object out of a sanctions list ('deleted from the
    blacklist'); 'barred from ports' is no list."""
    lists = sanction_words()["membership_lists"]["words"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        lemma(p) in lists
        for holder in (verb, *objects)  # 'struck two banks from the list' may hang on the banks
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == sanction_words()["list_exit"]["prep"]
        for p in c.children
        if p.dep_ == "pobj"
    )


def _onto_list(verb: Token) -> bool:
    """The verb's preposition puts a target group or a name onto a sanctions list ('placed two
    brokers on its list'); 'added a clause to the text' is no list, 'added items to the list of
    goods' puts no target there."""
    entry = sanction_words()["list_entry"]
    return lemma(verb) in entry["verbs"] and _list_move(verb, entry["preps"])


def _entry_of_target(obj: Token) -> bool:
    """'the entry concerning a trader', 'the entries for two firms': a line of a sanctions list
    about a target group or a name (list_entries), so a verb of listing on it moves the target
    onto or off the list with no list named."""
    if obj.lower_ not in sanction_words()["list_entries"]["words"]:
        return False
    about = through_total(obj)
    return about is not obj and (is_target_word(about) or _named_target(about))


def _elliptic_addition(verb: Token) -> bool:
    """'plans to add two more people', 'A third boat may be added', 'Two more firms are expected
    to be added': a verb of adding with no destination of its own, whose object (or the subject
    of its passive, or of the verb it is the complement of) is a target group marked as more of
    the same, adds to the measure the story told before it (elliptic_additions)."""
    table = sanction_words()["elliptic_additions"]
    if lemma(verb) not in table["verbs"]:
        return False
    preps = sanction_words()["list_entry"]["preps"]
    if any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children):
        return False  # 'add two sofas to the order': the destination decides (_onto_list)
    holders = [verb.head] if verb.dep_ == "xcomp" else []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for h in holders for c in h.children if c.dep_ == "nsubjpass"]
    markers = set(table["markers"])
    marked = [
        o
        for o in objects
        if is_target_word(o)
        and any(
            t.lower_ in markers or (t.tag_ == "JJ" and t.like_num) for t in o.subtree if t.i < o.i
        )
    ]
    return bool(marked) and _story_told(verb, table["told_by"])


def _annex_head(verb: Token) -> bool:
    """'The following traders are inserted:', 'The following entity is removed:': a passive verb of
    a list (annex_heads `verbs`) whose subject is a target word marked by a list pointer, on a
    line ending in a colon with the entries below, adds them to (or takes them off) the measure
    the story told before (annex_heads `told_by`)."""
    table = sanction_words()["annex_heads"]
    if lemma(verb) not in table["verbs"]:
        return False
    pointers = set(sanction_words()["list_pointers"]["words"])
    heads = [
        o
        for o in verb.children
        if o.dep_ == "nsubjpass"
        and is_target_word(o)
        and any(c.lower_ in pointers for c in o.children if c.i < o.i)
    ]
    last = [t for t in verb.sent if not t.is_space]
    if not heads or not last or last[-1].text != ":":
        return False
    return _story_told(verb, table["told_by"])


def points_below(obj: Token) -> bool:
    """'added the following to its list:': an object that stands for the bulleted lines under
    a sentence that ends in a colon."""
    if obj.lower_ not in sanction_words()["list_pointers"]["words"]:
        return False
    last = [t for t in obj.sent if not t.is_space]
    return bool(last) and last[-1].text == ":"


def _off_list(verb: Token) -> bool:
    """'took a colonel off its list', 'was taken off the register': a listing verb whose 'off'
    phrase names a sanctions list takes a target group or a name out of it (lifted)."""
    table = sanction_words()
    return lemma(verb) in table["list_verbs"] and _list_move(verb, table["removal_preps"])


def _list_move(verb: Token, preps: list[str]) -> bool:
    """One of preps on the verb (or on its object) names a sanctions list, and the object is a
    target group or a name."""
    lists = sanction_words()["membership_lists"]["words"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    misread = [c for c in verb.children if c.dep_ == "ccomp" and c.is_upper]  # 'the ship SEA ROSE'
    objects += [s for c in misread for s in c.children if s.dep_ == "nsubj"]
    nouns = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and not any(s.dep_ in ("nsubj", "aux", "mark") for s in c.children)
    ]
    objects += nouns  # 'took a former Armed Forces colonel off': the object read as a clause
    misread += nouns
    joined = [c for o in objects for c in o.conjuncts if c.i > o.i]  # '... and 318 people off'
    onto = any(
        lemma(p) in lists
        for holder in (verb, *objects, *misread, *joined)  # it may hang on the object
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    )
    return onto and any(
        is_target_word(through_total(o))
        or _named_target(o)
        or points_below(o)
        or o.pos_ == "PROPN"
        or any(is_target_word(m) for m in o.lefts)  # 'the tanker Blue Sky': its name misread
        or (o.tag_ == "CD" and o.dep_ == "dobj")  # 'puts 86 on the list': a bare count
        for o in objects
    )


def _prefix(verb: Token) -> Token | None:
    """The prefix the parser split from a hyphenated verb ('re-impose' as 're', '-', 'impose'):
    a modal may sit on it."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-":
        return None
    before = doc[verb.i - 2]
    joined = not before.whitespace_ and not doc[verb.i - 1].whitespace_
    return before if joined and before.is_alpha else None


def _looks_ahead(action: Token) -> bool:
    """A modal on the verb or on a verb it completes ('will be cut off'), or a planning verb
    above it ('plans to list')."""
    prefix = _prefix(action)
    chain, h = [action] + ([prefix] if prefix is not None else []), action
    while h.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp") and h.head != h and len(chain) < 4:
        if split_by_semicolon(h, h.head) or _own_past(h):
            break
        h = h.head
        chain.append(h)
    modals = sanction_words()["modals"]

    def modal(verb: Token) -> bool:
        return any(c.dep_ == "aux" and lemma(c) in modals for c in verb.children)

    decisions = sanction_words()["decision_heads"]["words"]
    if any(v != action and lemma(v) in decisions and not modal(v) for v in chain):
        return False  # 'has decided that X will align': taken now, in force later
    if _headline_infinitive(chain[-1]) or _headline_infinitive(action):
        return True  # 'EU to restore sanctions': a headline's coming action
    if _planned_noun(chain[-1]):
        return True
    for below, verb in zip([None, *chain], chain, strict=False):
        if modal(verb):
            return True
        if _has_to(verb) and verb.dep_ == "xcomp" and lemma(verb.head) in _word_set("copulas"):
            return True  # 'three men are to be expelled and barred': a coming action
        planning = verb != action and lemma(verb) in sanction_words()["planned_heads"]
        if planning and (below is None or below.dep_ != "conj"):
            return True  # not 'weighed the case and banned two firms': done after it
    return False


def _planned_noun(verb: Token) -> bool:
    """'a proposal to list four firms is expected', 'the plan to sanction two banks': an
    infinitive that describes a noun of a plan is the plan's action, not yet taken."""
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    words = sanction_words()["planned_nouns"]["words"]
    return verb.dep_ == "acl" and infinitive and lemma(verb.head) in words


def _own_past(verb: Token) -> bool:
    """'X is expected to follow, while Britain added Y in June', '..., and Canada listed Z': a
    verb in the past tense with a subject of its own, joined to another clause, states what was
    done; no modal or plan above it makes it a coming action."""
    joined = verb.dep_ in ("conj", "advcl")
    return joined and verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children)


def _named_subject(verb: Token) -> list[str]:
    subj = acting_subject(verb)
    return core_authorities(subj) if subj is not None else []


def _said_apart(verb: Token) -> bool:
    """'and separately listed Y': an adverb makes the verb an action of its own."""
    return any(c.lower_ in sanction_words()["separate_adverbs"]["words"] for c in verb.children)


def _own_date(verb: Token) -> str | None:
    """The words of a date adjunct hung on the verb itself ('in October', 'a month later'): a
    date claim the dates component left on the Doc (it runs first) inside one of its phrases."""
    doc = verb.doc
    spans = doc.spans.get("claims", [])
    dated = {t.i for span in spans if span.label_ == "date" for t in span}
    for c in verb.children:
        if c.dep_ in ("prep", "npadvmod", "advmod") and c.i > verb.i:
            words = [t for t in c.subtree if t.i in dated]
            if words:
                return " ".join(t.lower_ for t in words)
    return None


def _blocks_apart(conj: Token, action: Token) -> bool:
    """'sanctioned nine traders and blocked a bulk carrier': a verb of blocking property
    coordinated after another sanction verb is an action of its own."""
    apart = sanction_words()["apart_verbs"]["words"]
    if conj.dep_ != "conj" or lemma(conj) not in apart or lemma(conj) == lemma(action):
        return False
    of_word = sanction_words()["description_prep"]["word"]
    return not any(  # 'listed two groups and blocked nine of their vessels': part of the first's
        c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == of_word for p in c.children)
        for c in conj.children
    )


def _passives_apart(verb: Token, action: Token) -> bool:
    """'X was designated in May, and the tankers were identified as its property', 'X was listed
    for A, while Y was listed for B': a second passive clause with a target subject of its own
    states an action of its own (a pronoun subject is the first's group again)."""
    if verb.dep_ not in ("conj", "advcl") or verb.head != action:
        return False
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    first = [c for c in action.children if c.dep_ == "nsubjpass"]
    return bool(own and first) and all(
        o.pos_ != "PRON" and o.lower_ not in _pronouns() and o not in first for o in own
    )


def _dated_apart(conj: Token, action: Token) -> bool:
    """'sanctioned X in October and froze Y a month later': two coordinated actions, each dated
    on its own verb with another date, are two actions."""
    if conj.dep_ != "conj" or conj.head != action:
        return False
    held = sanction_words()["freeze_objects"]
    if not any(
        c.dep_ == "dobj" and (is_target_word(c) or c.pos_ == "PROPN" or lemma(c) in held)
        for c in conj.children
    ):
        return False  # 'banned their sale in May': no target group of its own
    mine, theirs = _own_date(conj), _own_date(action)
    return mine is not None and theirs is not None and mine != theirs


@cache
def _pronouns() -> frozenset[str]:
    """Pronouns that stand for targets named before ('froze their assets and barred them')."""
    words = sanction_words()
    return frozenset(words["person_pronouns"] + words["back_reference"]["plural_pronouns"])


def _merges(conj: Token, action: Token) -> bool:
    """A coordinated verb adds its targets to the claim ('designated 10 individuals ..., and
    identified four vessels') when it is a sanction action of the same status."""
    words = (
        sanction_words()["trigger_verbs"],
        sanction_words()["object_verbs"],
        sanction_words()["action_verbs"],
    )
    naming = conj.tag_ == "VBG" and lemma(conj) in sanction_words()["naming_participles"]["words"]
    if not (naming or any(lemma(conj) in w for w in words)) or _status(conj) != _status(action):
        return False
    if _said_apart(conj) or _dated_apart(conj, action):
        return False  # 'froze X and separately listed Y', 'listed X in May and Y in June': two
    if _blocks_apart(conj, action):
        return False  # 'froze X and blocked the jet Y': blocking property is an action of its own
    if conj.dep_ == "conj" and _onto_list(conj) and not _onto_list(action):
        return False  # 'froze X and put Y on its list': two actions ('..., adding Y' is one)
    if _series_of_other_measure(conj, action):
        return False  # 'Malta freezes 40 accounts, bars nine traders': a freeze, then a ban
    if _whose_subject(conj) is not None:
        return False  # '..., whose finance unit froze 12 accounts': that unit's own action
    own = _clause_subjects(conj, {action.i})
    subject = acting_subject(action)
    theirs = actor_authorities(subject) if subject is not None else []
    if own and actor_authorities(own[0]) and actor_authorities(own[0]) != theirs:
        return False  # 'the EU listed X, and Britain (or Kenya) banned Y': two actions
    body = own and (_body(own[0]) or actor_authorities(own[0]))  # a state outside the table
    if body and subject is not None and _named(subject) != _named(own[0]):
        return False  # 'the State Department barred X, and the Treasury listed Y': two bodies
    if _passive_dating(conj, action):
        return True  # '..., when two firms were listed': the same action, its targets there
    objects = set(kind_of_word()) | set(sanction_words()["freeze_objects"])
    pronouns = _pronouns()
    return any(
        c.dep_ == "dobj"
        and (
            c.lower_ in objects
            or lemma(c) in objects
            or c.pos_ == "PROPN"
            or is_target_word(c)
            or c.lower_ in pronouns  # 'froze their assets and banned them from travel'
        )
        for c in conj.children
    )


def _series_of_other_measure(conj: Token, action: Token) -> bool:
    """A verb that a bare comma joins to the action ('freezes the ring's assets, bars two
    brokers'), a headline's series of measures, is another action when one of the two verbs
    freezes and the other is a measure verb of its own (trigger_verbs, object_verbs) that does
    not ('froze the assets and, in May, issued a restraint order' is one)."""
    doc = conj.doc
    if conj.dep_ != "conj" or conj.head != action or conj.i < 1 or doc[conj.i - 1].text != ",":
        return False
    if any(t.pos_ == "CCONJ" for t in doc[action.i + 1 : conj.i]):
        return False
    table = sanction_words()
    own = {*table["trigger_verbs"], *table["object_verbs"], *table["freeze_verbs"]}
    if lemma(conj) not in own or lemma(action) not in own:
        return False
    return _freezing(conj) != _freezing(action)


def _own_group(verb: Token) -> Token | None:
    """What a verb acts on as a clause of its own: its subject ('four men were barred'), or the
    noun a participle describes ('23 accounts frozen'); None for a relative clause."""
    if verb.dep_ == "relcl":
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    own = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and not split_by_semicolon(c, verb)
        ),
        None,
    )  # not 'members barred; FIU freezes ...' read as a second subject of 'freezes'
    if own is None and verb.dep_ == "conj" and verb.head != verb:
        return _own_group(verb.head)  # 'nine sailors deported and barred': the group of both
    return own


def _groups_apart(verb: Token, action: Token) -> bool:
    """'Six dealers blacklisted and 20 accounts frozen', 'court freezes the ring's accounts; two
    couriers barred': two measure verbs, one a freeze and the other not, each with a group of
    its own that no pronoun refers back to, are two actions ('listed 12 men, and their assets were
    frozen' is one)."""
    table = sanction_words()
    own = {*table["trigger_verbs"], *table["object_verbs"], *table["freeze_verbs"]}
    if lemma(verb) not in own or lemma(action) not in own:
        return False
    if _freezing(verb) == _freezing(action):
        return False
    mine, theirs = _own_group(verb), _own_group(action)
    if mine is None or theirs is None or mine == theirs or mine.pos_ == "PRON":
        return False
    if mine.dep_ != "nsubj" and not _headline_pair(verb, action):
        return False  # 'froze the ring's assets, and two of its tankers were barred': one action
    owners = {*table["person_pronouns"], *table["back_reference"]["plural_pronouns"]}
    back = {*table["owned_items"]["pronouns"], *owners}  # 'their', 'his', 'its' ...
    return not any(c.dep_ == "poss" and c.lower_ in back for c in mine.children)


#: What closes a sentence of the body: a line that ends without one is a headline's.
_STOPS = (".", "!", "?")


def _headline_pair(verb: Token, action: Token) -> bool:
    """Two measure verbs a semicolon parts, or on a line with no full stop at its end: a
    headline's series of actions ('court freezes the ring's assets; two pilots barred'); a body
    sentence tells the freeze and the bar on the ring's own groups as one action, unless each
    verb has an actor of its own ('a court froze ..., and the ministry barred ...')."""
    if split_by_semicolon(verb, action):
        return True
    line = next((n for n in lines(verb.sent) if n.start <= verb.i < n.end), verb.sent)
    words = [t for t in line if not t.is_space]
    return bool(words) and words[-1].text not in _STOPS


def _freezing(verb: Token) -> bool:
    """A freeze verb (freeze_verbs), or a verb of blocking whose object is money held
    (blocked_holdings: 'blocks 40 accounts', not 'blocks four firms')."""
    table = sanction_words()
    if lemma(verb) in table["freeze_verbs"]:
        return True
    block = table["blocked_holdings"]
    held = [lemma(c) for c in verb.children if c.dep_ == "dobj"]
    return lemma(verb) in block["verbs"] and any(h in block["objects"] for h in held)


def _dating_clauses(action: Token) -> list[Token]:
    """The verbs of 'when' clauses that date the action, hung on it or on its date ('imposed such
    measures in May, when it listed three brokers'): the same action, its targets named there."""
    words = sanction_words()["dating_clauses"]["words"]
    holders = [action] + [
        p for c in action.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    return [
        c
        for h in holders
        for c in h.children
        if c.dep_ in ("relcl", "advcl")
        and any(m.dep_ in ("advmod", "mark") and m.lower_ in words for m in c.children)
    ]


def _passive_dating(verb: Token, action: Token) -> bool:
    """A passive 'when' clause that dates the action and names its targets as its subject ('last
    listed a trader in 2022, when he and three firms were designated'): the same action told in
    detail; its targets stand for the ones the main clause sums up."""
    return verb in _dating_clauses(action) and any(
        c.dep_ == "nsubjpass" and any(is_target_word(t) for t in (c, *c.conjuncts))
        for c in verb.children
    )


def _claim(
    sent: Span, tok: Token, action: Token, members: dict[int, int] | None = None
) -> Sanction:
    sent = _own_line(sent, action)
    heads, kind = target_heads(tok, action)
    if len(sent) < len(tok.sent):
        heads = [h for h in heads if sent.start <= h.i < sent.end]
    told = tok != action and (_described_part(tok) is not None or _fronted_ellipsis(tok))
    named_group = tok != action and (_named_group(tok) or told)
    if named_group:  # 'The two entities, X and Y, are ...': the subject restates
        heads, kind = (expand([tok]) if told else [tok]), None
        if told and not is_target_word(tok) and tok.pos_ != "PROPN":  # 'a helicopter, reg. X'
            heads = [t for t in tok.subtree if is_target_word(t)][:1] or heads
    heads = [h for h in heads if h.i not in idiom_words(action)]  # 'gave Effect to'
    heads += [  # 'sanctioned X and three of his aides' with the part hung on the verb
        c
        for holder in ({action, tok} if action.pos_ == "VERB" else {action})
        for c in holder.children
        if c.dep_ == "conj" and c.pos_ == "NUM" and is_target_word(c) and c not in heads
    ]  # or on the sanction noun ('imposed sanctions on a firm and five of its staff')
    heads += [  # 'designated X, a trader, together with its owner': listed with a target
        p
        for h in expand(heads)
        for t in (h, *[a for a in h.children if a.dep_ == "appos"])
        for p in companions(t)
        if p not in heads
    ]
    if action.pos_ == "NOUN" and action == _action_noun(tok):
        heads += [p for p in _falls_on(action, tok) if p not in heads]  # 'relief for 19 banks'
    if action == _misread_noun_action(tok):
        heads += [  # 'The asset freezes on 12 officials were extended': the officials
            c for c in action.children if c.dep_ == "nsubjpass" and is_target_word(c)
        ]
    heads += [c for c in _frozen_craft(action) if c not in heads]  # 'A jet was also frozen'
    heads += [c for c in _detained_craft(action) if c not in heads]  # 'the tug was impounded'
    kept = _kept_out_heads(action)  # 'were expelled and barred': the group of the verb before
    if kept and all(h.lower_ in _pronouns() for h in heads):
        heads = kept  # 'expelled nine pilots and barred them': the pilots
    widened = _widened_to(tok, action)
    heads += [w for w in widened if w not in heads]
    covering, covered = _coverage(tok, action)
    member = (members or {}).get(tok.i, (members or {}).get(action.i))
    restated = (lemma(action) in RESTATE_VERBS or named_group) and not is_state(action)
    restated = restated and tok != action
    parts = [
        c
        for c in action.children
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c != tok  # not the noun itself
    ]
    actions = {action.i}
    misread = list(tok.conjuncts) if tok != action else []  # a sanction noun read as a verb
    dating = _dating_clauses(action)
    for verb in [
        *action.conjuncts,
        *misread,
        *parts,
        *[c for p in parts for c in p.conjuncts],
        *dating,
    ]:
        on_line = verb.i < sent.end  # a bullet under a headline states its own action
        if verb.i > action.i and on_line and verb.pos_ == "VERB" and _merges(verb, action):
            joined = target_heads(verb, verb)[0]  # 'designated X and identified Y', 'targeting X'
            if any(
                is_target_word(h) and not owned_holdings(h) for h in heads
            ):  # '..., freezing 12 bank accounts'
                frozen = sanction_words()["freeze_objects"]
                joined = [h for h in joined if lemma(h) not in frozen]  # what they hold: a quantity
                if any(c.dep_ == "dobj" and c.lower_ in _pronouns() for c in verb.children):
                    joined = []  # '... and barred them, among them X': the same targets again
            if _passive_dating(verb, action):
                heads = [h for h in heads if h.i > action.i and h.head != action]
                joined = expand([c for c in verb.children if c.dep_ == "nsubjpass"])
            heads += joined
            actions.add(verb.i)

    if restated and not told:  # 'are owned by a trust': the owner is no target
        said = [t for t in lexical_heads(sent, action.i) if not _speaker(t, action)]
        heads = sorted(set(heads) | set(said), key=lambda t: t.i)
    nouns = sanction_noun_tokens(sent.doc)
    counted = [
        t
        for t in (sent.doc[i] for i in range(sent.start, sent.end) if i in nouns)
        if t not in heads and any(c.dep_ == "nummod" for c in t.children)
    ]
    heads += counted  # '9 new vessel listings' counts targets
    if member is not None:  # 'X was one of those designated': X is the target
        own = {t.i for t in sent.doc[member].subtree}  # '..., and two of his aides' hung elsewhere
        inverted = member > action.i  # 'Among those listed are two women and X': X last
        later = [h for h in heads if restated and (h.i > member or inverted) and h.i not in own]
        heads = later if _apposed_name(sent.doc[member], later) else expand([sent.doc[member]])
        heads += [] if heads is later else later
    heads = members_after_mark(heads)  # 'gang: six men, two shops': the members
    earlier, heads = back_reference(heads)
    if _covers_holdings(tok, action):
        places = set(_holding_places(action))  # 'accounts at four banks, 16 vans, ...'
        places |= _holding_modifiers(action)  # '58 savings and card accounts'
        heads = [h for h in heads if h not in places]
    targets, target_tokens = groups(heads, kind)
    targets += earlier
    held, held_tokens = _covered_holdings(tok, action, target_tokens)
    targets += held  # 'The freeze covers 40 accounts, 12 trucks and six flats': all of them
    target_tokens |= held_tokens
    uncounted = all(t.count is None and not place_only(t) for t in targets)
    if member is not None and targets and uncounted:
        group = action.head  # 'Insurers are among 46 new targets announced': the group counts
        number = next((c for c in group.children if c.dep_ == "nummod" and c.like_num), None)
        value = numbers.parse_tokens([number.text]) if number is not None else None
        if number is not None and value is not None:
            targets, target_tokens = [Target("other", int(value))], {number.i, group.i}
    taken = target_tokens | {h.i for h in heads}
    linked = linked_groups(sent, actions, taken)
    if linked:  # '..., as well as two vessels': more targets of the same action
        linked = [t for t in expand(linked) if t.i not in taken]  # '200 people and firms'
        more, more_tokens = groups(linked)
        targets += more
        target_tokens |= more_tokens
    repeated = [s for s in _elliptic_subjects(sent.doc, actions) if s.i not in target_tokens]
    if repeated:  # '..., as was a trading firm': the same action for one more group
        more, more_tokens = groups(expand(repeated))
        targets += more
        target_tokens |= more_tokens
    if all(place_only(t) for t in targets):  # none, or only the place measures are about
        stated = [t for t in lexical_heads(sent, max(tok.i, action.i)) if not _speaker(t, action)]
        if targets:  # beside a place, only words of this action's own phrase
            stated = [t for t in stated if action in t.ancestors]
        found, found_tokens = groups(stated)
        if found or not targets:
            targets, target_tokens = found, found_tokens
    if covered and all(place_only(t) for t in targets):
        more, more_tokens = groups(covered)  # '..., which now cover 80 people and 12 firms'
        if more:
            targets, target_tokens = more, target_tokens | more_tokens
            actions |= covering
    if not targets and _bans_people(tok):
        targets = [Target("person")]  # 'is to impose visa bans': people, uncounted
    rest = _remainder(tok) if restated else None
    rest = _described_part(tok) if restated and rest is None else rest
    kinds = {t.kind for t in targets}
    whole = _part_of(tok)  # 'Seven of the people are ...': the group says the kind
    if rest is not None and targets and (len(kinds) == 1 or whole is not None):
        own_names = [n for t in targets for n in t.names]  # 'the other four are police chiefs'
        kind = whole if whole and whole != "other" else targets[0].kind
        targets = [replace(targets[0], kind=kind, count=rest, names=own_names)]
    said_count = _counted_subject(tok) if restated and rest is None else None
    if said_count is not None and targets and {t.kind for t in targets} <= {said_count[0], "other"}:
        own_names = [n for t in targets for n in t.names]  # 'The two firms are X and a mill'
        targets = [replace(targets[0], kind=said_count[0], count=said_count[1], names=own_names)]
    if restated and targets and _one_named(tok):
        targets = [_named_member(tok)]  # 'The trader, X, runs a network': X alone, not the network
    if all(place_only(t) for t in targets):
        # a package 'against Russia', 'sanctions on Cuba', a ban on imports of aluminium or
        # 'unveiled the listings' names no target group: no targets (CLAIMS.md); a pronoun or
        # a target word it falls on does ('They were put under a travel ban')
        targets = [Target("other")] if _implies_targets(tok, action) else []
    renews = _renews_programme(action) or _renews_pronoun(action)
    if tok == action and renews and not covering:
        targets, target_tokens = [], set()  # 'renewed the regime': the programme, no group
    doc = sent.doc
    first, last = min(tok.i, action.i), max(tok.i, action.i)
    reach = [last, *actions]  # a merged verb's targets end the span ('..., naming X')
    span_end = max([last] + [t for t in target_tokens if any(0 <= t - r < 12 for r in reach)])
    first = min([first] + [t for t in target_tokens if 0 <= first - t <= SPAN_BACK])
    receivers = [
        c
        for c in (action.children if action == tok.head and _received_ban(tok) else [])
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
    ]
    first = min([first] + [c.left_edge.i for c in receivers])  # 'Two coaches received bans'
    speaker = _reporting_speaker(action)
    if speaker is not None and 0 <= first - speaker.left_edge.i <= SPAN_BACK:
        # 'The league says it intends to enforce those bans': the speaker acts
        first = min(first, speaker.left_edge.i)
    status = _status(action)
    if widened and status == "extended":
        status = "imposed"  # widened to new targets: sanctions imposed on them
    named = _noun_status(tok)
    if named is not None:
        status = named  # 'follows the lifting of restrictions on X': the noun says what was done
        sought = lemma(action) in sanction_words()["planned_heads"] or _looks_ahead(action)
        status = "planned" if named == "extended" and sought else status  # 'will seek a renewal'
    asking = action.head if action.dep_ == "xcomp" else action
    if status == "planned" and lemma(asking) in sanction_words()["court_requests"]["verbs"]:
        first = min(first, asking.i)  # 'will ask the judge on Monday to freeze ...': the request
    if restated:
        described = [tok, *[p for p in tok.children if p.dep_ == "pobj"]]  # 'Among those ...'
        acts = [
            sanction_words()["trigger_verbs"].get(lemma(c))
            or ("lifted" if _out_of_list(c) else None)  # 'the firms removed from the list'
            for h in described
            for c in h.children
            if c.dep_ in ("acl", "amod")
        ]
        status = next((a for a in acts if a), "imposed")
    authorities = (
        _restated_authorities(sent, tok) if restated else authorities_of(tok, action, target_tokens)
    )
    return Sanction(
        doc[first].idx,
        doc[span_end].idx + len(doc[span_end]),
        status,
        authorities,
        targets,
        target_tokens,
        0.6 if restated else 0.8 if targets else 0.6,
        restated,
        actions,
        [] if authorities else _other_actors(sent, {tok.i, action.i}),
        _counts_holdings(doc, target_tokens),
    )


def _reporting_speaker(action: Token) -> Token | None:
    """'The league says it intends to enforce those bans', 'the lender stated it plans to
    honour that debarment': the named speaker of a reporting verb (reported_actions `verbs`)
    whose clause has a pronoun standing for it (state_pronouns) as the action's subject; the
    claim's span opens with the speaker, who is the one acting."""
    subj = acting_subject(action)
    if subj is None or subj.lower_ not in sanction_words()["state_pronouns"]["words"]:
        return None
    verbs = sanction_words()["reported_actions"]["verbs"]
    verb = action
    for _ in range(3):
        if verb.dep_ == "ccomp" and lemma(verb.head) in verbs:
            said = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            return said[0] if said else None
        if verb.dep_ != "xcomp" or verb.head == verb:
            return None  # 'it had frozen X and would list Y': the first verb's own claim
        verb = verb.head
    return None


def _counts_holdings(doc: Doc, target_tokens: set[int]) -> bool:
    """A claim whose target words are holdings frozen (sanctions.json `freeze_objects`, or
    `frozen_property` objects): its group of kind other counts them ('froze three accounts'),
    no bare count whose kind the story's other claims could tell."""
    table = sanction_words()
    held = set(table["freeze_objects"]) | set(table["frozen_property"]["objects"])
    return any(lemma(doc[i]) in held for i in target_tokens if i < len(doc))


def _apposed_name(member: Token, heads: list[Token]) -> bool:
    """'Among those listed are two women and a retired judge, A B': a name set off by a comma
    right after a singular target word's phrase, which the parser took for the inverted
    subject, names that target; no member of its own."""
    start = member.left_edge.i
    return (
        member.pos_ == "PROPN"
        and start >= 2
        and member.doc[start - 1].text == ","
        and any(h.right_edge.i == start - 2 and h.tag_ == "NN" and is_target_word(h) for h in heads)
    )


def _own_line(sent: Span, action: Token) -> Span:
    """The action's own line when the parser ran a headline into the bullets under it ('US
    targets network, 12 tankers' / '* Ottawa lists 5 officials'): each line states its own
    targets; else the sentence."""
    cut = lines(sent)
    if len(cut) < 2:
        return sent
    return next((line for line in cut if line.start <= action.i < line.end), sent)


def _covered_holdings(tok: Token, action: Token, taken: set[int]) -> tuple[list[Target], set[int]]:
    """'The freeze covers 40 bank accounts, 12 trucks and a block of six flats': a sanction noun
    as the subject of a verb it acts through (noun_subject_verbs) whose objects list what is
    frozen, one of them a holding (freeze_objects lemmas), counts every counted item of that
    list (or the counted 'of' phrase of an item: 'a block of six flats'; items the parser hung
    on the place of the one before: 'accounts at two banks, nine lorries and ...') that is no
    target word of its own as frozen property: groups of kind other. Vessels, aircraft, people
    and firms in the list keep their own groups."""
    if not _covers_holdings(tok, action):
        return [], set()
    first = [c for c in action.children if c.dep_ == "dobj"]
    items = sorted({t for o in first for t in (o, *o.conjuncts)}, key=lambda t: t.i)
    items += [c for p in _holding_places(action) for c in p.conjuncts if c.i > p.i]
    of_word = sanction_words()["description_prep"]["word"]
    found: list[Target] = []
    tokens: set[int] = set()
    for item in items:
        if item.i in taken or is_target_word(item):
            continue
        counted = [item] + [
            p
            for prep in item.children
            if prep.dep_ == "prep" and prep.lower_ == of_word
            for p in prep.children
            if p.dep_ == "pobj" and not any(n.dep_ == "nummod" for n in item.children)
        ]
        for noun in counted:
            number = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
            value = numbers.parse_tokens([number.text]) if number is not None else None
            if number is None or value is None or number.i in taken or noun.i in taken:
                continue
            found.append(Target("other", int(value)))
            tokens |= {number.i, noun.i}
            break
    return found, tokens


def _covers_holdings(tok: Token, action: Token) -> bool:
    """The sanction noun is the subject of a verb it acts through (noun_subject_verbs) whose
    objects list holdings (one of them a freeze_objects lemma) that no 'of' phrase gives to
    owners: 'The freeze covers 40 accounts', not 'The package freezes the assets of 14 people'."""
    if tok == action or tok.dep_ != "nsubj" or tok.head != action:
        return False
    if lemma(action) not in sanction_words()["noun_subject_verbs"]:
        return False
    first = [c for c in action.children if c.dep_ == "dobj"]
    items = [t for o in first for t in (o, *o.conjuncts)]
    holdings = set(sanction_words()["freeze_objects"])
    of_word = sanction_words()["description_prep"]["word"]
    owned = any(  # 'freezes the assets of 23 residents': the owners are the targets
        is_target_word(p)
        for t in items
        for prep in t.children
        if prep.dep_ == "prep" and prep.lower_ == of_word
        for p in prep.children
        if p.dep_ == "pobj"
    )
    return not owned and any(lemma(t) in holdings for t in items)


def _holding_modifiers(action: Token) -> set[Token]:
    """'covers 58 savings and card accounts': the words that modify a listed holding (a
    freeze_objects lemma) say what kind of holding it is; none of them is a target."""
    holdings = set(sanction_words()["freeze_objects"])
    items = [t for o in action.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)]
    return {
        m
        for t in items
        if lemma(t) in holdings
        for c in t.children
        if c.dep_ in ("nmod", "compound") and c.i < t.i
        for m in (c, *c.conjuncts)
    }


def _holding_places(action: Token) -> list[Token]:
    """'covers 63 accounts at seven banks, 11 warehouses and 42 trucks': the place of a listed
    holding (the object of a preposition on it, or on the verb, after the first object) that the
    parser made the head of the rest of the list; where the holdings are, no target."""
    first = [c for c in action.children if c.dep_ == "dobj"]
    if not first:
        return []
    items = {t for o in first for t in (o, *o.conjuncts)}
    of_word = sanction_words()["description_prep"]["word"]  # 'accounts of two firms': owners
    return [
        p
        for t in sorted([*items, action], key=lambda t: t.i)
        for prep in t.children
        if prep.dep_ == "prep" and prep.i > min(o.i for o in first) and prep.lower_ != of_word
        for p in prep.children
        if p.dep_ == "pobj" and any(c.i > p.i for c in p.conjuncts)
    ]


def _coverage(tok: Token, action: Token) -> tuple[set[int], list[Token]]:
    """'extended its measures, which now cover 80 people and 12 firms': a relative clause on
    the sanction noun, or on the action's object, that says whom the measures cover; its verbs
    and the target groups it names."""
    table = sanction_words()["coverage_clauses"]
    nouns = {tok, *[c for c in action.children if c.dep_ in ("dobj", "nsubjpass")]}
    nouns |= {  # 'its measures on Iran, which cover ...': the clause may hang on the country
        p for n in list(nouns) for c in n.children if c.dep_ == "prep" for p in c.children
    }
    clauses = [
        c
        for n in nouns
        for c in n.children
        if c.dep_ in ("relcl", "acl") and lemma(c) in table["verbs"]
    ]
    found = [
        g
        for c in clauses
        for g in (
            [o for o in c.children if o.dep_ == "dobj"]
            + [
                p
                for prep in c.children
                if prep.dep_ == "prep" and prep.lower_ == table["prep"]
                for p in prep.children
                if p.dep_ == "pobj"
            ]
        )
    ]
    heads = [h for h in expand(found) if is_target_word(h)]
    return ({c.i for c in clauses} if heads else set()), heads


def _bans_people(tok: Token) -> bool:
    """'travel bans', 'a visa ban': a ban that by its nature falls on people."""
    table = sanction_words()["person_bans"]
    return lemma(tok) in table["nouns"] and any(
        c.dep_ in ("compound", "amod") and c.lower_ in table["compounds"] for c in tok.children
    )


def _widened_to(tok: Token, action: Token) -> list[Token]:
    """'expanded its Iran sanctions to four drone makers': the groups a programme is widened
    to are its new targets ('extended to July' names none)."""
    table = sanction_words()["widening"]
    if lemma(action) not in table["verbs"]:
        return []
    found = [
        p
        for holder in {action, tok}
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == table["prep"]
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    found += [  # the parser may read the preposition as an infinitive marker
        c
        for c in action.children
        if c.dep_ == "dobj" and c != tok and c.doc[c.left_edge.i].lower_ == table["prep"]
    ]
    found += [  # 'widened its sanctions to include five banks' (or a noun read as that verb)
        o
        for x in action.children
        if x.dep_ in ("xcomp", "advcl") and any(a.lower_ == table["prep"] for a in x.children)
        for o in x.children
        if o.dep_ == "dobj"
    ]
    return [t for t in expand(found) if is_target_word(t)]


def _other_actors(sent: Span, own: set[int]) -> list[str]:
    """Authorities named in a subordinate clause of the sentence that states another sanction
    action and does not hold the claim's own words ('..., after the EU listed them'): that
    action's actors, which carrying must not give this one. A clause of something else
    ('... before Japan hosted the summit') contrasts nothing."""
    doc = sent.doc
    table = sanction_words()
    nouns = set(table["listing_nouns"]) | {n.split()[-1] for n in table["trigger_nouns"]}
    return [
        a
        for c in sent
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" for m in c.children)
        and not any(c.left_edge.i <= i <= c.right_edge.i for i in own)
        and any(lemma(t) in table["trigger_verbs"] or lemma(t) in nouns for t in c.subtree)
        for a in authorities_in(doc[c.left_edge.i : c.right_edge.i + 1].text)
    ]


def _action_noun(noun: Token) -> Token | None:
    """The noun that names the action on a sanction noun ('the lifting of sanctions',
    'sanctions relief'), if any."""
    words = sanction_words()["action_nouns"]["words"]
    holder = noun.head
    if noun.dep_ == "pobj" and holder.lower_ == sanction_words()["description_prep"]["word"]:
        holder = across_adjunct(holder)
    elif noun.dep_ != "compound":
        return None
    known = holder.pos_ == "NOUN" and (holder.lower_ in words or lemma(holder) in words)
    return holder if known and holder != noun else None


def _noun_status(noun: Token) -> str | None:
    """The status an action noun gives the sanction noun it governs (or is: 'the delisting')."""
    words = sanction_words()["action_nouns"]["words"]
    holder = noun if noun.pos_ == "NOUN" and noun.lower_ in words else _action_noun(noun)
    if holder is None:
        return None
    return str(words.get(holder.lower_) or words[lemma(holder)])


def _verbless_action(noun: Token) -> Token | None:
    """A heading that names the action with a noun and no verb ('Sanctions relief for 19
    entities', 'Extension of the asset freeze on 40 officials'): the action noun, when a target
    group follows it."""
    holder = _action_noun(noun)
    named: list[Token] = []
    if holder is None and _heading_noun(noun):
        holder = noun  # 'New sanctions on six drone makers': the sanction noun is the heading
        listing = sanction_words()["heading_listing_nouns"]
        named = [  # 'New listings of drone suppliers': 'of' names whom the act lists
            p
            for c in noun.children
            if lemma(noun) in listing["words"] and c.dep_ == "prep" and c.lower_ == listing["prep"]
            for p in c.children
            if p.dep_ == "pobj"
        ]
    if holder is None or holder.dep_ != "ROOT":
        return None
    falls = [*_falls_on(holder, noun), *named]
    return holder if any(is_target_word(p) for p in falls) else None


def _borrowed_sequence(verb: Token) -> bool:
    """'The measures come after X adopted Y, and follow Z's listing': a verb of time order the
    parser coordinated with another clause's verb, so that it borrows that clause's subject."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    words = sanction_words()["sequence_verbs"]["words"]
    return verb.dep_ == "conj" and not own and lemma(verb) in words


def _owned_listing(noun: Token) -> bool:
    """'Canada's designation of 40 ships', 'the US listing of two banks': a noun of the act of
    listing (heading_listing_nouns) with an authority as owner or modifier, naming whom it lists
    after its preposition, states that authority's action whatever verb takes it."""
    listing = sanction_words()["heading_listing_nouns"]
    if lemma(noun) not in listing["words"]:
        return False
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i]
    if not any(core_authorities(o) for o in owners):
        return False
    return any(
        is_target_word(p) or _named_target(p)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == listing["prep"]
        for p in c.children
        if p.dep_ == "pobj"
    )


def _heading_noun(noun: Token) -> bool:
    """A sanction noun that heads a verbless line ('Asset freezes against two brokers'): the
    heading names the action itself."""
    finite = ("VBD", "VBZ", "VBP", "MD")  # 'a hacking gang' keeps the line verbless
    return noun.dep_ == "ROOT" and not any(t.tag_ in finite for t in noun.sent)


def _falls_on(holder: Token, noun: Token) -> list[Token]:
    """Whom an action noun's measure falls on: 'relief for seven banks', 'on 30 generals'."""
    preps = sanction_words()["action_nouns"]["preps"]
    return [
        p
        for h in (holder, noun)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _elliptic_subjects(doc: Doc, actions: set[int]) -> list[Token]:
    """The subjects of clauses that repeat an action with an auxiliary alone ('..., as was a
    firm in Dubai', '..., as have two of their ships'): more targets of that action."""
    table = sanction_words()["elliptic_companions"]
    found: list[Token] = []
    for i in actions:
        for clause in doc[i].children:
            if clause.dep_ != "advcl" or lemma(clause) not in table["verbs"]:
                continue
            if not any(c.dep_ == "mark" and c.lower_ == table["mark"] for c in clause.children):
                continue
            if any(c.pos_ == "VERB" for c in clause.children):
                continue  # 'as was reported by ...': a clause with a verb of its own
            found += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def _speaker(tok: Token, action: Token) -> bool:
    """The subject of a verb the action is reported by ('..., the foreign ministry said')."""
    return tok.dep_ == "nsubj" and tok.head != action and action in tok.head.subtree


def _list_item(line: Span) -> Sanction | None:
    """A bulleted item naming targets ('- 40 tankers, among them ...', '- Harbin Trading Co., a
    distributor'): a restatement whose authority, and whether it is one at all, the list's
    introduction decides (claims.extract.sanctions.carry)."""
    mark = _item_mark(line)
    if mark is None:
        return None
    body = line[mark:]
    while len(body) > 1 and body[-1].is_punct:
        body = body[:-1]  # the item's closing '.' or ';'
    root = _described_item(body.root)
    if root.pos_ not in ("NOUN", "PROPN"):
        return None  # a clause with its own verb states its own claim, or none
    acting = _misread_item_verb(root)
    heads = [root, *root.conjuncts]
    if acting:  # '* Ottawa lists 5 officials, 3 firms': the verb read as a plural noun
        heads = [c for c in root.children if c.dep_ in ("appos", "dobj") and c.i > root.i]
    targets, tokens = groups(expand(heads))
    if not targets or all(place_only(t) for t in targets):
        return None
    doc = line.doc
    last = max(tokens | {root.i})
    status = sanction_words()["object_verbs"][lemma(root)] if acting else _item_status(body)
    return Sanction(
        body[0].idx,
        doc[last].idx + len(doc[last]),
        status,
        acting,
        targets,
        tokens,
        0.6 if not acting else 0.7,
        restated=not acting,
        actions={root.i},
    )


def _item_mark(line: Span) -> int | None:
    """How many tokens of a line mark it as a list item: a bullet (one), a number and its closer
    ('1.', '2)': two), or none when the parser cut the number off as a sentence of its own just
    before the line (0); None when the line is no item."""
    if len(line) >= 2 and line[0].text in sanction_words()["bullet_marks"]:
        return 1
    doc, at = line.doc, line.start
    words = (t for t in line if t.is_alpha)  # read up to the first word not in capitals
    first = next(words, None)
    if first is not None and first.is_upper and all(t.is_upper for t in words):
        return None  # '6) DATES TO WATCH': a numbered section heading, no item
    if len(line) >= 3 and is_number_mark(line[0].text, line[1].text):
        return 2 if at == 0 or "\n" in doc[at - 1].text_with_ws else None
    if len(line) < 1 or at < 2 or not is_number_mark(doc[at - 2].text, doc[at - 1].text):
        return None
    opens = at == 2 or "\n" in doc[at - 3].text_with_ws
    return 0 if opens and "\n" not in doc[at - 2 : at].text_with_ws else None


def _described_item(root: Token) -> Token:
    """'- six nationals, among them X, described as the chief chemist': a participle with no
    auxiliary that the parser made the line's root describes the item, its subject."""
    if root.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return root
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    return subjects[0] if subjects else root


def _misread_item_verb(root: Token) -> list[str]:
    """'* Ottawa lists 5 officials, 3 firms, 8 ships': a key point whose verb (an object
    verb in the present, -s) the parser read as a plural noun with the authority as its compound
    and the counted groups as appositions; the authority, else none."""
    if root.tag_ != "NNS" or lemma(root) not in sanction_words()["object_verbs"]:
        return []
    if not any(c.dep_ == "appos" and is_target_word(c) and c.i > root.i for c in root.children):
        return []
    owners = [c for c in root.children if c.dep_ == "compound" and c.i < root.i]
    return [a for o in owners for a in core_authorities(o)]


def _item_status(body: Span) -> str:
    """A bulleted item's participle says what befell its targets ('- 3 airlines removed from the
    list', '- 2 tankers released from the list'): its status, else the list's default, imposed."""
    table = sanction_words()
    exit_ = table["list_exit"]
    for tok in body:
        if tok.tag_ != "VBN" or tok.i == body.start:
            continue
        low = lemma(tok)
        out = low in exit_["verbs"] and any(c.lower_ == exit_["prep"] for c in tok.children)
        if out:
            return "lifted"
        found = table["trigger_verbs"].get(low) or table["action_verbs"].get(low)
        if found is not None:
            return str(found)
    return "imposed"


def _introduction(line: Span) -> Sanction:
    """The line that opens a bulleted list the parser joined to it: a restatement with no targets
    of its own, so that carrying gives its items the authority of the action before."""
    return Sanction(
        line.start_char, line[-1].idx, "imposed", [], [], set(), 0.6, restated=True, actions=set()
    )


def _among_label(line: Span, colon: int) -> Sanction | None:
    """'Among those frozen: the gang's leader, his wife and a broker': a verbless line that names
    members of the targets of an action told elsewhere (a restatement: the authority carries)."""
    doc = line.doc
    verb = doc[colon - 1]
    after = [t for t in doc[colon + 1 : line.end] if not t.is_space]
    if not after:
        return None
    targets, tokens = words_targets(after)
    status = "lifted" if sanction_words()["trigger_verbs"].get(lemma(verb)) == "lifted" else None
    last = after[-1] if not after[-1].is_punct or len(after) == 1 else after[-2]
    return Sanction(
        doc[line.start].idx,
        last.idx + len(last),
        status or "imposed",
        [],
        targets,
        tokens,
        0.6,
        restated=True,
        actions={verb.i},
    )


def _restated_authorities(sent: Span, tok: Token) -> list[str]:
    """A restatement names its authority only as an agent ('listed by the Council') or as the
    owner of the list ("Ottawa's roster now holds ...")."""
    owners = [a for c in tok.children if c.dep_ == "poss" for a in core_authorities(c)]
    return agent_authorities(sent) or list(dict.fromkeys(owners))


def _of_package(tok: Token, action: Token) -> bool:
    """The action concerns a package of measures ('adopted its 18th package against Russia',
    'widens its measures against ...'): a country it is aimed at is no target group."""
    near = [tok, action, tok.head, *tok.children, *action.children]
    return any(lemma(t) in sanction_words()["package_nouns"] for t in near)


def _implies_targets(tok: Token, action: Token) -> bool:
    """Targets exist though none is named: listings and designations, a pronoun object
    ('They were put under a travel ban') or a sum frozen in holdings; a bare package or
    'sanctions' names none."""
    if any(
        c.dep_ == "amod" and c.lower_ in sanction_words()["likeness_adjectives"]["words"]
        for c in tok.children
    ):
        return False  # 'announced similar listings': another's, no group of its own
    if amount_holdings(action):
        return True  # 'froze P2 billion in assets': holdings of someone, a group of kind other
    undergoer = [c for c in action.children if c.dep_ in ("dobj", "nsubjpass")]
    undergoer += undergoers(action, tok)
    return any(
        (c.pos_ == "PRON" and not c.morph.get("Reflex", []))
        or (c.lower_ in kind_of_word() and not programme(c))  # 'its sanctions regime'
        for c in undergoer
    )  # a reflexive object is the actor itself ('has aligned itself'), no target


def _cumulative(tok: Token) -> Sanction:
    """A total of targets under measures: 'to N' of a total word, or a standing total whose
    counted subject comes before its verb ('nine firms remain under UK sanctions')."""
    standing = standing_total(tok)
    targets, tokens, authorities = standing_targets(tok) if standing else cumulative_targets(tok)
    doc = tok.doc
    start = min([tok.i, *tokens]) if standing else tok.i
    end = max([tok.i, *tokens])
    return Sanction(
        doc[start].idx,
        doc[end].idx + len(doc[end]),
        "imposed",
        authorities,
        targets or [Target("other")],
        tokens,
        0.6,
    )


def _separate(claim: Sanction, first: Sanction, doc: Doc) -> bool:
    """A further action in a sentence is its own claim when another authority takes it, it
    has another status ('the EU listed X, and Britain had already banned Y') or the text says
    it is separate ('and separately listed Y')."""
    inside = first.start <= claim.start < first.end or first.start < claim.end <= first.end
    verbs = [doc[i] for i in claim.actions]
    if inside and verbs and all(_relative(v) and first.end <= v.idx for v in verbs):
        inside = False  # 'froze nine firms the US sanctioned': the clause's own action
    agented = verbs and all(
        v.dep_ == "acl" and any(c.dep_ == "agent" for c in v.children) for v in verbs
    )
    if inside and agented and claim.authorities and claim.authorities != first.authorities:
        inside = False  # 'aligned with measures adopted by Japan against 40 firms'
    if (
        inside
        and verbs
        and all(split_by_semicolon(v, doc[j]) for v in verbs for j in first.actions)
    ):
        inside = False  # 'freezes a firm's funds; six loggers barred', the loggers read as its
    if claim.actions & first.actions or claim.restated or inside:
        return False
    named = bool(claim.authorities) and claim.authorities != first.authorities
    named = named or any(_another_actor(doc[i], first, doc) for i in claim.actions)
    listing = any(doc[i].dep_ == "conj" and _onto_list(doc[i]) for i in claim.actions)
    listing = listing and not any(_onto_list(doc[i]) for i in first.actions)  # its own list
    apart = any(_said_apart(doc[i]) for i in claim.actions)
    apart = apart or any(
        _dated_apart(doc[i], doc[j])
        or _blocks_apart(doc[i], doc[j])
        or _passives_apart(doc[i], doc[j])
        or _series_of_other_measure(doc[i], doc[j])
        or _groups_apart(doc[i], doc[j])
        for i in claim.actions
        for j in first.actions
    )
    return (
        named or claim.status != first.status or apart or listing or _lines_apart(claim, first, doc)
    )


def _kept_in_force(claim: Sanction, first: Sanction, doc: Doc) -> bool:
    """'renewed the regime for a year, keeping in place measures on 20 people': a participle
    adjunct of a renewal that names no targets, keeping measures on a target group, says whom
    the renewal keeps listed: the renewal's targets (one claim)."""
    if first.targets or not claim.targets or not claim.actions or not first.actions:
        return False
    return all(
        doc[i].dep_ == "advcl"
        and doc[i].tag_ == "VBG"
        and doc[i].head.i in first.actions
        and lemma(doc[i]) in sanction_words()["keeping_verbs"]["words"]
        for i in claim.actions
    )


def _fold(claim: Sanction, into: Sanction) -> None:
    """The later claim's targets and words become those of the claim it elaborates."""
    into.targets = claim.targets
    into.target_tokens |= claim.target_tokens
    into.actions |= claim.actions
    into.end = max(into.end, claim.end)


def _lines_apart(claim: Sanction, first: Sanction, doc: Doc) -> bool:
    """The two actions sit on different lines of one parsed sentence (a headline and the key
    points under it): each line states its own."""
    if not claim.actions or not first.actions:
        return False
    sent = doc[min(claim.actions)].sent
    cut = lines(sent)
    if len(cut) < 2:
        return False

    def line_of(i: int) -> int:
        return next((n for n, line in enumerate(cut) if line.start <= i < line.end), -1)

    return line_of(min(claim.actions)) != line_of(min(first.actions))


def _body(subject: Token) -> bool:
    """A subject that is a state's body: named ('the Treasury') or its own ('the Home Office')."""
    return bool(core_authorities(subject)) or unnamed_home(_named(subject))


def _another_actor(verb: Token, first: Sanction, doc: Doc) -> bool:
    """'the State Department imposed X, and the Treasury designated Y': a coordinated clause
    whose own subject is another body (of the same state) is another action; so is a relative
    clause whose subject is a body ('coordinated with Somalia, whose reporting centre froze
    ...'), even when the first action names no actor."""
    if verb.dep_ not in ("conj", "advcl", "relcl"):
        return False
    own = [
        c for c in _clause_subjects(verb, first.actions) if _body(c) or actor_authorities(c)
    ]  # 'Spain' outside the alias table acts as a state too
    if verb.dep_ == "advcl" and not own:  # 'Malta bars 30 fans as court freezes their pay'
        own = [c for c in verb.children if c.dep_ == "nsubj" and lemma(c) in acting_bodies()]
    theirs = [acting_subject(doc[i]) for i in first.actions]
    if _relative(verb) or _whose_subject(verb) is not None:  # '..., whose unit froze 37 accounts'
        bodies = sanction_words()["home_state"]["bodies"]
        own = [c for c in verb.children if c.dep_ == "nsubj" and (_body(c) or lemma(c) in bodies)]
        return bool(own) and all(t is None or _named(t) != _named(own[0]) for t in theirs)
    return bool(own) and all(t is not None and _named(t) != _named(own[0]) for t in theirs)


def _clause_subjects(verb: Token, actions: set[int]) -> list[Token]:
    """The subjects of a coordinated verb's own clause: its own, else those of the verb it is
    coordinated with, short of the action's ('X froze A, and Spain expelled B and banned them':
    Spain bans, through 'expelled')."""
    clause = verb
    while not any(c.dep_ == "nsubj" for c in clause.children):
        if clause.dep_ != "conj" or clause.head.i in actions or clause.head == clause:
            break
        if clause.head.tag_ == "VBZ" and lemma(clause.head) in noun_heads():
            break  # 'approved asset freezes on X and banned Y': a plural noun read as a verb
        clause = clause.head
    return [c for c in clause.children if c.dep_ == "nsubj"]


def _whose_subject(verb: Token) -> Token | None:
    """The subject of a clause opened by 'whose' ('..., whose finance unit froze 12 accounts'),
    however the parser joined the clause: a relative clause with an actor of its own."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" and any(w.tag_ == "WP$" for w in c.children)
        ),
        None,
    )


def _named(subject: Token) -> str:
    """A subject's words up to its head ('the Home Office')."""
    return subject.doc[subject.left_edge.i : subject.i + 1].text.lower()


def _relative(verb: Token) -> bool:
    """A verb of a relative clause, or coordinated with one ('the package, which lowered the cap
    and listed 40 tankers'): the clause's action belongs to its antecedent."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "relcl"


@cache
def _reading_sets() -> tuple[frozenset[str], ...]:
    """What _worth_reading compares: lemmas _trigger tests a token's own lemma against, the
    restating verbs (its head's lemma), the list nouns of a cumulative total and the action verbs
    of a relative clause (each with every idiom verb, whose lemma() may be the idiom's)."""
    idioms = frozenset(sanction_words()["idioms"])
    lists = frozenset(sanction_words()["list_totals"]["lists"])
    actions = frozenset(sanction_words()["action_verbs"])
    own = _trigger_lemmas() | idioms | standing_lemmas()
    return own, RESTATE_VERBS | idioms, lists | idioms, actions | idioms


@cache
def _total_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in TOTAL_WORDS)


SUBJECTS = frozenset(get_string_id(d) for d in ("nsubj", "nsubjpass"))
SUBJECT = get_string_id("nsubj")
RELATIVES = frozenset(get_string_id(d) for d in ("relcl", "acl"))
AMONG = get_string_id("among")  # _restatement's one word that is no subject
#: Patterns that bind a member ('X was among the firms whose accounts were frozen') to a group
#: an action verb describes: the verb, the group, the preposition and the copula map to it.
MEMBER_PATTERNS = (
    "member_of_listed",
    "member_of_listed_apposition",
    "member_of_announced",
    "member_of_frozen",
    "member_of_frozen_complement",  # 'whose funds were frozen' with the participle read as JJ
)


def _worth_reading(doc: Doc) -> list[bool]:
    """Per token, whether _sentence's loop can do anything with it (the members of 'the people
    listed' it reads besides): a lemma _trigger tests; a subject of a sentence after one that
    speaks of sanctions (_named_group and _remainder, the only tests a subject of another lemma
    and head meets, both ask _after_sanction); under a restating head, the subject or 'among'
    (_restatement's only other words); a relative clause's action verb (_relative_action); a
    noun of a cumulative total. Read from the Doc's arrays, so the other tokens (the bulk of them)
    are never made."""
    own, restate, lists, actions = _reading_sets()
    totals = _total_ids()
    cols = columns(doc)  # the columns the gate and the other rules read too: no array of its own
    rows = zip(cols.ids(LOWER), cols.ids(DEP), cols.ids(POS), strict=True)
    heads = cols.head  # the index of each token's head
    lemmas = base_lemmas(doc)
    cues = _cues.get(doc)
    return [
        lemmas[i] in own
        or (dep in SUBJECTS and cues.after(cues.sent_starts[i], REACH))
        or ((dep == SUBJECT or low == AMONG) and lemmas[heads[i]] in restate)
        or (dep in RELATIVES and lemmas[i] in actions)
        or (pos == NOUN and (lemmas[i] in lists or low in totals))
        for i, (low, dep, pos) in enumerate(rows)
    ]


def _sentence(
    sent: Span,
    counter: Rejections,
    members: dict[int, int] | None = None,
    similar: dict[int, int] | None = None,
    membership: dict[int, int] | None = None,
    worth: list[bool] | None = None,
) -> Iterator[Sanction]:
    """The sentence's first action, then each later action that is a separate one. `worth`:
    _worth_reading of the Doc; the loop then skips the tokens it shows nothing can come of."""
    found: list[Sanction] = []
    doc = sent.doc
    tokens = (
        sent
        if worth is None
        else (
            doc[i]
            for i in range(sent.start, sent.end)
            if worth[i] or i in (membership or {}) or i in (similar or {}) or i in (members or {})
        )
    )
    for tok in tokens:
        if is_cumulative(tok) or standing_total(tok):
            if not found:
                total = _cumulative(tok)
                dated = list(_dated_after_total(sent, tok, members))
                if dated:  # the total ends before the clause that tells how it began
                    total = replace(total, end=min(total.end, _clause_start(dated[0])))
                yield total
                yield from (claim for claim, _ in dated)
            return
        if tok.i in (membership or {}) and not found:
            listed = _membership(sent, tok, sent.doc[(membership or {})[tok.i]], counter)
            if listed is not None:
                found.append(listed)
                yield listed
                continue
        action = _trigger(tok)
        if action is not None and _subject_history(tok):
            continue  # 'Two banks designated in May will be removed from the list': the removal
        if action is not None and _object_history(tok, found):
            counter.reject("sanction:history", tok.i, tok.i + 1)
            continue  # 'lifted its ban on a seiner, listed in 2023': the lifting
        if action is not None and _holders_described(action):
            continue  # 'the assets of those listed are frozen': the listing's effect
        if action is None and _relative_action(tok) is not None:
            action = tok  # 'the package the EU adopted': the relative clause's own action
            tok = tok.head if tok.dep_ == "acl" else tok  # 'visa bans announced by Latvia'
        if action is None and tok.dep_ == "acl" and tok.i in (members or {}):
            action = tok  # 'X is among the people listed today'
        if action is None and tok.i in (similar or {}):
            verb = tok.doc[(similar or {})[tok.i]]  # 'Japan took similar steps'
            action = verb if _named_subject(verb) else None
        if action is None or any(action.i in c.actions for c in found):
            continue
        if _history_clause(action, found) or _ruling_as_cause(action):
            counter.reject("sanction:history", tok.i, tok.i + 1)
            continue
        if _blocked(tok) or (action != tok and _blocked(action)) or _may_keep(action):
            counter.reject("sanction:not_an_action", tok.i, tok.i + 1)
            continue
        if _negated(tok, action):
            counter.reject("sanction:negated", tok.i, tok.i + 1)
            continue
        if _complies(action):
            counter.reject("sanction:compliance", tok.i, tok.i + 1)
            continue
        if _urged_to_copy(action):
            counter.reject("sanction:asked_of_others", tok.i, tok.i + 1)
            continue
        if _asks(action):
            counter.reject("sanction:question", tok.i, tok.i + 1)
            continue
        if _habit(action):
            counter.reject("sanction:habit", tok.i, tok.i + 1)
            continue
        if _petitions(action):
            counter.reject("sanction:petition", tok.i, tok.i + 1)
            continue
        claim = _claim(sent, tok, action, members)
        if not claim.targets and _unstated(tok):
            counter.reject("sanction:unstated", tok.i, tok.i + 1)
            continue  # 'would take "necessary measures"': a vow, no sanction stated
        announced = tok == action and tok.i in (members or {}) and not tok._.listing_verb
        if announced and all(t.count is None and not t.names for t in claim.targets):
            counter.reject("sanction:no_targets", tok.i, tok.i + 1)
            continue  # 'Paris is among the 20 targets announced by the board': no target
        stated = any(c.dep_ in ("dobj", "attr") for c in action.children)  # not 'It includes:'
        if (
            claim.restated
            and not claim.targets
            and stated
            and tok.dep_ in ("nsubj", "dobj", "attr")
        ):
            counter.reject("sanction:contents", tok.i, tok.i + 1)
            continue  # 'Punishments include jail', 'the measures include an arms ban': contents
        if found and _kept_in_force(claim, found[-1], sent.doc):
            _fold(claim, found[-1])  # 'extended the regime, keeping listings of 20 people'
            continue
        if not found or all(_separate(claim, c, sent.doc) for c in found):
            own = _claim(sent, tok, tok, members) if _taken_over(tok, action) else None
            if own is not None:  # the other authority's own listing, named in what is adopted
                owners = [c for c in tok.children if c.dep_ in ("poss", "compound") and c.i < tok.i]
                own.authorities = [a for o in owners for a in core_authorities(o)]
                before = sent.doc[tok.head.i - 1]  # the state's claim ends before 'with ...'
                claim.end = min(claim.end, max(claim.start, before.idx + len(before)))
            found.append(claim)
            yield claim
            if own is not None:
                found.append(own)
                yield own


def _dated_after_total(
    sent: Span, total: Token, members: dict[int, int] | None
) -> Iterator[tuple[Sanction, Token]]:
    """'brings to 30 the number it has listed since 2021, when it first barred six judges': a
    'when' clause after a total, dating when the count began, tells an action of its own (with
    the clause's verb)."""
    words = sanction_words()["dating_clauses"]["words"]
    for tok in sent:
        if tok.i <= total.i or tok.dep_ not in ("relcl", "advcl"):
            continue
        if not any(m.dep_ in ("advmod", "mark") and m.lower_ in words for m in tok.children):
            continue
        action = _trigger(tok)
        if action is not None and not _negated(tok, action):
            yield _claim(sent, tok, action, members), tok


def _clause_start(dated: tuple[Sanction, Token]) -> int:
    """Where the text before a clause ends: the end of the word before its first word, commas
    left out."""
    doc = dated[1].doc
    i = dated[1].left_edge.i - 1
    while i > 0 and doc[i].is_punct:
        i -= 1
    return doc[i].idx + len(doc[i])


def _may_keep(verb: Token) -> bool:
    """'had enough evidence to keep him on its list', 'no reason to keep her listed': an
    infinitive of keeping measures that describes a noun (the parser may hang it on the verb
    whose object the noun is) says what a body may do, no action; nor does keeping measures
    'under review'."""
    keeping = sanction_words()["keeping_verbs"]
    if lemma(verb) not in keeping["words"]:
        return False
    if any(o.dep_ == "pobj" and lemma(o) in keeping["not_with"] for o in verb.subtree):
        return True  # 'will keep its own designation under review'
    if not _has_to(verb):
        return False
    if verb.dep_ in ("acl", "relcl"):
        return True
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else verb
    return verb.dep_ == "advcl" and before.pos_ == "NOUN" and before.dep_ in ("dobj", "attr")


def _history_clause(verb: Token, found: list[Sanction]) -> bool:
    """'removed two firms from its list, a year after they were designated': a passive time
    clause whose pronoun subject stands for the targets of the action it hangs on tells their
    history, no action of its own."""
    marks = sanction_words()["history_clauses"]["marks"]
    if verb.dep_ != "advcl" or not any(
        h.i in c.actions for h in _clause_heads(verb) for c in found
    ):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(s.pos_ == "PRON" for s in subjects)


def _clause_heads(verb: Token) -> list[Token]:
    """The verbs a clause hangs on, up to its sentence's root ('removed two men, both of whom
    have died since they were listed': 'died', then 'removed'): the history may tell of the
    targets of any of them."""
    heads: list[Token] = []
    h = verb
    while h.head != h and len(heads) < 4:
        h = h.head
        heads.append(h)
    return heads


def _habit(action: Token) -> bool:
    """'Liechtenstein, which mirrors EU listings, said ...': a verb of taking over measures in
    a relative clause in the simple present, with no date of its own, says what a state does as a
    rule, no action."""
    if action.dep_ != "relcl" or action.tag_ not in ("VBZ", "VBP"):
        return False
    if lemma(action) not in sanction_words()["adopting_verbs"]["words"]:
        return False  # 'which adopts EU listings as a matter of course': the rule, no action
    return not any(c.dep_ in ("aux", "auxpass", "npadvmod") for c in action.children) and not (
        _own_date(action)
    )


def _asks(action: Token) -> bool:
    """'Which firms were blacklisted on Monday?', 'Which banks were listed?', 'What did Japan ban?': a
    question whose subject or object is the question word asks what was done; the answer states
    it (a claim of its own)."""
    if _indirect_question(action):
        return True
    if _last_word(action.sent) != "?":
        return False
    if _yes_no_question(action):
        return True  # 'Has anyone been removed from the list?': the answer tells
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and (c.tag_ in ("WP", "WDT") or any(d.tag_ == "WDT" for d in c.children))
        for c in action.children
    )


def _yes_no_question(action: Token) -> bool:
    """'Has anyone been removed from the list?', 'Do the listings apply at once?': a question
    opened by an auxiliary of the action's own clause (after a list number, if any) asks whether
    it was done; the answer that follows states it."""
    sent = action.sent
    first = next((t for t in sent if not (t.is_punct or t.is_space or t.like_num)), None)
    if first is None or first.pos_ != "AUX" or first.i > action.i:
        return False
    verb = action if action.pos_ in ("VERB", "AUX") else action.head
    return first.head == verb or first == verb


def _last_word(sent: Span) -> str | None:
    """The text of the sentence's last token that is not white space (None when all are)."""
    doc = sent.doc
    for i in range(sent.end - 1, sent.start - 1, -1):
        if not doc[i].is_space:
            return doc[i].text
    return None


def _ruling_as_cause(action: Token) -> bool:
    """'removed them from the list after the court annulled their listings': a court's ruling
    in a clause that tells why another sanction action of the sentence was taken
    (claims/data/sanctions.json `court_rulings`, `history_clauses`)."""
    table = sanction_words()
    if lemma(action) not in table["court_rulings"]["verbs"] or action.dep_ != "advcl":
        return False
    marks = table["history_clauses"]["marks"]
    opened = any(c.dep_ == "mark" and c.lower_ in marks for c in action.children)
    return opened and is_listing(action.head)


def _indirect_question(action: Token) -> bool:
    """'To ask the Minister how many vessels have been designated', 'and whether they will
    coordinate further designations': an action in an indirect question, opened by its mark or
    by 'how many' on its subject or object (claims/data/sanctions.json `indirect_questions`)."""
    table = sanction_words()["indirect_questions"]
    if any(c.dep_ == "mark" and c.lower_ in table["marks"] for c in action.children):
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in action.children)  # not 'whether to'
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(
            d.dep_ == "amod" and any(w.lower_ in table["amounts"] for w in d.children)
            for d in c.children
        )
        for c in action.children
    )


def _exchange_delisting(action: Token) -> bool:
    """'the bourse delisted the miner', 'the exchange plans to delist the developer': an
    exchange that takes a company off its board acts against it, no lifting of sanctions
    (claims/data/sanctions.json `exchange_delistings`)."""
    table = sanction_words()["exchange_delistings"]
    if lemma(action) not in table["verbs"]:
        return False
    verb, hops = action, 0
    while hops <= int(table["reach"]):
        for c in verb.children:
            if c.dep_ == "nsubj" and any(
                lemma(t) in table["actors"] for t in c.subtree if t.pos_ in ("NOUN", "PROPN")
            ):
                return True
        if verb.head == verb:
            return False
        verb, hops = verb.head, hops + 1
    return False


def _deregisters(action: Token) -> bool:
    """'struck nine firms off its register of licensed exporters', 'removed 14 exporters from the
    register': taking parties off a register of those allowed to trade is a measure on them, no
    lifting; 'off its sanctions register' stays a list (sanctions.json `deregistrations`)."""
    table = sanction_words()["deregistrations"]
    if lemma(action) not in table["verbs"]:
        return False
    context = sanction_words()["context_words"]

    def trade_register(noun: Token) -> bool:
        kinds = [m for m in noun.children if m.dep_ in ("compound", "amod", "nmod")]
        if any(w in m.lower_ for m in kinds for w in context):
            return False  # 'its sanctions register': a list
        owned = any(m.dep_ == "prep" and m.lower_ == table["of"] for m in noun.children)
        return owned or bool(kinds) or traders  # a bare 'the register' may be the list just told

    taken = [c for c in action.children if c.dep_ in ("dobj", "nsubjpass")]
    taken += unmarked_passive(action)  # 'Nine Dealers Struck Off Register'
    traders = any(lemma(through_total(o)) in table["parties"] for o in taken)
    # 'the registrar struck six trawlers off the register': the keeper's own register, no list
    traders = traders or any(
        c.dep_ == "nsubj" and lemma(c) in table["keepers"] for c in action.children
    )

    return any(
        lemma(p) in table["nouns"] and trade_register(p)
        for c in action.children
        if c.lower_ in table["preps"]
        for p in c.children
        if p.dep_ == "pobj"
    )


def _object_history(tok: Token, found: list[Sanction]) -> bool:
    """'lifted its ban on the seiner X, listed in 2023, once ...': a participle that
    describes the target of a lifting or extension told before it in the sentence tells that
    target's history; the lifting is the claim (sanctions.json `lifted_targets_history`)."""
    table = sanction_words()["lifted_targets_history"]
    if tok.dep_ not in table["deps"] or tok.tag_ != "VBN":
        return False
    if any(c.dep_ in table["own_clause"] for c in tok.children):
        return False  # 'lifted its ban, which it had imposed in May': a clause of its own
    ancestors = {a.i for a in tok.ancestors}
    return any(
        c.status in table["statuses"] and c.end <= tok.idx and ancestors & c.actions for c in found
    )


def _subject_history(tok: Token) -> bool:
    """'Two banks designated in May will be removed from the list': a participle that tells the
    history of the subject of a later list-exit action; that action is the claim."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if split_by_semicolon(tok, verb):
        return False  # 'Two men barred from entering Peru; three permits suspended': two clauses
    verbs = {**sanction_words()["action_verbs"], **sanction_words()["trigger_verbs"]}
    return verb.i > tok.i and verbs.get(lemma(verb)) == "lifted"


def _unstated(tok: Token) -> bool:
    """'necessary measures', 'appropriate steps': measures described only as fitting."""
    words = sanction_words()["unstated_measures"]["words"]
    return any(c.dep_ == "amod" and c.lower_ in words for c in tok.children)


def _taken_over(noun: Token, action: Token) -> bool:
    """'Norway aligned with the EU's listing of four yards': a state's verb of adopting takes
    another authority's listing (an owned listing naming whom it lists) through a preposition;
    that listing is the other authority's own action, a claim beside the state's."""
    return (
        noun != action
        and noun.dep_ == "pobj"
        and noun.head.head == action
        and lemma(action) in sanction_words()["adopting_verbs"]["words"]
        and _owned_listing(noun)
        and bool(_named_subject(action))
    )


MEMBERSHIP = "membership_"  # patterns whose first token is the verb and last the member


def _members(found: list[Match], doc: Doc) -> dict[int, int]:
    """The member of each membership verb; of two subjects the parser gave one verb ('Four
    firms, among them a broker, were added'), the counted one, else the first."""
    out: dict[int, int] = {}
    for m in sorted(found, key=lambda m: m.tokens[-1]):
        verb, member = m.tokens[0], m.tokens[-1]
        counted = any(c.dep_ == "nummod" for c in doc[member].children)
        if verb not in out or (
            counted and not any(c.dep_ == "nummod" for c in doc[out[verb]].children)
        ):
            out[verb] = member
    return out


def _list_named(verb: Token) -> list[int]:
    """The list a membership verb puts its subject on ('has been on the US list since 2002'),
    when near: the span reaches it, for the list says whose the membership is."""
    lists = sanction_words()["membership_lists"]["words"]
    return [
        p.i
        for c in verb.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj" and lemma(p) in lists and p.i - verb.i < 12
    ]


def _membership(sent: Span, verb: Token, member: Token, counter: Rejections) -> Sanction | None:
    """A list-membership statement ('X remains listed', 'Two banks are on the list', 'were cut
    off from SWIFT', 'round out the list'): its subject is the target; the authority is the agent,
    the list's owner or an authority acting as subject, else the action it belongs to (carried
    from before: the claim is a restatement, dropped when no earlier claim gives one)."""
    if _negated(member, verb) or _blocked(verb):
        counter.reject("sanction:negated", verb.i, verb.i + 1)
        return None
    if _asks(verb):
        counter.reject("sanction:question", verb.i, verb.i + 1)
        return None  # 'Which firms are on the list?': the answer states the membership
    barring = lemma(verb) in sanction_words()["any_object_verbs"]
    if barring and _already_listed(member):
        counter.reject("sanction:not_an_action", verb.i, verb.i + 1)
        return None  # 'the persons are also barred from entry': what the listing does
    repeated = _elliptic_subjects(sent.doc, {verb.i})  # '..., as was a firm in Laos'
    earlier, heads = back_reference(expand([member, *companions(verb), *repeated]))
    targets, tokens = groups(heads)
    targets += earlier
    if not targets or all(place_only(t) for t in targets):
        return None
    owners = [  # "the EU's list", 'the UN list'
        c
        for t in verb.subtree
        if t.dep_ in ("pobj", "dobj") and t.head in (verb, *verb.children)
        for c in t.children
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
    ]
    subject = acting_subject(verb)
    predicate = [verb, *[c for c in verb.children if c.dep_ in ("acomp", "xcomp", "oprd")]]
    named = [
        a for v in predicate for c in v.children if c.dep_ == "agent" for a in core_authorities(c)
    ]
    named = named or [a for o in owners for a in core_authorities(o)]
    named = named or named_as_agents(verb)  # 'is also listed as a terrorist by Japan'
    if not named and subject is not None and subject.i not in tokens:
        named = core_authorities(subject)
    doc = sent.doc
    first = min([verb.i, member.i, *tokens])
    # a fronted verb ('Also banned, by X, were ...') reaches its targets from its inverted subject
    inverted = inverted_subject(verb)
    start = member.i if inverted is not None and inverted.i == member.i else verb.i
    last = max([verb.i, *[t for t in tokens if t - start < 12], *_list_named(verb)])
    return Sanction(
        doc[first].idx,
        doc[last].idx + len(doc[last]),
        "planned" if _looks_ahead(verb) else "imposed",  # being on a list is no lifting
        list(dict.fromkeys(named)),
        targets,
        tokens,
        0.6,
        restated=not named,
        actions={verb.i},
    )


SPAN_BACK = 40  # a subject's targets may open a long sentence ('Two cargo ships, the X and ...')
#: Word-order patterns of an action the parse missed, and where their verb sits in the match.
WORD_ORDER = {
    "verb_count_targets": 1,
    "verb_described_target": 1,
    "joined_action_count_targets": 1,
    "joint_authorities_action": 3,  # 'EU and UK sanction ...', 'Canada, Australia hit ...'
}


#: Whether extract skips a Doc _cannot_claim rules out (tests turn it off to compare).
_SKIP_EMPTY = True


@cache
def _heading_lemmas() -> frozenset[str]:
    """The lemmas a headline's verb (headlines._verb_status), a timeline's noun or package
    (headlines.timeline_claim) may have beyond _trigger's own (each idiom verb too)."""
    table = sanction_words()
    words = set(table["action_verbs"]) | set(table["headline_object_verbs"]["verbs"])
    words |= set(table["package_nouns"]) | set(table["idioms"])
    return frozenset(words) | _trigger_lemmas()


@cache
def _bullet_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in sanction_words()["bullet_marks"])


def _cannot_claim(doc: Doc, worth: list[bool]) -> bool:
    """No sentence of the Doc can give a claim, when no pattern matched (the caller tests that):
    _sentence reads no token (`worth`), no token has a lemma a headline, a timeline entry or
    _trigger asks for, and no line opens with a bullet (_list_item). Read from the arrays."""
    if any(worth):
        return False
    heading = _heading_lemmas()
    if any(low in heading for low in base_lemmas(doc)):
        return False
    bullets = _bullet_ids()
    if any(t in bullets for t in columns(doc).ids(ORTH)):
        return False
    return not has_numbered_line(doc_text(doc))


@cache
def packaged_patterns(vocab: Vocab) -> PatternSet:
    """The packaged sanction patterns, compiled once per vocabulary; the component reuses its
    matches only when it runs exactly these."""
    return PatternSet.packaged("sanctions", vocab)


@cache
def _gate_ids() -> frozenset[int]:
    """The string ids of pattern_gate(): the test reads the Doc's lower forms as an array."""
    return frozenset(get_string_id(w) for w in pattern_gate())


def extract(
    doc: Doc, rejections: Rejections | None = None, found: dict[str, list[Match]] | None = None
) -> Iterator[Sanction]:
    """One sanction claim per action of a sentence (the first, then separate ones: another
    authority or status); authorities may be empty when the sentence names none (the caller
    carries them over). The Doc is not changed. `found`: this file's pattern matches on the doc
    when the caller already has them."""
    counter = rejections if rejections is not None else Rejections(doc)
    note_story(doc)  # the article's paragraphs come in turn: its named people carry on
    _MARKET_STORY.note(doc)  # and a regulator's market ban
    _DISCIPLINE_STORY.note(doc)  # and a disciplinary body's
    _ORDER_STORY.note(doc)  # and a freeze a bare 'the order' restates
    gated = not _gate_ids().isdisjoint(columns(doc).ids(LOWER))
    matches = (packaged_patterns(doc.vocab)(doc) if found is None else found) if gated else {}
    ordered = {m.tokens[at] for name, at in WORD_ORDER.items() for m in matches.get(name, [])}
    similar = {m.tokens[1]: m.tokens[0] for m in matches.get("similar_action", [])}
    labels = sorted(m.tokens[0] for m in matches.get("label_line", []))
    openers = {
        m.tokens[-1]
        for name in ("list_introduction", "list_introduction_affected")  # 'The firms affected are:'
        for m in matches.get(name, [])
    }
    amongs = sorted(m.tokens[-1] for m in matches.get("among_those_label", []))
    members: dict[int, int] = {}
    for name in MEMBER_PATTERNS:
        for m in matches.get(name, []):
            for i in m.tokens[:4]:  # of two subjects ('are X and two aides, Y and Z'), the first
                members[i] = min(members.get(i, m.tokens[-1]), m.tokens[-1])
    membership = _members(
        [m for name, found in matches.items() if name.startswith(MEMBERSHIP) for m in found], doc
    )
    worth = _worth_reading(doc)
    derived = (ordered, similar, labels, openers, members, membership, amongs)
    if _SKIP_EMPTY and not any(derived) and _cannot_claim(doc, worth):
        return  # no sentence of it can yield a claim or a rejection
    sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    yield from fold_restatements(
        doc, list(_sentence_claims(doc, sentences, derived, counter, worth))
    )


def _sentence_claims(
    doc: Doc,
    sentences: Iterable[Span],
    derived: tuple[Any, ...],
    counter: Rejections,
    worth: list[bool],
) -> Iterator[Sanction]:
    """The claims of each sentence of the Doc in turn (extract's reading, sentence by sentence)."""
    ordered, similar, labels, openers, members, membership, amongs = derived
    for sent in sentences:
        sent_lines = lines(sent)  # cut once, read twice
        titles: list[Sanction] = []
        for line in sent_lines:
            heads = headline_claims(line)
            timed = timeline_claim(line) if not heads else None
            titles += heads if heads else [timed] if timed is not None else []
        claims = [
            c
            for c in _sentence(sent, counter, members, similar, membership, worth)
            if not any(t.start < c.end and c.start < t.end for t in titles)
        ]
        covered = {i for c in [*titles, *claims] for i in c.actions}
        covered |= {
            t.i
            for c in [*titles, *claims]
            for t in doc.char_span(c.start, c.end, alignment_mode="expand") or []
        }
        intro: Span | None = None  # a line that opens a list ('Those listed include:')
        for line in sent_lines:  # a verb only word order shows ('Japan sanctions 11 tankers')
            verbs = {i for i in ordered if line.start <= i < line.end and i not in covered}
            if verbs:
                titles += headline_claims(line, verbs)
            nouns = [
                i
                for i in labels
                if line.start <= i < line.end and i not in covered and i + 1 not in amongs
            ]  # a label word whose colon closes 'Among those barred:' is that line's, not a label
            if nouns and (t := label_claim(line, nouns[0])):
                titles.append(t)
            told = [t for t in titles if t.start < line.end_char and line.start_char < t.end]
            if not told and (r := record_claim(line, _ORDER_STORY.before(doc))):
                # 'Action: Freeze of assets renewed for six months': the line's claim, its verb's none
                claims = [c for c in claims if not line.start_char <= c.start < line.end_char]
                titles.append(r)
            colons = [i for i in amongs if line.start <= i < line.end and i not in covered]
            if colons and (t := _among_label(line, colons[0])):
                titles.append(t)
            item = _list_item(line)  # each bulleted line of a list the sentence runs over
            if item and not any(c.start < item.end and item.start < c.end for c in claims + titles):
                if intro is not None and not any(
                    c.start < intro.end_char and intro.start_char < c.end for c in claims + titles
                ):
                    titles.append(_introduction(intro))
                titles.append(item)
            intro = line if line[-1].text == ":" else None
            if intro is not None and intro[-1].i in openers:  # its lines are claims of their own
                claims = [c for c in claims if not intro.start_char <= c.start < intro.end_char]
                titles.append(_introduction(intro))
        found_here = [
            c
            for c in [*titles, *claims]
            if not any(
                line.start <= a < line.end and menu_link(line, a)
                for a in c.actions
                for line in sent_lines
            )
        ]  # 'Home > World > Sanctions': a link, no action
        yield from sorted(found_here, key=lambda c: c.start)
