"""Canonical short names of sanctioning authorities and nationalities through the alias table
(claims/data/aliases.json): Seoul -> South Korea, the Treasury -> United States."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from claims.extract.sanctions.words import (
    acting_bodies,
    lemma,
    noun_heads,
    sanction_words,
    word_lemma,
)
from claims.extract.syntax import acting_subject, doc_text
from claims.resources import load_data


@cache
def _alias_re() -> re.Pattern[str]:
    aliases = sorted(load_data("aliases")["aliases"], key=len, reverse=True)
    qualified = load_data("aliases")["qualified"]
    other = "".join(rf"(?<!{re.escape(w)}\s)" for w in qualified["before"])
    longer = load_data("aliases")["longer_names"]["names"]  # 'British Columbia' is no Britain
    parts = []
    for alias in aliases:
        body = re.escape(alias)
        rest = [n[len(alias) :].split() for n in longer if n.startswith(alias + " ")]
        gap = r"\s+"
        body += "".join("(?!" + gap + gap.join(map(re.escape, w)) + r"\b)" for w in rest)
        if len(alias.replace(".", "")) <= 3:
            body = re.escape(alias.upper())  # US, UK, EU, UN: capitals only, never the pronoun "us"
            parts.append(rf"(?-i:{body})")
        else:
            body = body.replace(r"\-", r"\s*-\s*")  # 'Anti - Money' as tokens join
            body = body.replace("'", r"\s?'")  # "Nurses ' Board": a plural's apostrophe split off
            parts.append(other + body if alias in qualified["aliases"] else body)
    place = "|".join(re.escape(w) for w in sorted(_place_words()))
    return re.compile(
        r"(?<![\w.])(?:" + "|".join(parts) + rf")(?![\w])(?!\s*-?\s*(?:{place})\b)", re.IGNORECASE
    )


def _alias_key(found: str) -> str:
    """The alias table's key of a match: lower case, a hyphen without the spaces that joined
    tokens put around it ('Anti - Money' -> 'anti-money'), an apostrophe without the space before it."""
    return re.sub(r"\s+'", "'", re.sub(r"\s*-\s*", "-", found.lower()))


@cache
def _place_words() -> frozenset[str]:
    """Second halves of a hyphenated compound that make its name a place ('Riga-registered')."""
    return frozenset(load_data("aliases")["place_suffixes"]["words"])


def unnamed_home(subject: str) -> bool:
    """A subject that names the story's own government without saying whose ('the Government',
    'Ministers', "the Treasury's sanctions office"): no alias in it but ambiguous ones."""
    table = sanction_words()["home_subjects"]
    words = set(re.findall(r"[a-z]+", subject.lower()))
    if not words & set(table["words"]):
        return False
    found = [_alias_key(m.group(0)) for m in _alias_re().finditer(subject)]
    if not all(f in table["ambiguous"] for f in found):
        return False
    owners = re.findall(r"([\w .-]+?)(?:'s|’s|'|’)\s", subject + " ")  # "Peru's council"
    low = {" ".join(re.findall(r"[a-z]+", o.lower())) for o in owners}
    return not any(f" {o}".endswith(f" {k}") for o in low for k in _actor_countries())


def authorities_in(text: str) -> list[str]:
    """Canonical authorities named in text, in order of first mention, each once."""
    table = load_data("aliases")["aliases"]
    found = [table[_alias_key(m.group(0))] for m in _alias_re().finditer(text)]
    return list(dict.fromkeys(found))


def states_named(text: str) -> list[str]:
    """Authorities of the alias table and actor countries (by name or other name, not by
    capital) a text names, in order of first mention, each once: the members of a list."""
    found = [(m.start(), a) for m in _alias_re().finditer(text) for a in authorities_in(m.group(0))]
    low = text.lower()
    for key_re, state in _named_state_res():
        found.extend((m.start(), state) for m in key_re.finditer(low))
    return list(dict.fromkeys(a for _, a in sorted(found)))


@cache
def _named_state_res() -> list[tuple[re.Pattern[str], str]]:
    """One pattern per actor country's name or other name (a capital is a place in a list, not a
    member), built once: `states_named` runs on every headline clause."""
    names = set(sanction_words()["actor_countries"]["names"]) | set(_variant_keys())
    lowered = {n.lower() for n in names}
    return [
        (re.compile(rf"(?<![\w]){re.escape(key)}(?![\w])"), state)
        for key, state in _actor_countries().items()
        if key in lowered
    ]


def state_mentions(text: str) -> list[tuple[int, str]]:
    """Every mention of a state in a text, by name, other name, capital or nationality, as
    (offset, state): alias-table authorities that are states, actor countries and demonyms."""
    states = _states()
    found = [
        (m.start(), m.end(), a)
        for m in _alias_re().finditer(text)
        for a in authorities_in(m.group(0))
        if a in states
    ]
    pattern, words = _mention_words()
    for m in pattern.finditer(text.lower()):
        said, start = m.group(1), m.start()
        for key in (said, said[:-1] if said.endswith("s") else ""):  # 'Filipinos': 'filipino'
            if key in words:
                found.append((start, start + len(said), words[key]))
    return sorted(  # a name inside a longer one is part of it ('Spain' of 'Port of Spain')
        (start, state)
        for start, end, state in found
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found)
    )


def authority_mentions(text: str) -> list[tuple[int, str]]:
    """Every mention of an authority in a text, as (offset, authority): those of the alias table
    (blocs and banks too) and every state mention (`state_mentions`)."""
    found = [(m.start(), a) for m in _alias_re().finditer(text) for a in authorities_in(m.group(0))]
    return sorted(set(found) | set(state_mentions(text)))


def states_in_words(text: str) -> list[str]:
    """The states a text names by words outside the alias table (an actor country, its capital
    or other name, a nationality: 'the UAE Cabinet', 'the Kenyan Government'), in order of
    first mention, each once."""
    pattern, words = _mention_words()
    found = []
    for m in pattern.finditer(_lower(text)):
        said = m.group(1)
        found += [words[k] for k in (said, said[:-1] if said.endswith("s") else "") if k in words]
    return list(dict.fromkeys(found))


def _lower(text: str) -> str:
    """`text` in lower case with a dotted capital I lowered to a plain i ('TÜRKİYE' as
    'türkiye'), not to an i with a combining dot that no name in the tables spells."""
    return text.lower().replace("i\u0307", "i")


@cache
def _mention_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The words outside the alias table that mention a state (demonyms, actor countries, their
    capitals and other names), lower case, each with its state, and one pattern that finds them
    all in a lower-case text: at each word start, the longest word there (a lookahead, so that a
    mention starting inside another is found too; a shorter one from the same start lies inside
    it and counts for nothing)."""
    aliases = load_data("aliases")["aliases"]
    words = {k: v for k, v in load_data("aliases")["demonyms"].items() if k not in aliases}
    words |= _actor_countries()
    states = {k: _actor_countries().get(v.lower(), v) for k, v in words.items()}
    either = "|".join(re.escape(k) for k in sorted(states, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?=((?:{either})s?)(?![\w]))"), states


def is_state(name: str) -> bool:
    """Whether a canonical authority is a state (not a bloc, a bank or the UN)."""
    return name in _states()


@cache
def _states() -> frozenset[str]:
    """The canonical names that are states (not blocs nor the UN): those of nationalities and
    actor countries."""
    demonyms = set(load_data("aliases")["demonyms"].values())
    return frozenset(demonyms | set(_actor_countries().values()))


def _variant_keys() -> list[str]:
    table = sanction_words()["actor_countries"]["variants"]
    return [k for k in table if not k.startswith("_")]


PRUNED = ("relcl", "acl", "prep", "advcl", "appos", "punct")
MODIFIERS = ("compound", "npadvmod", "nmod", "amod")


@cache
def _regime_table() -> tuple[frozenset[str], frozenset[str]]:
    table = load_data("aliases")["regime_subjects"]
    return frozenset(table["names"]), frozenset(table["related"])


def regime_names() -> frozenset[str]:
    """The states measures are about when a name modifies them (aliases.json `regime_subjects`)."""
    return _regime_table()[0]


def regime_subject(tok: Token) -> bool:
    """A name modifying a noun that says whom measures are about ('the Iran regime', 'its
    Iran-related list'), not who takes them (claims/data/aliases.json `regime_subjects`)."""
    if tok.pos_ != "PROPN" or tok.dep_ not in MODIFIERS:
        return False
    head = tok
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head != head:
        head = head.head  # 'North' in 'North Korea'
    if head.dep_ not in MODIFIERS:
        return False
    names, related = _regime_table()
    if head.head.lower_ in related:
        return True
    name = " ".join(t.text for t in tok.doc[tok.i : head.i + 1] if t.pos_ == "PROPN")
    found = authorities_in(tok.doc[min(tok.i, head.i) : head.i + 1].text) or authorities_in(name)
    return head.head.pos_ == "NOUN" and bool(found) and all(a in names for a in found)


def core_authorities(tok: Token) -> list[str]:
    """Authorities named by a noun phrase's core: itself, compounds, modifiers and conjuncts,
    without its relative clauses or prepositional phrases ('Canada, which backs Ukraine, ...')."""
    keep: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack += [
            c
            for c in t.children
            if (c.dep_ not in PRUNED or (c.dep_ == "prep" and c.lower_ == "of") or _name_prep(c))
            and not regime_subject(c)
        ]
    kept = {t.i for t in keep}
    doc = tok.doc  # a hyphen inside a kept name ('Al-Qaida') stays, as the alias spells it
    keep += [
        doc[i]
        for i in range(tok.left_edge.i + 1, tok.i)
        if doc[i].text == "-" and i - 1 in kept and i + 1 in kept and doc[i].dep_ == "punct"
    ]
    keep.sort(key=lambda t: t.i)
    text = " ".join(t.text for t in keep)
    return authorities_in(text.replace(" 's", "'s")) or _seat(tok)


def _name_prep(prep: Token) -> bool:
    """A preposition inside a proper name ('Bank for Reconstruction'): one of `name_preps` on a
    proper noun, with a capitalised proper noun as its object."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in sanction_words()["name_preps"]["words"]
        and prep.head.pos_ == "PROPN"
        and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" and o.text[:1].isupper() for o in prep.children
        )
    )


def _seat(body: Token) -> list[str]:
    """'The trade ministry in Canberra', 'the finance ministry in Seoul': a body
    named by no state of its own is the state whose capital (or name) seats it."""
    table = sanction_words()["seat_preps"]
    if lemma(body) not in acting_bodies():
        return []
    return [
        a
        for c in body.children
        if c.dep_ == "prep" and c.lower_ in table["words"]
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "PROPN"
        for a in authorities_in(p.text) or _place_state(p)
    ]


def _place_state(place: Token) -> list[str]:
    """'a court in Abuja', 'a court in Ghana': a place outside the alias table that names an
    actor country or its capital (a body seated there acts for that state)."""
    start = min([c.i for c in place.lefts if c.dep_ == "compound"] + [place.i])
    name = place.doc[start : place.i + 1].text.lower()
    found = _joined_state(place) or _actor_countries().get(name) or _cities().get(name)
    return [found] if found is not None else []  # 'a court in Lagos'


def _joined_state(name: Token) -> str | None:
    """The actor country whose name two names joined by 'and' make ('Bosnia and Herzegovina',
    'Trinidad and Tobago'), the parser having read the second as a conjunct of the first."""
    doc = name.doc
    start = min([c.i for c in name.lefts if c.dep_ == "compound"] + [name.i])
    for c in name.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i - name.i == 2:
            found = _actor_countries().get(doc[start : c.i + 1].text.lower())
            if found is not None:
                return found
    return None


@cache
def _cities() -> dict[str, str]:
    """Large cities other than capitals, by lower-case name, each with the short name of the
    state that seats its courts and offices (sanctions.json `actor_countries` `cities`)."""
    table = sanction_words()["actor_countries"]
    short = {k: v for k, v in table["variants"].items() if not k.startswith("_")}
    places = table["cities"] | table["regions"]  # a province's courts are its state's too
    return {c.lower(): short.get(n, n) for c, n in places.items()}


def city_mentions(text: str) -> list[tuple[int, str]]:
    """Every mention of a large city other than a capital in a text, as (offset, the state that
    seats its courts): `_cities`, matched as written with a capital first letter."""
    cities, either = _cities(), _city_re()
    if either is None:
        return []
    found = either.finditer(text)
    return [(m.start(), cities[m.group(1).lower()]) for m in found if m.group(1)[:1].isupper()]


@cache
def _city_re() -> re.Pattern[str] | None:
    """`_cities` as one pattern, longest first, built once."""
    either = "|".join(re.escape(c) for c in sorted(_cities(), key=len, reverse=True))
    return re.compile(rf"(?<![\w])({either})(?![\w])", re.I) if either else None


@cache
def _actor_countries() -> dict[str, str]:
    """Actor countries beyond the alias table, their capitals and other names, by lower-case
    name, each as the short name the gold gives the state (`actor_countries` `variants`)."""
    aliases = load_data("aliases")["aliases"]
    table = sanction_words()["actor_countries"]
    short = {k: v for k, v in table["variants"].items() if not k.startswith("_")}
    names = {n.lower(): n for n in table["names"] if n.lower() not in aliases}
    seats = {c.lower(): n for c, n in table["capitals"].items() if c.lower() not in aliases}
    other = {k.lower(): v for k, v in short.items() if k.lower() not in aliases}
    return {k: short.get(v, v) for k, v in (names | seats | other).items()}


@cache
def _state_names_as_written() -> frozenset[str]:
    """Names and capitals of actor countries exactly as written: a word spelled so is that
    state's even where the tagger reads it as a common noun (a headline's first word)."""
    table = sanction_words()["actor_countries"]
    return frozenset(table["names"]) | frozenset(table["capitals"])


def actor_authorities(tok: Token) -> list[str]:
    """The authorities a noun phrase in an actor's place names: those of the alias table, else
    a state outside it when it is the phrase's own name or its owner ("Kenya's finance
    ministry"); a country anywhere else in a sentence is a place (claims/data/sanctions.json
    `actor_countries`)."""
    exchanges = exchange_authorities(tok)
    if exchanges:  # 'the Stock Exchange of Ruritania' acts as itself, not as Ruritania
        return exchanges
    found = core_authorities(tok)
    doc = tok.doc
    governing = lemma(tok) in sanction_words()["actor_countries"]["governments"]
    named = [c for c in tok.children if c.dep_ == "compound" and governing]  # 'Macau authorities'
    if not found:  # 'the Indian Ocean Tuna Commission' is the table's, no Indian body
        found += _seat_compound(tok) + _nationality_of_government(tok, governing)
    owning = [o for c in tok.children if c.dep_ == "compound" for o in _owners(c)]
    for t in (tok, *_owners(tok), *owning, *named, *tok.conjuncts):  # "Peru's unit UIF"
        if t.pos_ != "PROPN" and t.text not in _state_names_as_written():
            continue  # 'Canada and Mexico announced ...': the table's state, its partner
        if t.is_upper and len(t) > 1 and _acronym_authorities(t):
            found += _acronym_authorities(t)  # 'the Monetary Authority of Singapore (MAS)'
            continue  # an acronym the text defines in no such name may be a state's ('the UAE')
        found += _name_of_state(t)  # 'the Reserve Bank of Malawi', 'the Republic of Kenya'
        start = min([c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t.i])
        name = _actor_countries().get(doc[start : t.i + 1].text.lower())
        if name is None and start < t.i:  # "a Dhaka district judge's order": its seat first
            name = _actor_countries().get(doc[start].lower_)
        if name is None:  # 'the Capital Markets Board Namibia': its state written last
            name = _state_after_body(t)
        if name is None:  # 'Korea aligns with ...' on a page that says which Korea
            name = _shared_name_state(doc[start : t.i + 1].text, doc)
        if name is not None:
            found.append(name)
    bodies = [f.lower().split() for f in found if not is_state(f)]  # 'Athletics Kenya' is no Kenya
    return [
        f for f in dict.fromkeys(found) if not (is_state(f) and any(f.lower() in b for b in bodies))
    ]


@cache
def _exchange_re() -> re.Pattern[str]:
    """A securities exchange's own name (sanctions.json `exchange_names`): capitalised words
    before a head, or an 'of' head and a capitalised name after it; heads as written or in
    capitals ('Bourse', 'BOURSE'), never a bare lower-case 'bourse'."""
    table = sanction_words()["exchange_names"]

    def alternatives(heads: list[str]) -> str:
        forms = {f for h in heads for f in (h, h.upper())}
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len))

    word = r"[A-Z][\w'’-]*"
    of_heads, heads = alternatives(table["of_heads"]), alternatives(table["heads"])
    return re.compile(
        rf"(?:{of_heads})\s+(?:of|OF)\s+(?:the\s+)?{word}(?:\s+{word})*"
        rf"|(?:{word}\s+)+(?:{heads})(?![\w])(?!\s+(?:of|OF)\s+(?:the\s+)?[A-Z])"
    )


def _exchange_name(found: str) -> str:
    """An exchange's name as the authority: the article dropped, capitals title-cased."""
    name = re.sub(r"\s+", " ", re.sub(r"^(?:the|The|THE)\s+", "", found.strip()))
    return name.title() if name.isupper() else name


