"""Which numbers count a sanction's own targets (they belong to the sanction claim, not to a
quantity). Read from the spans the sanctions component leaves on the Doc; when that component
did not run, the sanction finder is asked here, so quantities never depend on pipeline order."""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Any

from spacy.attrs import DEP, POS
from spacy.symbols import NUM
from spacy.tokens import Doc, Span, Token

from claims.extract import numbers
from claims.extract.columns import columns
from claims.extract.context import sentence_of
from claims.extract.lexicon import kind_of_word, nationality_of
from claims.extract.quantities.items import story_upto
from claims.extract.sanctions import finder as sanctions
from claims.extract.sanctions.cumulative import TOTAL_WORDS
from claims.extract.sanctions.targets import apart, partitive_counts
from claims.extract.sanctions.words import cue_words, inflections, lemma, sanction_words
from claims.extract.syntax import doc_text, governing_verb
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
        held = [doc[span.start] for span in targets if doc[span.start].pos_ in ("NOUN", "PROPN")]
        exclude |= list_siblings(doc, held)  # 'froze 23 barges, six cars in X and 58 accounts'
    acted = _acted_on_noted(doc)
    if sentences or acted or _story_sanctioned(doc):
        exclude |= list_entry_counts(doc) | nationality_breakdown(doc) | tally_rows(doc)
        exclude |= list_totals(doc) | status_change_counts(doc) | box_row_counts(doc)
    exclude |= acted
    if not exclude:  # most paragraphs: nothing for the held and victim counts to take back
        return exclude
    return exclude - held_counts(doc) - victim_counts(doc)


def box_row_counts(doc: Doc) -> set[int]:
    """'ITEMS UNDER THE ORDER' over '- 3 companies' and '- 4 lorries and 1 depot', or a
    table row 'Conservatory attachment | Court | 2 flats, 9 accounts': in an article that
    states a sanction, the counts of a bulleted line under a short heading holding an acting
    word, or of a bar-separated row with a cell naming the measure, list that measure's
    targets; the numbers and their nouns. A count of a unit (a measure, a sum) stays. Asked only
    of Docs with a sanction sentence or after one."""
    text = doc_text(doc)
    table = load_data("quantity_words")["box_rows"]
    bullets = tuple(table["bullets"])
    if "|" not in text and not any(b in text for b in bullets):
        return set()
    before = str(doc._.lines_before or "") if Doc.has_extension("lines_before") else ""
    found: set[int] = set()
    verdicts: dict[int, bool] = {}  # a line's start -> whether its counts are targets
    for tok in doc:
        if tok.pos_ != "NUM" or not tok.like_num:
            continue
        start = text.rfind("\n", 0, tok.idx) + 1
        if start not in verdicts:
            stop = text.find("\n", tok.idx)
            line = text[start : len(text) if stop < 0 else stop]
            verdicts[start] = _box_row(line, before + text[:start], table)
        noun = _counted(doc, tok.i)
        if not verdicts[start] or _measured(doc, tok.i, noun):
            continue
        if _opens_item(text[start : tok.idx], table):
            found |= {tok.i} if noun is None else {tok.i, noun.i}
    return found


def _opens_item(before: str, table: dict[str, Any]) -> bool:
    """Whether a count whose line runs `before` it opens an item of the line: nothing but bound
    words between it and the line's start, a bullet, a bar, a comma, a colon or an item opener
    ('..., including two trucks'); not a count inside a clause ('which runs 38 trucks')."""
    openers = set(table["item_openers"])
    words_: list[str] = []
    for word in reversed(re.split(r"\s+", before.strip())):
        if not word or word in openers:
            break
        if word[-1] in ",;:|" or word in table["bullets"] or word == "|":
            break
        words_.append(word.lower())
    return all(w in _bound_words() for w in words_)


def _box_row(line: str, above: str, table: dict[str, Any]) -> bool:
    """Whether `line` lists a measure's targets: a bar-separated row with a cell that names the
    measure, or a bulleted line under a short heading that does (the nearest line above that
    is no bullet)."""
    if line.count("|") >= 2:  # a short label cell, no sentence of a news strip
        cells = [c for c in line.split("|") if len(c.split()) <= table["label_cell_words"]]
        return any(_names_measure(cell, table) for cell in cells)
    if not line.lstrip().startswith(tuple(table["bullets"])):
        return False
    for row in reversed(above.rstrip("\n").split("\n")):
        row = row.strip()
        if not row or row.startswith(tuple(table["bullets"])):
            continue
        labelled = row.isupper() or row.endswith(":") or len(row.split()) <= table["heading_words"]
        return labelled and not re.search(r"\d", row) and _names_measure(row, table)
    return False


def _names_measure(words_: str, table: dict[str, Any]) -> bool:
    """Whether some word of `words_` is a form of an acting word or a heading's own word."""
    forms = _acting_forms() | set(table["heading_words_extra"])
    return any(w in forms for w in re.findall(r"[a-z]+", words_.lower()))


def _measured(doc: Doc, i: int, noun: Token | None) -> bool:
    """Whether the count at i is a measure or a sum: a unit or a currency after it or before."""
    units = load_data("units")
    before = doc[i - 1].text if i > 0 else ""
    if before in units["symbols"] or (i + 1 < len(doc) and doc[i + 1].text == "%"):
        return True
    if i + 1 < len(doc) and numbers.is_scale(doc[i + 1].lower_):
        return True  # '1.4 million boxes': a scaled figure, never a list's entry count
    return noun is not None and (
        noun.lower_ in units["words"] or noun.lower_ in units["time_units"]
    )


