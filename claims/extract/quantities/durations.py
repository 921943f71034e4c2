"""What a duration counts (annotation/guidelines.md, round 41): what lasts when the quantity's own
phrase or clause names it, else the time unit as written ('for one more year' -> year, 'within 36
hours' -> hours), as the CLAIMS.md-only blind writers read it. What lasts is named by:

- its 'of' or 'in' phrase: '20 hours of talks' -> talks; a term in a penalty noun, 'seven years in
  jail' -> penalty_item (prison term);
- a noun it is written before: 'a 30-day truce', 'four years imprisonment' -> that noun;
- a noun it is the 'of' phrase of: 'stoppages of up to five hours' -> stoppages;
- an age: 'tankers more than 15 years old', 'aircraft older than 25 years' -> age, and a stated
  age noun keeps its words ('the fleet's average age is 19 years' -> average age);
- a length stated of a subject: 'the median wait was 40 days', 'the blackout lasted nine hours',
  'the fire took almost a day' -> what waits, lasts or takes the time;
- time added to a thing: 'adds ten days to each voyage' -> the voyage;
- a level a change verb brings its object to: 'cut working hours to five hours a day';
- the act of a verb the stretch is the 'for' or 'by' phrase of, named by duration_verb_items
  ('barred from tenders for three years' -> ban, 'prolonged the order by 45 days' -> extension).

The record a stretch is over ('the most in seven years'), the point it runs from ('within two days
of the vote') and a state with no act ('the yard stayed shut for a week') name nothing: the item is
the time unit. The words are data (claims/data/quantity_words.json: `duration_*`, `age_words`,
`penalty_*`); the grammar is the model's parse.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from claims.extract.quantities import items
from claims.extract.quantities.changes import direction_of
from claims.extract.quantities.items import Item
from claims.resources import load_data

NOMINAL = ("NOUN", "PROPN")
SUBJECTS = ("nsubj", "nsubjpass")


@cache
def _times() -> frozenset[str]:
    """The time units, their singulars ('years', 'year') and their short forms ('hrs', 'min')."""
    units = load_data("units")["time_units"]
    return (
        frozenset(units)
        | frozenset(u[:-1] for u in units if u.endswith("s"))
        | frozenset(short_times())
    )


@cache
def short_times() -> dict[str, str]:
    """Unit words that abbreviate a time unit ('h', 'hr', 'min'), with the unit they stand for
    (claims/data/units.json: `words` entries whose unit is one of `time_units`)."""
    units = load_data("units")
    times = units["time_units"]
    return {w: u for w, u in units["words"].items() if u in times and w != u}


def only_time(text: str) -> bool:
    """The item is no more than a time word: the rules named nothing that lasts."""
    return text in _times()


def what_lasts(
    doc: Doc,
    start: int,
    end: int,
    after: int,
    unit: str | None,
    found: Item | None,
    unnamed: bool = True,
) -> Item | None:
    """The item of the duration doc[start:after] in `unit`: the thing its own phrase names (kept
    as `found` names it when `found` is that thing), else the time unit as written. Without
    `unnamed` a time-unit `found` stays for the item chooser, which this reads again after it."""
    timed = unit in load_data("units")["time_units"] or _more_time(doc, after)
    timed = timed or (unit is None and _bare_time(doc, after))
    if not timed or found is None:
        return found
    last = _time_word(doc, start, after, found)
    if last is None:
        return found
    if items.label_of(doc, start) is not None:
        return found  # 'Average crossing: 47 days': the label names what lasts, read as before
    if _aged(doc, start, last.i + 1):
        return Item(str(items.words()["age_item"]), *_at(last), False, after)
    own = _own_thing(doc, start, end, last)
    stated = own is None and not only_time(found.text) and found.head < start
    if stated and _length_verb(last) is not None and _measure(doc[found.head]):
        return found  # 'Waiting times grew to 14 hours': the measure the item rules read
    if own is not None:
        penalty = own.lower_ in items.words()["penalty_nouns"]
        if found.head == own.i and not only_time(found.text) and not penalty:
            return found
        return Item(_noun(doc, own), last.idx + len(last), own.i, True, after)
    act = _verb_act(last) or _awarded_act(doc, last)
    if act is not None:
        return Item(act, *_at(last), True, after)
    written = _as_written(doc, last, unit)
    if not unnamed:
        return found if only_time(found.text) else Item(written, *_at(last), False, after)
    return Item(written, *_at(last), False, after)


def _as_written(doc: Doc, last: Token, unit: str | None) -> str:
    """The time unit as the item: the word as written ('for one more year' -> year), but the
    unit a hyphened compound folds into the singular ('a 30-day truce' -> days)."""
    hyphened = last.i > 0 and doc[last.i - 1].text == "-" and not doc[last.i - 1].whitespace_
    if hyphened and unit in load_data("units")["time_units"]:
        return str(unit)
    return short_times().get(last.lower_, last.lower_)  # '45 min' -> minutes


def _more_time(doc: Doc, after: int) -> bool:
    """'for three more months': a time unit after a more-word, which the unit reader leaves out."""
    more = load_data("item_features")["more_words"]
    return after + 1 < len(doc) and doc[after].lower_ in more and only_time(doc[after + 1].lower_)


def _bare_time(doc: Doc, after: int) -> bool:
    """'jail for one year': a single time unit the unit reader left out, right after the figure."""
    near = [i for i in (after - 1, after) if 0 < i < len(doc) and only_time(doc[i].lower_)]
    return any(doc[i - 1].like_num for i in near)


def _at(last: Token) -> tuple[int, int]:
    """Where the time word ends and its index: the item's end_char and head."""
    return last.idx + len(last), last.i


