"""Which numbers count a sanction's own targets (they belong to the sanction claim, not to a
quantity). Read from the spans the sanctions component leaves on the Doc; when that component
did not run, the sanction finder is asked here, so quantities never depend on pipeline order."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.attrs import DEP, POS
from spacy.symbols import NUM
from spacy.tokens import Doc, Span, Token

from claims.extract.columns import columns
from claims.extract.context import sentence_of
from claims.extract.lexicon import kind_of_word, nationality_of
from claims.extract.quantities.items import story_upto
from claims.extract.sanctions import finder as sanctions
from claims.extract.sanctions.cumulative import TOTAL_WORDS
from claims.extract.sanctions.targets import apart, partitive_counts
from claims.extract.sanctions.words import cue_words, inflections, lemma, sanction_words
from claims.resources import load_data

TARGETS = "sanction_targets"
SENTENCES = "sanction_sentences"


def _found(doc: Doc) -> tuple[list[Span], list[Span]]:
    """(target tokens, sentences) of the Doc's sanction claims."""
    if TARGETS in doc.spans and SENTENCES in doc.spans:
        return list(doc.spans[TARGETS]), list(doc.spans[SENTENCES])
    targets: list[Span] = []
    sentences: list[Span] = []
    for claim in sanctions.extract(doc):
        targets += [doc[i : i + 1] for i in sorted(claim.target_tokens)]
        sentences.append(sentence_of(doc, claim.start, claim.end))
    return targets, sentences


def target_counts(doc: Doc) -> set[int]:
    """Token indices of the numbers and target words a sanction claim owns."""
    targets, sentences = _found(doc)
    exclude = {span.start for span in targets}
    lowers = columns(doc).lower if sentences else []
    kinds = kind_of_word()
    for sent in sentences:  # Tokens made only for the target words, read from the columns
        exclude |= {
            i
            for i in range(sent.start, sent.end)
            if lowers[i] in kinds and not apart(doc[i]) and not _in_relative(doc[i], sent)
        }
    if sentences:
        exclude |= partitive_counts(doc, min(s.start for s in sentences))
    if sentences or _story_sanctioned(doc):
        exclude |= list_entry_counts(doc) | nationality_breakdown(doc)
    exclude |= acted_on_counts(doc)
    if not exclude:  # most paragraphs: nothing for the held and victim counts to take back
        return exclude
    return exclude - held_counts(doc) - victim_counts(doc)


def _in_relative(tok: Token, sent: Span) -> bool:
    """'X, which managed a fifth of the fleet's voyages, faces a freeze', 'managers that keep
    over 100 tankers at sea are among the targets': a target word in a relative clause that
    speaks of no sanction (no cue word, no total) describes what a target does or holds, a
    quantity's word; a clause that does ('which have banned 100 officials', 'that are denied
    access, bringing the total to 153 vessels') may hold the sanction's own count. Only target
    words of sanction sentences are asked."""
    h = tok
    while h.head != h and h.i >= sent.start and h.dep_ != "relcl":
        h = h.head
    if h.dep_ != "relcl":
        return False
    quiet = cue_words() | TOTAL_WORDS
    return not any(t.lower_ in quiet for t in h.subtree)


def _story_sanctioned(doc: Doc) -> bool:
    """Whether a paragraph of the article before `doc` stated a sanction: a list's entries
    counted in a later paragraph ('All 15 listings carry a travel ban') are still its."""
    return any(len(d.spans.get(SENTENCES, ())) for d in story_upto(doc)[:-1])


def list_entry_counts(doc: Doc) -> set[int]:
    """'the other 31 designations cover judges', 'all 9 listings carry an asset freeze',
    'eight names for a war': in an article that states a sanction, a count of a list's entries
    counts the sanction's targets under another word, never something real of its own; the
    number and its noun. Asked only of Docs with a sanction sentence or after one."""
    nouns = set(load_data("quantity_words")["list_entry_nouns"])
    found: set[int] = set()
    cols = columns(doc)
    numbers = [
        i
        for i, (p, d) in enumerate(zip(cols.pos, cols.dep, strict=True))
        if p == "NUM" and d == "nummod"
    ]
    for i in numbers:
        noun = doc[i].head
        if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in nouns:
            found |= {i, noun.i}
    return found


