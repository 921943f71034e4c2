"""Sanction actions in title-case headlines ("Treasury Targets Iranian Drone Suppliers", "EU
Extends Sanctions On Belarus By Six Months"): the tagger reads such words as proper nouns, so the
rule here uses word lists and order only, never part-of-speech or the parse. The Sanction record
lives here so that claims.sanctions and this module share it without an import cycle."""

from __future__ import annotations

import re
from functools import cache
from typing import cast

from spacy.attrs import IS_ALPHA, LOWER, SHAPE
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claims.extract import numbers
from claims.extract.lastseen import LastSeen
from claims.extract.lexicon import nationality_of, sanction_kinds
from claims.extract.sanctions.authorities import (
    about_whom,
    authorities_in,
    body_words,
    exchanges_named,
    states_in_words,
    states_named,
)
from claims.extract.sanctions.model import HeadlineAction, Sanction, Target
from claims.extract.sanctions.targets import bare_count
from claims.extract.sanctions.words import (
    acting_bodies,
    inflections,
    lemma,
    noun_heads,
    sanction_words,
)
from claims.extract.syntax import doc_text
from claims.resources import load_data

NOUN_WINDOW = 6  # 'Aligns With EU's 14th Package'
SMALL = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"))


def is_title_case(sent: Span) -> bool:
    """Most content words capitalized, as in a headline (not a sentence full of names)."""
    content, capital = _title_counts.get(sent.doc)
    n = content[sent.end] - content[sent.start]
    return n >= 4 and capital[sent.end] - capital[sent.start] >= 0.8 * n


def _count_title_words(doc: Doc) -> tuple[list[int], list[int]]:
    """Running counts over the Doc's tokens of content words (alphabetic, not in SMALL) and of
    those that start with a capital, read from its arrays once for all its sentences: an
    alphabetic token's shape starts with 'X' exactly where its first letter is upper case."""
    small = _small_ids()
    upper = _upper_shapes
    strings = doc.vocab.strings
    content, capital = [0], [0]
    c = k = 0
    rows = cast(list[list[int]], doc.to_array([IS_ALPHA, LOWER, SHAPE]).reshape(-1, 3).tolist())
    for i, (alpha, low, shape) in enumerate(rows):
        if alpha and low not in small:
            c += 1
            up = upper.get(shape)
            if up is None:  # a word of 100 characters or more has the shape 'LONG'
                form = strings[shape]
                up = upper[shape] = form[:1] == "X" if form != "LONG" else None
            k += up if up is not None else doc[i].text[:1].isupper()
        content.append(c)
        capital.append(k)
    return content, capital


@cache
def _small_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in SMALL)


_upper_shapes: dict[int, bool | None] = {}  # shape id -> starts with 'X' (None: 'LONG')
#: The Doc asked about last and its running counts (every sentence and line of it asks).
_title_counts: LastSeen[Doc, tuple[list[int], list[int]]] = LastSeen(_count_title_words)


def _verb_status(tok: Token) -> str | None:
    """The status a sanction verb gives, or None; a general action verb ('Extends') needs a
    sanction noun within the next three words."""
    low, table = lemma(tok), sanction_words()
    found = table["trigger_verbs"].get(low) or table["object_verbs"].get(low)
    if found is None and low in table["action_verbs"]:
        after = [lemma(t) for t in tok.doc[tok.i + 1 : tok.i + 1 + NOUN_WINDOW]]
        found = table["action_verbs"][low] if set(after) & noun_heads() else None
    aligning = table["intransitive_alignment"]
    if found is None and low in aligning["words"] and _aligns_with_authority(tok):
        found = "imposed"  # 'Switzerland Aligns With EU On Recruiters'
    if found is None and low in table["action_verbs"] and _passive_after_noun(tok):
        found = table["action_verbs"][low]  # 'Restraint Orders Granted Against Fuel Gang'
    if found is None and _suspends_dealings(tok):
        found = "imposed"  # 'Unit Suspends Payments Of Two Exchange Houses'
    if found is None and _kept_out_status(tok) is not None:
        found = "imposed"  # 'Ministry Declares Nine Traders Prohibited Immigrants'
    if found is None and low in table["headline_object_verbs"]["verbs"]:
        kinds = sanction_kinds()
        window = tok.doc[tok.i + 1 : min(tok.i + 1 + NOUN_WINDOW, tok.sent.end)]
        if any(t.lower_ in kinds for t in window):  # 'Hits Cartel-Linked Suppliers'
            found = table["headline_object_verbs"]["verbs"][low]
    return found