def exchanges_named(text: str) -> list[str]:
    """The securities exchanges a text names, in order of first mention, each once."""
    return list(dict.fromkeys(_exchange_name(m.group(0)) for m in _exchange_re().finditer(text)))


def exchange_authorities(tok: Token) -> list[str]:
    """A securities exchange in an actor's place (sanctions.json `exchange_names`): its own name
    when the phrase's core spells one; a bare exchange noun ('the exchange', 'the Lima bourse')
    the page's exchange whose name holds the place before it, else the one exchange the page
    names, else the place and the noun."""
    doc = tok.doc
    of = sanction_words()["exchange_names"]["of"]
    ofs = [p.right_edge.i for p in tok.children if p.dep_ == "prep" and p.lower_ == of]
    named = exchanges_named(doc[tok.left_edge.i : max([tok.i, *ofs]) + 1].text)
    if named:
        return named[:1]
    if lemma(tok).lower() not in sanction_words()["exchange_names"]["bare"]:
        return []
    places = [c.text for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    on_page = exchanges_named(doc.text)
    held = [n for n in on_page if places and places[-1].lower() in n.lower().split()]
    if held or (not places and len(on_page) == 1):
        return (held or on_page)[:1]
    return [f"{' '.join(places)} {tok.text.title()}"] if places else []


def _state_after_body(name: Token) -> str | None:
    """A body's name written with its state after the body noun, no 'of' between ('the
    Securities Commission Ruritania', 'the Competition Authority Sri Lanka'): the parser heads the
    name on the state, with the body noun among its compounds; the actor country the words after
    the last such noun spell; or, read as a body head with the state as its apposition, that
    state."""
    doc = name.doc
    if lemma(name).lower() in acting_bodies():  # or the body head, the state its apposition
        after = [c for c in name.rights if c.dep_ == "appos" and c.left_edge.i == name.i + 1]
        return next(
            (
                found
                for c in after
                if (found := _actor_countries().get(doc[c.left_edge.i : c.i + 1].text.lower()))
            ),
            None,
        )
    bodies = [
        c.i
        for c in name.lefts
        if c.dep_ == "compound" and c.pos_ == "PROPN" and lemma(c).lower() in acting_bodies()
    ]
    if not bodies:
        return None
    return _actor_countries().get(doc[max(bodies) + 1 : name.i + 1].text.lower())


def _nationality_of_government(tok: Token, governing: bool) -> list[str]:
    """'The Czech side', 'the Kenyan authorities': a noun of a state's own government
    (`actor_countries` `governments`) that a nationality right before it names acts for that
    state."""
    if not governing:
        return []
    demonyms = load_data("aliases")["demonyms"]
    words = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    found = [demonyms[c.lower_] for c in words[-1:] if c.lower_ in demonyms]
    return [_actor_countries().get(f.lower(), f) for f in found]  # 'Czech Republic': Czechia


def _owners(tok: Token) -> list[Token]:
    """The possessive owners of a noun, and theirs in turn ("Angola's attorney general's
    office": 'general', then 'Angola')."""
    found: list[Token] = []
    owners = [c for c in tok.children if c.dep_ == "poss"]
    while owners and len(found) < 4:
        found += owners
        owners = [c for o in owners for c in o.children if c.dep_ == "poss"]
    return found


def _name_of_state(name: Token) -> list[str]:
    """A name of the form '<Body> of <State>' ('the Reserve Bank of Malawi', 'the Central Bank
    of Egypt'): the actor country its 'of' phrase names."""
    of = sanction_words()["decision_owners"]["prep"]
    found: list[str] = []
    for c in name.children:
        if c.dep_ != "prep" or c.lower_ != of:
            continue
        for p in c.children:
            if p.dep_ != "pobj" or p.pos_ != "PROPN":
                continue
            start = min([g.i for g in p.lefts if g.dep_ == "compound"] + [p.i])
            state = _joined_state(p) or _actor_countries().get(
                name.doc[start : p.i + 1].text.lower()
            )
            # 'the Ministry of Finance of Malawi', 'the Republic of Malawi': the state the
            # body's own name ends on, one 'of' further
            found += [state] if state is not None else _name_of_state(p)
    return found


def _seat_compound(body: Token) -> list[str]:
    """'A Kampala court froze ...', 'a Peruvian judge froze ...': a body noun whose name before it
    is a capital, or whose first modifier is a nationality, acts for that state (a country so
    named may be whom the body is about: 'the Mali committee'). A state's officials
    (`home_state` `officials`: 'Greek police', 'Spanish prosecutors') act for the state their
    nationality names, though no city seats them."""
    officials = {w.split()[-1] for w in load_data("sanctions")["home_state"]["officials"]}
    if lemma(body) not in acting_bodies():
        if body.lower_ not in officials:
            return []
        adjectives = [c for c in body.children if c.dep_ == "amod" and c.i < body.i]
        return [s for s in (demonym_state(c) for c in adjectives[:1]) if s is not None]
    capitals = sanction_words()["actor_countries"]["capitals"]
    names = [c for c in body.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:  # 'a Karachi court': a city seats it as a capital does
        seats = [capitals.get(c.text) or _cities().get(c.lower_) for c in names[:1]]
        if any(s is not None for s in seats):
            return [s for s in seats if s is not None]
    adjectives = [c for c in body.children if c.dep_ in ("amod", "compound") and c.i < body.i]
    states = [demonym_state(c) for c in adjectives[:1]]  # 'a Mexican judge', 'the Nigerian court'
    return [s for s in states if s is not None]


def _acronym_authorities(acronym: Token) -> list[str]:
    """The authorities of the name an acronym stands for where the text defines it ('the
    Monetary Authority of Singapore (MAS)'): the name's own words before the parenthesis."""
    doc = acronym.doc
    for t in doc:
        if t.text != acronym.text or t.i < 2 or t.i + 1 >= len(doc):
            continue
        if doc[t.i - 1].text != "(" or doc[t.i + 1].text != ")":
            continue
        start = t.i - 2
        while (
            start > 0
            and t.i - start < 10
            and doc[start - 1].text != "("
            # a capitalised adjective is a word of the name ('the Central African ... (CA)')
            and (
                doc[start - 1].pos_ in ("PROPN", "ADP", "DET")
                or (doc[start - 1].pos_ == "ADJ" and doc[start - 1].text.istitle())
                or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_)  # 'Inter-'
            )
        ):
            start -= 1
        name = doc[start : t.i - 1]
        found = (
            exchanges_named(name.text)
            or authorities_in(name.text)
            or [c for w in name if (c := _actor_countries().get(w.lower_)) is not None]
        )
        if found:
            return found
    return []


def defined_acronyms(texts: Iterable[str]) -> dict[str, list[str]]:
    """Acronyms a text defines after the name they stand for ('the Maritime Authority of Norway
    (MAN)'), read over a whole article so that a later chunk's bare acronym acts too: the name is
    the run of words before the parenthesis whose capitalised initials spell the acronym; only
    names that hold an authority count."""
    table: dict[str, list[str]] = {}
    for text in texts:
        if "(" not in text:  # no acronym defined: spares the regex's scan
            continue
        for m in _ACRONYM.finditer(text):
            acronym = m.group(2)
            words = m.group(1).split()
            initials = ""
            for n in range(len(words) - 1, max(-1, len(words) - 12), -1):
                parts = [p for p in words[n].split("-") if p[:1].isupper()]
                initials = "".join(p[0] for p in parts) + initials  # 'Anti-Terrorism': AT
                if initials == acronym:
                    name = " ".join(words[n:])
                    low = f" {name.lower()} "
                    found = authorities_in(name) or [
                        c for k, c in _actor_countries().items() if f" {k} " in low
                    ]
                    found = found or _owner_before(words[:n])  # "Chile's Financial Unit (FU)"
                    if found:
                        table.setdefault(acronym, list(dict.fromkeys(found)))
                    break
            else:  # an acronym of a body's name in its state's own language: its owner's
                owned = _owner_of_name(words) if words[-1].lower() in body_words() else []
                if owned:
                    table.setdefault(acronym, owned)
        for m in _APPOSED.finditer(text):  # 'the Data Bureau (RAB), Estonia's unit': its owner
            owner = _owner_before(m.group(2).split()) or _demonym_state(m.group(2))
            if owner:
                table.setdefault(m.group(1), owner)
    for text in texts:
        for acronym, found in _spelled_acronyms(text).items():
            table.setdefault(acronym, found)
    return table


def bare_acronyms(text: str) -> frozenset[str]:
    """Acronyms a text defines with no owner ('the Financial Crimes Office (FCO) froze ...')
    before any state owns one of that name ("Chad's FCO"): the story's own body, so that a later
    bare use stays its home state's rather than the namesake's owner's."""
    owned_at: dict[str, int] = {}
    for m in _OWNED.finditer(text):
        owned_at.setdefault(m.group(2), m.start(2))
    bare: set[str] = set()
    for m in _ACRONYM.finditer(text):
        acronym = m.group(2)
        if acronym in bare or owned_at.get(acronym, len(text)) < m.start(2):
            continue
        words = m.group(1).split()
        initials = ""
        for n in range(len(words) - 1, max(-1, len(words) - 12), -1):
            parts = [p for p in words[n].split("-") if p[:1].isupper()]
            initials = "".join(p[0] for p in parts) + initials
            if initials == acronym:
                if not _owner_before(words[:n]) and not authorities_in(" ".join(words[n:])):
                    bare.add(acronym)
                break
    return frozenset(bare)


@cache
def body_words() -> frozenset[str]:
    """Nouns that head the name of a state's own body (sanctions.json `home_state` `bodies`,
    `body_nouns`, `court_nouns`)."""
    return frozenset(load_data("sanctions")["home_state"]["bodies"]) | acting_bodies()


def _owner_of_name(words: list[str]) -> list[str]:
    """The state a possessive names before a run of capitalised words that ends the list ("...
    Ruritania's Financial Crime Service"), the run a name of NAME_WORDS words at most; else none."""
    for n in range(len(words) - 1, max(-1, len(words) - NAME_WORDS - 1), -1):
        if not words[n][:1].isupper():
            return []
        if n > 0 and words[n - 1].endswith(("'s", "’s")) and words[n - 1][:1].isupper():
            return _owner_before(words[:n])
    return []


#: The most words of a body's name that its owner's possessive may stand before.
NAME_WORDS = 6


@lru_cache(maxsize=1024)
def _spelling(acronym: str) -> re.Pattern[str]:
    """_spelled_acronyms' pattern for one acronym, compiled once per acronym (not per text)."""
    initials = r"\s+".join(rf"{c}[a-z][\w'’-]*" for c in acronym)
    return re.compile(rf"\b({initials})(?:\s+of\s+(?:the\s+)?((?:[A-Z][\w.-]*\s*){{1,3}}))?")


def _spelled_acronyms(text: str) -> dict[str, list[str]]:
    """Acronyms a text uses bare whose name it spells out elsewhere with no brackets, with the
    state that owns it after 'of' or before it as a possessive ('the Crimes Unit of Fiji
    said ...', later 'the CU'; "Ghana's Crimes Unit ... the CU"): that state, read from the
    name's first spelling only (a later one with another state is that state's own body)."""
    table: dict[str, list[str]] = {}
    for acronym in dict.fromkeys(re.findall(r"\b[A-Z]{2,6}\b", text)):
        for m in _spelling(acronym).finditer(text):
            after = (m.group(2) or "").strip()
            low = f" {after.lower()} "
            found = authorities_in(after) or [
                c for k, c in _actor_countries().items() if f" {k} " in low
            ]
            found = found or _owner_before(text[: m.start()].split()[-3:])
            if found:
                table.setdefault(acronym, list(dict.fromkeys(found)))
            break  # the first spelling is the story's own body; a later one another state's
    return table


def _shared_name_state(name: str, doc: Doc) -> str | None:
    """The state a short name two states share names on this page (aliases.json
    `shared_names`): the one whose cue the page gives first, a longer cue masking the shorter
    ones inside it ('Democratic People's Republic of Korea' is no 'Republic of Korea')."""
    shared = load_data("aliases")["shared_names"].get(name.lower())
    if not shared:
        return None
    text = doc_text(doc)
    cues = sorted(((c, s) for s, cs in shared.items() for c in cs), key=lambda p: -len(p[0]))
    first: dict[str, int] = {}
    for cue, state in cues:
        for m in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)", text, re.I):
            first[state] = min(first.get(state, m.start()), m.start())
            text = text[: m.start()] + " " * len(cue) + text[m.end() :]
    return str(min(first, key=lambda s: first[s])) if first else None


