"""The shared syntax layer on small hand-made sentences: one question of the parse per function."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from claims.extract.syntax import (
    acting_subject,
    appositions,
    coordinated,
    doc_text,
    expand_noun,
    governing_verb,
    inverted_subject,
    made_from,
    noun_read_as_verb,
    passive_agent,
    prep_objects,
    relative_antecedent,
    stranded_subject,
    subject_of,
    token_at,
)


def word(doc: Doc, text: str, nth: int = 0) -> Token:
    return [t for t in doc if t.text == text][nth]


def test_token_at_is_the_head_of_the_characters(nlp: Language) -> None:
    doc = nlp("The navy lost four patrol boats.")
    start = doc.text.index("four patrol boats")
    token = token_at(doc, start, start + len("four patrol boats"))
    assert token is not None and token.text == "boats"


@pytest.mark.parametrize(
    ("text", "of", "verb"),
    [
        ("The navy lost four patrol boats in March.", "boats", "lost"),
        ("Officials expect exports to fall by 8% this year.", "%", "fall"),
        ("The blast, which killed 12 workers, shook the port.", "workers", "killed"),
    ],
)
def test_governing_verb(nlp: Language, text: str, of: str, verb: str) -> None:
    assert governing_verb(word(nlp(text), of)).text == verb


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Canada banned 40 tankers.", "banned", "Canada"),  # active
        ("Forty tankers were banned on Monday.", "banned", "tankers"),  # passive: the patient
        ("The refinery, which processed 9 million tonnes, closed.", "processed", "refinery"),
        ("Norway has decided to join the measures.", "join", "Norway"),  # through xcomp
    ],
)
def test_subject_of(nlp: Language, text: str, verb: str, subject: str) -> None:
    found = subject_of(word(nlp(text), verb))
    assert found is not None and found.text == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "In a separate ruling, the tribunal extended by 90 days the freeze on six firms.",
            "tribunal",
        ),
        (
            "In a separate ruling, the commission extended by a year the ban on two traders.",
            "commission",
        ),
        (
            "On Thursday, the council extended by a year the listing of four men linked to the junta.",
            "council",
        ),
        (
            "In a related case on Monday, the court extended by six months the freeze on five people linked to a fraud probe.",
            "court",
        ),
    ],
)
def test_subject_of_a_past_read_as_a_modifier(nlp: Language, text: str, subject: str) -> None:
    """A past tense read as a participle modifying the noun before it, with a direct object of
    its own: that noun is its subject."""
    found = subject_of(word(nlp(text), "extended"))
    assert found is not None and found.text == subject


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        ("Tokyo moved to freeze the assets of three banks.", "freeze", "Tokyo"),
        ("Moscow responded by banning imports of fish.", "banning", "Moscow"),
        ("The bloc, which listed nine vessels, met on Friday.", "listed", "bloc"),
        ("Nine vessels were listed last week.", "listed", None),  # a passive names no actor
    ],
)
def test_acting_subject(nlp: Language, text: str, verb: str, actor: str | None) -> None:
    found = acting_subject(word(nlp(text), verb))
    assert (found.text if found is not None else None) == actor


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("Two oil tankers were sanctioned by Japan on Friday.", "sanctioned", "Japan"),
        ("The shells had been shipped by rail to the border.", "shipped", "rail"),
        ("The ban was lifted in May.", "lifted", None),
        ("Seoul blacklisted the ship.", "blacklisted", None),
    ],
)
def test_passive_agent(nlp: Language, text: str, verb: str, agent: str | None) -> None:
    found = passive_agent(word(nlp(text), verb))
    assert (found.text if found is not None else None) == agent


@pytest.mark.parametrize(
    ("text", "inside", "antecedent"),
    [
        ("The EU, which banned imports last year, added 12 tankers.", "banned", "EU"),
        ("They seized 3 million shells that were made abroad.", "made", "shells"),
        ("The captain who steered the ship was detained.", "who", "captain"),
        ("The captain steered the ship.", "steered", None),
    ],
)
def test_relative_antecedent(nlp: Language, text: str, inside: str, antecedent: str | None) -> None:
    found = relative_antecedent(word(nlp(text), inside))
    assert (found.text if found is not None else None) == antecedent


@pytest.mark.parametrize(
    ("text", "head", "objects"),
    [
        ("The court froze the accounts of two brokers.", "accounts", ["brokers"]),
        ("Police seized the boats of the smugglers in the bay.", "boats", ["smugglers"]),
        ("The order covers the homes of three ministers and their aides.", "homes", ["ministers"]),
        ("The bank closed the accounts in Lagos.", "accounts", []),
    ],
)
def test_prep_objects(nlp: Language, text: str, head: str, objects: list[str]) -> None:
    found = prep_objects(word(nlp(text), head), ("of",))
    assert [t.text for t in found] == objects


def test_coordination(nlp: Language) -> None:
    doc = nlp("The list names three banks, two firms and a shipping agent.")
    expected = ["banks", "firms", "agent"]
    assert [t.text for t in coordinated(word(doc, "firms"))] == expected
    assert [t.text for t in coordinated(word(doc, "banks"))] == expected
    assert [t.text for t in coordinated(word(doc, "list"))] == ["list"]


def test_apposition(nlp: Language) -> None:
    doc = nlp("Britain, the largest donor, sent 40 tanks.")
    assert [t.text for t in appositions(word(doc, "Britain"))] == ["donor"]
    assert [t.text for t in appositions(word(doc, "donor"))] == ["Britain"]
    assert appositions(word(doc, "tanks")) == []


@pytest.mark.parametrize(
    ("text", "noun", "phrase", "with_right"),
    [
        (
            "It hit two Russian oil tankers of the fleet.",
            "tankers",
            "two Russian oil tankers",
            "two Russian oil tankers of the fleet",
        ),
        (
            "Kyiv received 3 million shells last year.",
            "shells",
            "3 million shells",
            "3 million shells",
        ),
        (
            "Seoul seized the tanker Arctic Sky.",
            "tanker",
            "the tanker Arctic Sky",
            "the tanker Arctic Sky",
        ),
        (
            "The ministry's new figures that were released today differ.",
            "figures",
            "The ministry's new figures",
            "The ministry's new figures that were released today",
        ),
    ],
)
def test_expand_noun(nlp: Language, text: str, noun: str, phrase: str, with_right: str) -> None:
    token = word(nlp(text), noun)
    assert expand_noun(token).text == phrase
    assert expand_noun(token, right=True).text == with_right


@pytest.mark.parametrize(
    ("words", "heads", "verb", "expected"),
    [  # a dateline the parser reads as a second subject of the clause's verb
        (
            ["PARIS", ",", "May", "2", "-", "France", "banned", "ships"],
            [6, 0, 0, 2, 0, 6, 6, 6],
            "banned",
            "France",
        ),
        (["ROME", "-", "Italy", "froze", "assets"], [3, 0, 3, 3, 3], "froze", "Italy"),
        (["OSLO", ",", "Norway", "joined"], [3, 0, 3, 3], "joined", "Norway"),
    ],
)
def test_of_two_subjects_the_nearest_before_the_verb_acts(
    nlp: Language, words: list[str], heads: list[int], verb: str, expected: str
) -> None:
    deps = [
        "ROOT" if h == i else "nsubj" if w in ("PARIS", "ROME", "OSLO", expected) else "dep"
        for i, (w, h) in enumerate(zip(words, heads, strict=True))
    ]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    found = acting_subject(word(doc, verb))
    assert found is not None and found.text == expected
    assert subject_of(word(doc, verb)) == found


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Two banks were listed; Japan set to follow.", "listed"),
        ("The ship is banned; Canada plans the same.", "banned"),
        ("Three firms were named; Tokyo will follow.", "named"),
    ],
)
def test_no_subject_is_found_across_a_semicolon(nlp: Language, text: str, verb: str) -> None:
    doc = nlp(text)
    found = acting_subject(word(doc, verb))
    assert found is None or found.i < word(doc, ";").i


@pytest.mark.parametrize(
    ("words", "heads", "deps", "verb", "expected"),
    [  # 'firms believed to supply parts were listed', parsed with 'believed' as the main verb
        (
            ["firms", "believed", "to", "supply", "were", "listed"],
            [1, 1, 3, 1, 5, 1],
            ["nsubj", "ROOT", "aux", "xcomp", "auxpass", "conj"],
            "listed",
            "firms",
        ),
        (
            ["men", "thought", "to", "run", "were", "named"],
            [1, 1, 3, 1, 5, 1],
            ["nsubj", "ROOT", "aux", "xcomp", "auxpass", "ccomp"],
            "named",
            "men",
        ),
        (
            ["ships", "said", "to", "sail", "are", "barred"],
            [1, 1, 3, 1, 5, 1],
            ["nsubj", "ROOT", "aux", "xcomp", "auxpass", "conj"],
            "barred",
            "ships",
        ),
    ],
)
def test_stranded_subject_of_a_passive(
    nlp: Language, words: list[str], heads: list[int], deps: list[str], verb: str, expected: str
) -> None:
    tags = ["NNS", "VBN", "TO", "VB", "VBD", "VBN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    found = stranded_subject(word(doc, verb))
    assert found is not None and found.text == expected


def test_a_passive_with_its_own_subject_is_not_stranded(nlp: Language) -> None:
    doc = nlp("Two firms were listed on Monday.")
    assert stranded_subject(word(doc, "listed")) is None


def test_doc_text_is_each_docs_own_text(nlp: Language) -> None:
    first = nlp.make_doc("Ministers froze the assets of 14 firms on Tuesday.")
    second = nlp.make_doc("Exports fell 8% in March.  Imports rose.")
    # Asked in turn, each Doc gets its own text, never the one read before it.
    for doc in (first, first, second, first, second, second):
        assert doc_text(doc) == doc.text
    twin = nlp.make_doc(second.text)  # the same text in another Doc is read from that Doc
    assert doc_text(twin) == second.text and doc_text(first) == first.text


def test_doc_text_of_a_doc_noted_with_its_text(nlp: Language) -> None:
    text = "Ministers froze the assets of 14 firms on Tuesday."
    doc = made_from(nlp.make_doc(text), text)
    assert doc_text(doc) == text == doc.text
    # A note that no longer fits the Doc's tokens (it was merged since) is not believed.
    merged = made_from(nlp.make_doc(text), "a text it was not made from")
    with merged.retokenize() as retokenizer:
        retokenizer.merge(merged[0:2])
    assert doc_text(merged) == text


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Also blocked was a small cargo aircraft.", "blocked", "aircraft"),
        ("Also listed were two tankers.", "listed", "tankers"),
        ("The tanker was listed.", "listed", None),
        ("Two tankers were listed on Monday.", "listed", None),
    ],
)
def test_inverted_subject_is_the_word_after_a_fronted_passive(
    nlp: Language, text: str, verb: str, subject: str | None
) -> None:
    found = inverted_subject(word(nlp(text), verb))
    assert (found.text if found is not None else None) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Local dealers say crude palm oil cost MYR 4,100 a tonne in May.", "oil"),
        ("The survey found premium diesel cost £1.61 a litre in Leeds.", "diesel"),
    ],
)
def test_noun_read_as_verb_gives_the_subject_of_the_misread_verb(
    nlp: Language, text: str, subject: str
) -> None:
    doc = nlp(text)
    cost = word(doc, "cost")
    if cost.pos_ != "NOUN":
        pytest.skip("the model read the verb as a verb")
    found = noun_read_as_verb(cost)
    assert found is not None and found.text == subject


def test_noun_read_as_verb_leaves_a_plain_noun(nlp: Language) -> None:
    doc = nlp("The total cost of the bridge was $40 million.")
    assert noun_read_as_verb(word(doc, "cost")) is None
