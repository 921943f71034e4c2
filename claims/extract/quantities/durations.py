"""What a duration counts when the item rules found only its time unit (annotation/guidelines.md:
a duration's item is the event or thing that lasts, the time unit goes in `unit`; an age counts
the thing that is that old; with nothing named the item is a period).

The item rules of `items` name the event where a construction names it ('a 30-day truce', '20
hours of talks', 'jailed for six years', 'renewed the ban for a year'); where they fall back to
the unit ('days', 'years') this module reads the rest of the family from the parse:

- an age: 'tankers more than 15 years old', 'aircraft older than 25 years' -> the thing;
- a recurrence: 'renewed every four months' -> the renewal, else 'reset every 12 minutes' -> an
  interval;
- a noun the stretch belongs to: 'cuts of up to three hours', 'a transition period of nine
  months' -> that noun;
- time added to a thing: 'adds ten days to each voyage' -> the voyage;
- a stretch up to now from an event: 'three years since the invasion', 'two years into the war'
  -> the event; 'nine minutes after the alert sounded' (a clause) -> an interval;
- a record or a first over a stretch: 'insolvencies were the most in seven years' -> what is at
  its highest; 'his first visit in 24 years' -> an interval;
- a verb that holds for a stretch: 'the restrictions run for ten years', 'the curbs, imposed for
  ten years', 'a veto it had maintained for a month' -> what runs, is imposed or is maintained;
  'the fire took almost a day' -> the fire;
- a hyphenated stretch before a period or level noun: 'a nine-month wind-down period', 'a six-week
  low' -> that noun;
- a stretch a thing comes late by: 'opened four years late', 'the report is two months overdue' -> the
  delay;
- else the period itself: 'the fourth outage in nine days', 'over the last 18 months'.

The words are data (claims/data/quantity_words.json: the `duration_*` keys, `age_words`,
`measure_nouns`, `extension_items`); the grammar is the model's parse.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from claims.extract.quantities import items
from claims.extract.quantities.changes import direction_of
from claims.extract.quantities.items import Item
from claims.extract.syntax import governing_verb
from claims.resources import load_data

NOMINAL = ("NOUN", "PROPN")
SUBJECTS = ("nsubj", "nsubjpass")


@cache
def _times() -> frozenset[str]:
    """The time units and their singulars ('years', 'year')."""
    units = load_data("units")["time_units"]
    return frozenset(units) | frozenset(u[:-1] for u in units if u.endswith("s"))


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
    """The item of the duration doc[start:after] in `unit`: `found` when it names something
    other than the time unit; else the event or thing the parse names, else (with `unnamed`)
    the period or interval. Without `unnamed` the time unit stays for the item chooser to
    replace, as it replaces any unit the rules fell back to."""
    if unit not in load_data("units")["time_units"] or found is None or not only_time(found.text):
        return found
    if not start <= found.head < after:
        return found  # a noun outside the figure, named already ('cut working hours to six hours')
    last = doc[found.head]  # the time unit ('hours' in 'three hours a day')
    nxt = last.i + 1
    if nxt < len(doc) and doc[nxt].lower_ in items.words()["duration_late_words"]:
        late = str(items.words()["duration_items"]["late"])  # 'opened two years late': a delay
        return Item(late, doc[nxt].idx + len(doc[nxt]), last.i, True, after)
    named = (
        _aged(doc, start, nxt)
        or _measured_by(start, last)
        or _modified(last)
        or _added_to(last)
        or _object_level(last)
        or _since(doc, nxt)
        or _record_over(last)
        or _holder(last)
        or _hyphen_noun(doc, end, nxt)
    )
    if named is not None:
        phrase = items.phrase_of(doc, named)[0]  # not the stretch itself: 'a three-day period'
        *before, head = phrase.split()
        kept = (w for w in before if not only_time(w) and any(c.isalpha() for c in w))
        noun = " ".join([*kept, head])  # not a figure inside it: 'a 6% rise spread over a year'
        return Item(noun, last.idx + len(last), named.i, True, after)
    if not unnamed:
        return found
    word = _recurring(doc, start) or _gap(doc, nxt) or _first_over(last)
    word = word or str(items.words()["duration_items"]["unnamed"])
    return Item(word, last.idx + len(last), last.i, False, after)


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
    return None if tok.lower_ in items.words()["measure_nouns"] else tok


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a relative pronoun stands for the noun its clause is on ('a fire that
    took a day')."""
    return items.antecedent_subject(
        next((c for c in verb.children if c.dep_ in SUBJECTS), None), verb
    )


def _aged(doc: Doc, start: int, after: int) -> Token | None:
    """'ships more than 20 years old', 'tankers older than 15 years': the thing that old."""
    adj = (
        doc[after] if after < len(doc) and doc[after].lower_ in items.words()["age_words"] else None
    )
    j = start - 1
    while adj is None and j >= 0 and start - j <= 4:
        if doc[j].lower_ in items.words()["duration_age_comparatives"]:
            adj = doc[j]
        j -= 1
    if adj is None:
        return None
    holder = adj.head
    while (only_time(holder.lower_) or holder.like_num) and holder.head != holder:
        holder = holder.head  # 'wagons younger than five years', the years read beside them
    if holder.pos_ in ("VERB", "AUX") and adj.dep_ in ("acomp", "oprd", "amod"):
        holder = _subject(holder) or holder  # 'the tankers are often more than 15 years old'
    return _thing(holder) if holder != adj else None


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
    return _thing(owner)