def _kept_out_status(verb: Token) -> int | None:
    """'Declares Seven Dealers Prohibited Immigrants', 'Deems Four Officials Undesirable': a
    verb of declaring (entry_denial kept_out verbs) with a status of a person kept out of the
    state a few words after it (a kept-out adjective, or a noun with its modifier) states an
    entry ban whoever declares it. Where that status starts, else None."""
    table = sanction_words()["entry_denial"]["kept_out"]
    if lemma(verb) not in table["verbs"]:
        return None
    doc = verb.doc
    end = min(verb.i + 1 + NOUN_WINDOW, verb.sent.end)
    for t in doc[verb.i + 1 : end]:
        if t.lower_ in table["adjectives"]:
            return t.i
        nxt = doc[t.i + 1] if t.i + 1 < end else None
        noun = lemma(nxt) if nxt is not None else ""
        noun = noun if noun in table["nouns"] else noun.removesuffix("s")
        if t.lower_ in table["nouns"].get(noun, []):
            return t.i
    return None


def _aligns_with_authority(verb: Token) -> bool:
    """A verb of taking over measures followed by its preposition and an authority ('Aligns
    With EU', 'Joins With UK'): in a headline, an action though no sanction noun follows."""
    table = sanction_words()["intransitive_alignment"]
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ not in table["preps"]:
        return False
    return bool(authorities_in(doc[verb.i + 2 : min(verb.i + 4, len(doc))].text))


def _named_kind(sent: Span, verb: Token) -> bool:
    """The first target word after the verb is of a named kind (not 'other': 'targets'): a verb
    that is no sanction word elsewhere ('hit') states one in a headline in sentence case only so
    ('Canada, Australia hit Russian suppliers')."""
    kinds = sanction_kinds()
    window = sent.doc[verb.i + 1 : min(verb.i + 1 + NOUN_WINDOW, sent.end)]
    first = next((kinds[t.lower_] for t in window if t.lower_ in kinds), "other")
    return first != "other"


def _bare_count(words: list[Token]) -> tuple[list[Target], set[int]] | None:
    """'Japan designates five', 'Adds Six More Over Fraud': a number first that counts no
    noun is a group of kind other (the story's claims may tell its kind)."""
    table = sanction_words()["bare_counts"]
    words = [w for w in words if not w.is_space]
    value = bare_count(words[0].text) if words else None
    if value is None:
        return None
    rest = words[1:]
    if rest and rest[0].lower_ in table["more"]:
        rest = rest[1:]
    if rest and rest[0].lower_ not in table["breaks"]:
        return None  # 'Sanctions Four Banks': the number counts a noun
    return [Target("other", value)], {words[0].i}


def words_targets(words: list[Token]) -> tuple[list[Target], set[int]]:
    """Target groups of a run of words with no verb of their own (a label's, a line's after its
    colon), counted by a number word just before them; with their tokens."""
    return _targets(words)


def _targets(words: list[Token]) -> tuple[list[Target], set[int]]:
    """Groups of the target words after the verb, counted by a number word just before them."""
    bare = _bare_count(words)
    if bare is not None:
        return bare
    targets: list[Target] = []
    heads: list[Token] = []
    tokens: set[int] = set()
    kinds = sanction_kinds()
    start = 0
    for i, tok in enumerate(words):
        kind = kinds.get(tok.lower_) or _counted_nationals(words, i)
        nxt = words[i + 1].lower_ if i + 1 < len(words) else ""
        if kind is None or lemma(tok) in noun_heads() or nxt in kinds:
            continue  # 'Shadow Fleet Tankers': the last word names the group
        if heads and _describes_before(words, heads[-1], tok):
            continue  # 'Captains Of Shadow Fleet Tankers': the captains' description
        mods = list(words[max(start, i - 5) : i])
        start = i + 1
        # the number nearest the word counts it: in 'Nine Peruvians, Two Banks' the banks' two
        count = next(
            (int(v) for m in reversed(mods) if (v := numbers.parse_tokens([m.text])) is not None),
            None,
        )
        singular = tok.tag_ == "NN" and tok.lower_ not in sanction_words()["invariant_plurals"]
        collective = tok.lower_ in sanction_words()["collective_nouns"]["words"]  # 'Shadow Fleet'
        if count is None and not collective and (_has_plural(tok.lower_, kinds) or singular):
            count = 1  # a singular head: 'Belarusian Airline'
        nationality = nationality_of(" ".join(m.text for m in mods))
        shared = _shares_count(words, heads[-1] if heads else None, tok, targets)
        if shared:  # '40 People And Companies': one count over two kinds
            targets[-1] = Target("other", targets[-1].count, [], targets[-1].nationality)
        else:
            targets.append(Target(kind, count, [], nationality))
        heads.append(tok)
        tokens |= {tok.i} | {m.i for m in mods if numbers.parse_tokens([m.text]) is not None}
    return targets, tokens