def demonym_state(word: Token) -> str | None:
    """The state a nationality word names ('a Peruvian judge': Peru); a word two states share
    (aliases.json `shared_demonyms`) names the one whose cues the page has, when it names only
    one of them ('the Congolese agency' on a page about Brazzaville)."""
    table = load_data("aliases")
    shared = table["shared_demonyms"].get(word.lower_)
    if shared:
        text = doc_text(word.doc)
        named = [
            state
            for state, cues in shared.items()
            if any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", text, re.I) for c in cues)
        ]
        if len(named) == 1:
            return str(named[0])
    found = table["demonyms"].get(word.lower_)
    return str(found) if found else None


def _demonym_state(words: str) -> list[str]:
    """The state a nationality word names ('Estonian'), else none."""
    found = load_data("aliases")["demonyms"].get(words.lower())
    return [found] if found else []


def owned_acronyms(text: str) -> dict[str, list[str]]:
    """Acronyms a text gives a state as their owner ("Kenya's FRC", 'the Ghana FIC'): the
    state the one to three capitalised words right before the acronym name, with or without a
    possessive; the nearest such owner before the end of the text wins."""
    table: dict[str, list[str]] = {}
    for m in _OWNED.finditer(text):
        words = m.group(1).split()
        if not words[-1].endswith(("'s", "’s", "'", "’")):
            words[-1] += "'s"  # 'the Ghana FIC': the name right before owns it as well
        found = _owner_before(words)
        if found:
            table[m.group(2)] = found
    for m in _NAMED_AFTER.finditer(text):  # 'FMU Armenia | Updates'
        acronym, name = m.group(1), m.group(2)
        if authorities_in(acronym):
            continue  # 'UN', 'EU': a body of its own
        whole = _alias_re().fullmatch(name) is not None  # the name and nothing more
        found = authorities_in(name) if whole else []
        found = found or [c for k, c in _actor_countries().items() if k == name.lower()]
        if len(found) == 1 and found[0] not in regime_names():
            table.setdefault(acronym, found)
    return table