def _time_word(doc: Doc, start: int, after: int, found: Item) -> Token | None:
    """The time unit of the figure as written ('year' in 'for one more year'): in its span, else
    the unit item the rules found, else just after it ('a 30-day truce')."""
    inside = [doc[i] for i in range(start, min(after, len(doc))) if only_time(doc[i].lower_)]
    if inside:
        return inside[0]  # not the per unit of a rate: 'five hours a day'
    if only_time(found.text) and 0 <= found.head < len(doc) and only_time(doc[found.head].lower_):
        return doc[found.head]
    stop = min(len(doc), max(after, start + 1) + 2)
    return next((doc[i] for i in range(start, stop) if only_time(doc[i].lower_)), None)


def _noun(doc: Doc, named: Token) -> str:
    """The noun phrase of what lasts, without a time word, a figure or a name inside it ('a
    three-day truce' -> truce, 'a 6% rise spread over a year' -> rise, 'days to Asia-Europe
    voyages' -> voyages)."""
    table = items.words()
    if named.lower_ in table["penalty_nouns"] and named.lower_ not in table["penalty_own_nouns"]:
        return str(table["penalty_item"])  # 'seven years in jail', 'a term of two years'
    begin = named.idx + len(named) - len(items.phrase_of(doc, named)[0])
    kept = [
        t.lower_
        for t in doc[max(0, named.i - 8) : named.i]
        if t.idx >= begin
        and t.pos_ != "PROPN"
        and not only_time(t.lower_)
        and any(c.isalpha() for c in t.text)
    ]
    return " ".join([*kept, named.lower_])


def _own_thing(doc: Doc, start: int, end: int, last: Token) -> Token | None:
    """The thing the duration's own phrase names as lasting or being that old, if any."""
    return (
        _stated_length(start, last)  # 'stocks are put at 7 months of sales': the stocks
        or _of_or_in(doc, last)
        or _measured_by(start, last)
        or _modified(last)
        or _hyphen_noun(doc, last)
        or _added_to(last)
        or _object_level(last)
        or _imposed(last)
    )


def _measure(tok: Token) -> bool:
    """A noun that names a length kept as a measure ('wait', 'processing times', 'stocks'),
    not a thing or event that lasts ('strike', 'hearing')."""
    return tok.lower_ in items.words()["duration_measure_nouns"]


