"""The sanction word lists (claims/data/sanctions.json, as lemmas) and the one way rules compare a
token with them: its lemma. Headline words the tagger reads as proper nouns ("Sanctions", "ALIGNS")
keep their surface form as lemma, so those fall back to the inflections of a known lemma."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache, lru_cache
from typing import Any, cast

from spacy.attrs import LEMMA, LIKE_NUM, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claims.extract.columns import columns
from claims.extract.gates import FLAG_READERS
from claims.extract.lastseen import LastSeen
from claims.resources import load_data


@cache
def sanction_words() -> dict[str, Any]:
    return load_data("sanctions")


@cache
def causatives() -> frozenset[str]:
    """Verbs whose subject undergoes the participle after their object ('have had their assets
    frozen')."""
    return frozenset(sanction_words()["causative_verbs"]["words"])


@cache
def noun_heads() -> frozenset[str]:
    """Lemmas of the last words of the sanction nouns ('sanction', 'freeze', 'designation')."""
    compound = compound_heads()
    return frozenset(
        h for n in sanction_words()["trigger_nouns"] if (h := n.split()[-1]) not in compound
    )


@cache
def compound_heads() -> frozenset[str]:
    """Heads of sanction nouns that are one only with their compound word ('denial order'): left
    out of noun_heads, asked by the finder with the word before them."""
    return frozenset(k for k in sanction_words()["compound_heads"] if not k.startswith("_"))


@cache
def known_lemmas() -> frozenset[str]:
    """Every lemma some sanction rule compares with."""
    table = sanction_words()
    words: set[str] = set(noun_heads())
    for key in ("trigger_verbs", "action_verbs", "object_verbs", "idioms"):
        words |= set(table[key])
    # 'FREEZE DIRECTIVES ...' in capitals: the head of a compound sanction noun, left alone
    words |= {k for k in table["compound_heads"] if not k.startswith("_")}
    for key in (
        "any_object_verbs",
        "freeze_objects",
        "planned_cues",
        "planned_heads",
        "not_action",
        "needs_context",
        "list_verbs",
        "modals",
    ):
        words |= set(table[key])
    return frozenset(words)


def base_forms(word: str) -> list[str]:
    """Candidate lemmas of an inflected English word, the word itself first."""
    w = word.lower()
    out = [w]
    if w.endswith("ies") or w.endswith("ied"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    for suffix in ("ed", "ing"):
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # 'slapped', 'barring'
    if w.endswith("d"):
        out.append(w[:-1])
    return out


def lemma(tok: Token) -> str:
    """The token's lemma in lower case; a form the lemmatizer left alone (a headline's proper
    noun, a known miss such as 'froze') maps to the known lemma it inflects; a verb of an idiom
    ('fell in line with') the lemma the idiom acts as."""
    # Looked up by the string ids (hashes, the same in every vocab): the hottest call of the
    # sanction rules, and reading the ids costs a third of reading the strings.
    key = (tok.lower, tok.lemma)
    found = _BY_ID.get(key)
    if found is None:
        if len(_BY_ID) >= MAX_LEMMAS:
            _BY_ID.clear()
        found = _BY_ID[key] = _lemma(tok.lower_, tok.lemma_)
    idiom = sanction_words()["idioms"].get(found)
    if idiom is not None and _idiom_length(tok, idiom["after"]):
        return str(idiom["lemma"])
    return found


def _idiom_length(tok: Token, phrases: list[str]) -> int:
    """How many words after tok complete one of an idiom's phrases ('effect to', 'over'), 0
    when none does: a phrase of one word is as good as one of two ('rolled over'); an adverb or
    a short phrase of another preposition may stand between two of its words ('gave effect in
    its own law to', 'gave effect locally to'), counted with the idiom."""
    doc = tok.doc
    for phrase in phrases:
        i = tok.i + 1
        for k, word in enumerate(phrase.split()):
            i = _past_adjunct(doc, i, word) if k else i
            if i >= len(doc) or doc[i].lower_ != word:
                break
            i += 1
        else:
            return i - tok.i - 1
    return 0


def _past_adjunct(doc: Doc, i: int, word: str) -> int:
    """Where the next word of an idiom may stand: past an adverb, or past a phrase of at most
    four words opened by a preposition other than that word, at token i."""
    if i >= len(doc):
        return i
    if doc[i].pos_ == "ADV":
        return i + 1
    if doc[i].pos_ == "ADP" and doc[i].lower_ != word:
        end = doc[i].right_edge.i + 1
        return end if end - i <= 4 else i
    return i


def base_lemma(lower: int, lemma_id: int, strings: Any) -> str:
    """lemma() of a token from its string ids (no Token made), before the idiom step: a verb
    that starts an idiom (`sanction_words()["idioms"]`) may stand for the idiom's lemma."""
    key = (lower, lemma_id)
    found = _BY_ID.get(key)
    if found is None:
        if len(_BY_ID) >= MAX_LEMMAS:
            _BY_ID.clear()
        found = _BY_ID[key] = _lemma(strings[lower], strings[lemma_id])
    return found


def base_lemmas(doc: Doc) -> list[str]:
    """base_lemma() of every token of the Doc, read from its arrays (kept for the Doc seen last:
    the pattern gate and the sanction finder read the same Doc in turn)."""
    return _doc_lemmas.get(doc)


def _read_lemmas(doc: Doc) -> list[str]:
    strings = doc.vocab.strings
    cols = columns(doc)  # read with the other attributes the rules ask of every Doc
    rows = zip(cols.ids(LOWER), cols.ids(LEMMA), strict=True)
    return [base_lemma(low, lem, strings) for low, lem in rows]


_doc_lemmas: LastSeen[Doc, list[str]] = LastSeen(_read_lemmas)
_doc_lemma_set: LastSeen[Doc, frozenset[str]] = LastSeen(lambda doc: frozenset(base_lemmas(doc)))


def _lemma_flag(words: Callable[[], Collection[str]]) -> Callable[[Doc], list[int]]:
    """The tokens whose lemma() is one of `words()`, found without making the others: lemma() is
    the base lemma except for an idiom's verb, which is asked as a Token."""

    def read(doc: Doc) -> list[int]:
        allowed, idioms = words(), sanction_words()["idioms"]
        present = _doc_lemma_set.get(doc)  # one set for the four lemma flags the gate reads
        if present.isdisjoint(allowed) and present.isdisjoint(idioms):
            return []  # most Docs: no token to ask, found without a loop over them
        return [
            i
            for i, base in enumerate(base_lemmas(doc))
            if (lemma(doc[i]) in allowed if base in idioms else base in allowed)
        ]

    return read


def _noun_tokens(doc: Doc) -> frozenset[int]:
    return frozenset(_lemma_flag(noun_heads)(doc))


_doc_nouns: LastSeen[Doc, frozenset[int]] = LastSeen(_noun_tokens)


def sanction_noun_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the Doc's tokens whose lemma() is a sanction noun head (kept for the Doc
    seen last): a sentence's sanction nouns without asking each of its tokens."""
    return _doc_nouns.get(doc)


MAX_LEMMAS = 65536
_BY_ID: dict[tuple[int, int], str] = {}  # (lower id, lemma id) -> _lemma's answer


def idiom_words(tok: Token) -> set[int]:
    """The words an idiom's verb takes with it ('gave effect to'): part of the action."""
    idiom = sanction_words()["idioms"].get(_lemma(tok.lower_, tok.lemma_))
    if idiom is None:
        return set()
    n = _idiom_length(tok, idiom["after"])
    return set(range(tok.i + 1, tok.i + 1 + n))


@lru_cache(maxsize=65536)
def _lemma(low: str, model_lemma: str) -> str:
    fixed = sanction_words()["lemma_exceptions"].get(low)
    if fixed:
        return str(fixed)
    lem = (model_lemma or low).lower()
    if lem in known_lemmas():
        return lem
    return next((b for b in base_forms(low) if b in known_lemmas()), lem)


def word_lemma(word: str) -> str:
    """The known lemma a bare word inflects (for text without a parse), else the word."""
    low = word.lower()
    fixed = sanction_words()["lemma_exceptions"].get(low)
    if fixed:
        return str(fixed)
    return next((b for b in base_forms(low) if b in known_lemmas()), low)


def inflections(lemma_: str) -> set[str]:
    """The regular inflections of a lemma (for a text prefilter that has no lemmas)."""
    out = {lemma_, lemma_ + "s", lemma_ + "es", lemma_ + "ed", lemma_ + "d", lemma_ + "ing"}
    if lemma_.endswith("y"):
        out |= {lemma_[:-1] + "ies", lemma_[:-1] + "ied"}
    if lemma_.endswith("e"):
        out.add(lemma_[:-1] + "ing")
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma_):
        out |= {lemma_ + lemma_[-1] + "ed", lemma_ + lemma_[-1] + "ing"}
    return out