_OWNED = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:'s|’s|'|’)?)\s+([A-Z]{2,6})\b")
#: An acronym followed by a state's name that closes a label or a masthead ('AFM Kazakhstan:',
#: 'FIU Fiji | Notices'): the state's body, as a channel or a page names itself.
_NAMED_AFTER = re.compile(
    r"(?m)\b([A-Z]{2,6})\s+((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)(?=\s*(?:[|:]|$))"
)


def _owner_before(words: list[str]) -> list[str]:
    """The state that owns a defined name, as the possessive right before it ("Peru's", "the
    Philippines'"): an alias or an actor country."""
    owner: list[str] = []
    for word in reversed(words[-3:]):
        owner.insert(0, word)
        if not word[:1].isupper():
            return []
        last = owner[-1]
        if last.endswith(("'s", "’s", "'", "’")):
            name = re.sub(r"(?:'s|’s|'|’)$", "", " ".join(owner))
            found = authorities_in(name) or [
                c for k, c in _actor_countries().items() if k == name.lower()
            ]
            if found:
                return found
    return []


_APPOSED = re.compile(  # an acronym's definition followed by a description owned by a state
    r"\(([A-Z]{2,6})\),\s+(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:'s|’s|'|’)"
    r"|[A-Z][a-z]+(?=\s+[a-z]))"
)
_ACRONYM = re.compile(r"((?:[\w'’.-]+\s+){1,12}?[\w'’.-]+)\s*\(([A-Z]{2,6})\)")