def status_change_counts(doc: Doc) -> set[int]:
    """'A judge released two of the 30 accounts', 'Nine of the 40 cars were released to their
    owners', 'lifted the measures on six of those boats', 'the other four accounts lapsed': in
    an article that states a sanction, a count that a verb lifting or extending a measure
    (quantity_words status_change verbs) acts on, when it takes part of a whole told before ('N
    of the M', 'N of those') or counts held things (acting_counts holders), counts the lifted or
    extended sanction's targets; the number and its noun. Asked only of Docs with a sanction
    sentence or after one."""
    table = load_data("quantity_words")
    change = table["status_change"]
    verbs, dets = set(change["verbs"]), set(change["partitive_determiners"])
    holders = set(table["acting_counts"]["holders"])
    cols = columns(doc)
    if not any(lemma_ in verbs for lemma_ in cols.lemma):
        return set()
    found: set[int] = set()
    targets: set[str] | None = None  # lemmas of the story's target nouns, read once if needed
    for i, pos in enumerate(cols.pos):
        if pos != "NUM" or not doc[i].like_num:
            continue
        whole = _partitive_whole(doc, i)
        part = whole is not None and any(c.lower_ in dets for c in whole.children)
        noun = whole if part else _counted(doc, i)
        if noun is None or not (part or noun.lemma_.lower() in holders):
            continue
        verb = governing_verb(doc[i])
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
            continue
        if part and noun.lemma_.lower() not in holders:
            targets = _target_lemmas(doc) if targets is None else targets
            if noun.lemma_.lower() not in targets:
                continue  # 'Six of the 40 crew members were released': no target told before
        found |= {i, noun.i}
    return found


def _target_lemmas(doc: Doc) -> set[str]:
    """Lemmas of the nouns the story's sanctions took as targets up to `doc` (their target
    words and what freezing words act on), in earlier paragraphs and this one."""
    lemmas: set[str] = set()
    for d in story_upto(doc):
        spans = list(d.spans.get(TARGETS, ()))
        indices = {s.start for s in spans} | _acted_on_noted(d)
        lemmas |= {d[i].lemma_.lower() for i in indices if d[i].pos_ in ("NOUN", "PROPN")}
    return lemmas


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


def standing_counts(doc: Doc) -> set[int]:
    """The counts that stay a sanction's even when no sanction claim of the Doc is written
    (one dropped for want of an authority gives its own target counts back): what a freezing
    word acts on, and, in a paragraph with such counts or after one, the list entries and
    nationality rows that break them down."""
    found = _acted_on_noted(doc)
    if found or _story_acted(doc):
        found |= list_entry_counts(doc) | nationality_breakdown(doc) | tally_rows(doc)
    if not found:
        return found
    return found - held_counts(doc) - victim_counts(doc)


def _story_sanctioned(doc: Doc) -> bool:
    """Whether a paragraph of the article before `doc` stated a sanction, or counted what a
    freezing word acts on: a list's entries counted in a later paragraph ('All 15 listings
    carry a travel ban') are still its."""
    earlier = story_upto(doc)[:-1]
    return any(len(d.spans.get(SENTENCES, ())) for d in earlier) or _story_acted(doc)


def _story_acted(doc: Doc) -> bool:
    """Whether a paragraph of the article before `doc` counted what a freezing word acts on."""
    return any(_acted_on_noted(d) for d in story_upto(doc)[:-1])


ACTED = "acted_on_counts"


def _acted_on_noted(doc: Doc) -> set[int]:
    """`acted_on_counts` of `doc`, noted on it once (later paragraphs ask again)."""
    if ACTED not in doc.user_data:
        doc.user_data[ACTED] = frozenset(acted_on_counts(doc))
    return set(doc.user_data[ACTED])


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


def list_totals(doc: Doc) -> set[int]:
    """'The national list now numbers 150 people and 20 firms', 'the consolidated register
    stands at 90 entities': in an article that states a sanction, a list noun (sanctions.json
    standing_totals told_lists) as the subject of a summing verb, whatever words it has of its
    own, totals the listed targets; the counts of target words it sums are the sanction's, no
    quantities. So are the counted target words a membership verb (`list_members`) takes as
    object after a list or a measure's roll ('the regime, which covers 12 people', 'the order
    names four firms'). The numbers and their nouns."""
    table = sanction_words()["standing_totals"]
    lists, verbs, preps = table["told_lists"]["words"], table["sum_verbs"], table["sum_preps"]
    members = load_data("quantity_words")["list_members"]
    rolls = {*lists, *members["subjects"]}
    kinds, found = kind_of_word(), set()
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        summing = lemma(verb) in verbs
        if not summing and lemma(verb) not in members["verbs"]:
            continue
        named = lists if summing else rolls  # 'the regime covers', 'the order names'
        told = any(c.dep_ == "nsubj" and lemma(c) in named for c in verb.children)
        if not told and not (verb.dep_ == "relcl" and lemma(verb.head) in named):
            continue  # 'the list, which now contains 40 firms': its relative clause
        heads = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        if summing:
            heads += [g for c in verb.children if c.lower_ in preps for g in c.children]
        for head in heads:
            for noun in (head, *head.conjuncts):
                counts = [c for c in noun.children if c.dep_ == "nummod" and c.pos_ == "NUM"]
                if counts and noun.lower_ in kinds:
                    found |= {noun.i, *(c.i for c in counts)}
    return found


def tally_rows(doc: Doc) -> set[int]:
    """'Over the year: 40 people, 12 firms.', 'Since May - 9 persons and 3 entities': in an
    article that states a sanction, a sentence with no verb whose counts all count target words
    of more than one kind tallies the listed targets, no quantity of its own; the numbers and
    their nouns. One kind alone ('Toll: 31 people') may count something else."""
    kinds, found = kind_of_word(), set()
    for sent in doc.sents:
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        rows = [t for t in sent if t.pos_ == "NUM" and t.dep_ == "nummod"]
        if any(t.head.lower_ not in kinds for t in rows):
            continue
        if len({kinds[t.head.lower_] for t in rows}) > 1:
            found |= {i for t in rows for i in (t.i, t.head.i)}
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
    found |= _origin_rows(doc)
    for sent in {doc[i].sent for i in found}:
        found |= _breakdown_rows(sent, found)
    return found


def _origin_rows(doc: Doc) -> set[int]:
    """'eight Nigerien, three Malian and one Chadian national', 'Split by passport: 7 Kenyans,
    3 Ugandans': two or more counts in a sentence each right before a nationality are rows of
    a breakdown; one alone ('about 900 Filipinos work there') may count something else."""
    rows: dict[int, set[int]] = {}
    singles: dict[int, int] = {}  # rows of one person a determiner counts ('and a Malian')
    single_rows = set(load_data("quantity_words")["breakdown_single_rows"])
    for tok in doc:
        k = tok.i + 1
        counted = tok.pos_ == "NUM" and tok.like_num
        if not (counted or tok.lower_ in single_rows) or k >= len(doc):
            continue
        if _names_origin(doc[k : k + 1]) and _row_ends(doc, k + 1):
            if counted:
                rows.setdefault(tok.sent.start, set()).add(tok.i)
            else:
                singles[tok.sent.start] = singles.get(tok.sent.start, 0) + 1
    acted = _acted_on_noted(doc) | {
        i for span in doc.spans.get(SENTENCES, ()) for i in range(span.start, span.end)
    }
    found: set[int] = set()
    for start, counts in rows.items():
        sent = doc[start].sent
        if _restates_targets(sent) and len(counts) + singles.get(start, 0) > 1:
            found |= counts  # 'They are two Chadians and a Malian'
        elif len(counts) > 1 and _breaks_targets_down(sent, acted):
            found |= counts
    return found