def _thing(tok: Token | None) -> Token | None:
    """A common noun that can be what lasts: not a person or body that acts, a place, a pronoun
    or another time word; a quantifier ('several of which') stands for the noun it is set beside."""
    if tok is None:
        return None
    if tok.pos_ not in NOMINAL and tok.dep_ == "appos" and tok.head.pos_ in NOMINAL:
        tok = tok.head  # 'some 30 buses, several of which are over 18 years old'
    if tok.pos_ not in NOMINAL:  # 'most of the ferries are over 30 years old'
        preps = [c for c in tok.children if c.lower_ in items.words()["partitive_preps"]]
        tok = next((g for c in preps for g in c.children if g.dep_ == "pobj"), tok)
    common = tok.pos_ == "NOUN" or (tok.tag_ in ("NNS", "VBZ") and tok.dep_ in SUBJECTS)
    if not common or items.is_agent(tok) or items.is_place(tok) or only_time(tok.lower_):
        return None
    if tok.lower_ in items.words()["measure_nouns"]:
        return None
    named = any(c.dep_ in ("compound", "amod") for c in tok.children)  # 'a grace period'
    return None if tok.lower_ in items.words()["not_items"] and not named else tok


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a relative pronoun stands for the noun its clause is on ('a fire that
    took a day')."""
    return items.antecedent_subject(
        next((c for c in verb.children if c.dep_ in SUBJECTS), None), verb
    )


def _aged(doc: Doc, start: int, after: int) -> bool:
    """'ships more than 20 years old', 'tankers older than 15 years': an age, whose item is age
    (blind writers of CLAIMS.md write age, not the thing that old)."""
    adj = (
        doc[after] if after < len(doc) and doc[after].lower_ in items.words()["age_words"] else None
    )
    j = start - 1
    while adj is None and j >= 0 and start - j <= 4:
        if doc[j].lower_ in items.words()["duration_age_comparatives"]:
            adj = doc[j]
        j -= 1
    return adj is not None


def _of_or_in(doc: Doc, last: Token) -> Token | None:
    """'20 hours of talks', 'seven years in jail': the noun of the phrase right after the time
    unit. Not the point a stretch is counted from ('within two days of the attack':
    duration_reference_preps before it); after 'in' only a penalty noun ('five days in port',
    'in a row', 'in May' say where, how or when: the time unit)."""
    nxt = last.i + 1
    if nxt + 1 >= len(doc):
        return None
    table = items.words()
    if doc[nxt].lower_ in table["penalty_preps"]:
        noun = doc[nxt + 1]
        return noun if noun.lower_ in table["penalty_nouns"] else None  # penalty_item
    if doc[nxt].lower_ not in table["partitive_preps"] or _counted_from(last):
        return None
    found = items.noun_after(doc, nxt + 1)
    return _thing(doc[found[2]]) if found is not None and found[2] - nxt <= 4 else None


def _counted_from(last: Token) -> bool:
    """'within 36 hours of the vote': the 'of' phrase is the point the stretch runs from."""
    prep = last.head if last.dep_ == "pobj" else None
    opener = [t.lower_ for t in last.doc[max(0, last.i - 5) : last.i]]
    refs = items.words()["duration_reference_preps"]
    return (prep is not None and prep.lower_ in refs) or any(w in refs for w in opener)


def _measured_by(start: int, last: Token) -> Token | None:
    """'stoppages of up to five hours', 'a streak of nearly 2,000 days': the noun the stretch is the
    'of' phrase of."""
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ not in items.words()["partitive_preps"]:
        return None
    owner = prep.head
    if owner.i >= start or owner.pos_ != "NOUN" or only_time(owner.lower_):
        return None
    if owner.lower_ in items.words()["antecedent_nouns"]:
        return None  # 'an average of three days': a figure, not what lasts
    return _thing(owner) or _term_period(owner)


def _term_period(owner: Token) -> Token | None:
    """'licensed for a period of ten years': a bare period noun (not_items) after a term
    preposition is the stretch the act is granted for, and is what lasts (a stretch 'over' a
    period says when, and keeps the time unit)."""
    table = items.words()
    if owner.lower_ not in table["not_items"] or only_time(owner.lower_):
        return None
    held = owner.dep_ == "pobj" and owner.head.lower_ in table["term_preps"]
    return owner if held else None


def _modified(last: Token) -> Token | None:
    """'four years imprisonment', "seven years' imprisonment", 'two weeks leave': the noun the
    stretch is written before. Not a plural head, which English does not build compounds of
    ('extends by five years restrictions on ...': the restrictions are extended, not timed)."""
    head = last.head
    if last.dep_ == "poss" and 0 < head.i - last.i <= 2:
        if head.lower_ in items.words()["worth_lemmas"]:  # "six months' worth of diesel"
            of = [c for c in head.children if c.lower_ in items.words()["partitive_preps"]]
            head = next((g for c in of for g in c.children if g.dep_ == "pobj"), head)
        return _thing(head)
    if last.dep_ != "compound" or head.i != last.i + 1 or head.tag_ == "NNS":
        return None
    return _thing(head)


def _hyphen_noun(doc: Doc, last: Token) -> Token | None:
    """'a 30-day truce', 'a nine-month wind-down period': the noun after a hyphenated stretch.
    Not a statistic or a horizon ('the ten-year mean', 'a 12-month price target')."""
    if last.i == 0 or doc[last.i - 1].text != "-" or doc[last.i - 1].whitespace_:
        return None
    found = items.noun_after(doc, last.i + 1)
    if found is None or found[2] - last.i > 4:
        return None
    noun = doc[found[2]]
    table = items.words()
    if noun.lower_ in [*table["statistic_nouns"], *table["horizon_nouns"]]:
        return None
    measure = noun.pos_ == "NOUN" and noun.lower_ in table["measure_nouns"]
    return noun if measure else _thing(noun)  # 'a 12-month transition period' names it too


def _object_level(last: Token) -> Token | None:
    """'cut working hours to five hours a day': the object a change verb brings to the stretch."""
    prep, verb = last.head, last.head.head
    if last.dep_ != "pobj" or prep.lower_ not in items.words()["level_preps"]:
        return None
    if verb.pos_ != "VERB" or direction_of(verb) is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > last.i or not any(c.dep_ in ("amod", "compound") for c in obj.lefts):
        return None  # a time noun needs a word of its own before it: 'working hours'
    return obj if obj.pos_ == "NOUN" and not items.is_agent(obj) else None


def _added_to(last: Token) -> Token | None:
    """'rerouting adds ten days to each voyage', 'adding between 10 and 14 days to voyages': the
    time is added to the voyage."""
    verb = last.head
    if last.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # 'adds between ten and 14 days'
    elif last.dep_ not in ("dobj", "npadvmod"):
        return None
    if verb.lemma_.lower() not in items.words()["duration_added_lemmas"]:
        return None
    preps = items.words()["destination_preps"]
    target = next(
        (
            g
            for c in [*verb.children, *last.children]
            if c.lower_ in preps
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    return _thing(target)


def _imposed(last: Token) -> Token | None:
    """'imposed a curfew for two weeks', 'granted the firm a licence for ten years': what a verb
    of duration_object_lemmas puts in place for the stretch, its direct object."""
    prep, verb = last.head, last.head.head
    if last.dep_ != "pobj" or prep.lower_ not in items.words()["term_preps"]:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in items.words()["duration_object_lemmas"]:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < last.i), None)
    return _thing(obj)


def _verb_act(last: Token) -> str | None:
    """'barred from tenders for three years', 'prolonged the order by 45 days': the act of the
    verb whose 'for' or 'by' phrase the stretch is (duration_verb_items, by lemma), else None.
    A noun the parse hangs the stretch on is what the verb acts on ('extends by two years curbs
    on ...'): the stretch is still the verb's (a hyphened one names its own noun, read before)."""
    if last.dep_ in ("compound", "nmod") and last.head.dep_ == "pobj":
        last = last.head  # 'prolonged by two months martial law': the law is no compound
    table = items.words()
    if last.dep_ != "pobj":
        return None
    prep, verb = last.head, last.head.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # 'extended the embargo for a year': the parse hangs it on the object
    if prep.lower_ not in [*table["term_preps"], *table["change_by_preps"]]:
        return None
    if verb.pos_ in NOMINAL:  # 'debarred Andes Norte SA for 30 months': the participle read
        verb = next((c for c in verb.lefts if c.dep_ == "amod" and _act_of(c)), verb)  # as a
    if _act_of(verb) is not None and _passive_adjective(verb):  # modifier of its object
        return _act_of(verb)  # 'the firms were each debarred for 18 months'
    if verb.pos_ not in ("VERB", "AUX") or (verb.dep_ in ("oprd", "amod") or _state(verb)):
        return None  # 'kept the yard shut for a week': a state, no act
    act = _act_of(verb)
    return act if act is not None else _act_above(verb)


def _awarded_act(doc: Doc, last: Token) -> str | None:
    """'the rider gets three years', 'the two firms each received 18 months': a stretch a verb of
    duration_award_lemmas gives its subject is the term of the sanction act named before it, in
    its sentence or a few before (duration_award_acts, by a verb of duration_verb_items or by the
    act's noun), else None."""
    table = items.words()
    if last.dep_ != "dobj" or last.head.lemma_.lower() not in table["duration_award_lemmas"]:
        return None
    acts = set(table["duration_award_acts"])
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= last.i < s.end)
    begin = sents[max(0, here - int(table["duration_award_reach"]))].start
    for tok in reversed(doc[begin : last.i]):
        act = _act_of(tok) or tok.lemma_.lower()
        if act in acts:
            return act
    return None