def reporting_authorities(verb: Token) -> list[str]:
    """'The regulator said that lenders had frozen 20 accounts': the authorities of the subject
    of the reporting verb (compliance_subjects `reported_by`) the verb is a complement of; such a
    freeze by private bodies is that authority's measure carried out on its notice."""
    reporters = sanction_words()["compliance_subjects"]["reported_by"]
    head = verb
    while head.dep_ in ("ccomp", "conj") and head.head != head:
        head = head.head
        if lemma(head) in reporters:
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            return actor_authorities(subject) if subject is not None else []
    return []


def authorities_of(trigger: Token, action: Token, target_tokens: set[int]) -> list[str]:
    """From the noun's modifiers ('South Korean sanctions'), the agent ('by the EU'), the
    subject, else any authority named before the trigger outside the targets."""
    doc = trigger.doc

    def named(tok: Token) -> list[str]:
        words = doc[tok.left_edge.i : tok.right_edge.i + 1]
        clauses = {w.i for t in words if t.dep_ == "relcl" for w in t.subtree}  # 'which ...'
        return authorities_in(
            " ".join(t.text for t in words if t.i not in clauses and not about_whom(t))
        )

    for c in action.children:  # a passive's agent acts, whatever the verb it joins
        if c.dep_ == "agent" and named(c):
            return named(c)
        agents = [a for p in c.children if c.dep_ == "agent" for a in actor_authorities(p)]
        if agents:
            return agents  # 'imposed by Chile'
    agents = _noun_agents(trigger, action) or named_as_agents(action)
    if agents:
        return agents  # 'put under travel bans by Australia', 'listed as a terrorist by Japan'
    adopters = _adopter_of_measures(trigger, action)
    if adopters:
        return adopters  # 'Peru has adopted EU listings of ...': Peru's own claim
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in action.children):
        owners = _list_owners(action)  # a passive's own list owner, not a subject it inherits
        if owners:
            return owners
    subj = acting_subject(action)
    clause = action
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # '..., which also lowers the cap and bans 47 tankers'
    if subj is not None and clause.dep_ == "relcl" and clause.head == subj:
        subj = _measure_of(_whole_pair(subj, clause) if clause == action else subj)
    if subj is not None and subj.i not in target_tokens and actor_authorities(subj):
        subjects = [c for c in action.children if c.dep_ == "nsubj" and c.i not in target_tokens]
        subjects += [  # 'EU, UK freeze ...' with the second read as an apposition
            a for c in subjects for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"
        ]
        opening = _dateline_end(action)  # 'OTTAWA, May 2 (Wire) - Japan ...': a place, no actor
        subjects = [c for c in subjects if c.i > opening]
        listed = [a for c in sorted(subjects) for a in actor_authorities(c)]  # a heading's actors
        if not listed and opening >= 0:  # the parser took the dateline for the subject
            listed = authorities_in(
                " ".join(
                    t.text
                    for t in doc[opening + 1 : action.i]
                    if t.dep_ not in ("pobj", "poss") and t.head.dep_ not in ("pobj", "poss")
                )
            )
        return list(dict.fromkeys(listed)) if subj.head == action else actor_authorities(subj)
    holder = _order_holder(action)
    if holder:  # "Peru's prosecutor obtained an order freezing ...": the prosecutor's state
        return holder
    stranded = _subject_after_subordinator(action)
    if stranded:  # 'since Ottawa in May ended its programme': the parser's 'since' took Ottawa
        return stranded
    owners = [
        a for c in _intention(action).children if c.dep_ == "poss" for a in actor_authorities(c)
    ]
    if owners:  # "Japan's decision to list X": the owner of the decision acts
        return list(dict.fromkeys(owners))
    owners = _decision_owners(action)
    if owners:  # 'the decision of the bloc to impose ...'
        return owners
    private = sanction_words()["compliance_subjects"]["words"]
    reporters = reporting_authorities(action) if subj is not None and subj.lower_ in private else []
    if reporters:
        return reporters  # 'the regulator said banks had frozen ...'
    if subj is not None and _stands_for_state(subj):
        reporter = _reporter(subj)
        if reporter:
            return reporter  # 'Bern followed, saying it had adopted the measures'
    owners = _list_owners(action)
    if owners:
        return owners
    owners = _owners_of_closed_places(action)
    if owners:  # 'banned from Tokyo MoU ports', 'kept out of harbours in the bloc's waters'
        return owners
    kept_out_of = _state_kept_out_of(trigger)
    if kept_out_of:  # 'are ineligible for entry into Canada': Canada keeps them out
        return kept_out_of
    adopting = lemma(action) in sanction_words()["adopting_verbs"]["words"]
    taken = adopting and trigger.dep_ == "pobj"  # 'gave effect to UN designations': not the UN's
    taken = taken or _applied_listing(trigger)  # 'the order puts UN designations into force'
    if trigger != action and not taken:
        mods = [
            c
            for c in trigger.children
            if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < trigger.i
        ]
        found = [a for m in mods for a in named(m)]
        if found:
            return list(dict.fromkeys(found))
    left = [
        t
        for t in doc[trigger.sent.start : min(trigger.i, action.i)]
        if t.i not in target_tokens
        and t.pos_ == "PROPN"
        and t.dep_ not in ("pobj", "poss")
        and t.head.dep_ not in ("pobj", "poss")
        and not about_whom(t)
        and not _place_compound(t)
        and not (taken and t.head == trigger)
        and not _described(t, action)
    ]
    found = authorities_in(" ".join(t.text for t in left)) or fronted_place(action, trigger)
    return found or _place_where_a_body_acts(action)