def nationality_breakdown(doc: Doc) -> set[int]:
    """'Six of them are Chilean nationals and two hold Peruvian passports', 'Of the 20, 12
    are Kenyan citizens, three are Somali': in an article that states a sanction, counts that break
    the listed targets down by nationality are the sanction's, no quantity of their own. Asked
    only of Docs with a sanction sentence or after one. Once a sentence breaks its targets down,
    its verbless rows ('four Greek and one Omani', 'two of Ghana') and the count of an 'of the N
    suspects' opener are the breakdown's too."""
    words = load_data("quantity_words")
    verbs = words["breakdown_verbs"]
    cols = columns(doc)
    found: set[int] = set()
    for i, pos in enumerate(cols.pos):
        if pos != "NUM":
            continue
        k = _past_fillers(doc, i)
        if k < len(doc) and cols.lower[k] in verbs and _names_origin(doc[k + 1 : k + 4]):
            found.add(i)
        elif k > i + 1 and k < len(doc) and _names_origin(doc[k : k + 1]):
            found.add(i)  # 'four of them citizens of Chad', 'two of Chad': past fillers, no verb
    for sent in {doc[i].sent for i in found}:
        found |= _breakdown_rows(sent, found)
    return found


def _past_fillers(doc: Doc, i: int) -> int:
    """The token after the count at `i` and its fillers ('of them', 'of the suspects')."""
    fillers, kinds = load_data("quantity_words")["breakdown_fillers"], kind_of_word()
    lowers, n = columns(doc).lower, len(doc)
    k = i + 1
    while k < n and k - i <= 4 and (lowers[k] in fillers or lowers[k] in kinds):
        k += 1
    return k


def _names_origin(span: Span) -> bool:
    """A nationality ('Somali'), a country ('of Ghana') or an origin noun ('residents')."""
    if nationality_of(span.text) is not None:
        return True
    origins = load_data("quantity_words")["breakdown_origin_nouns"]
    return any(t.lower_ in origins or t.text in _countries() for t in span)


@cache
def _countries() -> frozenset[str]:
    return frozenset(load_data("aliases")["demonyms"].values())


def _breakdown_rows(sent: Span, found: set[int]) -> set[int]:
    """Other counts of a sentence that breaks targets down: rows with no verb of their own that a
    nationality or place follows, and the count (and its target word) of an 'of the N' opener."""
    doc, rows = sent.doc, set()
    words = load_data("quantity_words")
    kinds, fillers, preps = kind_of_word(), words["breakdown_fillers"], words["partitive_preps"]
    for tok in sent:
        if not tok.like_num or tok.i in found or tok.pos_ != "NUM":
            continue
        k = _past_fillers(doc, tok.i)
        if k < sent.end and _names_origin(doc[k : min(k + 2, sent.end)]):
            rows.add(tok.i)
        noun = tok.head
        det = tok.i > sent.start and doc[tok.i - 1].lower_ in fillers
        if det and noun.lower_ in kinds and noun.head.lower_ in preps and noun.head.i < tok.i:
            rows |= {tok.i, noun.i}
    return rows


def victim_counts(doc: Doc) -> set[int]:
    """'a gang accused of killing at least 40 villagers', 'whose units wounded 300 civilians':
    the people a verb of harm takes as its object are its victims, a quantity, never the
    sanction's targets; the number and the noun it counts."""
    lemmas = load_data("quantity_words")["victim_lemmas"]
    found: set[int] = set()
    # Number modifiers, found in the Doc's arrays as held_counts finds its objects.
    pos_dep = doc.to_array([POS, DEP])
    numbers = (pos_dep[:, 0] == NUM) & (pos_dep[:, 1] == doc.vocab.strings["nummod"])
    for i in numbers.nonzero()[0].tolist():
        tok = doc[i]
        noun = tok.head
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in lemmas:
            found |= {tok.i, noun.i}
    return found