@cache
def _act_forms() -> dict[str, str]:
    """The acts of duration_verb_items by lemma and by regular past participle ('debar',
    'debarred'; 'ban', 'banned'), for a participle the tagger took for an adjective."""
    forms: dict[str, str] = {}
    for lemma, act in items.words()["duration_verb_items"].items():
        doubled = f"{lemma}{lemma[-1]}ed"
        for form in (lemma, f"{lemma}d" if lemma.endswith("e") else f"{lemma}ed", doubled):
            forms.setdefault(form, str(act))
    return forms


def _act_of(tok: Token) -> str | None:
    """The act a verb or its participle names (duration_verb_items), else None."""
    acts = _act_forms()
    return acts.get(tok.lemma_.lower()) or acts.get(tok.lower_)


def _passive_adjective(tok: Token) -> bool:
    """A participle the tagger took for an adjective after a copula ('were debarred'), or for a
    modifier right before a noun ('debarred Andes Norte SA'): the verb in the passive or active."""
    if tok.pos_ != "ADJ" and not (tok.tag_ == "VBN" and tok.dep_ == "amod"):
        return False
    return (tok.dep_ == "acomp" and tok.head.pos_ == "AUX") or tok.dep_ == "amod"


def _state(verb: Token) -> bool:
    """An adjective complement that is no passive: 'kept the yard shut', not a passive participle."""
    passive = verb.tag_ == "VBN" and verb.head.pos_ == "AUX"
    return verb.dep_ == "acomp" and not passive