def _counted_nationals(words: list[Token], i: int) -> str | None:
    """'Sanctions Eight Peruvians, Two Firms': a capitalized plural of a nationality right after
    a number names people (claims/data/aliases.json `demonyms`), by word lists alone."""
    tok = words[i]
    low = tok.lower_
    if i == 0 or not tok.text[:1].isupper() or not low.endswith("s"):
        return None
    if low[:-1] not in load_data("aliases")["demonyms"]:
        return None
    return "person" if numbers.parse_tokens([words[i - 1].text]) is not None else None


def _has_plural(word: str, kinds: dict[str, str]) -> bool:
    """The word is a singular whose regular plural is a target word ('Airline', 'Boss'): a
    title-case headline tags it a name, so its form tells the number ('Entity' before 'List'
    is the list's name, so -ies plurals are left out)."""
    return word + "s" in kinds or word + "es" in kinds


def _describes_before(words: list[Token], before: Token, tok: Token) -> bool:
    """An uncounted target word in a description phrase of the one before ('12 Captains Of Shadow
    Fleet Tankers', 'Insurers Behind Shadow Fleet'): no group of its own."""
    between = [w for w in words if before.i < w.i < tok.i]
    preps = sanction_words()["headline_descriptions"]["preps"]
    return (
        bool(between)
        and between[0].lower_ in preps
        and not any(
            w.like_num
            or w.pos_ == "CCONJ"
            or w.text == ","
            or (w.pos_ == "VERB" and w.dep_ != "amod")
            for w in between
        )  # 'Of Sanctioned Cargo Ships': a participle that describes
    )


def _shares_count(
    words: list[Token], before: Token | None, tok: Token, targets: list[Target]
) -> bool:
    """The target word follows a counted one of another kind across a bare 'and' or comma."""
    if before is None or not targets or targets[-1].count is None:
        return False
    between = [w for w in words if before.i < w.i < tok.i]
    joins = sanction_words()["shared_count_joins"]
    bare = bool(between) and all(w.lower_ in joins for w in between)
    return bare and sanction_kinds()[tok.lower_] != targets[-1].kind


def lines(sent: Span) -> list[Span]:
    """The sentence cut at line breaks: a headline the parser joined to the next line."""
    out, start = [], sent.start
    doc = sent.doc
    if len(sent) and "\n" not in doc_text(doc)[sent.start_char : sent.end_char]:
        last = doc[sent.end - 1]  # no break inside: the one cut is at the last token
        end = last.i if last.is_space else last.i + 1
        return [doc[start:end]] if end > start else []
    for tok in sent:
        if "\n" in tok.text_with_ws or tok.i == sent.end - 1:
            end = tok.i if tok.is_space else tok.i + 1
            if end > start:
                out.append(sent.doc[start:end])
            start = tok.i + 1
    return out


def _next_action(sent: Span, verb: Token) -> int | None:
    """A later sanction verb of a title-case headline after a comma or 'and' ('EU Extends
    Sanctions, Adds Nine Judges'): an action of its own."""
    joins = sanction_words()["shared_count_joins"]
    doc = sent.doc

    def apart(t: Token) -> bool:  # words of the first action's own before the join
        return any(w.is_alpha and w.lower_ not in joins for w in doc[verb.i + 1 : t.i - 1])

    return next(
        (
            t.i
            for t in sent
            if t.i > verb.i + 1
            and (
                (doc[t.i - 1].lower_ in joins and apart(t))
                or _clause_subject(sent, verb.i, t.i) is not None
            )
            and _verb_status(t)
        ),
        None,
    )


CLAUSE_SUBJECT = 4  # '...; US Sanctions Cattle Trader', '..., State Department Names 12 Yards'