def _restates_targets(sent: Span) -> bool:
    """Whether `sent` opens with a subject that restates the targets told before it (one of
    quantity_words breakdown_subjects, maybe with a participle: 'They are', 'Those listed
    were') right before a copula (breakdown_verbs): its rows break those targets down."""
    words = load_data("quantity_words")
    if len(sent) < 3 or sent[0].lower_ not in words["breakdown_subjects"]:
        return False
    verbs = words["breakdown_verbs"]
    return sent[1].lower_ in verbs or (sent[1].tag_ in ("VBN", "VBD") and sent[2].lower_ in verbs)


def _breaks_targets_down(sent: Span, acted: set[int]) -> bool:
    """Whether rows in `sent` break a sanction's targets down: the sentence counts what a
    freezing word acts on or states the sanction, or it is a verbless label line ('By passport:
    ...'); rows of other people ('rescuing 900 workers, including 500 Thai') are quantities."""
    if any(sent.start <= i < sent.end for i in acted):
        return True
    return not any(t.pos_ in ("VERB", "AUX") for t in sent)


def _row_ends(doc: Doc, j: int) -> bool:
    """Whether a breakdown row ends at j: the end, a mark or a conjunction, maybe after an origin
    noun ('one Chadian national'); a row whose nationality describes another noun ('three
    Kenyan buyers') counts that noun."""
    origins = load_data("quantity_words")["breakdown_origin_nouns"]
    if j < len(doc) and (doc[j].lower_ in origins or f"{doc[j].lower_}s" in origins):
        j += 1
    return j >= len(doc) or doc[j].is_punct or doc[j].pos_ == "CCONJ"


def _past_fillers(doc: Doc, i: int) -> int:
    """The token after the count at `i` and its fillers ('of them', 'of the suspects')."""
    fillers, kinds = load_data("quantity_words")["breakdown_fillers"], kind_of_word()
    lowers, n = columns(doc).lower, len(doc)
    k = i + 1
    while k < n and k - i <= 4 and (lowers[k] in fillers or lowers[k] in kinds):
        k += 1
    return k


def _names_origin(span: Span) -> bool:
    """A nationality ('Somali', 'Kenyans'), a country ('of Ghana') or an origin noun
    ('residents')."""
    if nationality_of(span.text) is not None:
        return True
    plural = len(span) == 1 and span.text[:1].isupper() and span.text.endswith("s")
    if plural and nationality_of(span.text[:-1]) is not None:
        return True  # a plural demonym ('Peruvians')
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
    if _acting_forms().isdisjoint(cols.lower) and not _restating_forms(cols.lower, words):
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
        noun = _counted(doc, i) or _partitive_whole(doc, i)
        prep = doc[i].head
        licence = d == "pobj" and prep.lower_ in words["holder_preps"]
        if licence and _licence_taken(prep.head, words):
            found.add(i)  # 'the licences of two of its pilots were suspended'
            continue
        if noun is None:
            if _bare_owners(doc[i], words):
                found.add(i)  # 'froze the assets of 27': who owns them is the target
            continue
        at = _past_bound(doc, i)  # 'notices against up to six more dealers'
        after = at > 0 and cols.lower[at] in words["preps"]  # 'freezes on three distributors'
        before = doc[at - 1] if after else None
        if before is not None and (
            lemma(before) in words["nouns"]
            or _acts(before, words, True)
            or (_prep_of(doc[at], before) and _acting_noun(before, words, noun.lower_ in kinds))
        ):
            found |= {i, noun.i}
            heads.append(noun)
            continue
        whole = d in ("dobj", "nsubjpass") and noun == _partitive_whole(doc, i)
        taken = whole and _acts(doc[i].head, words, noun.lower_ in kinds)
        partitive = noun == _partitive_whole(doc, i)  # 'declared seven of its agents ...'
        taken = taken or (partitive and _declared_out(doc[i], doc[i].head, words))
        if taken and not apart(noun):
            found |= {i, noun.i}  # 'debarred four of the firm's clerks', 'six of them were banned'
            heads.append(noun)
            continue
        if d != "nummod" or noun.i < i:
            continue
        if _licence_taken(noun, words) and not apart(noun):
            found |= {i, noun.i}  # 'suspended seven trading licences': their holders' count
            heads.append(noun)
            continue
        target = noun.lower_ in kinds or lemma(noun) in kinds  # 'presidents', 'president'
        target = target or (noun.tag_ in ("NNS", "NNPS") and _demonym(noun.text))  # 'Iranians'
        target = target or noun.lemma_.lower() in words["holders"]
        if _counted_owners(noun, words):
            continue  # 'froze 37 accounts held by six people': the owners are the targets
        if lemma(noun) in words["sport_people"]:
            acting = _with_verbs(words, "sport_verbs")
        elif (noun.lower_ in kinds or lemma(noun) in kinds) and not _kept_from_duty(noun, words):
            acting = _with_verbs(
                words, "licensed_verbs"
            )  # 'suspended six dealers': a regulator's targets
        else:
            acting = words
        if _acted_on(noun, acting, target or acting is not words) and not apart(noun):
            found |= {i, noun.i}
            heads.append(noun)
    labelled = label_counts(doc, words)
    scoped = order_scope_counts(doc, words)  # 'an order over two flats in X, four cars ...'
    heads += [doc[i] for i in labelled | scoped if doc[i].pos_ in ("NOUN", "PROPN")]
    found |= pronoun_restated_counts(doc, words)
    found |= labelled | list_siblings(doc, heads) | scoped
    return found | _parts_of_targets(doc, words, found)


def _prep_of(prep: Token, noun: Token) -> bool:
    """Whether `prep` is the acting noun's own ('a freeze on'), or hangs on the verb the noun is
    the object of, as the parser often reads it ('placed an attachment on two flats')."""
    return prep.head == noun or (noun.dep_ == "dobj" and prep.head == noun.head)