@cache
def pattern_gate() -> frozenset[str]:
    """Words one of which a text needs before the sanction patterns are worth running."""
    headline = sanction_words()["headline_object_verbs"]["verbs"]  # 'Canada, Australia hit ...'
    forms = {f for w in headline for f in inflections(w)}
    return cue_words() | frozenset(sanction_words()["pattern_gate"]) | forms


@cache
def cue_words() -> frozenset[str]:
    """Every form of the words that state a sanction action: a paragraph with none of them (and
    no other cue) holds no sanction claim."""
    table = sanction_words()
    lemmas = {n.split()[0] for n in table["trigger_nouns"]} | set(table["trigger_verbs"])
    lemmas |= set(table["object_verbs"]) | set(table["any_object_verbs"]) | set(noun_heads())
    lemmas |= set(table["suspended_dealings"]["verbs"])  # 'Unit Suspends Payments Of ...'
    lemmas |= set(table["disciplinary_bans"]["verbs"])  # 'the panel disqualified two riders'
    forms = {f for w in lemmas for f in inflections(w)}
    forms |= {k for k, v in table["lemma_exceptions"].items() if v in lemmas}
    return frozenset(forms)


def _is_count_word(tok: Token) -> bool:
    return tok.like_num or tok.lower_ in sanction_words()["count_words"]