def _clause_subject(sent: Span, verb: int, later: int) -> int | None:
    """Where the own subject of a later clause of a headline starts: the few words between a
    join or a clause break (a semicolon) after the first action and the later verb name an
    authority ('Commission Lists Two Banks; US Sanctions Cattle Trader') or end on a state's
    body ('Unit Suspends Payments; Court Freezes Assets'): its own action."""
    table = sanction_words()
    breaks = set(table["shared_count_joins"]) | set(table["headline_clause_breaks"])
    doc = sent.doc
    for j in range(later - 1, verb + 1, -1):
        if doc[j].lower_ in breaks:
            words = doc[j + 1 : later]
            named = 0 < len(words) <= CLAUSE_SUBJECT and all(w.is_alpha for w in words)
            body = named and lemma(words[-1]) in acting_bodies()  # '...; Court Freezes ...'
            state = named and bool(authorities_in(words.text) or states_named(words.text))
            return j + 1 if state or body else None
    return None


def _clause_end(sent: Span, verb: int) -> int:
    """The end of the verb's clause in a headline: a clause break ('Brussels and London list 17
    officers; Switzerland and Norway to follow') or the line's end."""
    breaks = sanction_words()["headline_clause_breaks"]
    return next((t.i for t in sent if t.i > verb and t.text in breaks), sent.end)


KIND_REACH = 2  # 'Targeted Financial Sanctions': the participle, one modifier, the noun


def _named_kind_before(sent: Span, tok: Token) -> bool:
    """A participle naming a kind of measure (`kind_participles`) just before the word: the word
    is the noun of that kind, no headline verb."""
    kinds = sanction_words()["kind_participles"]["words"]
    return any(t.lower_ in kinds for t in sent.doc[max(sent.start, tok.i - KIND_REACH) : tok.i])