def _parts_of_targets(doc: Doc, words: dict[str, Any], found: set[int]) -> set[int]:
    """'declared 23 people prohibited immigrants since 2020, 17 of them in the last two years':
    a count of a pronoun (`restating_pronouns`) after a target count of its sentence takes a
    part of those targets; it is theirs too."""
    pronouns = set(words["restating_pronouns"])
    parts: set[int] = set()
    counts = [t for t in doc if t.pos_ == "NUM" and t.dep_ in _COUNT_ROLES]
    for before, tok in itertools.pairwise(counts):
        whole = _partitive_whole(doc, tok.i)
        if whole is None or whole.lower_ not in pronouns or before.sent != tok.sent:
            continue
        if before.i in found and not apart(tok):  # the count right before it is a target's
            parts.add(tok.i)
    return parts


#: the roles of a count (not a year in a phrase: 'since 2020')
_COUNT_ROLES = frozenset({"nummod", "dobj", "nsubj", "nsubjpass", "npadvmod", "appos", "conj"})


def pronoun_restated_counts(doc: Doc, words: dict[str, Any]) -> set[int]:
    """'deported 12 sailors and banned them from coming back', 'expelled six traders, and they
    were banned for life': a pronoun (`restating_pronouns`) a freezing, barring or declaring
    word acts on restates the nearest count of target words before it in its sentence, when
    that count is a verb's subject or object (not one in a phrase: 'The accounts, at four
    banks, were blocked when they ...'); that count and its noun are the ban's."""
    pronouns = set(words["restating_pronouns"])
    kinds = kind_of_word()
    found: set[int] = set()
    for tok in doc:
        if tok.lower_ not in pronouns or tok.dep_ not in ("dobj", "nsubjpass"):
            continue
        verb = tok.head
        kept_out = _declared_out(tok, verb, words) or _barred_entry(tok, verb, words)
        if not (kept_out or _acts(verb, words, True)):
            continue
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            noun = doc[i].head
            if doc[i].pos_ != "NUM" or doc[i].dep_ != "nummod" or not i < noun.i < tok.i:
                continue
            if noun.lower_ in kinds or lemma(noun) in kinds or (kept_out and _people(noun)):
                acted = _coordination_top(noun).dep_ in ("dobj", "nsubj", "nsubjpass")
                if acted and not apart(noun):  # 'The accounts, at four banks, ...': no object
                    found |= {i, noun.i}
                break
    return found


#: parts of speech a list of held things runs over after an order's 'over'
_LIST_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "CCONJ", "PART"})


def order_scope_counts(doc: Doc, words: dict[str, Any]) -> set[int]:
    """'a restraint order over the farm, four vehicles and 16 bank accounts', 'preservation
    orders over two flats': the counted things listed right after a freezing order's
    `cover_preps`, read on the words as written (the parser often hangs the list on the verb
    that grants the order), are the order's targets, whatever they are, held things whose owner
    is named too ('over seven accounts held by a trader': the gold counts them as 'other'
    targets), unless the owners are counted (`_counted_owners`). The numbers and their nouns."""
    found: set[int] = set()
    marks = set(words["list_marks"])
    modifiers = _modifier_forms()
    for order in doc:
        if lemma(order) not in words["target_nouns"] or order.i < 1:
            continue
        if doc[order.i - 1].lower_ not in modifiers:
            continue
        prep = _order_scope_opener(order, words)
        if prep is None:
            continue
        for j in range(prep.i + 1, min(prep.i + 30, prep.sent.end)):
            tok = doc[j]
            listed = tok.pos_ in _LIST_POS or tok.text in marks or tok.tag_ == "PRP$"
            if not listed:
                break
            if tok.pos_ != "NUM":
                continue
            noun = _counted(doc, j)
            if noun is not None and not _counted_owners(noun, words):
                found |= {j, noun.i}
    return found


#: how many words a restating participle may stand after its order ('an order on Friday covering')
_SCOPE_REACH = 4


def _order_scope_opener(order: Token, words: dict[str, Any]) -> Token | None:
    """The word after which an order's list of held things runs: one of `cover_preps` right
    after the order word ('order over'), or a participle of one of `restating` a few words
    after it, with no mark between ('a restraint order on Tuesday covering')."""
    doc = order.doc
    if order.i + 1 < len(doc) and doc[order.i + 1].lower_ in words["cover_preps"]:
        return doc[order.i + 1]
    for tok in doc[order.i + 1 : min(order.i + 1 + _SCOPE_REACH, order.sent.end)]:
        if tok.is_punct:
            return None
        if tok.tag_ == "VBG" and lemma(tok) in words["restating"]:
            return tok
    return None


#: the longest label (characters before its colon) a label row is read in
LABEL_REACH = 80


def label_counts(doc: Doc, words: dict[str, Any]) -> set[int]:
    """'Firms debarred: 15', 'Vessels listed since 2022: 663', 'Lifted this year: 4 entities',
    'Permits withdrawn: 9 (2023: 4)': a label line naming a sanction action tallies its targets;
    the count right after the colon (with its noun) and a prior period's bracketed value are
    the action's. The count's noun must be a target word; a bare count needs a label that names
    only target words or licence nouns before the action (`label_rows`); a bare count after a
    sanction noun alone ('Fresh listings: 27') counts actions, a quantity."""
    text = doc_text(doc)
    if ":" not in text:
        return set()
    table = words["label_rows"]
    bounds = _bound_words()
    found: set[int] = set()
    taken: dict[int, int] = {}  # a line's start -> the end of the last count taken on it
    for tok in doc:
        if tok.pos_ != "NUM" or not tok.like_num:
            continue
        line = text.rfind("\n", 0, tok.idx) + 1
        colon = text.find(":", line, tok.idx)
        if colon < 0 or colon - line > LABEL_REACH:
            continue
        if line in taken and re.search(table["prior"], text[taken[line] : tok.idx]):
            found.add(tok.i)  # 'Permits withdrawn: 9 (2023: 4)': the prior period's tally
            continue
        if any(w.lower() not in bounds for w in text[colon + 1 : tok.idx].split()):
            continue
        opens = max(line, tok.sent.start_char)  # the label's own line and sentence
        label = [t for t in doc if opens <= t.idx < colon]
        noun = _counted(doc, tok.i)
        noun = noun if noun is not None and noun.is_alpha else None  # '210+': a bare count
        if label and _tallies_targets(label, noun, words):
            found |= {tok.i} if noun is None else {tok.i, noun.i}
            taken[line] = tok.idx + len(tok)
    return found


