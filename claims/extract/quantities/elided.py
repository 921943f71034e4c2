"""What a bare count counts when its noun is left out ('only seven have won', 'fired 6,297
of them', 'climbs to 2,700 a month'): the clause's subject when the count is its object,
else the nearest plural noun before it, in its sentence or the two before."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claims.extract.lexicon import kind_of_word
from claims.extract.syntax import governing_verb, prep_object
from claims.resources import load_data

#: roles a count stands in for a noun phrase: subject, object, 'rose to N'
ROLES = ("nsubj", "nsubjpass", "dobj")
CROWDS = ("thousand", "million", "millions", "thousands")


def standalone(doc: Doc, start: int, end: int) -> Token | None:
    """The count's head token when it fills a noun's slot in the clause, else None."""
    head = doc[end - 1]
    if head.dep_ in ROLES or (head.dep_ == "appos" and head.lower_ in CROWDS):
        return head
    qw = load_data("quantity_words")
    if _capacity(head):
        return head  # 'a hall licensed for 900': what it holds
    if _bounded_level(head):
        return head  # 'members numbered just over 900': the level a bound word sets
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in qw["level_preps"]
        and head.head.head.pos_ == "VERB"
    ):
        return head
    partitive = (
        head.head.lower_ in qw["partitive_preps"] and head.head.head.lower_ in qw["fractions"]
    )
    if head.dep_ == "pobj" and partitive:
        return head  # 'a third of the two million pledged': the whole a fraction is taken of
    compared = {*qw["compared_preps"], *qw["change_by_preps"], *qw["level_preps"]}
    if head.dep_ == "pobj" and head.lower_ in CROWDS and head.head.lower_ not in compared:
        return head  # 'shelter for 2 million', not 'up from 1.8 million': the figure before's
    if start > 0 and doc[start - 1].lower_ in qw["further_words"] and head.dep_ == "pobj":
        return head  # 'insured another 40': more of what was counted before
    if _absolute(head) or _rate_aside(doc, head, end) or _predicated_aside(doc, head):
        return head  # 'with 9 still under repair', '..., about three a week'
    if _paired_level(doc, start, end) is not None:
        return head  # 'grew from 200 to 300 ships': the level it grew from
    ranked = head.head.lower_ in qw["partitive_preps"] and _superlative(head.head.head)
    if head.dep_ == "pobj" and ranked:
        return head  # 'the deepest of some 90 measured': of the same things
    return None


def elided_item(doc: Doc, start: int, end: int) -> tuple[str, int, int] | None:
    """(item, end char, token index) of what a bare count stands for, or None."""
    head = standalone(doc, start, end)
    if head is None:
        return None
    if _capacity(head):
        return str(load_data("quantity_words")["capacity"]["item"]), head.idx + len(head), head.i
    paired = _paired_level(doc, start, end)
    if paired is not None:
        return _noun(paired)
    verb = governing_verb(head)
    aside = _absolute(head) or _rate_aside(doc, head, end) or _predicated_aside(doc, head)
    # an aside goes on counting the noun counted before, not the clause's subject
    moved = _moved_object(verb, head, start)
    if moved is not None:  # 'cut patrols from 40 to 25': the patrols
        return moved
    if head.dep_ != "nsubj" and not aside:  # 'with 40 in care', '..., about three a week'
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        level = _level_of(subj) if subj is not None and subj.i < start else None
        if level is not None:  # 'the number of injured has climbed to 63'
            return level
        qw = load_data("quantity_words")
        levels = set(qw["level_lemmas"]) | set(qw["headline_level_verbs"])
        level_verb = verb.lemma_.lower() in levels  # 'Shell output tops 9,000 a month'
        level_verb = level_verb and subj is not None and subj.lower_ not in qw["antecedent_nouns"]
        many = subj is not None and subj.pos_ == "NOUN" and (subj.tag_ == "NNS" or level_verb)
        # not 'officials want to reach 1,500 a day': people are not what they count
        if subj is not None and many and subj.i < start and not _is_agent(subj):
            return _noun(subj)
    sent = doc[start].sent
    first = sent.start
    for _ in range(2):  # the two sentences before
        if first > 0:
            first = doc[first - 1].sent.start
    actor = _clause_subject(verb)  # 'Planners hope to reach 4,000 a week': not the officials
    plural = [
        t for t in reversed(doc[first:start]) if _plural(t) and not (t == actor and _is_agent(t))
    ]
    counted = [t for t in plural if _counted(t)]
    if head.dep_ in ("nsubj", "nsubjpass"):  # a clause of its own: '..., including 40
        whole = [t for t in counted if not _in_subset(doc, t)]  # women, while 115 returned'
        counted = whole or counted  # counts the whole, not the part set off in it
    reached = _reached_by_subject(verb, head, start)
    if reached is not None:  # 'the herd grew to 65 million': the herd, not a crowd of people
        return reached
    if head.dep_ == "pobj" and head.lower_ in CROWDS and not counted:
        return "people", head.idx + len(head), head.i  # 'kitchens cook for 1.5 million'
    found = (counted or plural)[:1]  # a counted noun is what a later bare count goes on counting
    if found:
        return _noun(found[0])
    if head.dep_ in ("nsubj", "nsubjpass", "appos", "pobj", "dobj") and head.lower_ in CROWDS:
        return "people", head.idx + len(head), head.i  # '8.6 million are displaced', 'the
        # blackout left 14 million without power': a crowd with nothing counted before it
    ranked = head.head.head if _superlative(head.head.head) else None
    if ranked is not None:  # 'an aftershock struck, the strongest of 140': aftershocks
        named = ranked.head if ranked.dep_ == "appos" else _clause_subject(ranked.head)
        return _noun(named) if named is not None and named.pos_ == "NOUN" else None
    return None


def _reached_by_subject(verb: Token, head: Token, start: int) -> tuple[str, int, int] | None:
    """'The herd grew from 26 million to 65 million', 'the allowance was trimmed to 4.2 million': a bare
    crowd word that is the level a clause's subject moves to or from (quantity_words level_preps,
    compared_preps) counts that subject, a thing (a herd, a population, a quota), when no agent
    is the subject and the verb takes no object."""
    qw = load_data("quantity_words")
    preps = {*qw["level_preps"], *qw["compared_preps"]}
    if head.dep_ != "pobj" or head.lower_ not in CROWDS or head.head.lower_ not in preps:
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # 'will supply water to two million': whom it reaches, not the pipeline
    subj = _clause_subject(verb)
    if subj is None or subj.pos_ != "NOUN" or subj.i >= start or _is_agent(subj):
        return None
    return _noun(subj)


def _bounded_level(head: Token) -> bool:
    """'ferry trips totalled just under 6,000', 'members numbered over 900': a bare count after a
    bound preposition (a one-word key of bounds.json before) that a verb of
    quantity_words bounded_level_lemmas governs is the level of the verb's subject."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in load_data("bounds")["before"]:
        return False
    verb = prep.head
    lemmas = load_data("quantity_words")["bounded_level_lemmas"]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lemmas