def _order_holder(action: Token) -> list[str]:
    """'Peru's prosecutor obtained a court order freezing 30 accounts': a participle on an order
    noun (obtained_orders `nouns`) that is a verb's object acts through the subject of that verb."""
    order = action.head
    if action.dep_ != "acl" or action.tag_ != "VBG" or order.dep_ != "dobj" or order.i > action.i:
        return []  # not "welcomed Britain's decision to designate ...": the owner decides
    if lemma(order) not in sanction_words()["obtained_orders"]["nouns"]:
        return []
    subj = acting_subject(order.head)
    return actor_authorities(subj) if subj is not None else []


def _state_kept_out_of(trigger: Token) -> list[str]:
    """'two judges are ineligible for entry into Canada', 'was declared inadmissible to Peru':
    the state a standing of one kept out (entry_denial `kept_out` adjectives) names after 'to' or
    'into', directly or after its entry word, is the one that keeps them out."""
    table = sanction_words()["entry_denial"]
    kept = table["kept_out"]
    if lemma(trigger) not in kept["adjectives"]:
        return []
    preps = [c for c in trigger.children if c.dep_ == "prep"]
    places = [p for c in preps if c.lower_ in kept["preps"] for p in c.children]
    places += [
        q
        for c in preps
        if c.lower_ == kept["entry_prep"]
        for p in c.children
        if p.dep_ == "pobj" and lemma(p) in table["objects"]
        for e in p.children
        if e.dep_ == "prep" and e.lower_ in kept["preps"]
        for q in e.children
    ]
    found = [
        a
        for p in places
        if p.dep_ == "pobj"
        for a in authorities_in(" ".join(t.text for t in p.subtree)) or _place_state(p)
    ]
    return [a for a in dict.fromkeys(found) if a not in regime_names()]


def _subject_after_subordinator(action: Token) -> list[str]:
    """'the largest case since Ottawa in May ended its programme while listing ...': a verb with
    no subject of its own (nor the verb its clause depends on, through 'while listing') right
    after a subordinating word the parser read as a preposition (sanctions.json
    `subordinators_read_as_preps`): that preposition's object, with at most a phrase of time or
    place between it and the verb, is the verb's subject."""
    words = sanction_words()["subordinators_read_as_preps"]["words"]
    verb = action
    while verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and verb.head != verb:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        verb = verb.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    doc = verb.doc
    for prep in doc[max(verb.sent.start, verb.i - 12) : verb.i]:
        if prep.lower_ not in words or prep.dep_ != "prep":
            continue
        for obj in prep.children:
            between = doc[obj.i + 1 : verb.i]
            if obj.dep_ != "pobj" or len(between) > 6:
                continue
            if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between):
                continue
            found = actor_authorities(obj)
            if found:
                return found
    return []


def _adopter_of_measures(trigger: Token, action: Token) -> list[str]:
    """'Peru has adopted EU listings of 40 firms', 'Oslo implements UN designations of ...': a
    sanction noun taken as the action itself while it is the object of a verb of taking over
    another authority's measures (sanctions.json `adopting_verbs`): the verb's subject acts
    (CLAIMS.md: an authority that adopts another's package makes its own claim), not the
    authority that modifies the measures."""
    if trigger != action or trigger.dep_ != "dobj":
        return []
    verb = trigger.head
    if lemma(verb) not in sanction_words()["adopting_verbs"]["words"]:
        return []
    return [a for c in verb.children if c.dep_ == "nsubj" for a in actor_authorities(c)]


def _list_owners(action: Token) -> list[str]:
    """'was put on the UN list', "added to Kenya's blacklist": the owner of the list the action
    puts targets on (a modifier, or a possessive that may name a state outside the alias table)."""
    lists = sanction_words()["membership_lists"]["words"]
    owners = [
        a
        for prep in action.children
        if prep.dep_ == "prep"
        for p in prep.children
        if p.dep_ == "pobj" and lemma(p) in lists
        for c in p.children
        if c.dep_ in ("poss", "compound")
        for a in (actor_authorities(c) if c.dep_ == "poss" else core_authorities(c))
    ]
    return list(dict.fromkeys(owners))


def _owners_of_closed_places(action: Token) -> list[str]:
    """'Four tankers were banned from Tokyo MoU ports', 'kept out of harbours in the Riyadh MoU
    area': the places a ban keeps targets out of are the banning authority's own, so whose
    ports or waters they are (a modifier of the place, or of the noun after 'in' or
    'of' it) is who bans (claims/data/sanctions.json `closed_places`)."""
    table = sanction_words()["closed_places"]
    found: list[str] = []
    for prep in action.children:
        if prep.dep_ != "prep" or prep.lower_ not in table["preps"]:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or lemma(place) not in table["places"]:
                continue
            found += core_authorities(place)
            found += [
                a
                for inner in place.children
                if inner.dep_ == "prep" and inner.lower_ in table["inner_preps"]
                for whose in inner.children
                if whose.dep_ == "pobj"
                for a in core_authorities(whose)
            ]
    return list(dict.fromkeys(found))