def _tallies_targets(label: list[Token], noun: Token | None, words: dict[str, Any]) -> bool:
    """Whether a label names a sanction action whose targets a count after it tallies: the
    count's noun is a target word, or a bare count's label names only targets before the action
    ('Dealers struck off'), or the action alone ('Designated today')."""
    verbs = {*words["verbs"], *words["licences"]["verbs"], *words["sport_verbs"]}
    verbs |= set(words["label_rows"]["verbs"])
    particles = words["particle_verbs"]
    acting = None
    for t in label:
        found = lemma(t)
        if found in verbs and t.pos_ != "NOUN":
            particle = particles.get(found)
            if particle is None or any(c.lower_ == particle for c in t.children):
                acting = t
                break
    if acting is None:
        return False
    kinds = kind_of_word()
    if noun is not None:
        return noun.lower_ in kinds or lemma(noun) in kinds
    head = acting.head
    if acting.dep_ in ("amod", "compound", "nmod") and acting.i < head.i <= label[-1].i:
        subjects = [head, *head.conjuncts]  # 'Suspended transactions', 'Freeze period'
    else:  # every word before the action: 'Traders and vessels', not 'Bank accounts'
        inner = _bracketed(label)
        glued = acting.i - 2 if acting.i > 1 and acting.doc[acting.i - 1].text == "-" else -1
        subjects = [
            t
            for t in label[: acting.i - label[0].i]
            if t.is_alpha and t.pos_ not in _FILLERS and t.i not in inner and t.i != glued
        ]
    allowed = set(words["licences"]["nouns"])
    return all(
        t.lower_ in kinds or lemma(t) in kinds or lemma(t) in allowed or _demonym(t.text)
        for t in subjects
    )


#: parts of speech a label's words before its action may hold besides the counted words
_FILLERS = ("DET", "CCONJ", "ADP", "ADJ", "NUM", "PART", "SPACE")


def _demonym(word: str) -> bool:
    """A nationality word, singular or plural ('Iranian', 'Iranians')."""
    return nationality_of(word) is not None or (
        word.endswith("s") and nationality_of(word[:-1]) is not None
    )


def _bracketed(label: list[Token]) -> set[int]:
    """Indices of the label's tokens inside brackets ('(cumulative)')."""
    inner, depth = set(), 0
    for t in label:
        if t.text in ("(", "["):
            depth += 1
        elif t.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth:
            inner.add(t.i)
    return inner


def _bare_owners(number: Token, words: dict[str, Any]) -> bool:
    """'a court froze the assets of 27', 'the accounts of six were blocked': a bare count in the
    'of' phrase of a holding a freezing word acts on counts the holding's owners, the targets. A
    sum is no bare count: a sign, a scale or a unit stands on it ('assets of $12 million')."""
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ not in words["holder_preps"]:
        return False
    sum_parts = ("compound", "quantmod", "nummod", "nmod", "amod")
    if any(c.dep_ in sum_parts or c.like_num or c.pos_ == "SYM" for c in number.children):
        return False  # '$', 'million', 'rupees' hang on a sum
    doc = number.doc
    nxt = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if nxt is not None and (nxt.like_num or nxt.pos_ in ("NOUN", "PROPN", "SYM")):
        return False
    holding = prep.head
    return lemma(holding) in words["holders"] and _acted_on(holding, words, True)


def _coordination_top(noun: Token) -> Token:
    """The first conjunct or the noun an apposition hangs on: the word whose head acts on the
    whole coordination ('the visas and work permits of': visas)."""
    top = noun
    for _ in range(8):
        if top.dep_ not in ("conj", "appos") or top.head == top:
            break
        top = top.head
    return top


def _licence_taken(noun: Token, words: dict[str, Any]) -> bool:
    """Whether `noun` is a licence, permit or standing that a verb of taking back or suspending
    acts on (its object, passive or inverted subject, or a headline's bare passive subject:
    'cancelled the permits of', 'Also withdrawn were the permits of', 'Permits of two mills
    suspended'), or that an action noun names ('the revocation of the licences of'), through
    its coordination ('the visas and work permits of')."""
    table = words["licences"]
    if lemma(noun) not in table["nouns"]:
        return False
    top = _coordination_top(noun)
    head = top.head
    if top.dep_ in ("dobj", "nsubjpass", "attr") and lemma(head) in table["verbs"]:
        return True
    if top.dep_ in ("nsubj", "attr") and head.dep_ in ("aux", "auxpass"):
        head = head.head  # 'Also revoked were the licences of': the copula hangs on the verb
        return lemma(head) in table["verbs"]
    if top.dep_ == "nsubj" and _bare_participle(head, False) and lemma(head) in table["verbs"]:
        return True
    if any(_described_taken(c, table["verbs"]) for c in top.children):
        return True  # 'Five permits revoked as ...', 'the two licences it had cancelled'
    return (
        top.dep_ == "pobj"
        and head.lower_ in words["object_preps"]
        and lemma(head.head) in table["actions"]
    )


def _described_taken(clause: Token, verbs: list[str]) -> bool:
    """A participle or relative clause on a licence noun whose verb takes it back ('permits
    revoked last year', 'licences the board had suspended'); an active relative clause whose
    subject is the licence itself ('permits that cancel ...') is none."""
    if lemma(clause) not in verbs:
        return False
    if clause.dep_ == "acl":
        return clause.tag_ == "VBN"
    if clause.dep_ != "relcl":
        return False
    return clause.tag_ == "VBN" or any(
        c.dep_ == "nsubj" and c.tag_ != "WDT" for c in clause.children
    )