def _capacity(head: Token) -> bool:
    """'an arena licensed for 18,000', 'a ward built for 40': a bare count after a preposition
    of a verb of licensing, building or designing (quantity_words capacity) is how many the
    thing holds."""
    data = load_data("quantity_words")["capacity"]
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in data["preps"] or prep.head.pos_ != "VERB":
        return False
    return prep.head.lemma_.lower() in data["lemmas"]


def _moved_object(verb: Token, head: Token, start: int) -> tuple[str, int, int] | None:
    """'brought road deaths down from 900 to 50', 'cut patrols to 25': a bare count in a level
    phrase ('from', 'to') of a verb with a plural object before it is a level of that object,
    the things the verb moves. A singular object ('the number', 'its fleet') is a
    whole counted in something else ('bringing its fleet to 12,000': of the cars before)."""
    qw = load_data("quantity_words")
    if head.dep_ != "pobj" or head.head.lower_ not in qw["level_preps"] or head.head.head != verb:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < start), None)
    if obj is None or obj.pos_ != "NOUN" or _is_agent(obj) or obj.like_num:
        return None  # a 'number of X' object is left to the rules below
    return _noun(obj) if _plural(obj) else None  # not 'brought its fleet to 900': of what


def _paired_level(doc: Doc, start: int, end: int) -> Token | None:
    """'grew from 200 to 300 ships', 'was raised from two to four vessels': a bare count between
    the two words of a level pair (quantity_words level_pairs) whose second figure counts a
    noun is the level the change starts from, a count of that noun. The noun, else None."""
    if start == 0 or end + 1 >= len(doc) or not doc[end + 1].like_num:
        return None
    pairs = load_data("quantity_words")["level_pairs"]
    if [doc[start - 1].lower_, doc[end].lower_] not in pairs:
        return None
    k = end + 1
    while k + 1 < len(doc) and doc[k + 1].like_num:
        k += 1  # 'two million'
    noun = doc[k].head
    if doc[k].dep_ != "nummod" or noun.pos_ != "NOUN" or noun.i <= k:
        return None
    return noun


def _absolute(head: Token) -> bool:
    """'..., with 9 still under repair': a count after 'with' that has a predicate of its own."""
    if head.dep_ != "pobj" or head.head.lower_ not in load_data("quantity_words")["absolute_preps"]:
        return False
    return any(c.dep_ in ("prep", "amod", "acl") and c.i > head.i for c in head.children)