def held_counts(doc: Doc) -> set[int]:
    """'a manager that operated at least 12 of the tankers', 'owned nine of the ships': a count
    that is the object of a holding verb counts what someone holds, a quantity, not the
    sanction's targets; its number and counted noun."""
    held: set[int] = set()
    words = load_data("quantity_words")
    lemmas, preps = words["holding_lemmas"], words["partitive_preps"]
    # Numbers that are objects, found in the Doc's arrays: no Token is made for the others.
    pos_dep = doc.to_array([POS, DEP])
    objects = ((pos_dep[:, 0] == NUM) & (pos_dep[:, 1] == doc.vocab.strings["dobj"])).nonzero()[0]
    for i in objects.tolist():  # the head (a new Token) is read only for these
        number = doc[i]
        if number.pos_ != "NUM" or number.dep_ != "dobj":
            continue
        if number.head.lemma_.lower() not in lemmas:
            continue
        of = [c for c in number.children if c.lower_ in preps]
        nouns = [c for o in of for c in o.children if c.dep_ == "pobj"]
        if nouns:
            held |= {t.i for t in number.subtree if t.i < of[0].i} | {nouns[0].i}
    return held


def acted_on_counts(doc: Doc) -> set[int]:
    """'The court froze 30 pumps and four excavators', 'Also frozen are three motor launches', 'The freeze
    also covers nine trucks', 'a ban on three firms', 'accounts of two traders were blocked': a
    count of what a freezing or listing word acts on counts that sanction's targets, even where
    the sanction finder read no claim in the sentence (no authority it knows, a restatement);
    the number and its noun. A sum or a measure is never taken (the finder keeps those)."""
    words = load_data("quantity_words")["acting_counts"]
    cols = columns(doc)
    if _acting_forms().isdisjoint(cols.lower):
        return set()
    found: set[int] = set()
    kinds = kind_of_word()
    heads: list[Token] = []  # what the words act on, from which a list runs on
    for i, (p, d) in enumerate(zip(cols.pos, cols.dep, strict=True)):
        acted = d in ("attr", "dobj", "nsubjpass") and p in ("NOUN", "PROPN")
        if acted and _acted_on(doc[i], words, doc[i].lower_ in kinds):
            heads.append(doc[i])
        if p != "NUM":
            continue
        noun = _counted(doc, i)
        if noun is None:
            continue
        after = i > 1 and cols.lower[i - 1] in words["preps"]  # 'freezes on three distributors'
        if after and (lemma(doc[i - 2]) in words["nouns"] or _acts(doc[i - 2], words, True)):
            found |= {i, noun.i}
            heads.append(noun)
            continue
        if d != "nummod" or noun.i < i:
            continue
        target = noun.lower_ in kinds or noun.lemma_.lower() in words["holders"]
        if _owned(noun, words):
            continue  # 'froze 37 accounts held by six people': the owners are the targets
        if _acted_on(noun, words, target) and not apart(noun):
            found |= {i, noun.i}
            heads.append(noun)
    return found | list_siblings(doc, heads)


def list_siblings(doc: Doc, heads: list[Token]) -> set[int]:
    """'froze 23 accounts, 14 tractors, two harvesters and a plant': the counts of the items
    listed after a target, one item after each comma or conjunction, up to a clause of its own;
    the numbers and their nouns."""
    found: set[int] = set()
    for head in heads:
        end, j, size = head.sent.end, head.i + 1, 0
        while j < end and size <= 10:
            tok = doc[j]
            if tok.is_punct and tok.text != "," and tok.text != "-":
                break
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl", "compound"):
                break  # a clause of its own
            if tok.text == "," or tok.pos_ == "CCONJ":
                k = j + 1
                while k < end and (doc[k].text == "," or doc[k].pos_ == "CCONJ"):
                    k += 1
                noun = _counted(doc, k) if k < end and doc[k].pos_ == "NUM" else None
                if (
                    noun is not None
                    and noun.dep_ in ("nsubj", "nsubjpass")
                    and noun.head.dep_ != "conj"
                ):
                    break  # ', two officials said': the subject of a clause of its own
                if noun is not None:
                    found |= {k, noun.i}
                j, size = (k if noun is None else noun.i) + 1, 0
                continue
            j, size = j + 1, size + 1
    return found