def list_siblings(doc: Doc, heads: list[Token]) -> set[int]:
    """'froze 23 accounts, 14 tractors, two harvesters and a plant': the counts of the items
    listed after a target, one item after each comma or conjunction, up to a clause of its own;
    the numbers and their nouns."""
    found: set[int] = set()
    words = load_data("quantity_words")["acting_counts"]
    marks = set(words["list_marks"])
    for head in heads:
        end, j, size = head.sent.end, head.i + 1, 0
        while j < end and size <= 10:
            tok = doc[j]
            if tok.is_punct and tok.text not in marks:
                break
            joiner = _joiner_at(doc, j, words["list_joiners"])
            if not joiner and _clause_at(doc, j):
                break  # a clause of its own
            if joiner or tok.text in marks or tok.pos_ == "CCONJ":
                k = j + max(joiner, 1)
                while k < end:  # ', and', ', as well as'
                    step = _joiner_at(doc, k, words["list_joiners"])
                    step = step or int(doc[k].text == "," or doc[k].pos_ == "CCONJ")
                    if not step:
                        break
                    k += step
                noun = _counted(doc, k) if k < end and doc[k].pos_ == "NUM" else None
                if (
                    noun is not None
                    and noun.dep_ in ("nsubj", "nsubjpass")
                    and noun.head.dep_ != "conj"
                    and noun.head != head.head  # a second subject of the target's own verb
                ):
                    break  # ', two officials said': the subject of a clause of its own
                if noun is not None:
                    found |= {k, noun.i}
                j, size = (k if noun is None else noun.i) + 1, 0
                continue
            j, size = j + 1, size + 1
    return found


def _people(noun: Token) -> bool:
    """A plural common noun that no unit, time or holding word names ('deckhands', 'workers'):
    who an entry ban keeps out, when a pronoun restates them."""
    if noun.tag_ != "NNS" or lemma(noun) in load_data("quantity_words")["acting_counts"]["holders"]:
        return False
    units = load_data("units")
    return noun.lower_ not in units["words"] and noun.lower_ not in units["time_units"]


def _clause_at(doc: Doc, j: int) -> bool:
    """Whether a verb at j opens a clause of its own; a participle right after a noun
    ('accounts holding $2 million') describes that noun."""
    tok = doc[j]
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "acl", "compound"):
        return False
    return not (tok.tag_ in ("VBG", "VBN") and doc[j - 1].pos_ in ("NOUN", "PROPN"))


def _partitive_whole(doc: Doc, i: int) -> Token | None:
    """The whole a partitive count at i takes part of ('a ban on two of those firms')."""
    preps = load_data("quantity_words")["partitive_preps"]
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in preps or doc[i + 1].head != doc[i]:
        return None
    return next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)


def _joiner_at(doc: Doc, j: int, joiners: list[str]) -> int:
    """The length of the list joiner ('as well as') starting at j, else 0."""
    for phrase in joiners:
        words = phrase.split()
        if [t.lower_ for t in doc[j : j + len(words)]] == words:
            return len(words)
    return 0


def _counted(doc: Doc, i: int) -> Token | None:
    """The noun a number at i counts: the last of the nouns right after it ('11 cement mixers')."""
    noun = None
    for k in range(i + 1, min(i + 7, len(doc))):
        if doc[k].pos_ in ("NOUN", "PROPN"):
            noun = doc[k]
        elif _hyphen_joins(doc, k) or (k > i + 1 and _hyphen_joins(doc, k - 1)):
            continue  # 'two cash-handling kiosks': the compound runs on past its hyphen
        elif noun is not None or doc[k].pos_ not in ("ADJ", "VERB"):
            break
    return noun


def _hyphen_joins(doc: Doc, k: int) -> bool:
    """Whether the token at k is a hyphen glued between two words of one compound."""
    glued = doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
    return glued and k + 1 < len(doc) and doc[k + 1].is_alpha


def _with_verbs(words: dict[str, Any], extra: str) -> dict[str, Any]:
    """The acting words with the verbs of `extra` added: a league or a federation that
    suspends or excludes players or clubs (`sport_verbs`: 'suspended two strikers', 'excluded
    three clubs'), or a regulator that suspends, revokes, disqualifies or prohibits people,
    firms or vessels (`licensed_verbs`), acts as one that bans them; they are its targets."""
    return {**words, "verbs": [*words["verbs"], *words[extra]]}


def _kept_from_duty(noun: Token, words: dict[str, Any]) -> bool:
    """'suspended four inspectors from duty', 'three officials were suspended from their
    posts': the verb over `noun` keeps staff from their work (`duty_nouns`), no sanction."""
    verb = _coordination_top(noun).head
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in words["duty_preps"]
        and any(lemma(t) in words["duty_nouns"] for t in prep.children)
        for prep in verb.children
    )


def _restating_forms(lowers: list[str], words: dict[str, Any]) -> bool:
    """Whether a paragraph with no acting word may still restate an earlier order through a
    pronoun subject ('They include two firms'): it holds such a pronoun and a restating verb."""
    if set(words["subject_pronouns"]).isdisjoint(lowers):
        return False
    return not _restating_verb_forms().isdisjoint(lowers)


@cache
def _restating_verb_forms() -> frozenset[str]:
    words = load_data("quantity_words")["acting_counts"]
    return frozenset(f for w in words["restating"] for f in inflections(w))


@cache
def _acting_forms() -> frozenset[str]:
    """Every form of the acting words, irregular ones included ('froze'), for a prefilter."""
    words = load_data("quantity_words")["acting_counts"]
    acting = words["verbs"] + words["nouns"] + words["holder_only"] + words["target_nouns"]
    acting += words["sport_verbs"] + words["received_nouns"] + words["holder_verbs"]
    acting += words["licensed_verbs"]
    acting += words["licences"]["verbs"] + words["licences"]["actions"]
    acting += words["label_rows"]["verbs"] + words["declared"]["verbs"]
    forms = {f for w in acting for f in inflections(w)} | set(words["subject_adjectives"])
    irregular = sanction_words()["lemma_exceptions"]
    forms |= set(words["irregular_forms"])  # 'struck', which no rule inflects
    return frozenset(forms | {k for k, v in irregular.items() if v in words["verbs"]})