def _predicated_aside(doc: Doc, head: Token) -> bool:
    """'Nine remain in hospital, two in a critical condition': a bare count set off by a comma
    as an adverb of the clause, with a phrase of its own after it, counts part of what the
    clause counted, its verb left out."""
    if head.i == 0 or doc[head.i - 1].text != ",":
        return False
    adverb = head.dep_ == "npadvmod" and head.head.pos_ in ("VERB", "AUX")
    apposed = head.dep_ == "appos" and head.head.like_num  # 'Nine were flown out, two with burns'
    return (adverb or apposed) and any(c.dep_ == "prep" and c.i > head.i for c in head.children)


def _rate_aside(doc: Doc, head: Token, end: int) -> bool:
    """'recorded 1,420 attacks in 2024, about three a week': a bare count set off by a comma as
    an adverb of the clause, with a period after it, restates the count before it as a rate; so
    does one joined to the clause's verb by a conjunction after the comma ('..., but still
    about three a week'), and a range of two number words ('..., four or five a day')."""
    if head.dep_ == "conj" and head.head.pos_ == "NUM":
        head = head.head  # '..., four or five a day': the range's first number
    joiners = load_data("quantity_words")["range_or"]
    second = [  # 'four or five', not '..., about four a day, and over 1,000 in May'
        c.i
        for c in head.children
        if c.dep_ == "conj"
        and c.pos_ == "NUM"
        and c.i == head.i + 2
        and doc[head.i + 1].lower_ in joiners
    ]
    end = max([end, *(i + 1 for i in second)])  # the rate's words come after the range's end
    joined = head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX")
    # '..., four or five a day' read as the number of the rate's period, which the verb governs
    per_read = head.dep_ == "nummod" and head.head.i == end + 1 and head.head.dep_ == "npadvmod"
    if (head.dep_ != "npadvmod" and not joined and not per_read) or end + 1 >= len(doc):
        return False
    units = load_data("units")
    per = doc[end].lower_ in units["per_openers"] and doc[end + 1].lower_ in units["per_words"]
    k = head.left_edge.i - 1
    if joined and k >= 0 and doc[k].pos_ == "CCONJ":
        k -= 1  # the conjunction between the comma and the count
    return per and k >= 0 and doc[k].text == ","


def _superlative(tok: Token) -> bool:
    """'strongest', 'most powerful': a superlative that ranks one of a counted set."""
    return tok.tag_ == "JJS" or (tok.pos_ == "ADJ" and any(c.tag_ == "RBS" for c in tok.children))


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb an infinitive depends on ('want to reach')."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return subj
        verb = verb.head
    return None


def _plural(tok: Token) -> bool:
    """A plural noun, or one the tagger read as a verb in a noun's role ('interceptor drones')."""
    nominal = tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "nsubj", "pobj")
    return (tok.pos_ == "NOUN" and tok.tag_ == "NNS") or nominal


def _is_agent(tok: Token) -> bool:
    return kind_of_word().get(tok.lower_) in ("person", "organization")


def _in_subset(doc: Doc, noun: Token) -> bool:
    """The counted noun stands in a phrase that sets off part of a count before it ('including
    40 women', 'among them 12 children': quantity_words subset_cues)."""
    first = noun.left_edge.i
    before = doc[max(0, first - 3) : first].text.lower()
    cues = load_data("quantity_words")["subset_cues"]
    return any(before == c or before.endswith(f" {c}") for c in cues)


def _counted(tok: Token) -> bool:
    """A noun with a number on it, or on its compound ('1,000 interceptor drones')."""
    mods = [c for c in tok.children if c.dep_ == "compound"] + [tok]
    return any(c.dep_ == "nummod" for m in mods for c in m.children)


def _level_of(subj: Token) -> tuple[str, int, int] | None:
    """What a level counts when the subject is a 'number of X' or 'death toll' word: a toll, or
    a number of dead or injured, counts people ('the toll has risen to 30')."""
    qw = load_data("quantity_words")
    if subj.lower_ not in qw["wrapper_nouns"]:
        return None
    obj = prep_object(subj, qw["partitive_preps"])
    if obj is not None and obj.lower_ in qw["casualty_labels"]:
        return str(qw["casualty_item"]), obj.idx + len(obj), obj.i
    if obj is not None and obj.pos_ in ("NOUN", "ADJ"):
        return _noun(obj)
    if subj.lower_ in qw["toll_nouns"]:
        return str(qw["casualty_item"]), subj.idx + len(subj), subj.i
    return None


def _noun(tok: Token) -> tuple[str, int, int]:
    left = tok.i
    while left > 0 and tok.doc[left - 1].dep_ == "compound" and tok.doc[left - 1].head == tok:
        left -= 1
    return tok.doc[left : tok.i + 1].text.lower(), tok.idx + len(tok), tok.i