def _modified(last: Token) -> Token | None:
    """'four years imprisonment', 'two weeks leave': the noun the stretch is written before."""
    head = last.head
    return _thing(head) if last.dep_ == "compound" and head.i == last.i + 1 else None


def _object_level(last: Token) -> Token | None:
    """'cut working hours to six hours a day': the object a change verb brings to the stretch."""
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
    """'rerouting adds ten days to each voyage': the time is added to the voyage."""
    verb = last.head
    added = verb.lemma_.lower() in items.words()["duration_added_lemmas"]
    if last.dep_ not in ("dobj", "npadvmod") or not added:
        return None
    preps = items.words()["destination_preps"]
    target = next(
        (g for c in verb.children if c.lower_ in preps for g in c.children if g.dep_ == "pobj"),
        None,
    )
    return _thing(target)


def _since(doc: Doc, after: int) -> Token | None:
    """'three years since the invasion', 'two years into the war': the event the stretch runs
    from, when a noun (not a clause) names it."""
    if after >= len(doc) or doc[after].lower_ not in items.words()["duration_gap_preps"]:
        return None
    obj = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
    return _thing(obj)


def _gap(doc: Doc, after: int) -> str | None:
    """'nine minutes after the alert sounded': the interval between two events."""
    if after >= len(doc) or doc[after].lower_ not in items.words()["duration_gap_preps"]:
        return None
    return str(items.words()["duration_items"]["gap"])


def _recurring(doc: Doc, start: int) -> str | None:
    """'renewed every four months': the renewal; 'resets the cap every six months': the interval."""
    if start == 0 or doc[start - 1].lower_ not in items.words()["duration_recurrence_words"]:
        return None
    verb = governing_verb(doc[start])
    term = next(
        (v for k, v in items.words()["extension_items"].items() if verb.lower_.startswith(k)), None
    )
    return str(term) if term is not None else str(items.words()["duration_items"]["gap"])


def _over_what(last: Token) -> Token | None:
    """The word an 'in N years' phrase hangs on ('the most in seven years', 'his first trip
    there in 24 years')."""
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ not in items.words()["duration_record_preps"]:
        return None
    return prep.head


def _record_over(last: Token) -> Token | None:
    """'insolvencies were the most in seven years', 'the lowest level in 20 years': what is at
    a record over the stretch."""
    word = _over_what(last)
    if word is None:
        return None
    if word.tag_ == "JJS" and word.dep_ in ("attr", "acomp") and word.head.pos_ in ("AUX", "VERB"):
        return _thing(_subject(word.head))
    record = any(c.tag_ == "JJS" for c in word.children)
    return _thing(word) if record and word.pos_ == "NOUN" else None


def _first_over(last: Token) -> str | None:
    """'his first visit in 24 years': the interval since the one before."""
    word = _over_what(last)
    if word is None:
        return None
    held = [word, *(c for c in word.children if c.dep_ in ("dobj", "attr"))]  # 'won its first
    firsts = items.words()["duration_first_words"]  # title in 25 years', read on the verb
    if not any(t.lower_ in firsts for w in held for t in w.doc[w.left_edge.i : w.i]):
        return None
    return str(items.words()["duration_items"]["gap"])


def _holder(last: Token) -> Token | None:
    """The thing a verb holds for the stretch: its passive subject ('curbs are imposed for ten
    years'), the subject of an intransitive ('the restrictions run for ten years'), the noun a
    participle or a relative clause is on ('a blockade it had kept up for nearly six weeks'); what
    takes the time ('the fire took almost a day'); what ends or runs on after or over it ('the
    strike ended after 11 days', 'voting ran over two days', duration_holding_preps). Not a
    change over a stretch ('prices rose for six months'), nor an active verb's object ('held
    the boat for a week')."""
    table = items.words()
    taking = last.dep_ == "dobj" and last.head.lemma_.lower() in table["duration_taking_lemmas"]
    preps = [*load_data("item_features")["duration_preps"], *table["duration_holding_preps"]]
    lasting = last.dep_ == "pobj" and last.head.lower_ in preps
    if not (taking or lasting):
        return None
    verb = last.head if taking else last.head.head
    if verb.pos_ not in ("VERB", "AUX") or direction_of(verb) is not None:
        return None
    if taking:
        return _thing(_subject(verb))
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ in ("acl", "relcl") and not objects:
        holder = _thing(verb.head)
    else:
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        subject = _subject(verb) if not objects else None
        holder = _thing(passive) if passive is not None else _thing(subject)
    held = last.head.lower_ in table["duration_holding_preps"]
    if held and holder is not None and any(c.dep_ == "nummod" for c in holder.children):
        return None  # '300 arrests were made over two days', '900 deaths logged over a year'
    return holder


def _hyphen_noun(doc: Doc, end: int, after: int) -> Token | None:
    """'a nine-month wind-down period', 'a six-week low': the period or level noun after a
    hyphenated stretch."""
    if end >= len(doc) or doc[end].text != "-":
        return None
    found = items.noun_after(doc, after)
    if found is None or found[2] - after > 3:
        return None
    noun = doc[found[2]]
    kept = [*items.words()["duration_period_nouns"], *items.words()["measure_nouns"]]
    return noun if noun.lower_ in kept else None