def _place_where_a_body_acts(action: Token) -> list[str]:
    """'The two were also sanctioned in Spain, where the National Court froze their accounts': a
    place of the action whose relative clause of place has a state's own body as its subject
    acts through that body (claims/data/sanctions.json `seat_preps`)."""
    preps = sanction_words()["seat_preps"]["words"]
    found = [
        a
        for c in action.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "PROPN" and any(_acting_clause(r) for r in p.children)
        for a in authorities_in(p.text) or _place_state(p)
    ]
    return [a for a in dict.fromkeys(found) if a not in regime_names()]


def _acting_clause(clause: Token) -> bool:
    """A relative clause of place ('where the court froze ...') whose subject is a body noun."""
    return (
        clause.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in clause.children)
        and any(c.dep_ == "nsubj" and lemma(c) in body_words() for c in clause.children)
    )


def _described(tok: Token, action: Token) -> bool:
    """A word in a relative clause that describes a noun of the action's sentence rather than
    holding the action ('the committee that implements Security Council resolutions added ...':
    the resolutions' Council is not who adds)."""
    for up in tok.ancestors:
        if up == action:
            return False
        if up.dep_ == "relcl":
            return True
    return False


def fronted_place(action: Token, trigger: Token | None = None) -> list[str]:
    """'In Austria, two deposits were frozen ...', 'In Lima, the unit reported it had frozen ...':
    the state a place that opens the action's sentence, set off by a comma, is or seats, when
    the place's clause holds the action; never a state measures are about (claims/data/
    sanctions.json `fronted_place`). The action may be a verb that orders or imposes such a
    measure named as its object ('In Lagos, a judge ordered a freeze of ...')."""
    table = sanction_words()["fronted_place"]
    sent = action.sent
    prep = sent[0]
    # the object, which the parser may take for an adjunct when a phrase comes between it and
    # its verb ('extended until May a freeze on ...')
    ordered = trigger if trigger is not None and trigger.dep_ in ("dobj", "npadvmod") else None
    ordered = ordered if ordered is not None and ordered.head == action else None
    acts = lemma(action) in table["verbs"] or (
        ordered is not None and lemma(ordered) in table["verbs"]
    )
    subj = acting_subject(action)  # 'In Peru, the finance ministry banned ...': a body seated there
    acts = acts or (subj is not None and lemma(subj) in body_words() and not core_authorities(subj))
    if prep.lower_ not in table["preps"] or prep.dep_ != "prep" or not acts:
        return []
    places = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    if not places:
        return []
    place = places[0]
    seated = _seat(place)  # 'At the High Court of Manitoba, ...': the state seating the body
    end = place.right_edge.i if seated else place.i
    if end + 1 >= sent.end or action.doc[end + 1].text != ",":
        return []  # the comma right after the name (the parser may hang what follows on it)
    if prep.head != action and prep.head not in action.ancestors:
        return []
    words = action.doc[prep.i + 1 : place.i + 1]
    found = authorities_in(words.text) or _place_state(place) or seated
    names, _ = _regime_table()
    return [a for a in found if a not in names]


def _applied_listing(trigger: Token) -> bool:
    """'A gazette notice enforces UN designations', 'the order implements EU listings': measures an
    adopting verb takes as its object with another authority as their modifier (no owner's
    possessive: 'harmonises Kyiv's sanctions' is Kyiv's own) are that authority's list, which
    the unnamed actor takes over (claims/data/sanctions.json `applied_listings`)."""
    verb = trigger.head
    return (
        trigger.dep_ == "dobj"
        and lemma(verb) in sanction_words()["applied_listings"]["verbs"]
        and not any(c.dep_ == "poss" for c in trigger.children)
    )