def _acted_on(noun: Token, words: dict[str, Any], target: bool) -> bool:
    """Whether a freezing or listing word acts on `noun` (through its coordination)."""
    top = _coordination_top(noun)
    head = top.head
    nouns = words["nouns"]
    holder = head.head.lemma_.lower() in words["holders"]
    held = top.lemma_.lower() in words["holders"]
    if top.dep_ == "pobj" and head.lower_ in words["holder_preps"] and holder:
        return _acted_on(head.head, words, True)  # 'accounts of three firms were blocked'
    licence = top.dep_ == "pobj" and head.lower_ in words["holder_preps"]
    if licence and _licence_taken(head.head, words):
        return True  # 'revoked the permits of nine hauliers'
    if top.dep_ == "poss" and _licence_taken(head, words):
        return True  # "four clinics' licences were suspended"
    actions = words["licences"]["actions"]
    if licence and target and head.lower_ in words["object_preps"] and lemma(head.head) in actions:
        return True  # 'lifted the suspension of five brokerages': the holders themselves
    if top.dep_ == "pobj" and head.lower_ in words["object_preps"] and held:
        return _acting_noun(head.head, words, True)  # 'the attachment of the land of'
    if top.dep_ == "pobj" and head.lower_ in words["owner_preps"] and head.head.dep_ == "acl":
        owned = head.head.head  # 'land owned by six people', 'accounts held by'
        if owned.lemma_.lower() in words["holders"]:
            return _acted_on(owned, words, True)
        return _acting_noun(owned, words, True)  # the participle hung on the order word
    if top.dep_ == "poss" and lemma(head) in words["holders"]:
        return _acted_on(head, words, True)  # "six traders' accounts were blocked"
    cover = held and head.lower_ in words["cover_preps"]  # 'notices over the holdings of'
    if top.dep_ == "pobj" and (head.lower_ in words["preps"] or cover):
        verb = head.head  # 'a ban on', 'froze assets on', 'a freeze imposed on'
        verb_noun = verb.head if verb.dep_ == "acl" else verb
        return (
            lemma(verb) in nouns
            or _acts(verb, words, target)
            or lemma(verb_noun) in nouns
            or _acting_noun(verb_noun, words, target)
        )
    listed = [top, *top.conjuncts, *(c for c in top.children if c.dep_ == "appos")]
    listed += [c for n in listed[1:] for c in n.conjuncts if c not in listed]
    if any(_participle_acts(n, words, target or held) for n in listed):
        return True  # 'two firms sanctioned over', 'three boats hit by freezing orders'
    bare = top.dep_ == "nsubj" and _bare_participle(head, held)  # 'Accounts of two firms blocked'
    if bare and (_acts(head, words, target) or (held and lemma(head) in words["holder_only"])):
        return True
    if _declared_out(top, head, words) or _barred_entry(top, head, words):
        return True  # 'declared 11 sailors inadmissible', 'barred 40 fans from entering'
    if target and _receives_ban(top, head, words):
        return True  # 'Five riders received bans', 'Two managers were handed suspensions'
    if top.dep_ in ("dobj", "nsubjpass"):
        if head.dep_ == "advcl" and head.tag_ == "VBG":
            return False  # 'sanctioned two firms, freezing 31 accounts': what the targets hold
        if _acts(head, words, target) or (held and lemma(head) in words["holder_only"]):
            return True
        if held and top.dep_ == "dobj" and lemma(head) in words["holder_verbs"]:
            return True  # 'suspended the accounts of 14 traders': the owners are the targets
        restated = lemma(head) in words["restating"]
        return restated and _acting_subject(head, words, target or held, held)
    if (
        top.dep_ in ("nsubj", "attr") and head.lemma_ in sanction_words()["copulas"]
    ):  # 'Also frozen are three motor launches'
        if head.dep_ in ("aux", "auxpass") and _acts(head.head, words, target):
            return True
        if target and top.dep_ == "nsubj" and _made_subject(head, words):
            return True  # '14 judges stood subject to the listing regime'
        return any(
            c.dep_ in ("acomp", "advcl", "ccomp", "xcomp") and _acts(c, words, target)
            for c in head.children
        )
    return False


def _declared_out(top: Token, verb: Token, words: dict[str, Any]) -> bool:
    """A count a declaring verb gives a state that keeps it out of a country (`declared`): its
    object or passive subject ('declared nine sailors inadmissible', 'were declared prohibited
    immigrants'), the subject of a clause the verb takes ('declared two envoys persona non
    grata'), or a headline's subject with no auxiliary ('Five traders declared undesirable')."""
    table = words["declared"]
    if lemma(verb) not in table["verbs"] and lemma(verb.head) not in table["verbs"]:
        return False
    states = set(table["states"])
    if lemma(verb) not in table["verbs"]:  # 'declared two envoys persona non grata'
        if top.dep_ != "nsubj" or verb.dep_ not in ("ccomp", "xcomp"):
            return False
        verb = verb.head
    elif top.dep_ == "nsubj":
        if any(
            c.dep_ in ("aux", "auxpass", "dobj") and lemma(c) not in states for c in verb.children
        ):
            return False  # 'the minister declared ...', 'two judges declared the vote void'
    elif top.dep_ not in ("dobj", "nsubjpass"):
        return False
    return any(lemma(t) in states or t.lower_ in states for t in verb.subtree if t.i > top.i)


def _barred_entry(top: Token, verb: Token, words: dict[str, Any]) -> bool:
    """A count a ban keeps from entering a country (`entry`): the object or passive subject of
    a barring verb whose 'from' phrase names an entry or a country ('barred 40 fans from
    entering the country', 'were banned from Ruritania'), not a stadium or a match."""
    table = words["entry"]
    if top.dep_ not in ("dobj", "nsubjpass") or lemma(verb) not in table["verbs"]:
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in table["preps"]:
            continue
        for t in prep.children:
            if lemma(t) in table["moves"] or lemma(t) in table["place_nouns"]:
                return True
            if t.ent_type_ in table["place_entities"]:
                return True
    return False


def _receives_ban(top: Token, verb: Token, words: dict[str, Any]) -> bool:
    """A target word that is the subject of a receiving verb (`receiving`: 'received', 'were
    handed', 'got') whose object is a ban word (`nouns` or `received_nouns`): the ban's targets."""
    if top.dep_ not in ("nsubj", "nsubjpass") or lemma(verb) not in words["receiving"]:
        return False
    banned = set(words["nouns"]) | set(words["received_nouns"])
    return any(c.dep_ == "dobj" and lemma(c) in banned for c in verb.children)


def _made_subject(copula: Token, words: dict[str, Any]) -> bool:
    """A copula whose complement ties it, through 'subject to', to a freezing word or a regime
    ('were by then subject to blocking orders', 'was subject to that regime'): its subject is a
    standing sanction's target. The words after the preposition are read up to a mark, as the
    parser may hang a plural freezing word off the clause as a verb."""
    acting = set(words["nouns"]) | set(words["regime_nouns"])
    doc = copula.doc
    for adjective in copula.children:
        if adjective.dep_ != "acomp" or adjective.lower_ not in words["subject_adjectives"]:
            continue
        for prep in adjective.children:
            if prep.dep_ != "prep" or prep.lower_ not in words["subject_preps"]:
                continue
            for t in doc[prep.i + 1 : prep.sent.end]:
                if t.is_punct and t.whitespace_:  # a comma, not the hyphen of 'UK-style'
                    break
                if lemma(t) in acting:
                    return True
    return False