def headline_action(
    sent: Span, verbs: set[int] | None = None, after: HeadlineAction | None = None
) -> HeadlineAction | None:
    """The first sanction verb of a title-case headline, with authorities named before it; or,
    in any casing, the first of `verbs` (where a word-order pattern found a verb the parse
    missed: 'Japan sanctions 11 tankers'). `after`: the headline's action before, whose
    authorities a later one ('..., Adds Two Generals') shares."""
    if verbs is None and not is_title_case(sent):
        return None
    for tok in sent:
        if verbs is not None and tok.i not in verbs:
            continue
        if after is not None and tok.i != _next_action(sent, sent.doc[after.action]):
            continue
        if verbs is None and tok.is_lower:
            continue  # 'Washington blacklisted Golden Delta Petroleum in May': a sentence of names
        if (
            tok.dep_ == "compound"
            and tok.head.pos_ == "PROPN"
            and (tok.head.lower_ in sanction_words()["headline_name_heads"]["words"])
        ):
            continue  # 'the National Sanctions Secretariat': a word of a body's name
        if verbs is None and _named_kind_before(sent, tok):
            continue  # 'Register of Targeted Financial Sanctions': a kind of measure, no verb
        noun = _kicker(tok) or (_after_preposition(tok) and not _closing_participle(sent, tok))
        status = _verb_status(tok) if tok.i > sent.start and not noun else None
        if status is None:
            continue
        casual = (
            verbs is not None and lemma(tok) in sanction_words()["headline_object_verbs"]["verbs"]
        )
        if casual and not _named_kind(sent, tok):
            continue  # 'Israel and the US hit Houthi targets': a strike
        before = [t for t in sent if t.i < tok.i]
        said = " ".join(t.text for t in before)  # an exchange acts as itself: 'Oslo Bourse Halts'
        authorities = exchanges_named(said)[-1:] or authorities_in(said)
        table = sanction_words()  # a verb that is an action by itself, not 'Lifts Its Veto'
        own_verb = lemma(tok) in {
            *table["trigger_verbs"],
            *table["object_verbs"],
            *table["list_entry"]["verbs"],
        }
        if not authorities and verbs is None and after is None and own_verb:
            authorities = states_named(" ".join(t.text for t in before))  # 'UAE CABINET ADDS'
        if not authorities and verbs is None and after is None and _body_before(before):
            named = states_in_words(" ".join(t.text for t in before))  # 'Peruvian Judge Freezes'
            authorities = named if len(named) == 1 else []

        subject = _clause_subject(sent, after.action, tok.i) if after is not None else None
        if after is not None:  # a clause of its own names its own authority
            clause = sent.doc[subject : tok.i].text if subject is not None else ""
            authorities = authorities_in(clause) or states_named(clause) or after.authorities
        elif verbs is not None:
            authorities = _owner_of_clause(tok) or authorities
        cues = {lemma(t) for t in before[-3:]}
        if status == "imposed" and cues & set(sanction_words()["planned_cues"]):
            status = "planned"  # 'EU Plans To Sanction ...', 'UK Will Ban ...'
        nxt = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is not None and nxt.lower_ in sanction_words()["particle_status"]:
            status = sanction_words()["particle_status"][nxt.lower_]
        passive = _agentless(tok) or _closing_participle(sent, tok)  # '... Gang Frozen'
        agentless = not authorities and passive and bool(_targets(before)[0])
        if (
            not authorities
            and lemma(tok) not in sanction_words()["trigger_verbs"]
            and not agentless
            and not _freezes_holdings(tok)
            and not _bars_from_market(sent, tok)
            and not _suspends_dealings(tok)
            and not _passive_after_noun(tok)
            and _kept_out_status(tok) is None
        ):
            continue
        later = _next_action(sent, tok) if verbs is None else None
        stop = _clause_end(sent, tok.i)
        if later is not None:
            stop = min(stop, _clause_subject(sent, tok.i, later) or later)
        kept_out = _kept_out_status(tok)
        stop = min(stop, kept_out) if kept_out is not None else stop
        rest = [t for t in sent if tok.i < t.i < stop]
        if agentless and _closing_participle(sent, tok):
            rest = []  # '... Gang Frozen, Two Vans Towed': what follows is another clause
        while (
            later is not None and rest and rest[-1].lower_ in sanction_words()["shared_count_joins"]
        ):
            rest.pop()  # the join before the next action
        targets, tokens = _targets(rest)
        if kept_out is not None:  # 'Declares Seven Dealers Undesirable': people kept out
            targets = [Target("person", t.count, t.names, t.nationality) for t in targets]
        if not targets and after is None:
            targets, tokens = _targets(_struck_words(before))
        if not targets and after is None and agentless:
            targets, tokens = _targets(before)  # 'Two Generals Added To EU List'
            authorities = authorities_in(" ".join(t.text for t in rest))  # the list's owner
        joined = bool(before) and before[-1].lower_ in sanction_words()["shared_count_joins"]
        own = authorities and before and after is None and not joined  # ', adds two ...' its own
        first = before[0].i if own else subject if subject is not None else tok.i
        if agentless and tokens and min(tokens) < first:
            first = min(tokens)  # 'Two Tankers Banned': from the group that undergoes it
        last = max([tok.i, *tokens, *[t.i for t in rest if not t.is_punct][:8]])
        if kept_out is not None:  # '... Prohibited Immigrants': the status closes the action
            said = sanction_words()["entry_denial"]["kept_out"]["adjectives"]
            last = max(last, kept_out if sent.doc[kept_out].lower_ in said else kept_out + 1)
        return HeadlineAction(sent.doc, first, last, tok.i, status, authorities, targets, tokens)
    return None


def _body_before(before: list[Token]) -> bool:
    """A headline's words before its verb that end on a noun of a state's own body ('Moroccan
    Judge', 'Kenyan Court'): a nationality or place among them names that body's state."""
    return bool(before) and before[-1].lower_ in body_words()


def _freezes_holdings(verb: Token) -> bool:
    """'Prosecutor Freezes Assets Of 14 People', 'Court Freezes Accounts Of Two Firms': a freeze
    verb right before what it freezes (freeze_objects) states an asset freeze whoever orders it
    (the story's authority when the words before name none), not 'Lake Freezes Over'."""
    table = sanction_words()
    if lemma(verb) not in table["freeze_verbs"]:
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (nxt is not None and lemma(nxt) in table["freeze_objects"]) or _owned_holdings(verb)


def _owned_holdings(verb: Token) -> bool:
    """'Court Freezes Smuggling Ring's Assets', 'Judge Freezes Ex-Minister's Bank Accounts': the
    holdings (freeze_objects) come after their owner's possessive, within a few words of the verb
    and with nothing but the owner's words (and one compound word) between."""
    doc, objects = verb.doc, set(sanction_words()["freeze_objects"])
    end = min(verb.i + 1 + NOUN_WINDOW, verb.sent.end)
    for t in doc[verb.i + 1 : end]:
        if t.tag_ == "POS":
            after = doc[t.i + 1 : min(t.i + 3, end)]
            return t.i > verb.i + 1 and any(lemma(a) in objects for a in after)
        if not (t.is_alpha or t.tag_ == "HYPH"):
            return False
    return False