def _place_compound(tok: Token) -> bool:
    """A name that only says where something is ('the Riga-registered haulier'): the first half
    of a hyphenated compound whose second half is a place word (aliases.json `place_suffixes`)."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and doc[tok.i + 2].lower_ in _place_words()
    )


def about_whom(tok: Token) -> bool:
    """A word of a name that says whom measures are about ('North' and 'Korea' of 'North
    Korea-related'): the name's head is a regime subject."""
    head = tok
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head != head:
        head = head.head
    return regime_subject(head) or regime_subject(tok)


def _dateline_end(action: Token) -> int:
    """The index of the spaced dash that closes a dateline before the action ('SEOUL, May 2
    (Wire) - ...'), or of the colon after a place that opens the sentence ('New Delhi: ...'),
    else -1."""
    doc = action.doc
    dashes = [
        t.i
        for t in doc[action.sent.start : action.i]
        if t.text in ("-", "\u2013", "\u2014")
        and t.whitespace_
        and t.i > 0
        and doc[t.i - 1].whitespace_
    ]
    if dashes:
        return dashes[-1]
    opening = doc[action.sent.start : min(action.i, action.sent.start + COLON_DATELINE_WORDS + 1)]
    colon = next((t.i for t in opening if t.text == ":"), -1)
    place = list(doc[action.sent.start : colon]) if colon > action.sent.start else []
    return colon if place and all(t.pos_ == "PROPN" for t in place) else -1


#: How many words a colon dateline's place may run to before its colon ('New Delhi:').
COLON_DATELINE_WORDS = 3


def _decision_owners(action: Token) -> list[str]:
    """The authorities an 'of' phrase names on the decision noun an infinitive of action hangs
    on (claims/data/sanctions.json `decision_owners`); where the parser hung the infinitive
    elsewhere, the nearest such noun before it in its sentence with no clause of its own
    between them."""
    table = sanction_words()["decision_owners"]
    noun = _intention(action)
    if noun == action and any(c.dep_ == "aux" and c.tag_ == "TO" for c in action.children):
        for t in reversed(action.doc[action.sent.start : action.i]):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and t.pos_ == "VERB":
                break  # a clause of its own: its subject, not the decision's owner, acts
            if t.pos_ == "NOUN" and lemma(t) in table["nouns"]:
                noun = t
                break
    if noun == action or lemma(noun) not in table["nouns"]:
        return []
    found = [
        a
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == table["prep"]
        for p in c.children
        if p.dep_ == "pobj"
        for a in _owner_chain(p)
    ]
    return list(dict.fromkeys(found))


def _owner_chain(noun: Token) -> list[str]:
    """The authorities a noun names, or the 'of' phrase under it ('the summit of the bloc')."""
    found = actor_authorities(noun)
    if found:
        return found
    return [
        a
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == sanction_words()["decision_owners"]["prep"]
        for p in c.children
        if p.dep_ == "pobj"
        for a in actor_authorities(p)
    ]


def _intention(action: Token) -> Token:
    """The noun an infinitive of action hangs on ('the decision to list', 'its move to
    sanction' with 'sanction' read as a noun after 'to'), else the action itself."""
    if action.dep_ == "acl" and action.i > action.head.i and action.head.pos_ == "NOUN":
        return action.head
    to = action.head
    if action.dep_ == "pobj" and to.tag_ == "TO" and to.head.pos_ == "NOUN":
        return to.head
    return action


def _whole_pair(antecedent: Token, clause: Token) -> Token:
    """A relative clause set off by a comma after the last of coordinated names ('with Canada
    and Japan, which imposed ...') is about all of them: the first, whose core holds the rest."""
    start = clause.left_edge.i
    if antecedent.dep_ != "conj" or start == 0 or antecedent.doc[start - 1].text != ",":
        return antecedent
    first = antecedent
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return first


def _noun_agents(trigger: Token, action: Token) -> list[str]:
    """The actors a 'by' phrase on the sanction noun of a passive action names ('were placed
    under visa restrictions by Canada'; claims/data/sanctions.json `noun_agent`)."""
    if trigger == action or not any(c.dep_ == "auxpass" for c in action.children):
        return []
    by = sanction_words()["noun_agent"]["word"]
    found = [
        a
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == by
        for p in c.children
        if p.dep_ == "pobj"
        for a in actor_authorities(p)
    ]
    return list(dict.fromkeys(found))


def named_as_agents(action: Token) -> list[str]:
    """'was listed as a terrorist entity by Canada': the 'by' phrase the parser hung on the noun
    of the 'as' phrase of a passive listing verb names its agent (claims/data/sanctions.json
    `named_as`, `noun_agent`)."""
    if not any(c.dep_ == "auxpass" for c in action.children):
        return []
    table = sanction_words()
    found = [
        a
        for c in action.children
        if c.dep_ == "prep" and c.lower_ in table["named_as"]["preps"]
        for p in c.children
        if p.dep_ == "pobj"
        for b in p.children
        if b.dep_ == "prep" and b.lower_ == table["noun_agent"]["word"]
        for o in b.children
        if o.dep_ == "pobj"
        for a in actor_authorities(o)
    ]
    return list(dict.fromkeys(found))


def _measure_of(antecedent: Token) -> Token:
    """The measure a relative clause is about when the parser hung it on whom the measure is
    about ("the EU's package of sanctions on Russia, which also bans ...", 'the EU regime on
    Russian hybrid threats, which now lists ...'): the noun the 'on'/'against' phrase holding the
    antecedent hangs on, through 'of' phrases ('package of sanctions'), when that noun names an
    authority or the chain holds a sanction noun (then the sentence's actor acts: 'London
    published its round of measures against Iran, which ...'); else the antecedent."""
    table = sanction_words()
    preps = {
        table["measure_prep"]["word"],
        table["against_verbs"]["prep"],
        table["description_prep"]["word"],
    }
    noun, measure = antecedent, False
    while (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ in preps
        and noun.head.head.pos_ in ("NOUN", "PROPN")
    ):
        noun = noun.head.head
        measure = measure or lemma(noun) in noun_heads()
    return noun if noun != antecedent and (measure or core_authorities(noun)) else antecedent


def _reporter(pronoun: Token) -> list[str]:
    """The authorities of the subject of the clause a pronoun's clause reports to or depends on
    ('France said it would ...', 'Japan followed, saying it had ...')."""
    verb = pronoun.head
    for _ in range(3):
        if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN":
            return _announcer(verb.head)  # 'the announcement by Chile that it has frozen ...'
        if verb.dep_ not in ("ccomp", "advcl", "xcomp", "conj") or verb.head == verb:
            return []
        verb = verb.head
        subj = acting_subject(verb)
        if subj is not None and subj != pronoun and actor_authorities(subj):
            return actor_authorities(subj)
        if subj is not None and subj != pronoun and _speaks_for(subj):
            return _speaks_for(subj)
    return []


def _speaks_for(speaker: Token) -> list[str]:
    """The state a speaker naming no authority speaks for: the body of a 'for'/'of' phrase on
    it ('a spokesperson for Kenya's foreign ministry'), else a nationality modifying it or its
    compounds ('a Kenyan foreign ministry spokesperson'; claims/data/sanctions.json
    `speaker_owners`)."""
    preps = sanction_words()["speaker_owners"]["preps"]
    found = [
        a
        for c in speaker.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
        for a in actor_authorities(p)
    ]
    if found:
        return list(dict.fromkeys(found))
    words = [c for c in speaker.children if c.dep_ in ("amod", "compound") and c.i < speaker.i]
    words += [g for c in words for g in c.children if c.dep_ == "compound" and g.dep_ in MODIFIERS]
    states = [demonym_state(w) for w in words]
    return list(dict.fromkeys(s for s in states if s is not None))[:1]


def _announcer(noun: Token) -> list[str]:
    """Who makes the statement a clause completes: the owner of the noun ("Chile's
    announcement that ...") or its 'by' phrase ('the announcement by the Government of Chile')."""
    by = sanction_words()["noun_agent"]["word"]
    found = [
        a
        for c in noun.children
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == by)
        for p in ([c] if c.dep_ == "poss" else [o for o in c.children if o.dep_ == "pobj"])
        for a in _owner_chain(p)
    ]
    return list(dict.fromkeys(found))


def _stands_for_state(subj: Token) -> bool:
    """A state pronoun, or a bare 'the country', 'the city' (claims/data/sanctions.json
    `state_pronouns`; the bare article is `home_subjects` `bare_words`)."""
    table = sanction_words()["state_pronouns"]
    if subj.lower_ in table["words"]:
        return True
    bare = sanction_words()["home_subjects"]["bare_words"]  # 'the', no other modifier
    words = [c.lower_ for c in subj.children]
    return subj.lower_ in table["nouns"] and len(words) == 1 and words[0] in bare


def reported_state(subj: Token) -> list[str]:
    """The authorities a state pronoun as subject stands for: those of the clause that reports
    it ('Oslo said it would align': Norway); none for any other subject."""
    if subj.lower_ not in sanction_words()["state_pronouns"]["words"]:
        return []
    return _reporter(subj)


def is_listing(verb: Token) -> bool:
    """A verb that lists, designates or otherwise acts on targets ('listed by the Council')."""
    table = sanction_words()
    low = verb.lemma_.lower() if verb.lemma_ else word_lemma(verb.text)
    return any(low in table[k] for k in ("trigger_verbs", "object_verbs", "action_verbs"))


def listing_subjects(sent: Span) -> list[str]:
    """Authorities acting as the subject of a listing verb in a relative clause of the sentence
    ('the count of traders that Washington has blacklisted so far'): who a total counts the
    listings of."""
    found = [
        a
        for t in sent
        if t.dep_ == "relcl" and is_listing(t)
        for c in t.children
        if c.dep_ == "nsubj"
        for a in actor_authorities(c)
    ]
    return list(dict.fromkeys(found))


def agent_authorities(sent: Span) -> list[str]:
    """Authorities named as the agent of a verb in the sentence ('the entities listed by the
    Council'): what a restatement of targets may name."""
    doc = sent.doc
    found = [
        a
        for t in sent
        if t.dep_ == "agent" and is_listing(t.head)
        for a in authorities_in(doc[t.left_edge.i : t.right_edge.i + 1].text)
    ]
    return list(dict.fromkeys(found))


def _key(name: str) -> str:
    text = re.sub(r"\s+", " ", name.strip().lower())
    text = re.sub(r"^the ", "", text)
    return text[:-2] if text.endswith(("'s", "’s")) else text


def canonical_authority(name: str) -> str:
    """The canonical short name of an authority; unknown names come back stripped, as written."""
    table: dict[str, str] = load_data("aliases")["aliases"]
    key = _key(name)
    if key in table:
        return table[key]
    if key in _actor_countries():  # 'Türkiye' as the gold's 'Turkey'
        return _actor_countries()[key]
    found = authorities_in(name)  # a longer name holding one alias: "the U.S. Treasury Department"
    return found[0] if len(found) == 1 else name.strip()


def authority_set(value: str | Iterable[str] | None) -> frozenset[str]:
    """A name or a list of names as a set of canonical names (a string is a one-element list)."""
    if value is None:
        return frozenset()
    names = [value] if isinstance(value, str) else list(value)
    return frozenset(canonical_authority(n) for n in names if isinstance(n, str) and n.strip())
