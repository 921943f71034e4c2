"""The learned item chooser: its features, its picks on sentences of our own, its training, and the
shipped weights file matching the feature code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from claims.extract.quantities import items, ranker, training
from claims.resources import load_data

Parse = Callable[..., Doc]


def _number(doc: Doc, number: str, unit_words: int = 0) -> tuple[int, int, int]:
    """(start, end, after) of the number written `number`, its unit `unit_words` tokens long."""
    start = next(t.i for t in doc if t.text == number)
    return start, start + 1, start + 1 + unit_words


def _choice(parse: Parse, text: str, number: str, unit: str | None = None, unit_words: int = 0):
    doc = parse(text)
    start, end, after = _number(doc, number, unit_words)
    rule = items.item(doc, start, end, after, unit)
    assert rule is not None
    cands = ranker.candidates(doc, start, end, after, unit, rule)
    model = ranker.weights()
    return doc, ranker.rank(cands, model["weights"], 0.0, gate=False)  # the model's own pick


def _candidate(doc: Doc, cands: list[ranker.Candidate], word: str) -> ranker.Candidate:
    return next(c for c in cands if doc[c.head].text == word)


def test_features_of_the_counted_noun_a_place_and_an_agent(parse: Parse) -> None:
    text = "Officials in Kenya said 40 trucks crossed the bridge on Monday."
    doc = parse(text)
    start, end, after = _number(doc, "40")
    rule = items.item(doc, start, end, after, None)
    assert rule is not None
    cands = ranker.candidates(doc, start, end, after, None, rule)
    trucks = _candidate(doc, cands, "trucks")
    assert trucks.rule and "rule" in trucks.features
    assert {"first_after", "dir_dist=+1", "lem=truck", "qunit=none"} <= set(trucks.features)
    assert "adjacent_arc" in trucks.features and "same_clause" in trucks.features
    kenya = _candidate(doc, cands, "Kenya")
    assert "agent" in kenya.features and "rule" not in kenya.features  # a state acts
    assert any(f.startswith("dir_dist=-") for f in kenya.features)
    officials = _candidate(doc, cands, "Officials")
    assert "agent" in officials.features and "pos=NOUN" in officials.features
    bridge = _candidate(doc, cands, "bridge")
    assert "first_after" not in bridge.features  # 'trucks' comes first


def test_unit_label_and_other_line_features(parse: Parse) -> None:
    doc = parse("Grain stocks\n\nWheat: 12 percent below last season.")
    start, end, after = _number(doc, "12", unit_words=1)
    rule = items.item(doc, start, end, after, "%")
    assert rule is not None
    cands = ranker.candidates(doc, start, end, after, "%", rule)
    wheat = _candidate(doc, cands, "Wheat")
    assert "colon_label" in wheat.features and "qunit=pct" in wheat.features
    season = _candidate(doc, cands, "season")
    assert "unit_word" not in season.features
    assert "unit_word" in ranker.features(doc, start, end, after, "%", doc[start + 1], None)


def test_path_goes_up_from_the_number_and_down_to_the_candidate(parse: Parse) -> None:
    doc = parse("The navy sank 3 boats near the coast.")
    num = doc[_number(doc, "3")[0]]
    assert ranker._path(num, num.head) == (f"{num.dep_}|", 1)
    up = num.head.head
    assert ranker._path(num, up) == (f"{num.dep_}^{num.head.dep_}|", 2)
    coast = next(t for t in doc if t.text == "coast")
    path, steps = ranker._path(num, coast)
    assert path.startswith(f"{num.dep_}") and path.endswith("pobj") and steps >= 3


@pytest.mark.parametrize(
    ("text", "number", "unit", "unit_words", "counted"),
    [  # the counted noun over a unit
        ("Farmers harvested 30 tonnes of cocoa beans this week.", "30", "tonnes", 1, "beans"),
        ("The refinery processed 2,000 barrels of crude oil a day.", "2,000", "barrels", 1, "oil"),
        ("Turnout reached 61 percent in the northern districts.", "61", "%", 1, "Turnout"),
        ("The storm dumped 80 millimetres of rain on the valley.", "80", "millimetres", 1, "rain"),
    ],
)
def test_the_counted_noun_beats_a_unit(
    parse: Parse, text: str, number: str, unit: str, unit_words: int, counted: str
) -> None:
    doc, choice = _choice(parse, text, number, unit, unit_words)
    assert doc[choice.candidates[choice.picked].head].text == counted


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [  # the counted noun over a place
        ("Rescuers in Chile pulled 14 miners from the shaft.", "14", "miners"),
        ("Ukraine said it downed 25 drones over Kharkiv overnight.", "25", "drones"),
        ("In Bavaria, 300 farms lost power after the storm.", "300", "farms"),
        ("Ferries carried 900 passengers from Dover to Calais.", "900", "passengers"),
    ],
)
def test_the_counted_noun_beats_a_place(parse: Parse, text: str, number: str, counted: str) -> None:
    doc, choice = _choice(parse, text, number)
    assert doc[choice.candidates[choice.picked].head].text == counted


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [  # the counted noun over an agent that acts on it
        ("Officials counted 120 ballots twice.", "120", "ballots"),
        ("The ministry ordered 45 ambulances for rural clinics.", "45", "ambulances"),
        ("Investigators seized 18 vehicles at the border post.", "18", "vehicles"),
        ("The union said 5,000 nurses would walk out.", "5,000", "nurses"),
    ],
)
def test_the_counted_noun_beats_an_agent(
    parse: Parse, text: str, number: str, counted: str
) -> None:
    doc, choice = _choice(parse, text, number)
    assert doc[choice.candidates[choice.picked].head].text == counted


def _example(cands: list[list[str]], texts: list[str], gold: str) -> training.Example:
    return training.Example(
        "toy",
        "toy.txt",
        gold,
        texts[0],
        True,
        [
            {"head": n, "text": t, "rule": n == 0, "f": f}
            for n, (t, f) in enumerate(zip(texts, cands, strict=True))
        ],
    )


def test_training_learns_a_tiny_set_and_is_deterministic() -> None:
    # the counted thing is always the one with feature 'near'; the rules' pick (first) is a unit
    examples = [
        _example(
            [["unit", "rule"], ["near", "noun"], ["far", "noun"]],
            ["tonnes", "wheat", "port"],
            "wheat",
        ),
        _example(
            [["unit", "rule"], ["far", "noun"], ["near", "noun"]], ["barrels", "ship", "oil"], "oil"
        ),
        _example([["near", "rule"], ["far", "noun"]], ["drones", "city"], "drones"),
        _example([["unit", "rule"], ["near", "noun"]], ["km", "road"], "road"),
    ] * 3
    weights = training.train(examples, steps=200)
    assert weights["near"] > weights["far"] and weights["near"] > weights["unit"]
    assert all(training.predict(e, weights) == e.gold_item for e in examples)
    assert training.train(examples, steps=200) == weights
    fold = training.score_set("toy", examples, weights, margin=0.0)
    assert fold.model == 1.0 and fold.rules == pytest.approx(0.25) and fold.ceiling == 1.0


def test_a_number_with_no_right_candidate_does_not_train() -> None:
    examples = [_example([["a", "rule"], ["b"]], ["tonnes", "port"], "wheat")] * 4
    assert training.train(examples) == {}


def _templates(names: list[str] | tuple[str, ...]) -> set[str]:
    return {n.split("=")[0].removeprefix("R:") for n in names}


def test_shipped_weights_load_and_match_the_feature_code(parse: Parse) -> None:
    data = load_data("item_ranker")
    assert data["_doc"] and isinstance(data["weights"], dict) and data["weights"]
    assert isinstance(data["enabled"], bool) and data["margin"] >= 0
    produced: set[str] = set()
    for text, number, unit, unit_words in [
        ("Officials in Kenya said 40 trucks crossed the bridge on Monday.", "40", None, 0),
        ("Exports of wheat rose 12 percent in March.", "12", "%", 1),
        ("The court jailed him for 6 years in 2019.", "6", "years", 1),
        ("The firm paid $ 3 million for the plant.", "3", "USD", 2),
        ("Rebels seized 12 of the trucks near the border.", "12", None, 0),
        ("Inflation fell to a low of 3 percent in May.", "3", "%", 1),
    ]:
        doc = parse(text)
        start, end, after = _number(doc, number, unit_words)
        rule = items.item(doc, start, end, after, unit)
        assert rule is not None
        for c in ranker.candidates(doc, start, end, after, unit, rule):
            produced |= set(c.features)
    shipped = set(data["weights"])
    # the features the code makes are the ones the weights were trained on: a renamed feature
    # would leave its weight unused and this overlap would drop
    assert _templates(list(shipped)) <= _templates(list(produced)) | set(data["templates"])
    assert set(data["templates"]) == {n.split("=")[0] for n in shipped}
    strongest = sorted(shipped, key=lambda n: -abs(data["weights"][n]))[:40]
    seen = [n for n in strongest if _templates([n]) <= _templates(list(produced))]
    assert len(seen) == len(strongest)
    assert len(produced & shipped) >= 0.5 * len(produced)


def _cand(head: int, text: str, rule: bool, *features: str) -> ranker.Candidate:
    return ranker.Candidate(head, text, rule, features)


def test_the_rules_stay_where_they_found_the_item_or_wrote_a_construction_word() -> None:
    assert not ranker.replaceable(["rule", "rule_direct=True", "rtext=shells"])
    assert not ranker.replaceable(["rule", "rule_direct=False", "rtext=pay", "rule_text_elsewhere"])
    assert ranker.replaceable(["rule", "rule_direct=False", "rtext=percent", "rule_text_elsewhere"])
    assert ranker.replaceable(["rule", "rule_direct=False", "rtext=tonnes"])


def test_the_gate_keeps_agents_and_measure_nouns_from_replacing_the_rules() -> None:
    weights = {"noun": 1.0, "big": 5.0}
    rule = _cand(0, "percent", True, "rule", "rule_direct=False", "rtext=percent", "unit_word")
    agent = _cand(1, "analysts", False, "big", "agent")
    level = _cand(2, "record", False, "big", "measure_noun")
    thing = _cand(3, "exports", False, "noun")
    gated = ranker.rank([rule, agent, level, thing], weights, margin=0.5)
    assert gated.candidates[gated.picked].text == "exports"
    assert ranker.rank([rule, agent, level, thing], weights, gate=False).picked == 1
    assert ranker.rank([rule, agent, level, thing], weights, margin=1.5).picked == 0  # margin
    found = _cand(0, "shells", True, "rule", "rule_direct=True", "rtext=shells")
    assert ranker.rank([found, thing], weights).picked == 0


def test_explain_shows_the_chosen_item_its_score_and_the_runner_up(nlp: Any) -> None:
    from claims.extract.explain import explain, render

    ex = explain("Stocks of cotton held at the ports fell 9 percent in May.", nlp=nlp)
    assert [c.number for c in ex.items] == ["9"]
    choice = ex.items[0]
    assert choice.runner_up is not None and choice.runner_up_score is not None
    assert choice.score >= choice.runner_up_score or choice.chosen == choice.rules
    text = render(ex)
    assert "item choices" in text and f"{choice.chosen!r} {choice.score}" in text


@pytest.mark.parametrize(
    ("text", "number", "unit", "unit_words", "antecedent"),
    [
        (
            "Copper exports slumped in May. They were down 7 percent on April.",
            "7",
            "%",
            1,
            "exports",
        ),
        (
            "The regulator lifted the levy on coffee. It will rise again to 3 percent in June.",
            "3",
            "%",
            1,
            "levy",
        ),
        (
            "Remittances from abroad kept climbing last year. Families got $ 4 billion in all.",
            "4",
            "USD",
            2,
            "Remittances",
        ),
        (
            "Sorghum harvests have been poor since the drought began, farmers say. "
            "About 60 percent was lost to pests.",
            "60",
            "%",
            1,
            "harvests",
        ),
    ],
)
def test_a_noun_of_an_earlier_sentence_of_the_paragraph_is_a_candidate(
    parse: Parse, text: str, number: str, unit: str, unit_words: int, antecedent: str
) -> None:
    """What a pronoun or a stand-in refers back to reaches the candidates, marked as from another
    sentence (the shipped weights have no such feature yet, so the gate keeps it unpicked)."""
    doc = parse(text)
    start, end, after = _number(doc, number, unit_words)
    rule = items.item(doc, start, end, after, unit)
    assert rule is not None
    cands = ranker.candidates(doc, start, end, after, unit, rule)
    earlier = _candidate(doc, cands, antecedent)
    assert ranker.OTHER_SENTENCE in earlier.features and not earlier.rule
    same = [c for c in cands if c.head >= doc[start].sent.start]
    assert all(ranker.OTHER_SENTENCE not in c.features for c in same)
    model = ranker.weights()
    if ranker.OTHER_SENTENCE not in model["weights"]:
        picked = ranker.rank(cands, model["weights"], model["margin"])
        assert picked.candidates[picked.picked].head != earlier.head


def test_the_gate_keeps_an_earlier_sentence_unpicked_until_the_weights_know_it() -> None:
    rule = _cand(0, "percent", True, "rule", "rule_direct=False", "rtext=percent", "unit_word")
    back = _cand(1, "exports", False, "noun", ranker.OTHER_SENTENCE)
    assert ranker.rank([rule, back], {"noun": 5.0}).picked == 0
    learned = {"noun": 5.0, ranker.OTHER_SENTENCE: -0.1}
    assert ranker.rank([rule, back], learned).picked == 1


def test_without_the_gate_a_found_or_written_item_needs_the_kept_margin() -> None:
    model = {"margin": 0.0, "kept_margin": 0.75}
    found = ["rule", "rule_direct=True", "rtext=shells"]
    written = ["rule", "rule_direct=False", "rtext=pay", "rule_text_elsewhere"]
    inferred = ["rule", "rule_direct=False", "rtext=percent", "rule_text_elsewhere"]
    assert ranker.margin_of(found, model) == 0.75
    assert ranker.margin_of(written, model) == 0.75
    assert ranker.margin_of(inferred, model) == 0.0
    assert ranker.margin_of(found, {"margin": 0.2}) == 0.2  # no kept margin: the one margin


def test_cv_predicts_as_shipped_without_the_gate() -> None:
    """A duration keeps the rules' item (a later step reads what lasts from it); a found item
    gives way only to a candidate ahead by the kept margin; an inferred one to any better."""
    weights = {"noun": 1.0}
    found = _example([["rule", "rule_direct=True"], ["noun"]], ["tonnes", "wheat"], "wheat")
    assert training.predict(found, weights, 0.0, gate=False, kept_margin=0.5) == "wheat"
    assert training.predict(found, weights, 0.0, gate=False, kept_margin=1.5) == "tonnes"
    timed = _example([["rule", "qunit=time"], ["noun"]], ["period", "talks"], "talks")
    assert training.predict(timed, weights, 0.0, gate=False, kept_margin=0.5) == "period"
    assert training.predict(timed, weights, 0.0, gate=False) == "talks"  # the model alone


@pytest.mark.parametrize("unit", ["days", "months", "km"])
def test_a_duration_or_distance_is_read_later_not_by_the_model(unit: str) -> None:
    assert ranker._read_later(unit)
    assert not ranker._read_later("%") and not ranker._read_later(None)