def _passive_after_noun(verb: Token) -> bool:
    """'Preservation Orders Granted To Police ...', 'Travel Bans Imposed On ...': a general
    action verb's past form right after the sanction noun it acts on (a compound head with its
    compound word before it) is the headline's passive, with no agent."""
    doc = verb.doc
    if verb.i < 1 or verb.lower_ == lemma(verb) or not verb.lower_.endswith("d"):
        return False
    noun = doc[verb.i - 1]
    if lemma(noun) in noun_heads():
        return True
    words = sanction_words()["compound_heads"].get(lemma(noun))
    return bool(words) and verb.i >= 2 and lemma(doc[verb.i - 2]) in words


def _suspends_dealings(verb: Token) -> bool:
    """'Bureau Suspends Payments Of Two Money Changers': a verb of stopping dealings
    (suspended_dealings) right before the dealings or holdings it stops states the measure
    whoever orders it, as a freeze verb before holdings does ('Suspends Talks' states none)."""
    table = sanction_words()
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    stopped = {
        *table["dealings"],
        *table["freeze_objects"],
        *table["suspended_dealings"]["objects"],
    }
    return (
        lemma(verb) in table["suspended_dealings"]["verbs"]
        and nxt is not None
        and nxt.is_alpha
        and lemma(nxt) in stopped
    )


def _bars_from_market(sent: Span, verb: Token) -> bool:
    """'Regulator Bars Nine Brokers From Stock Market', 'Central Bank Bans Four Lenders From Euro
    Auctions': a barring verb whose 'from' phrase names a securities or a currency market
    (market_bans) states the ban whoever orders it (the story names the authority)."""
    table = sanction_words()["market_bans"]
    if lemma(verb) not in table["verbs"]:
        return False
    prep = sanction_words()["barred_from"]["prep"]
    doc = sent.doc
    stop = _clause_end(sent, verb.i)
    start = next((t.i for t in doc[verb.i + 1 : stop] if t.lower_ == prep), None)
    if start is None:
        return False
    words = doc[start + 1 : min(start + 1 + NOUN_WINDOW, stop)]
    places, currencies = set(table["places"]), set(table["currencies"])
    return any(lemma(w) in places or w.lower_ in currencies for w in words)


def _kicker(tok: Token) -> bool:
    """The last word of a headline's kicker ('Week in Sanctions: ...', 'Asia Sanctions Watch:
    ...') labels the section; it is no verb of the headline's action."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"


def _after_preposition(tok: Token) -> bool:
    """'... In First Use Of New Migration Sanctions': a word the parser hangs on a preposition
    as its object, right after its modifiers, is a noun, no verb of the headline."""
    return tok.dep_ == "pobj" and tok.head.pos_ == "ADP" and tok.head.i < tok.i


def _closing_participle(sent: Span, tok: Token) -> bool:
    """'Property Of Smuggling Gang Frozen', '..., Two Tankers Banned': a past form (not the lemma
    itself) that closes its clause, at the line's end or before a join or a clause break, is
    the headline's passive verb even where the parser made it a preposition's object."""
    table = sanction_words()
    breaks = {*table["shared_count_joins"], *table["headline_clause_breaks"]}
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    past = tok.lower_ != lemma(tok) and tok.lower_ in set(table["lemma_exceptions"]) | {
        f for f in inflections(lemma(tok)) if f.endswith("d")
    }
    return past and (nxt is None or nxt.is_space or nxt.lower_ in breaks)


def _owner_of_clause(verb: Token) -> list[str]:
    """'the EU's package, which lowered the cap and listed 105 tankers': a verb of a relative
    clause acts for the owner its antecedent names, not for every name before it."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ != "relcl":
        return []
    noun = verb.head
    owner = authorities_in(noun.doc[noun.left_edge.i : noun.i + 1].text)
    owners = (t for t in reversed(noun.doc[noun.sent.start : noun.i]) if t.dep_ == "poss")
    first = next(owners, None)  # 'the EU's package, adopted in July, which ...': the owner
    if not owner and first is not None:
        owner = authorities_in(noun.doc[first.left_edge.i : first.i + 1].text)
    return owner