def _counted(doc: Doc, i: int) -> Token | None:
    """The noun a number at i counts: the last of the nouns right after it ('11 cement mixers')."""
    noun = None
    for k in range(i + 1, min(i + 5, len(doc))):
        if doc[k].pos_ in ("NOUN", "PROPN"):
            noun = doc[k]
        elif noun is not None or doc[k].pos_ not in ("ADJ", "VERB"):
            break
    return noun


@cache
def _acting_forms() -> frozenset[str]:
    """Every form of the acting words, irregular ones included ('froze'), for a prefilter."""
    words = load_data("quantity_words")["acting_counts"]
    forms = {f for w in words["verbs"] + words["nouns"] for f in inflections(w)}
    irregular = sanction_words()["lemma_exceptions"]
    return frozenset(forms | {k for k, v in irregular.items() if v in words["verbs"]})


def _acted_on(noun: Token, words: dict[str, Any], target: bool) -> bool:
    """Whether a freezing or listing word acts on `noun` (through its coordination)."""
    top = noun
    for _ in range(8):
        if top.dep_ not in ("conj", "appos") or top.head == top:
            break
        top = top.head
    head = top.head
    nouns = words["nouns"]
    holder = head.head.lemma_.lower() in words["holders"]
    if top.dep_ == "pobj" and head.lower_ in words["holder_preps"] and holder:
        return _acted_on(head.head, words, True)  # 'accounts of three firms were blocked'
    if top.dep_ == "pobj" and head.lower_ in words["preps"]:
        verb = head.head  # 'a ban on', 'froze assets on', 'a freeze imposed on'
        verb_noun = verb.head if verb.dep_ == "acl" else verb
        return lemma(verb) in nouns or _acts(verb, words, target) or lemma(verb_noun) in nouns
    if top.dep_ in ("dobj", "nsubjpass"):
        if head.dep_ == "advcl" and head.tag_ == "VBG":
            return False  # 'sanctioned two firms, freezing 31 accounts': what the targets hold
        if _acts(head, words, target):
            return True
        return lemma(head) in words["restating"] and _acting_subject(head, words)
    if (
        top.dep_ in ("nsubj", "attr") and head.lemma_ in sanction_words()["copulas"]
    ):  # 'Also frozen are three motor launches'
        if head.dep_ in ("aux", "auxpass") and _acts(head.head, words, target):
            return True
        return any(
            c.dep_ in ("acomp", "advcl", "ccomp", "xcomp") and _acts(c, words, target)
            for c in head.children
        )
    return False


def _owned(noun: Token, words: dict[str, Any]) -> bool:
    """Held things whose owner is named ('two accounts of a firm', 'accounts held by six
    people', 'vans belonging to three traders'): an owner phrase on the noun or on a
    participle after it."""
    preps = words["owner_preps"]
    holder = noun.lemma_.lower() in words["holders"]
    for child in noun.children:
        if holder and child.dep_ == "prep" and child.lower_ in preps:
            return True
        if child.dep_ == "acl" and any(
            c.dep_ in ("agent", "prep") and c.lower_ in preps for c in child.children
        ):
            return True
    return False


def _acts(verb: Token, words: dict[str, Any], target: bool) -> bool:
    """A verb of freezing or listing; one that acts on other things too only on targets."""
    found = lemma(verb)
    return found in words["verbs"] and (target or found in words["any_object"])


def _acting_subject(verb: Token, words: dict[str, Any]) -> bool:
    """'The freeze covers', 'The frozen assets include': a subject holding a freezing word."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(lemma(t) in words["nouns"] or lemma(t) in words["verbs"] for t in c.subtree)
        for c in verb.children
    )