def programme(tok: Token) -> bool:
    """'the Haiti sanctions regime', 'listed under the regime': the programme a sanction noun
    names or measures are taken under, no target group."""
    table = sanction_words()["programme_nouns"]
    if tok.lower_ not in table["words"]:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in table["preps"]:
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and lemma(before) in noun_heads()


def across_adjunct(of: Token) -> Token:
    """The noun an 'of' phrase belongs to when the parser hung it on a date or place put between
    them ('the easing in June of curbs', 'the designation on May 3 of 14 firms'): the
    noun before the adjunct; else the word it hangs on."""
    holder = of.head
    if holder.pos_ in ("PROPN", "NUM") and holder.dep_ in ("pobj", "nummod"):
        up = holder.head if holder.dep_ == "pobj" else holder.head.head
        if up.dep_ == "pobj":  # 'on August 11': the number hangs on the month
            up = up.head
        if up.dep_ == "prep" and up.head.pos_ == "NOUN" and up.head.i < up.i:
            return up.head
        if up.dep_ == "prep" and up.head.pos_ == "VERB":  # the adjunct hung on the verb
            before = [c for c in up.head.children if c.dep_ == "dobj" and c.i == up.i - 1]
            return before[0] if before else holder
    return holder


def register_extensions() -> None:
    """Token attributes the sanction patterns match on (claims/data/patterns/sanctions.json)."""
    from claims.extract.lexicon import kind_of_word

    getters = {
        "sanction_verb": lambda t: lemma(t) in sanction_words()["trigger_verbs"],
        "target_word": lambda t: t.lower_ in kind_of_word() and not programme(t),
        "count_word": _is_count_word,
        "sanction_noun": lambda t: lemma(t) in noun_heads(),
        "listing_verb": lambda t: (
            lemma(t) in sanction_words()["trigger_verbs"]
            or lemma(t) in sanction_words()["object_verbs"]
        ),
        "headline_verb": lambda t: lemma(t) in _headline_lemmas(),
    }
    for name, getter in getters.items():
        if not Token.has_extension(name):
            Token.set_extension(name, getter=getter)
    # The same answers for a whole Doc at once, for the pattern gate (claims.extract.gates).
    readers = {
        "sanction_verb": _lemma_flag(lambda: sanction_words()["trigger_verbs"]),
        "sanction_noun": _lemma_flag(noun_heads),
        "listing_verb": _lemma_flag(_listing_lemmas),
        "headline_verb": _lemma_flag(_headline_lemmas),
        "target_word": _target_words,
        "count_word": _count_words,
    }
    for name, reader in readers.items():
        FLAG_READERS.setdefault(name, reader)


def _target_words(doc: Doc) -> list[int]:
    """The Doc's target_word tokens, read from its lower-case array: only the tokens whose form is
    a target word are made, to ask whether they name a programme."""
    kinds = _target_word_ids()  # ids, not strings: a StringStore lookup decodes a new str
    lowers = columns(doc).ids(LOWER)
    return [i for i, low in enumerate(lowers) if low in kinds and not programme(doc[i])]


@cache
def _target_word_ids() -> frozenset[int]:
    """The string ids of the target words (claims.extract.lexicon.kind_of_word)."""
    from claims.extract.lexicon import kind_of_word

    return frozenset(get_string_id(w) for w in kind_of_word())


def _count_words(doc: Doc) -> list[int]:
    """The Doc's count_word tokens (a number-like token or a listed count word), from its arrays."""
    counts = _count_word_ids()  # ids, not strings: a StringStore lookup decodes a new str
    rows = cast(list[list[int]], doc.to_array([LOWER, LIKE_NUM]).tolist())
    return [i for i, (low, num) in enumerate(rows) if num or low in counts]


@cache
def _count_word_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in sanction_words()["count_words"])


@cache
def _listing_lemmas() -> frozenset[str]:
    return frozenset(sanction_words()["trigger_verbs"]) | frozenset(
        sanction_words()["object_verbs"]
    )


@cache
def _headline_lemmas() -> frozenset[str]:
    """The verbs that state an action in a headline with a target group after them: the listing
    verbs and those a headline takes only so ('Canada, Australia hit Russian suppliers')."""
    return _listing_lemmas() | frozenset(sanction_words()["headline_object_verbs"]["verbs"])


register_extensions()


@cache
def acting_bodies() -> frozenset[str]:
    """Nouns of a state's bodies and of its courts (sanctions.json `body_nouns`, `court_nouns`):
    seated in a capital or named by a nationality they act for that state."""
    words = sanction_words()
    return frozenset(words["body_nouns"]["words"]) | frozenset(words["court_nouns"]["words"])