def _agentless(verb: Token) -> bool:
    """'Two Generals And A Trader Added To UN List': a participle with no agent after a headline's
    first words, which name no authority; those words are what undergoes the action."""
    agents = sanction_words()["struck_by"]["preps"]
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    bare = verb.tag_ == "VBD" and nxt is not None and nxt.pos_ == "ADP"  # 'Added To': no object
    if nxt is not None and nxt.lower_ in agents:
        return False  # 'Hit By EU Sanctions': _struck_words reads it
    return (verb.tag_ == "VBN" or bare) and not any(c.lower_ in agents for c in verb.children)


def _struck_words(before: list[Token]) -> list[Token]:
    """'Copper Trader Hit By UK Sanctions': the words before a verb whose agent is the sanction
    noun name its target."""
    table = sanction_words()
    for j in range(len(before) - 1, 0, -1):
        if before[j].lower_ in table["struck_by"]["preps"]:
            acting = lemma(before[j - 1]) in table["struck_by"]["verbs"]
            return before[: j - 1] if acting else []
    return []


def headline_claims(line: Span, verbs: set[int] | None = None) -> list[Sanction]:
    """The headline's sanction claims (a country alone is no target group): its first action,
    then each later one a comma or 'and' sets apart ('EU Extends Sanctions, Adds Nine Judges')."""
    found: list[Sanction] = []
    t = headline_action(line, verbs)
    while t is not None:
        doc = t.doc
        if (
            found
            and found[-1].status == t.status
            and t.first == t.action
            and not _other_measure(found[-1], doc[t.action])
        ):
            # 'Hits Network, Blocks 9 Tankers': one action ('...; US Blocks ...' is another)
            last = found[-1]
            last.end = doc[t.last].idx + len(doc[t.last])
            last.targets = [*last.targets, *t.targets]
            last.target_tokens = last.target_tokens | t.target_tokens
            last.actions = last.actions | {t.action}
            t = headline_action(line, verbs, t) if verbs is None else None
            continue
        found.append(
            Sanction(
                doc[t.first].idx,
                doc[t.last].idx + len(doc[t.last]),
                t.status,
                t.authorities,
                t.targets,
                t.target_tokens,
                0.7,
                actions={t.action},
            )
        )
        t = headline_action(line, verbs, t) if verbs is None else None
    return found


def _other_measure(before: Sanction, verb: Token) -> bool:
    """'Declares 14 Foreigners Prohibited Immigrants, Freezes Accounts Of Two Firms': a later
    verb of the headline that freezes where the action before did not, or the other way round,
    is another measure, when both are measure verbs of their own: an action of its own
    ('Targets Brokers, Blocks 4 Firms' is one)."""
    doc = verb.doc
    table = sanction_words()
    own = {*table["trigger_verbs"], *table["object_verbs"], *table["freeze_verbs"]}
    own |= set(table["entry_denial"]["kept_out"]["verbs"])  # 'Declares ... Undesirable'
    verbs = [verb, *(doc[i] for i in before.actions)]
    if any(lemma(v) not in own for v in verbs):
        return False  # 'Freezes Assets, Issues Restraint Order': one measure told twice
    return any(_freezes(doc[i]) != _freezes(verb) for i in before.actions)


def _freezes(verb: Token) -> bool:
    """A freeze verb (freeze_verbs), or a verb of blocking right before the money held it
    blocks (blocked_holdings: 'Blocks 40 Accounts', not 'Blocks 4 Firms')."""
    table = sanction_words()
    if lemma(verb) in table["freeze_verbs"]:
        return True
    block = table["blocked_holdings"]
    doc = verb.doc
    held = [lemma(t) for t in doc[verb.i + 1 : min(verb.i + 3, verb.sent.end)]]
    return lemma(verb) in block["verbs"] and any(h in block["objects"] for h in held)


LABEL_WORDS = 3  # 'Asset freeze:', 'EU travel ban:'