def _participle_acts(noun: Token, words: dict[str, Any], target: bool) -> bool:
    """A past participle after `noun` that freezes or lists it ('two firms sanctioned', 'assets
    preserved'), or restates such an action through its agent ('ships hit by the freeze')."""
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        if _acts(verb, words, target) or (target and lemma(verb) in words["holder_only"]):
            return True
        agents = [t for a in verb.children if a.dep_ == "agent" for t in a.subtree]
        if lemma(verb) in words["restating"] and any(
            t.lower_ in _modifier_forms() or _acting_noun(t, words, target) for t in agents
        ):
            return True
    return False


def _bare_participle(verb: Token, held: bool) -> bool:
    """A headline's or a bullet's passive with no auxiliary ('Accounts blocked'); a past tense
    with no object too when its subject is a holding ('Holdings frozen', read as 'froze'), which
    never does the freezing itself."""
    if any(c.dep_ in ("aux", "auxpass") or (c.dep_ == "dobj" and not held) for c in verb.children):
        return False
    return verb.tag_ == "VBN" or (held and verb.tag_ in ("VBD", "JJ"))


def _acting_noun(noun: Token, words: dict[str, Any], target: bool) -> bool:
    """A noun that acts like a freezing word: one itself ('the attachment of', a holder-only word),
    a word for an order that a freezing word modifies ('freezing notices', 'restraint
    notices'), or, on target words only, a bare word for an order ('notices against'); a
    modified target ('a designated entity') is none."""
    found = lemma(noun)
    if found in words["nouns"] or found in words["holder_only"]:
        return True
    if target and found in words["target_nouns"]:
        return True
    modifiers = _modifier_forms()
    if found not in words["target_nouns"]:
        return False  # 'a designated entity' is a target, no order
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in modifiers for c in noun.children
    )


@cache
def _modifier_forms() -> frozenset[str]:
    """Every form of the words that make the noun they modify a freezing word ('freezing',
    'restraint', 'preservation'), whatever part of speech the parser gives them."""
    words = load_data("quantity_words")["acting_counts"]
    return frozenset(
        f for w in words["verbs"] + words["nouns"] + words["holder_only"] for f in inflections(w)
    )


def _past_bound(doc: Doc, i: int) -> int:
    """The index of the token before the number at i and the bound words before it ('up to',
    'more than'); 0 at the Doc's start."""
    words = _bound_words()
    j = i - 1
    while j > 0 and doc[j].lower_ in words and i - j <= 3:
        j -= 1
    return j


@cache
def _bound_words() -> frozenset[str]:
    """The words of the bound phrases a count may carry before it."""
    phrases = load_data("bounds")["before"]
    return frozenset(w for phrase in phrases for w in phrase.split())


def _counted_owners(noun: Token, words: dict[str, Any]) -> bool:
    """Held things whose owners are counted ('37 accounts held by six people', 'two accounts of
    three firms', 'vans belonging to the four traders'): the counted owners are the targets and
    the holdings' count stays a quantity, as the sanction finder reads them. Holdings of an
    owner told without a count ('accounts of a ring', 'held by the two cousins') are the targets
    themselves."""
    preps = words["owner_preps"]
    holder = noun.lemma_.lower() in words["holders"]
    phrases = [c for c in noun.children if holder and c.dep_ == "prep" and c.lower_ in preps]
    for child in noun.children:
        if child.dep_ == "acl":
            phrases += [c for c in child.children if c.dep_ in ("agent", "prep")]
    owners = [o for p in phrases if p.lower_ in preps for o in p.children if o.dep_ == "pobj"]
    owners += [c for o in owners for c in o.conjuncts]
    return any(
        o.pos_ == "NUM" or any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in o.children)
        for o in owners
    )


def _acts(verb: Token, words: dict[str, Any], target: bool) -> bool:
    """A verb of freezing or listing; one that acts on other things too only on targets."""
    found = lemma(verb)
    if not (found in words["verbs"] and (target or found in words["any_object"])):
        return False
    particle = words["particle_verbs"].get(found)  # 'struck off', never a bare 'struck'
    return particle is None or any(c.lower_ == particle for c in verb.children)


def _acting_subject(verb: Token, words: dict[str, Any], target: bool, held: bool) -> bool:
    """'The freeze covers', 'The frozen property includes': a subject holding a freezing word;
    on target words and holders also one holding a holder-only word ('The preservation order
    covers'), and on holders one holding an order word ('The notices list 12 accounts'; an
    order that covers people may be of another kind: 'curfew orders cover 9,000 people')."""
    acting = set(words["nouns"]) | set(words["verbs"])
    if target:
        acting |= set(words["holder_only"])
    if held:
        acting |= set(words["target_nouns"])
    forms = _modifier_forms()  # 'The restrained holdings comprise': an adjective keeps its form
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    if any(lemma(t) in acting or t.lower_ in forms for c in subjects for t in c.subtree):
        return True
    return target and any(_restates_a_sanction(c, words) for c in subjects)


def _restates_a_sanction(subject: Token, words: dict[str, Any]) -> bool:
    """'It lists nine traders', 'They include two firms': a pronoun (`subject_pronouns`) opening
    its sentence right after one that states a sanction or holds a freezing word stands for
    that order or list."""
    if subject.lower_ not in words["subject_pronouns"] or subject.i != subject.sent.start:
        return False
    doc = subject.doc
    last = [t for t in doc[: subject.i] if not t.is_space]
    if not last:
        earlier = story_upto(doc)[:-1]
        last = [t for t in earlier[-1] if not t.is_space] if earlier else []
    if not last:
        return False
    before = last[-1].sent
    stated = any(s.start <= before.start < s.end for s in before.doc.spans.get(SENTENCES, ()))
    forms = _modifier_forms()
    orders = {*words["target_nouns"], *sanction_words()["standing_totals"]["told_lists"]["words"]}
    return stated or any(
        t.lower_ in forms or (t.pos_ == "NOUN" and lemma(t) in orders) for t in before
    )
