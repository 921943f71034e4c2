"""A learned chooser of the counted item: a small linear model (conditional logit) that scores the
candidate head nouns of a number's sentence and picks the one the number counts.

The rules in `items` pick one head by construction; the model sees the same head plus every noun
near the number, each described by cheap features (dependency path, relation, distance, whether it
is a unit, place, agent or label, and whether the rules chose it). The weights are data
(claims/data/item_ranker.json, rebuilt by scripts/train_items.py from the dev golds); the phrase of
a chosen head is the one the rules make from it (`items.phrase_of`), never a new expander.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Set
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple, TypedDict

from spacy.tokens import Doc, Token

from claims.extract.columns import columns
from claims.extract.quantities import items
from claims.extract.quantities.items import Item
from claims.resources import load_data

FOUND = "rule_direct=True"  # the rules' item was named beside the number, not inferred
ELSEWHERE = "rule_text_elsewhere"  # the rules wrote a word that is not the head token
AGENT = "agent"  # who acts on a figure: never picked over the rules' item
MEASURE = "measure_noun"  # 'an all-time high of', 'a mean of': the level, never picked either
PAYER = "payer"  # 'cost the trade about $7m': who pays, never picked either (no weight)
WINDOW = 30  # tokens either side of the number that may hold a candidate
EARLIER = 40  # tokens of the paragraph's sentences before the number's that may hold one too
OTHER_SENTENCE = "other_sentence"  # a candidate from an earlier sentence ('Gas exports slid.
# They fell 4% in May'): no weight yet, so never picked by the shipped model (see `rank`)
MAX_STEPS = 3  # dependency steps kept on each side of a path
NOMINAL = ("NOUN", "PROPN")


@dataclass(frozen=True)
class Candidate:
    """One head the number may count, with the phrase the rules make from it."""

    head: int  # token index of the head
    text: str  # the phrase (the rules' own text for the rules' choice)
    rule: bool  # the rules chose it
    features: tuple[str, ...]


@dataclass(frozen=True)
class Choice:
    """The candidates of one number, their scores and the pick (an index into both)."""

    candidates: list[Candidate]
    scores: list[float]
    picked: int
    rule: int  # index of the rules' candidate


class Record(TypedDict):
    """What training needs from one number: where it is and its candidates' features."""

    text: str
    num_char: int
    rule_text: str
    cands: list[dict[str, Any]]


class Explained(NamedTuple):
    """The item choice of one number, for `claims explain`."""

    number: str
    chosen: str
    score: float
    runner_up: str | None
    runner_up_score: float | None
    rules: str


_recorder: list[Record] | None = None
_explained: list[Explained] | None = None


@contextlib.contextmanager
def explaining() -> Iterator[list[Explained]]:
    """Keep every number's item choice (chosen, its score and the runner-up) while extracting."""
    global _explained
    previous, _explained = _explained, []
    try:
        yield _explained
    finally:
        _explained = previous


@contextlib.contextmanager
def recording() -> Iterator[list[Record]]:
    """Record every number's candidates while extracting (the model is off meanwhile, so the
    records are the rules' view of the page); training reads them."""
    global _recorder
    previous, _recorder = _recorder, []
    try:
        yield _recorder
    finally:
        _recorder = previous


@cache
def _unit_words() -> frozenset[str]:
    """Unit, currency, time and rate words: what a number measures in, never what it counts."""
    units = load_data("units")
    found: set[str] = set(units["time_units"]) | set(units["per_words"]) | set(units["dimensions"])
    for key in ("symbols", "prefix_codes", "words", "glued", "rates", "distance"):
        value = units[key]
        found |= {str(k).lower() for k in value if isinstance(k, str)}
    found |= {str(u).lower() for u in units["distance"]["units"]}
    found |= {str(p).lower() for p in units["price_pers"]}
    found |= {w.rstrip("s") for w in found if len(w) > 3}
    found |= set(load_data("item_features")["unit_like"])
    found |= set(load_data("item_features")["measure_words"])  # '2.1 million hectolitres'
    return frozenset(found)