def label_claim(line: Span, noun: int) -> Sanction | None:
    """A label-style line ('Asset freeze: 11 individuals, 29 organisations', 'Freezes in force:
    23 entities'): the sanction noun, with at most three words of its own, labels the counted
    targets after the colon; the authority comes from the article."""
    doc = line.doc
    if noun - line.start >= LABEL_WORDS or any(t.pos_ == "VERB" for t in doc[line.start : noun]):
        return None
    colon = next((t.i for t in line if t.i > noun and t.text == ":"), None)
    if colon is None:
        return None
    after, depth = [], 0
    for t in line[colon + 1 - line.start :]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text != ")":  # '(1 bank)' is a part of a group already counted
            after.append(t)
    if not any(t.lower_ in sanction_kinds() for t in line):
        return None  # 'New listings: 41' (not 'People listed: 27'): a tally, no targets named
    targets, tokens = _targets(after)
    if not targets or any(t.pos_ == "VERB" for t in after):  # 'Shelling: 2 people killed'
        return None
    verbs = {**sanction_words()["action_verbs"], **sanction_words()["trigger_verbs"]}
    said = [verbs.get(lemma(t)) for t in doc[noun:colon]]  # 'Listings revoked this year: 4 ...'
    status = "lifted" if "lifted" in said else "imposed"
    last = max(tokens)
    return Sanction(
        doc[line.start].idx,
        doc[last].idx + len(doc[last]),
        status,
        authorities_in(doc[line.start : noun + 1].text),
        targets,
        tokens,
        0.6,
        actions={noun},
    )


@cache
def _timeline_date() -> re.Pattern[str]:
    return re.compile(sanction_words()["timeline"]["date"], re.IGNORECASE)


def timeline_claim(line: Span) -> Sanction | None:
    """A timeline entry ('24.02.2022 - First asset freezes on Russian banks', 'May 2022 - Import
    ban adopted'): a date, a dash, then a phrase naming a sanction noun or a package states an
    action though no verb does; the authority is one named before the noun, else the article's."""
    table = sanction_words()["timeline"]
    head = line[: table["max_date_tokens"] + 1]
    said = doc_text(line.doc)[head.start_char : head.end_char]
    if not any(dash in said for dash in table["dashes"]):
        return None  # no token of the head can be a dash: its tokens are not made
    dated = [
        t
        for t in head
        if t.text in table["dashes"]
        and t.i > line.start
        and _timeline_date().fullmatch(line.doc[line.start : t.i].text)
    ]
    if not dated:
        return None
    dash = dated[-1]  # '2024-06-24 - ...': the hyphens inside the date are no separator
    rest = [t for t in line if t.i > dash.i]
    packages = sanction_words()["package_nouns"]
    nouns = [t for t in rest if lemma(t) in noun_heads() or lemma(t) in packages]
    if not nouns:
        return None
    noun = nouns[0]
    context = lemma(noun) in sanction_words()["needs_context"] or lemma(noun) in packages
    page = doc_text(line.doc).lower()
    near = line.doc[max(dash.i + 1, noun.i - 2) : noun.i]
    ordinal = any(t.like_num and t.tag_ != "CD" for t in near)  # 'First package', '14th round'
    if context and not ordinal and not any(w in page for w in sanction_words()["context_words"]):
        return None  # 'Aid package approved' in a paragraph that speaks of no sanctions
    verbs = {**sanction_words()["action_verbs"], **sanction_words()["trigger_verbs"]}
    statuses = [verbs[lemma(t)] for t in rest if lemma(t) in verbs]
    status = next((s for s in statuses if s != "imposed"), "imposed")  # 'Package lifted'
    before = [t for t in rest if t.i < noun.i]
    targets, tokens = _targets([t for t in rest if t.i > noun.i])
    words = [t for t in rest if not t.is_space and not t.is_punct]
    if not words:
        return None
    return Sanction(
        line.start_char,
        words[-1].idx + len(words[-1]),
        status,
        authorities_in(" ".join(t.text for t in before if not about_whom(t))),
        targets,
        tokens,
        0.6,
        actions={noun.i},
    )


def menu_link(line: Span, i: int) -> bool:
    """Token i sits in a short piece of a breadcrumb or menu line ('Home > World > Sanctions')."""
    table = sanction_words()["menu"]
    said = doc_text(line.doc)[line.start_char : line.end_char]
    if not any(mark in said for mark in table["separators"]):
        return False  # no token of the line can be a separator: its tokens are not made
    cuts = [t.i for t in line if t.text in table["separators"]]
    if not cuts:
        return False
    before = max([line.start - 1, *[c for c in cuts if c < i]])
    after = min([line.end, *[c for c in cuts if c > i]])
    words = [t for t in line.doc[before + 1 : after] if t.is_alpha or t.like_num]
    return len(words) < table["min_words"]