def _act_above(verb: Token) -> str | None:
    """The act of a verb of duration_verb_items that the participle bearing the stretch hangs on
    ('barred two men from bidding for a year', 'froze 30 accounts tied to the ring for ten days',
    'renewed the listing of four men named in 2022 for two years'), within its own clause: the
    walk stops at a finite verb, a clause of its own, a subject, and any preposition but the climb
    ones."""
    table = items.words()
    node = verb
    for _ in range(int(table["duration_act_climb_steps"])):
        if node.dep_ in ("ROOT", "relcl", "advcl", "ccomp", "conj", "parataxis"):
            return None
        if node.pos_ in ("VERB", "AUX") and node.tag_ not in ("VBN", "VBG"):
            return None  # a finite verb: the stretch is its own
        if node.dep_ == "acl" and node.tag_ != "VBN":
            return None  # 'firms operating for ten years': how long they operated
        if node.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return None  # 'the licences, granted for five years, can be renewed': a subject's own
        node = node.head
        if node.pos_ == "ADP" and node.lower_ not in table["duration_act_climb_preps"]:
            return None
        if node.pos_ == "VERB" and not _state(node):
            act = table["duration_verb_items"].get(node.lemma_.lower())
            if act is not None:
                return str(act)
    return None


def _stated_length(start: int, last: Token) -> Token | None:
    """A subject whose length or age the clause states: 'the median wait was 40 days', 'the
    outage lasted (for) nine hours', 'the fire took a day', 'the wait rose to six days'; of an
    age noun, that age ('the fleet's average age is 23 years' -> average age)."""
    verb = _length_verb(last)
    if verb is None:
        return None
    subject = _subject(verb)
    if subject is None and verb.dep_ == "conj":
        subject = _subject(verb.head)  # 'the barrage began at 1am and lasted seven hours'
    if subject is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        subject = verb.head  # 'a hearing in Luxembourg, lasting almost three hours'
    if subject is None or subject.i >= start:
        return None
    if subject.lower_ in items.words()["age_of_nouns"]:
        return subject  # 'the fleet's average age is 23 years': the (average) age
    return _thing(subject)


def _length_verb(last: Token) -> Token | None:
    """The verb that states the time unit as its subject's length: a copula's attribute, the
    object of duration_lemmas or duration_taking_lemmas, their 'for' phrase, or the level a
    change or level verb brings its subject to."""
    table = items.words()
    lasting = [*table["duration_lemmas"], *table["duration_taking_lemmas"]]
    if last.dep_ == "attr" and last.head.pos_ == "AUX":
        return last.head
    if last.dep_ in ("dobj", "npadvmod") and last.head.lemma_.lower() in lasting:
        return last.head
    if last.dep_ != "pobj":
        return None
    prep, verb = last.head, last.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    held = prep.lower_ in load_data("item_features")["duration_preps"]
    if held and verb.lemma_.lower() in table["duration_lemmas"]:
        return verb
    rated = prep.lower_ in table["passive_level_preps"]
    if rated and any(c.dep_ == "auxpass" for c in verb.children):
        return verb  # 'stocks are estimated at seven months of sales': the stocks
    if prep.lower_ in table["change_by_preps"] and direction_of(verb) is not None:
        return verb  # 'life expectancy has risen by four years'
    level = verb.lemma_.lower() in table["level_lemmas"] or direction_of(verb) is not None
    return verb if level and prep.lower_ in table["level_preps"] else None