def _wrapping(tok: Token) -> bool:
    """A wrapper noun that names what it wraps ('the number of applicants', 'whose numbers'):
    the wrapped noun is counted, never the wrapper."""
    wrappers = items.words()["wrapper_nouns"]
    if tok.lemma_.lower() not in wrappers and tok.lower_ not in wrappers:
        return False
    if any(c.lower_ in items.words()["relative_possessives"] for c in tok.children):
        return True
    if tok.lower_ not in wrappers:
        return False
    of = [c for c in tok.children if c.lower_ in items.words()["partitive_preps"]]
    wrapped = [g for c in of for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return any(not any(t.like_num for t in g.subtree) for g in wrapped)  # not 'levels of 90 cm'


def _number_head(doc: Doc, start: int, end: int) -> Token:
    """The number's token whose head lies outside the number."""
    for tok in doc[start:end]:
        if tok.head.i < start or tok.head.i >= end or tok.head.i == tok.i:
            return tok
    return doc[end - 1]


def _chain(tok: Token) -> list[Token]:
    doc = tok.doc
    return [tok] + [doc[i] for i in columns(doc).chain(tok.i, 40)[1:]]


def _clause(tok: Token) -> int:
    for t in _chain(tok):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t.i
    return -1


def _path(num: Token, cand: Token) -> tuple[str, int]:
    """Relations up from the number to the common ancestor, then down to the candidate."""
    up, down = _chain(num), _chain(cand)
    down_ids = {t.i: n for n, t in enumerate(down)}
    n_up = next((n for n, t in enumerate(up) if t.i in down_ids), -1)
    if n_up < 0:
        return "none", 99
    n_down = down_ids[up[n_up].i]
    ups = [t.dep_ for t in up[:n_up]][:MAX_STEPS]
    downs = [t.dep_ for t in down[:n_down]][::-1][-MAX_STEPS:]
    return "^".join(ups) + "|" + "v".join(downs), n_up + n_down


def _bin(d: int) -> str:
    a = abs(d)
    size = "1" if a == 1 else "2" if a == 2 else "3-5" if a <= 5 else "6-10" if a <= 10 else "11+"
    return ("+" if d > 0 else "-") + size


def _unit_kind(unit: str | None) -> str:
    if unit is None:
        return "none"
    if unit in items.money():
        return "money"
    if unit == "%":
        return "pct"
    if unit in load_data("units")["time_units"]:
        return "time"
    return "other"


def features(
    doc: Doc, start: int, end: int, after: int, unit: str | None, tok: Token, rule: Item | None
) -> list[str]:
    """The features of one (number, candidate head) pair: cheap, binary, named."""
    num = _number_head(doc, start, end)
    is_rule = rule is not None and rule.head == tok.i
    d = tok.i - (after - 1) if tok.i >= end else tok.i - start
    path, steps = _path(num, tok)
    qunit = _unit_kind(unit)
    lower, lemma = tok.lower_, tok.lemma_.lower()
    unit_word = lower in _unit_words() or lemma in _unit_words()
    f = [
        f"pos={tok.pos_}",
        f"rel={tok.dep_}",
        f"dir_dist={_bin(d)}",
        f"rel_dir={tok.dep_}{'+' if d > 0 else '-'}",
        f"path={path}",
        f"steps={min(steps, 6)}",
        f"lem={lemma}",
        f"qunit={qunit}",
        f"qunit_rel={qunit}:{tok.dep_}",
        f"qunit_dir={qunit}:{_bin(d)}",
    ]
    if _clause(num) == _clause(tok):
        f.append("same_clause")
    if tok.i < columns(doc).sent_start(start):
        f.append(OTHER_SENTENCE)
    if unit_word:
        f += ["unit_word", f"unit_word_q={qunit}"]
    if tok.pos_ == "PROPN" and items.is_place(tok):  # (the pipeline has no NER: listed names)
        f.append("place")
    if items.is_agent(tok):
        f.append(AGENT)
    if items.payer(tok, num):
        f.append(PAYER)
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":":
        f.append("colon_label")
    cols = columns(doc)  # a token's whitespace_ is " " or "": a line break is a token's text
    if cols.next_break(min(tok.i, start)) < max(tok.i, start):
        f.append("other_line")
    if tok.i >= after and not any(p in NOMINAL for p in cols.pos[after : tok.i]):
        f.append("first_after")
    if tok.i < start and not any(p in NOMINAL for p in cols.pos[tok.i + 1 : start]):
        f.append("first_before")
    if (
        after < len(doc)
        and doc[after].lower_ in load_data("item_features")["partitive_preps"]
        and tok.i > after
    ):
        f.append("after_of")
    if tok.head.i == num.i or num.head.i == tok.i:
        f.append("adjacent_arc")
    if lower in items.words()["measure_nouns"] or _wrapping(tok):
        f.append(MEASURE)
    if lower in items.words()["not_items"]:
        f.append("not_item_word")
    if is_rule and rule is not None:  # the rules' choice, and what kind of choice it is: the
        # model learns where the rules are trusted ('R:' copies) and which words they write
        f += [f"R:{x}" for x in f if not x.startswith("lem=")]
        f += ["rule", f"rule_direct={rule.direct}", f"rule_q={qunit}"]  # FOUND
        f.append(f"rtext={(rule.text.split() or [''])[-1]}")
        if rule.text.split()[-1:] != [lower]:
            f.append(ELSEWHERE)  # a word the rules wrote, not this token
    return f


def candidates(
    doc: Doc,
    start: int,
    end: int,
    after: int,
    unit: str | None,
    rule: Item,
    avoid: Set[int] = frozenset(),
    rule_features: tuple[str, ...] | None = None,
    earlier: bool = True,
) -> list[Candidate]:
    """The rules' choice first (with its features when the caller has them), then every noun or
    name of the number's sentence near it and (with `earlier`) of the paragraph's sentences just
    before it (marked OTHER_SENTENCE), but none in `avoid` (a sanction's targets: a figure that
    counted one would be dropped)."""
    cols = columns(doc)
    first = max(cols.sent_start(start), start - WINDOW)
    if earlier and first == cols.sent_start(start):  # the sentences before it in the paragraph:
        first = max(0, first - EARLIER)  # what a pronoun or a stand-in noun refers back to
    last = min(cols.sent_end(start), after + WINDOW)
    if rule_features is None:
        rule_features = tuple(features(doc, start, end, after, unit, doc[rule.head], rule))
    found = [Candidate(rule.head, rule.text, True, rule_features)]
    for tok in doc[first:last]:
        if tok.i == rule.head or start <= tok.i < after or tok.pos_ not in NOMINAL:
            continue
        if tok.i in avoid:
            continue
        if tok.like_num or not tok.is_alpha:
            continue
        phrase = items.phrase_of(doc, tok)[0]
        found.append(
            Candidate(
                tok.i, phrase, False, tuple(features(doc, start, end, after, unit, tok, rule))
            )
        )
    return found


@cache
def weights() -> dict[str, Any]:
    """The shipped model (claims/data/item_ranker.json)."""
    return load_data("item_ranker")


def score(feats: tuple[str, ...] | list[str], w: dict[str, float]) -> float:
    return sum(w.get(name, 0.0) for name in feats)


def rank(
    cands: list[Candidate], w: dict[str, float], margin: float = 0.0, gate: bool = True
) -> Choice:
    """Scores and the pick: the best candidate, or the rules' one unless another beats it by
    `margin`. With `gate` (the shipped hybrid) the rules' item stays where it is not
    `replaceable`, and an agent, a measure noun, a cost's payer or (until the weights learn it) a noun of an
    earlier sentence is never picked over it."""
    scores = [score(c.features, w) for c in cands]
    rule = next((n for n, c in enumerate(cands) if c.rule), 0)
    barred: tuple[str, ...] = (AGENT, MEASURE, PAYER)
    barred = barred if OTHER_SENTENCE in w else (*barred, OTHER_SENTENCE)
    allowed = [
        n
        for n, c in enumerate(cands)
        if n == rule or not gate or not any(f in c.features for f in barred)
    ]
    best = max(allowed, key=lambda n: (scores[n], n == rule, -n))
    picked = best if scores[best] - scores[rule] > margin else rule
    sure = gate and not replaceable(cands[rule].features)
    return Choice(cands, scores, rule if sure else picked, rule)


def replaceable(rule_features: tuple[str, ...] | list[str]) -> bool:
    """Whether the model may replace the rules' item: only one the rules inferred rather than found
    beside the number, and not a word a construction wrote ('paid $900' -> 'pay') unless that word
    is a unit ('percent', 'dollars'). In CV the model only lost where the rules were sure."""
    if FOUND in rule_features:
        return False
    if ELSEWHERE not in rule_features:
        return True
    written = next((f[len("rtext=") :] for f in rule_features if f.startswith("rtext=")), "")
    return written in _unit_words()


def choose(
    doc: Doc,
    start: int,
    end: int,
    after: int,
    unit: str | None,
    rule: Item | None,
    avoid: Set[int] = frozenset(),
) -> Item | None:
    """The item of the number at doc[start:end]: the rules' Item, or another candidate head the
    model prefers (with the phrase the rules make from it). No Item from the rules: none."""
    if rule is None:
        return None
    rule = items.toll_counted(doc, rule, unit)  # (also for a level the finder reached itself)
    if _recorder is not None:
        cands = candidates(doc, start, end, after, unit, rule, avoid)
        _recorder.append(
            Record(
                text=doc.text,
                num_char=doc[start].idx,
                rule_text=rule.text,
                cands=[
                    {"head": c.head, "text": c.text, "rule": c.rule, "f": list(c.features)}
                    for c in cands
                ],
            )
        )
        return rule
    model = weights()
    gate = bool(model.get("gate", True))  # off: the model picks for (nearly) every number
    if not model.get("enabled") or (gate and rule.direct and _explained is None):
        return rule  # (a direct item is kept: see `rank`)
    if not gate and _read_later(unit):
        return rule
    rule_features = tuple(features(doc, start, end, after, unit, doc[rule.head], rule))
    if gate and not replaceable(rule_features) and _explained is None:
        return rule  # (the rules' item stays: no need to score the others)
    known = OTHER_SENTENCE in model["weights"] or not gate  # else `rank` bars them
    cands = candidates(doc, start, end, after, unit, rule, avoid, rule_features, earlier=known)
    margin = model["margin"] if gate else margin_of(rule_features, model)
    choice = rank(cands, model["weights"], margin, gate)
    if _explained is not None:
        _explained.append(_explain(doc[start:end].text, choice))
    if choice.picked == choice.rule:
        return rule
    cand = choice.candidates[choice.picked]
    verb = items.misread_subject(doc, cand.head)  # 'a day pass costs £9': the pass
    text, head = (cand.text, cand.head) if verb is None else (verb[0], verb[2])
    return Item(text, rule.end_char, head, rule.direct, rule.resume)


def written(rule_features: tuple[str, ...] | list[str]) -> bool:
    """The rules wrote a word a construction names ('paid $900' -> 'payments'), not a unit."""
    return ELSEWHERE in rule_features and not replaceable(rule_features)


def margin_of(rule_features: tuple[str, ...] | list[str], model: dict[str, Any]) -> float:
    """How far a candidate must outscore the rules' item with the gate off: further when the
    rules found their item beside the number or wrote a word for it (CV: the model's near-ties
    there were mostly wrong) than when they inferred it."""
    kept = FOUND in rule_features or written(rule_features)
    return float(model.get("kept_margin", model["margin"]) if kept else model["margin"])


def _read_later(unit: str | None) -> bool:
    """A duration or a distance: what lasts, or how far from what, is read after the chooser
    (claims.extract.quantities.durations) from the rules' item, which a pick would pre-empt
    (training sees those rows as not derived, so the model never learned them)."""
    units = load_data("units")
    return unit is not None and (unit in units["time_units"] or unit in units["distance"]["units"])


def _explain(number: str, choice: Choice) -> Explained:
    order = sorted(range(len(choice.scores)), key=lambda n: (-choice.scores[n], n))
    second = next((n for n in order if n != choice.picked), None)
    return Explained(
        number,
        choice.candidates[choice.picked].text,
        round(choice.scores[choice.picked], 3),
        choice.candidates[second].text if second is not None else None,
        round(choice.scores[second], 3) if second is not None else None,
        choice.candidates[choice.rule].text,
    )
