"""Authority and date carried from one sanction claim to a neighbour that names none ('Two banks
were also designated'), but only within one story: the title and body of the article carry among
themselves; a caption among captions; a feed item, a related-article teaser or boilerplate is
another story and never gives nor takes (claims/data/sanctions.json `carry_groups`).

A list spread over lines ('The new listings cover:' then '- 25 vessels, ...') is settled
here too, where the lines meet: each bulleted item is a claim with the introduction's authority;
the introduction itself is none (unless it states the action: "OFAC added the following:"), nor is
an item that no introduction precedes."""

from __future__ import annotations

import copy
import re
from collections import Counter
from functools import cache
from typing import Any, cast

from claims.extract import numbers
from claims.extract.chunking import is_list_item
from claims.extract.sanctions.authorities import (
    authorities_in,
    authority_mentions,
    bare_acronyms,
    canonical_authority,
    city_mentions,
    defined_acronyms,
    is_state,
    owned_acronyms,
    regime_names,
    state_mentions,
    states_in_words,
    states_named,
    unnamed_home,
)
from claims.extract.sanctions.words import (
    acting_bodies,
    base_forms,
    noun_heads,
    sanction_words,
)
from claims.resources import load_data
from schemas.claims import ClaimRow

CARRY_DISCOUNT = 0.8


@cache
def _groups() -> dict[str, int]:
    """Segment kind -> carry group; kinds in no group carry nothing."""
    groups: list[list[str]] = load_data("sanctions")["carry_groups"]
    return {kind: n for n, kinds in enumerate(groups) for kind in kinds}


def carry_group(segment: str | None) -> int | None:
    """The carry group of a segment kind (None: the segment is a story of its own)."""
    return _groups().get(segment or "body")


def _is_intro(row: ClaimRow, acting: bool = False) -> bool:
    """'The new listings cover:' - a restatement that leaves its targets to the lines below;
    `acting`: a line that states the action on them ('OFAC added the following:'), whose
    own targets the lines below replace."""
    opening = (row.get("sentence") or "").strip().split("\n")[0]  # a list joined to its intro
    if not opening.rstrip().endswith(":"):
        return False
    return (acting and not _is_item(row)) or not row["sanction_targets"]


def _is_item(row: ClaimRow) -> bool:
    return is_list_item((row.get("sentence") or "").lstrip())


BULLETED, NUMBERED = 1, 2  # how a list item's line opens


def _opens_item(row: ClaimRow, text: str) -> int:
    """A row on a list item's line: BULLETED or NUMBERED ('1.', which the parser may cut off as
    a sentence of its own before the row's), else 0."""
    said = (row.get("sentence") or "").lstrip()
    start = cast(dict[str, Any], row).get("sentence_start")
    line = said
    if text and start is not None:
        before = text[text.rfind("\n", 0, int(start)) + 1 : int(start)]
        line = before + (said or "x") if len(before) < 8 else said
    if not is_list_item(line):
        return 0
    return BULLETED if is_list_item(line[:1] + " x") else NUMBERED


def carry_sanctions(rows: list[ClaimRow], text: str = "") -> None:
    """A sanction row that names no authority takes the previous row's of its carry group, else
    the next one's (a headline before the lead); a restatement ('The individuals include ...')
    only looks back. The date carries the same way. Rows are one article's, in text order.
    Lists: see the module docstring (a row left without authority is dropped by the caller).
    `text`: the article's text, where an acronym may be defined in a sentence with no claim."""
    restated = [bool(row.pop("restated", False)) for row in rows]
    elsewhere = [set(row.pop("elsewhere", None) or ()) for row in rows]
    holdings = [bool(row.pop("holdings", False)) for row in rows]
    _name_acronyms(rows, text)
    _joint_members(rows, text)
    _labelled_places(rows, text)  # a digest item's bare body: its label's place, not the home's
    _home_bodies(rows, text)
    _labelled_speakers(rows, text)
    _message_senders(rows, text)
    _pronoun_antecedents(rows, text)
    home = [_unnamed(row) for row in rows]
    table = load_data("sanctions")["home_subjects"]
    state = home_state(_story_text(rows, text)) if text else []  # of equals, the story's home
    governments = _story_authorities(rows, home, set(table["no_government"]), state=state)
    holders = set(table["council_holders"])
    bodies = _story_authorities(rows, home, state=state)  # a state's 'National Security Council'
    councils = _story_authorities(rows, home, only=holders)  # whose bare 'the council' it is
    issuer = page_issuer(text, rows)
    if issuer:  # a government page's own 'the Minister', 'the Council' is its issuer's
        story = carry_group("body")
        assert story is not None
        if issuer[0] not in table["no_government"]:
            governments[story] = tuple(issuer)
        bodies[story] = tuple(issuer)
        if issuer[0] in holders or _masthead_words(text) & set(table["shared_words"]):
            councils[story] = tuple(issuer)  # a state's council issuing the page: its own
    shared, bare = set(table["shared_words"]), set(table["shared_words"] + table["bare_words"])
    stated = {id(row) for row in rows if row["sanction_authorities"]}  # named by themselves
    starts = {r.get("sentence_start") for r in rows}
    copying = [id(row) in stated and _copies(row, text) for row in rows]
    restating = {id(row) for row, again in zip(rows, restated, strict=True) if again}
    for i, row in enumerate(rows):
        group = carry_group(row.get("segment"))
        words = set(re.findall(r"[a-z]+", (row.get("subject") or "").lower()))
        own = bodies if words & shared else governments  # a UN story's 'council', not 'Treasury'
        own = councils if words and words <= bare else own
        # 'The X Department says it ...': a reporting body speaks for the story's home state
        homely = home[i] and not _bare_reporter(row, text)
        near = _state_just_before(row, text, table) if homely and not words & shared else []
        near = near or (_fronted_state(row, text) if homely else [])  # 'In Oslo, the Government'
        treasury = words & set(table["treasury_holders"]["aliases"])  # its holders' own rule
        if homely and not near and not words & shared and not treasury:
            opening = _opening_before(row, text, starts)  # 'Kenya acted. The Cabinet froze ...'
            near = [s for s in opening if is_state(s) and s not in regime_names()]
        # a council's own page ('Official Journal of the European Union'): its bare 'the
        # Council' is the issuer's, not a committee of another council named just before
        issued = bool(issuer) and group is not None and councils.get(group) == tuple(issuer)
        if homely and words & shared and not near and not issued:
            earlier = [d for d in rows[:i] if id(d) in stated and _group(d) == group]
            near = _same_body(row, earlier)  # 'the council' after 'X's Y Council (C)'
        if near:  # '... Washington has eased. The Treasury on Friday added ...': its Treasury
            row["sanction_authorities"] = near
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)
        elif home[i] and group in own and row["sanction_authorities"] != list(own[group]):
            row["sanction_authorities"] = list(own[group])  # 'The Government also lifted ...'
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)
        if row["sanction_authorities"]:
            continue
        if group is None:
            continue
        together = _named_together(row, text)
        if together:  # 'Among those designated by both are ...': the pair named just before
            row["sanction_authorities"] = together
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)
            continue
        before = [d for d in rows[:i] if id(d) in stated and _group(d) == group]
        body = _same_body(row, before, text if group == carry_group("body") else "")
        if body:  # 'The panel later removed ...': the committee named before
            row["sanction_authorities"] = body
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)
            continue
        first = not any(d["sanction_authorities"] and _group(d) == group for d in rows[:i])
        owns = _issuers_own(row, restated[i] and not first)  # nothing before to restate
        if issuer and group == carry_group("body") and owns:
            row["sanction_authorities"] = list(issuer)  # a gazette's or a court's own notice
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)
            continue
        named = [bool(d["sanction_authorities"]) and _group(d) == group for d in rows]
        # an authority the sentence gives another action ('..., as the EU had delisted them')
        # is not this one's
        named = [
            n and not elsewhere[i] & set(d["sanction_authorities"])
            for n, d in zip(named, rows, strict=True)
        ]
        # a state only expected to follow ('Norway is expected to align') gives its name to
        # no statement of what was done
        named = [
            n and not (_follower(d) and row.get("sanction_status") != d.get("sanction_status"))
            for n, d in zip(named, rows, strict=True)
        ]
        # one only putting another's lists in force gives its name on, if it is the story's home
        named = [
            n and not (_applier(d) and list(d["sanction_authorities"]) != state)
            for n, d in zip(named, rows, strict=True)
        ]
        copiers = [rows[j] for j in range(i) if copying[j] and _group(rows[j]) == group]
        leading, following = _leaders_first(
            row, [rows[j] for j in range(i - 1, -1, -1) if named[j]], copiers, text
        )
        pool, donors = leading or following, leading + following
        if pool:  # of the sentence before, its main action: the first, not a relative clause's
            said = [d for d in pool if d.get("sentence_start") == pool[0].get("sentence_start")]
            acting = [d for d in said if id(d) not in restating]  # not a list line's restatement
            donors = (acting or said)[-1:] + donors
        if not restated[i]:
            donors += [rows[j] for j in range(i + 1, len(rows)) if named[j]]
        if donors and not leading and _plan_of_another(donors[0], row, state, group):
            donors = []  # the story's own state acts; another's plan is no statement of it
            row["sanction_authorities"] = list(state)
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)
        if donors and _home_tally(row, donors[0], rows[:i], state, group, text):
            donors = []  # a running total of the story's own state, not of the one just before
            row["sanction_authorities"] = list(state)
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)
        if donors:
            row["sanction_authorities"] = list(donors[0]["sanction_authorities"])
            row["sanction_date"] = row["sanction_date"] or donors[0]["sanction_date"]
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)
    opens = [_opens_item(row, text) for row in rows]
    items = [k if k != NUMBERED or again else 0 for k, again in zip(opens, restated, strict=True)]
    _settle_lists(rows, restated, items)  # a numbered line with an action of its own is none
    _told_targets(rows, text)
    _kind_bare_counts(rows, holdings)
    _respelled_acronyms(rows, text)


def _respelled_acronyms(rows: list[ClaimRow], text: str) -> None:
    """An acronym of the alias table ('ADF') used bare on a page that never spells out the
    authority the table gives it, but spells out another name with those initials ('the Arctic
    Darts Federation's board'): on this page the acronym is that name's; the rows that took the
    table's authority take the name (claims/data/sanctions.json `respelled_acronyms`)."""
    if not text:
        return
    aliases: dict[str, str] = load_data("aliases")["aliases"]
    table = sanction_words()["respelled_acronyms"]
    joins = "|".join(re.escape(w) for w in table["joins"])
    low = text.lower()
    swaps: dict[str, str] = {}
    for acronym in dict.fromkeys(re.findall(rf"\b[A-Z]{{{table['least']},6}}\b", text)):
        authority = aliases.get(acronym.lower())
        if authority is None or authority in swaps:
            continue
        spelled = [k for k, v in aliases.items() if v == authority and len(k) > len(acronym)]
        if any(re.search(rf"(?<![\w]){re.escape(k)}(?![\w])", low) for k in spelled):
            continue  # the table's own body is on the page
        gap = rf"\s+(?:(?:{joins})\s+)*"
        name = gap.join(rf"{c}[a-z][\w-]*" for c in acronym)
        found = re.search(rf"(?<![\w-])({name})(?![\w-])", text)
        if found is None:
            continue
        owner = " ".join(text[: found.start()].split()[-2:])  # "Malta's Financial ..."
        if authority in {a for _, a in state_mentions(f"{owner} {found.group(1)}")}:
            continue  # 'the Bangladesh Financial Intelligence Unit (BFIU)': the state's own body
        other = canonical_authority(re.sub(r"\s+", " ", found.group(1)))
        if other != authority:
            swaps[authority] = other
    if not swaps:
        return
    for row in rows:
        named = [swaps.get(a, a) for a in row["sanction_authorities"]]
        row["sanction_authorities"] = list(dict.fromkeys(named))


@cache
def _told_nouns() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """Each told measure noun as a pattern over a claim's words, with the stems of its own."""
    table = load_data("sanctions")["told_targets"]
    dets = "|".join(table["determiners"])
    out = [
        (re.compile(rf"\b{n}s?\b", re.I), tuple(stems))
        for n, stems in table["any_determiner"].items()
    ]
    out += [
        (re.compile(rf"\b(?:{dets})\s+(?:[\w-]+\s+)?{n}s?\b", re.I), tuple(stems))
        for n, stems in table["definite"].items()
    ]
    return out


@cache
def _adopted_nouns() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """Each listing noun a state gives effect to, as a pattern after one of the cues, with the
    stems of its own (`told_targets` `adopted`)."""
    table = load_data("sanctions")["told_targets"]["adopted"]
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in table["cues"])
    dets = "|".join(table["determiners"])
    return [
        (re.compile(rf"\b(?:{cues})\s+(?:{dets})\s+(?:[\w-]+\s+)?{n}s?\b", re.I), tuple(stems))
        for n, stems in table["nouns"].items()
    ]


def _told_targets(rows: list[ClaimRow], text: str) -> None:
    """'the lender revoked that ban in 2023', 'a judge prolonged that freeze for a year': a lifting or
    extension naming no target group of its own takes the targets of the nearest claim of an
    earlier sentence of its story that states the measure it names; a measure noun with a phrase
    of its own ('ended the freeze on their deposits') tells no earlier one
    (claims/data/sanctions.json `told_targets`)."""
    table = load_data("sanctions")["told_targets"]
    statuses, own = set(table["statuses"]), set(table["own_preps"])
    adopting = table["adopted"]["status"]  # 'gave effect to those designations'
    for i, row in enumerate(rows):
        fields = cast(dict[str, Any], row)  # the sentence up to the span's end: 'That ban was'
        start, end = fields.get("sentence_start"), fields.get("span_end")
        group = _group(row)
        status = row.get("sanction_status")
        if row.get("sanction_targets") or (status not in statuses and status != adopting):
            continue
        if start is None or end is None or group is None:
            continue
        said = text[int(start) : int(end)]
        nouns = _told_nouns() if status in statuses else _adopted_nouns()
        if status not in statuses:  # the listings given effect to may close the span or not
            said = text[int(start) : text.find(".", int(end)) if "." in text[int(end) :] else None]
        found = next(((m, st) for pattern, st in nouns if (m := pattern.search(said))), None)
        if found is None:
            continue
        after = text[int(start) + found[0].end() :].split(maxsplit=1)
        if after and after[0].lower() in own and status in statuses:
            continue  # 'ended the freeze on their deposits' (a date may follow a listing)
        donor = next(
            (
                d
                for d in reversed(rows[:i])
                if d.get("sanction_targets")
                and _group(d) == group
                and cast(dict[str, Any], d).get("sentence_start") != start
                and any(st in _sentence_of(d, text).lower() for st in found[1])
            ),
            None,
        )
        if donor is not None:
            row["sanction_targets"] = copy.deepcopy(donor["sanction_targets"])


def _bare_count(row: ClaimRow) -> int | None:
    """The count of a claim's one group of kind other with no name ('Japan designates five'); a
    count of holdings frozen is flagged by the finder (`holdings`) and skipped by the caller."""
    targets = row.get("sanction_targets") or []
    if len(targets) != 1 or targets[0]["kind"] != "other" or targets[0]["names"]:
        return None
    return targets[0]["count"]


def _one_kind_total(row: ClaimRow) -> tuple[str, int] | None:
    """A claim's targets when all are counted and of one kind other than other: kind, total."""
    targets = row.get("sanction_targets") or []
    kinds = {t["kind"] for t in targets}
    if len(kinds) != 1 or "other" in kinds or any(t["count"] is None for t in targets):
        return None
    return kinds.pop(), sum(t["count"] or 0 for t in targets)


def _kind_bare_counts(rows: list[ClaimRow], holdings: list[bool]) -> None:
    """'Adds Six More', a timeline's 'Japan designates five': a bare count takes the kind of the
    story's claims that count as many, when they all count one kind ('added five people');
    otherwise it stays other (the headline of a listing of four people and two firms). A count
    of holdings frozen ('froze three accounts': `holdings`) is no bare count."""
    for row, held in zip(rows, holdings, strict=True):
        count = None if held else _bare_count(row)
        if count is None or _group(row) is None:
            continue
        kinds = {
            found[0]
            for other in rows
            if other is not row
            and _group(other) == _group(row)
            and (found := _one_kind_total(other)) is not None
            and found[1] == count
        }
        if len(kinds) == 1:
            row["sanction_targets"][0]["kind"] = kinds.pop()


def _group(row: ClaimRow) -> int | None:
    return carry_group(row.get("segment"))


def _same_body(row: ClaimRow, earlier: list[ClaimRow], text: str = "") -> list[str]:
    """The authority of a body a subject names again by its bare noun ('The committee also
    removed ...' after 'The UN Security Council committee that oversees ... added ...'): that of
    the nearest earlier claim, naming its authority itself, whose subject holds the noun
    (claims/data/sanctions.json `body_nouns`)."""
    table = sanction_words()
    words = re.findall(r"[a-z]+", (row.get("subject") or "").lower())
    again = table["body_nouns"]["again"]  # 'the same court': the body named before
    if len(words) == 3 and words[1] in again:
        words = [words[0], words[2]]
    bare = table["home_subjects"]["bare_words"]  # 'the', as of a bare 'the council'
    named = re.findall(r"[A-Za-z]+", row.get("subject") or "")[-1:]  # 'the Bank': a short name
    short = bool(named and words) and named[0][:1].isupper() and named[0].lower() == words[-1]
    if len(words) != 2 or words[0] not in bare:
        return []
    if not (words[1] in acting_bodies() or short):
        return _named_by_head(words[1], earlier) or _said_by_head(words[1], row, text)
    for d in reversed(earlier):
        if words[1] in re.findall(r"[a-z]+", (d.get("subject") or "").lower()):
            return list(d["sanction_authorities"])
    return _said_by_head(words[1], row, text)


def _said_by_head(noun: str, row: ClaimRow, text: str) -> list[str]:
    """'the commission' after a sentence with no claim that names a fisheries commission: the
    authority other than a state whose name the bare noun heads (`_head_nouns`), named before the
    claim's sentence in the story: of several, the one named most, the last of equals."""
    start = row.get("sentence_start")
    if not text or start is None:
        return []
    named = [
        a
        for _, a in authority_mentions(text[: int(start)])
        if not is_state(a) and noun in _head_nouns(a)
    ]
    return _most_named(named[::-1])


@cache
def _head_nouns(authority: str) -> frozenset[str]:
    """The nouns that head an authority's name: the last word, and the word before one of
    `home_state` `heads_before` (the 'European Bank for Reconstruction and Development' is a
    bank); an authority known by an acronym, by the heads of its aliases too ('CAF' is a bank by
    its spelled-out alias)."""
    heads_before = load_data("sanctions")["home_state"]["heads_before"]
    aliases: dict[str, str] = load_data("aliases")["aliases"]
    names = [authority.lower()]
    if authority.isupper() and " " not in authority:
        names += [k for k, v in aliases.items() if v == authority and " " in k]
    heads = set()
    for name in names:
        words = re.findall(r"[a-z]+", name)
        cut = next((n for n, w in enumerate(words) if n and w in heads_before), len(words))
        heads.update(words[cut - 1 : cut] + words[-1:])
    return frozenset(heads)


def _named_by_head(noun: str, earlier: list[ClaimRow]) -> list[str]:
    """'the bank' after a claim of the European Investment Bank, 'the commission' after one of
    a fisheries commission: the one authority of earlier claims, each named by itself, whose
    name the bare noun heads (`_head_nouns`); of several, the one most of them name, the nearest
    of equals."""
    found = [
        d["sanction_authorities"][0]
        for d in reversed(earlier)
        if len(d["sanction_authorities"]) == 1 and noun in _head_nouns(d["sanction_authorities"][0])
    ]
    return _most_named(found)


def _most_named(nearest_first: list[str]) -> list[str]:
    """Of the authorities a bare noun could stand for, nearest first: the one named most (of
    two banks, the one the story names or acts with most), the nearest of equals."""
    if not nearest_first:
        return []
    most = Counter(nearest_first).most_common(1)[0][1]
    return [next(a for a in nearest_first if nearest_first.count(a) == most)]


def _copies(row: ClaimRow, text: str) -> bool:
    """A claim whose own action copies the story's ('followed with its own designations', 'froze
    the assets of 15 of the same firms', 'imposed matching sanctions'): a word of alignment or
    likeness in its span (claims/data/sanctions.json `alignment_verbs`, `likeness_adjectives`),
    its authorities named by its subject and no other authority in its sentence. One that
    names whom it copies ('aligned with the EU's package', 'synchronised with designations that
    Canada announced') is a story of its own about taking over measures."""
    table = sanction_words()
    cues = set(table["alignment_verbs"]["words"]) | set(table["likeness_adjectives"]["words"])
    span = row.get("span_text") or _text_of(row, text, "span")
    words = re.findall(r"[a-z]+", span.lower())
    if not any(b in cues for w in words for b in base_forms(w)):
        return False
    sentence = row.get("sentence") or _text_of(row, text, "sentence")
    own = set(row["sanction_authorities"])
    return set(authorities_in(sentence)) <= own <= set(authorities_in(row.get("subject") or ""))


def _sentence_of(row: ClaimRow, text: str) -> str:
    return row.get("sentence") or _text_of(row, text, "sentence")


def _text_of(row: ClaimRow, text: str, part: str) -> str:
    """The span or sentence of a row read from the text (rows of one parse carry only offsets)."""
    fields = cast(dict[str, Any], row)
    start, end = fields.get(f"{part}_start"), fields.get(f"{part}_end")
    return text[int(start) : int(end)] if start is not None and end is not None else ""


def _leaders_first(
    row: ClaimRow, donors: list[ClaimRow], copiers: list[ClaimRow], text: str
) -> tuple[list[ClaimRow], list[ClaimRow]]:
    """The donors of a claim that names no authority, nearest first, parted into those that
    lead and those that only follow: a plan or proposal ('The listings, proposed by ...') for a
    statement of what was done, and, from an earlier paragraph, an authority that an earlier
    claim says copied another's action ('Korea froze the funds of 12 of those companies'): a
    later paragraph that elaborates an action ('Those sanctioned include ...', 'Also designated
    are ...') is back at the action that was copied, while the copy's own paragraph goes on
    about the copy ('It also named three tankers')."""
    followers = {a for c in copiers for a in c["sanction_authorities"]}

    def follows(d: ClaimRow) -> bool:
        if d.get("sanction_status") == "planned" != row.get("sanction_status"):
            return True
        return set(d["sanction_authorities"]) <= followers and _paragraphs_apart(d, row, text)

    return [d for d in donors if not follows(d)], [d for d in donors if follows(d)]


def _paragraphs_apart(before: ClaimRow, row: ClaimRow, text: str) -> bool:
    """A line break lies between the sentence of one claim and that of a later one."""
    end, start = before.get("sentence_end"), row.get("sentence_start")
    return end is not None and start is not None and "\n" in text[end:start]


def _issuers_own(row: ClaimRow, restated: bool) -> bool:
    """On a page its masthead says a body issues (a gazette, a court, a parliament's answers),
    an action that names no actor is the issuer's own rather than that of a state named in the
    sentence before ('Notice of designation ...', 'The designation of X is revoked'), and so is
    a first-person one ('we have extended ...': the page's speaker); a restatement ('X is also
    listed') or a state pronoun ('it also froze') still looks back."""
    subject = re.findall(r"[a-z]+", (row.get("subject") or "").lower())
    if subject and " ".join(subject) in load_data("sanctions")["speaker_owners"]["first_person"]:
        return True  # 'we have extended ...' on the page: its issuer speaks
    pronouns = sanction_words()["state_pronouns"]["words"]
    return not restated and not (len(subject) == 1 and subject[0] in pronouns)


def _plan_of_another(donor: ClaimRow, row: ClaimRow, state: list[str], group: int) -> bool:
    """A claim of the story's body that names no authority and has no donor before it, whose
    nearest donor is a plan of a state other than the story's home state ('X is expected to
    freeze ...', 'Y has been asked to block ...'), while the claim states what was done: the
    home state (the one the dateline and opening name) is its actor, not the planning state."""
    return (
        bool(state)
        and group == carry_group("body")
        and donor.get("sanction_status") == "planned" != row.get("sanction_status")
        and donor["sanction_authorities"] != state
    )


def _home_tally(
    row: ClaimRow,
    donor: ClaimRow,
    earlier: list[ClaimRow],
    state: list[str],
    group: int,
    text: str,
) -> bool:
    """A claim of the story's body that names no actor and counts its targets over a period
    (claims/data/sanctions.json `home_tallies`: 'so far this year orders have reached 30
    people'), in a story whose home state already acted, while its nearest donor is another
    state's action reported just before: the running total is the home state's. A pronoun
    subject ('it has frozen ... since 2020') still speaks for the body named before."""
    if not state or group != carry_group("body") or donor["sanction_authorities"] == state:
        return False
    if not any(d["sanction_authorities"] == state for d in earlier):
        return False
    if not any((t.get("count") or 0) > 1 for t in row.get("sanction_targets") or []):
        return False  # a total counts; 'the company had been suspended since May' is one
    table = load_data("sanctions")
    pronouns = set(table["state_pronouns"]["words"])
    pronouns |= set(table["speaker_owners"]["first_person"])
    if set(re.findall(r"[a-z]+", (row.get("subject") or "").lower())) & pronouns:
        return False
    sentence = (row.get("sentence") or _text_of(row, text, "sentence")).lower()
    periods = table["home_tallies"]["periods"]
    return any(re.search(rf"\b{re.escape(p)}\b", sentence) for p in periods)


def _follower(row: ClaimRow) -> bool:
    """A planned claim with no targets: a state set to follow or align, no action of its own."""
    return row.get("sanction_status") == "planned" and not row.get("sanction_targets")


def _applier(row: ClaimRow) -> bool:
    """A claim with no targets whose verb only puts another's lists in force ('Oslo applied
    those additions'): the lists' targets and their owner's later actions are not its own
    (sanctions.json `intransitive_alignment` `appliers`)."""
    if row.get("sanction_targets"):
        return False
    verbs = set(load_data("sanctions")["intransitive_alignment"]["appliers"])
    words = (row.get("predicate") or "").split()
    return bool(words) and any(b in verbs for b in base_forms(words[-1]))


#: A line wholly in square brackets at the top of a page: a converter's or a scraper's stamp
#: over the page it saved, never its masthead.
_STAMP_LINE = re.compile(r"[ \t]*\[[^\]\n]*\][ \t]*\n\s*")


def page_issuer(text: str, rows: list[ClaimRow]) -> list[str]:
    """The one authority a government page's masthead names: the text's first line, when no
    claim is read from it, it is short and it holds a word of an issuing body ('Ministry of
    Trade of Ruritania | Press office'), or a government site's own name ('GOV.UK'); a first
    line that names no one ('HIGH COURT OF JUSTICE') names its state on the line right below."""
    table = load_data("sanctions")["home_subjects"]["masthead"]
    start = len(text) - len(text.lstrip())
    stamp = _STAMP_LINE.match(text, start)  # a converter's '[Converted from PDF: ...]' over it
    start = stamp.end() if stamp else start
    line = text[start:].split("\n", 1)[0].strip()
    end = start + len(line)
    if not line or len(line) > table["longest"]:
        return []
    if any((row.get("sentence_start") or 0) < end for row in rows):
        return []  # the first line is a headline that states an action, not a masthead
    low = line.lower()
    sites = [name for site, name in table["sites"].items() if site in low]
    if sites:
        return sites[:1]
    if not set(re.findall(r"[a-z]+", low)) & set(table["words"]):
        return _rendered_masthead(text, end, rows, table)
    found = authorities_in(line) or states_in_words(line)  # 'UAE Government Media Office'
    if not found:  # 'SUPREME COURT' over the state it sits for, on the masthead's next line
        after = text[end:].split("\n", 2)
        second = after[1].strip() if len(after) > 1 else ""
        below = end + 1 + len(after[1]) if len(after) > 1 else end
        short = len(second.split()) <= table["name_line_words"]  # a name, not a heading
        if short and not any((row.get("sentence_start") or 0) < below for row in rows):
            found = authorities_in(second) or states_in_words(second)
            found = [f for f in found if f not in regime_names()]  # 'Statement on Iran'
    return found if len(found) == 1 else []


def _rendered_masthead(
    text: str, end: int, rows: list[ClaimRow], table: dict[str, Any]
) -> list[str]:
    """A masthead in the state's own language whose first line holds no issuing word of the table
    and names no one: the line right below, its English rendering ('OFFICIAL GAZETTE OF X' under
    the gazette's own-language title), names the issuer when it is short, holds an issuing word
    and no claim is read from it."""
    if authorities_in(text[:end]) or states_in_words(text[:end]):
        return []
    after = text[end:].split("\n", 2)
    second = after[1].strip() if len(after) > 1 else ""
    below = end + 1 + len(after[1]) if len(after) > 1 else end
    if not second or len(second) > table["longest"]:
        return []
    if any((row.get("sentence_start") or 0) < below for row in rows):
        return []
    if not set(re.findall(r"[a-z]+", second.lower())) & set(table["words"]):
        return []
    found = authorities_in(second) or states_in_words(second)
    found = [f for f in found if f not in regime_names()]
    return found if len(found) == 1 else []


def _masthead_words(text: str) -> set[str]:
    """The lower-case words of a page's first line (its masthead, when `page_issuer` reads one)."""
    return set(re.findall(r"[a-z]+", text.lstrip().split("\n", 1)[0].lower()))


def _unnamed(row: ClaimRow) -> bool:
    """A claim whose subject names the story's own government without saying whose (`unnamed_home`);
    not one whose subject names, by a word outside the alias table, the very state the claim's
    own reading gives ('the UAE Cabinet', 'the Kenyan Government')."""
    subject = row.get("subject") or ""
    if not unnamed_home(subject):
        return False
    own = set(row["sanction_authorities"])
    return not own or not own <= set(states_in_words(subject))


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _state_just_before(row: ClaimRow, text: str, table: dict[str, Any]) -> list[str]:
    """The one Treasury-holding state the sentence before a home subject with an ambiguous
    alias names ('the Treasury' after a sentence about Washington is the US one, not the story's
    main state's); a state the sentence names as a place holds no Treasury in the list."""
    holders = table["treasury_holders"]
    start = row.get("sentence_start")
    subject = (row.get("subject") or "").lower()
    if not text or start is None or not any(a in subject for a in holders["aliases"]):
        return []
    before = SENTENCE_END.split(text[max(0, start - 600) : start].strip())[-1]
    found = [a for a in authorities_in(before) if a in holders["states"]]
    return found if len(found) == 1 else []


#: A dateline that opens a sentence: a place in capitals before a colon ('NAIROBI: ...'),
#: before a comma and, a few words on, a spaced dash ('TUNIS, Nov. 12 (Agency) - ...'), or
#: right before a spaced dash ('QUITO — ...').
DATELINE = re.compile(r"\s*([A-Z][A-Z .'’-]{2,40}?)(?::\s|,[^\n]{0,40}?\s[-–—]\s|\s[-–—]\s)")


def _fronted_state(row: ClaimRow, text: str) -> list[str]:
    """The one state a place that opens a claim's sentence, set off by a comma, is or seats ('In
    Lisbon, the Government froze ...'), or that a dateline opening it names ('LISBON: The
    Government froze ...'): whose government or ministers an unnamed home subject there is
    (claims/data/sanctions.json `fronted_place` `preps`)."""
    start = row.get("sentence_start")
    sentence = row.get("sentence") or _text_of(row, text, "sentence")
    if start is None or not sentence:
        return []
    preps = "|".join(re.escape(p) for p in sanction_words()["fronted_place"]["preps"])
    m = re.match(rf"\s*(?i:{preps})\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}),", sentence)
    line = text[text.rfind("\n", 0, start) + 1 : start] if text else ""
    m = m or DATELINE.match(line + sentence)  # 'NAIROBI: The Interior Ministry ...'
    if m is None:
        return []
    place = m.group(1)
    found = authorities_in(place) or states_in_words(place)
    regimes = regime_names()
    return found if len(found) == 1 and found[0] not in regimes else []


def _joint_count(sentence: str) -> int:
    """How many authorities a sentence names together by a count alone ('designated by both', 'on
    all four lists'; claims/data/sanctions.json `joint_authorities`), else 0."""
    table = sanction_words()["joint_authorities"]
    words = re.findall(r"[a-z]+|\d+", sentence.lower())
    units = numbers.words()["units"]
    for n, word in enumerate(words):
        if word == table["pair"]:
            count, after = 2, n + 1
        elif word == table["every"] and n + 1 < len(words):
            nxt = words[n + 1]
            count, after = (int(nxt) if nxt.isdigit() else units.get(nxt, 0)), n + 2
        else:
            continue
        if count < 2:
            continue
        acting = n > 0 and words[n - 1] in table["preps"]
        counted = any(b in table["nouns"] for w in words[after : after + 2] for b in base_forms(w))
        if acting or counted:
            return count
    return 0


def _named_together(row: ClaimRow, text: str) -> list[str]:
    """The authorities a claim names by a count alone: those of the nearest sentence or line
    before it that names exactly that many ('The EU and Britain imposed ...' for 'listed by
    both'), within a few paragraphs."""
    start, end = row.get("sentence_start"), row.get("sentence_end")
    sentence = row.get("sentence") or (text[start:end] if start is not None else "")
    count = _joint_count(sentence or "")
    if not count or not text or start is None:
        return []
    before = text[max(0, start - JOINT_REACH) : start]
    for part in reversed(re.split(r"(?<=[.!?])\s+|\n+", before)):
        found = authorities_in(part)
        if len(found) == count:
            return found
    return []


JOINT_REACH = 2000  # characters before a claim that a count alone may reach back over


def _story_text(rows: list[ClaimRow], text: str) -> str:
    """The article's text up to the first claim of another story after its own (a feed item, a
    teaser): the title and body with the lines around them."""
    story = carry_group("body")
    seen = False
    for row in rows:
        if _group(row) == story:
            seen = True
        elif seen and row.get("segment") not in ("caption",):
            return text[: row.get("sentence_start") or 0]
    return text


def _members_listed(text: str) -> list[str]:
    """The states a sentence of the story lists as the members of a grouping ('its members are A,
    B and C'; claims/data/sanctions.json `joint_members`), at least two, else none."""
    table = load_data("sanctions")["joint_members"]
    nouns = "|".join(re.escape(w) for w in sorted(table["members"], key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in table["verbs"])
    opening = re.compile(rf"\b(?:{nouns})\b[^.;:!?]{{0,60}}?\b(?:{verbs})\b", re.IGNORECASE)
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        m = opening.search(part)
        if m is None:
            continue
        found = states_named(part[m.end() :])
        if len(found) >= 2:
            return found
    return []


def _joint_members(rows: list[ClaimRow], text: str) -> None:
    """A claim about a grouping's joint action ('Washington and its partners jointly list ...',
    'the member states ... listed') whose authorities are none or some of the members the story
    lists takes all of them."""
    if not text:
        return
    members = _members_listed(_story_text(rows, text))
    if not members:
        return
    joint = set(load_data("sanctions")["joint_members"]["joint"])
    story = carry_group("body")
    for row in rows:
        sentence = row.get("sentence") or _text_of(row, text, "sentence")
        if _group(row) != story or not set(re.findall(r"[a-z]+", sentence.lower())) & joint:
            continue
        own = set(row["sanction_authorities"])
        if own < set(members) or (not own and sentence):
            row["sanction_authorities"] = list(members)


def home_state(text: str) -> list[str]:
    """The story's home state: the one its opening (up to its first paragraph of some length)
    names most, more than any other, never a state measures are about
    (claims/data/sanctions.json `home_state`)."""
    table = load_data("sanctions")["home_state"]
    end = 0
    for m in re.finditer(r"[^\n]+", text):
        end = m.end()
        items = len(m.group(0).split(table["item_separator"]))  # key points, a menu: no paragraph
        if len(m.group(0).strip()) >= table["lead_chars"] and items < table["line_items"]:
            break
    end = _dateline_paragraph_end(text, end, table)
    regimes = regime_names()
    opening = text[:end]
    counted = Counter(
        s
        for at, s in state_mentions(opening)
        if s not in regimes and not _targets_nationality(opening, at, table["target_nationals"])
    )
    ranked = counted.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        tied = {s for s, n in counted.items() if ranked and n == ranked[0][1]}
        masthead = _news_masthead_state(text, table["news_masthead"])
        if masthead and masthead[0] in tied:
            return masthead
        return currency_home(text) or ([] if ranked else _city_home(text[:end]))
    return [ranked[0][0]]


def _targets_nationality(text: str, at: int, table: dict[str, Any]) -> bool:
    """A state mention at `at` that is a nationality of people named right after it ('three
    Kenyan nationals', 'two Thai citizens'): whom measures fall on, not the story's home
    (`home_state` `target_nationals`). The mention is one or two words ('Sierra Leonean')."""
    words = "|".join(re.escape(w) for w in table["words"])
    return re.match(rf"[\w'-]+(?:\s[A-Z][\w'-]*)?\s+(?:{words})\b", text[at:]) is not None


def _news_masthead_state(text: str, table: dict[str, Any]) -> list[str]:
    """The one state a news site's masthead names: the text's first line, when it is short and
    holds a word of a news title (`home_state` `news_masthead`), else none."""
    line = text.lstrip().split("\n", 1)[0]
    if len(line) > table["longest"] or not set(re.findall(r"[a-z]+", line.lower())) & set(
        table["words"]
    ):
        return []
    found = {s for _, s in state_mentions(line)} - regime_names()
    return sorted(found) if len(found) == 1 else []


def _city_home(opening: str) -> list[str]:
    """The one state whose large cities an opening that names no state names ('the Supreme
    Court in <a state capital>' on a regional page): all its cities of one state, else none."""
    regimes = regime_names()
    found = {s for _, s in city_mentions(opening) if s not in regimes}
    return sorted(found) if len(found) == 1 else []


@cache
def _money_signs() -> re.Pattern[str]:
    """A currency sign or code right before a number ('HK$410', 'MNT 17.2'): the signs of
    units.json with a character other than a letter, and the three-letter codes in capitals."""
    units = load_data("units")
    signs = [s for s in units["symbols"] if not s.isalpha()]
    signs += [c.upper() for c in units["prefix_codes"] if len(c) == 3]
    either = "|".join(re.escape(s) for s in sorted(signs, key=len, reverse=True))
    return re.compile(rf"(?<![\w$])({either})\s?\d")


def currency_home(text: str) -> list[str]:
    """The state whose own currency a story's sums are written in, often enough and far more
    than any other's (claims/data/sanctions.json `home_state` `currencies`), else none."""
    table = load_data("sanctions")["home_state"]["currencies"]
    units = load_data("units")
    regimes = regime_names()
    counted: Counter[str] = Counter()
    for m in _money_signs().finditer(text):
        sign = m.group(1)
        code = units["symbols"].get(sign) or units["prefix_codes"].get(sign.lower()) or ""
        state = table["states"].get(code)
        if state is not None and state not in regimes:
            counted[state] += 1
    ranked = counted.most_common(2)
    if not ranked or ranked[0][1] < table["least"]:
        return []
    if len(ranked) == 2 and ranked[1][1] * table["ratio"] >= ranked[0][1]:
        return []
    return [ranked[0][0]]


def _dateline_paragraph_end(text: str, end: int, table: dict[str, Any]) -> int:
    """Where the opening ends when a standfirst comes before the lead: the end of the first
    paragraph of some length, after `end` and within `dateline_reach` characters of it, that
    opens on a dateline ('HARARE — The court ...'), whose place and lead name the story's home
    better than a summary line that also names a state asked to follow; else `end`."""
    for m in re.finditer(r"[^\n]+", text[end : end + table["dateline_reach"]]):
        line = m.group(0)
        if len(line.strip()) >= table["lead_chars"] and DATELINE.match(line):
            return end + m.end()
    return end


@cache
def _alias_tails() -> frozenset[str]:
    """Every tail of an alias-table name after one of its words ('tuna commission' of a regional
    fisheries commission's name), as `_bare_body` compares a named body's words to them."""
    tails: set[str] = set()
    for alias in load_data("aliases")["aliases"]:
        words = alias.split(" ")
        tails.update(" ".join(words[n:]) for n in range(1, len(words)))
    return frozenset(tails)


def _bare_body(subject: str, text: str) -> bool:
    """A subject that names a state's own body and no state ('the National Court', 'the
    Financial Crimes Unit'), or an acronym the text spells out as such a body ('Amla' after 'the
    Anti-Money Laundering Bureau (Amla)')."""
    table = load_data("sanctions")["home_state"]
    bodies = set(table["bodies"])
    words = re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", subject).lower())
    if not words or authorities_in(subject) or unnamed_home(subject):
        return False
    heads = [
        w
        for n, w in enumerate(words)
        if n + 1 == len(words) or words[n + 1] in table["heads_before"]
    ]
    first = [b for w in heads[:1] for b in base_forms(w)]  # 'courts have frozen ...' too
    counted = numbers.is_number_word(words[0]) or re.match(r"\s*\d", subject) is not None
    if counted and set(first) & set(table["people_bodies"]):
        return False  # 'Two judges were added': counted people are targets, not a body
    if "," not in subject and set(first) & bodies:
        return True
    articles = set(load_data("sanctions")["home_subjects"]["bare_words"])  # 'the'
    if "," not in subject and set(first) & set(table["named_bodies"]["words"]):
        if " ".join(w for w in words if w not in articles) in _alias_tails():
            return False  # 'Tuna Commission' in a headline: the tail of a named bloc's name
        said = re.findall(r"[A-Za-z]+", re.sub(r"\([^)]*\)", " ", subject))
        at = [w.lower() for w in said].index(heads[0])  # 'the Anti-Graft Commission', a name
        return said[at][:1].isupper() and any(
            w[:1].isupper() and w.lower() not in articles for w in said[:at]
        )
    if " ".join(words) in table["officials"]:  # 'Prosecutors will ask for ...': no one's name
        return True
    if len(words) != 1 or not subject.strip()[:1].isupper():
        return False
    spelt = re.escape(subject.strip())
    if not re.search(rf"\(\s*{spelt}\s*\)", text):  # every match holds it: spares the slow scan
        return False
    spelled = re.search(rf"((?:[\w'’-]+\s+){{1,8}})\(\s*{spelt}\s*\)", text)
    return spelled is not None and bool(
        set(re.findall(r"[a-z]+", spelled.group(1).lower())) & bodies
    )


def _home_bodies(rows: list[ClaimRow], text: str) -> None:
    """A claim of the story whose subject is a state's own body named bare and that names no
    authority takes the page's issuer its masthead names (`page_issuer`: 'The Court' on a court's
    own page), else the authority of the nearest earlier claim whose subject names that body ('The
    court also froze ...' after a city court's action), else the story's home state
    (`home_state`), before any carrying."""
    if not text:
        return
    story = carry_group("body")
    wanting = [
        row
        for row in rows
        if not row["sanction_authorities"]
        and _group(row) == story
        and (
            _bare_body(row.get("subject") or "", text)
            or _bare_agent(row, text)
            or _bare_reporter(row, text)
        )
    ]
    if not wanting:
        return
    issuer = page_issuer(text, rows)  # a court's or a council's own page: its masthead
    home = home_state(_story_text(rows, text))
    stated = [row for row in rows if row["sanction_authorities"] and _group(row) == story]
    for row in wanting:
        earlier = [  # a court only asked to act ('X's court has been asked to freeze') is none
            d
            for d in stated
            if d["span_start"] < row["span_start"] and d.get("sanction_status") != "planned"
        ]
        if _officials(row):  # 'Police also ...' after 'Thai police ...', else the home's
            seat = issuer or _same_officials(row, earlier) or home
        else:
            seat = issuer or _same_body(row, earlier)  # 'the court' after a named court froze
            seat = seat or _body_seat(row, _story_text(rows, text)) or home
            seat = seat or _reporter_state(row) or _state_said_before(row, text)
        if seat:
            row["sanction_authorities"] = list(seat)
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)


def _bare_agent(row: ClaimRow, text: str) -> bool:
    """A passive claim whose agent after the span is a state's own body named bare ('... were
    imposed on them by the Ministry of Home Affairs'): `_bare_body` as a subject would be, or a
    home subject (`unnamed_home`)."""
    start, end = row.get("span_start"), row.get("sentence_end")
    if start is None or end is None:
        return False
    by = re.escape(sanction_words()["noun_agent"]["word"])
    name = r"[A-Z][\w'’-]*(?:\s+(?:of|and|for|[A-Z][\w'’-]*))*"  # capitals and their joints
    agent = re.search(rf"\b{by}\s+((?:the\s+)?{name})", text[int(start) : int(end)])
    if agent is None or state_mentions(agent.group(1)):
        return False  # '... after an acquittal by the Ruritanian Supreme Court': a state's own
    return _bare_body(agent.group(1), text) or unnamed_home(agent.group(1))


def _bare_reporter(row: ClaimRow, text: str) -> bool:
    """A pronoun subject reported by a state's own body named bare that opens the sentence ('The
    Ports Authority says it has barred two trawlers'): the body acts, as `_bare_body` would as
    the subject (`home_state` `reporting_verbs`)."""
    pronouns = set(sanction_words()["state_pronouns"]["words"])
    start, end = row.get("sentence_start"), row.get("span_end")
    if start is None or end is None:
        return False
    name = r"[A-Z][\w'’-]*(?:\s+(?:of|and|for|[A-Z][\w'’-]*))*"  # capitals and their joints
    said = re.match(rf"\s*((?:[Tt]he\s+)?{name})\s+([a-z]+)\b", text[int(start) : int(end)])
    verbs = set(load_data("sanctions")["home_state"]["reporting_verbs"])
    if said is None or not set(base_forms(said.group(2))) & verbs:
        return False
    subject = (row.get("subject") or "").strip()
    if subject.lower() not in pronouns and subject != said.group(1):
        return False  # the span may open with the speaker, who is then the row's subject
    after = re.findall(r"[a-z]+", text[int(start) + said.end() : int(end)].lower())[:6]
    if not pronouns & set(after):
        return False  # 'The Ministry added X to its register': the body acts, nobody is reported
    if state_mentions(said.group(1)):
        return False  # 'Kenya's Ports Authority says it ...': a state's own, named
    return _bare_body(said.group(1), text) or unnamed_home(said.group(1))


def _same_officials(row: ClaimRow, earlier: list[ClaimRow]) -> list[str]:
    """The authority of the nearest earlier claim whose subject names the same officials as a
    bare subject of officials (`home_state` `officials`: 'Police' after 'Spanish police froze
    ...'), else none."""
    if not _officials(row):
        return []
    words = re.findall(r"[a-z]+", (row.get("subject") or "").lower())
    for d in reversed(earlier):
        if words[-1] in re.findall(r"[a-z]+", (d.get("subject") or "").lower()):
            return list(d["sanction_authorities"])
    return []


def _officials(row: ClaimRow) -> bool:
    """A subject that is only a state's officials ('Prosecutors', 'the police':
    sanctions.json `home_state` `officials`)."""
    words = re.findall(r"[a-z]+", (row.get("subject") or "").lower())
    return " ".join(words) in load_data("sanctions")["home_state"]["officials"]


def _reporter_state(row: ClaimRow) -> list[str]:
    """The one state the body that reports a bare body's action names ('The financial unit of
    the Bank of Ruritania said the court had frozen ...'): that body's state seats the court,
    when the story's opening names no home state of its own."""
    regimes = regime_names()
    named = [s for s in states_named(row.get("attribution") or "") if s not in regimes]
    return named if len(named) == 1 else []


def _state_said_before(row: ClaimRow, text: str) -> list[str]:
    """The one state the sentence before a claim's, in the same paragraph, names ('Czech
    police acted at once. On Monday, the Financial Analysis Office blocked ...'): the seat of a
    bare body the story's opening gives no home to; a state measures are about is none."""
    start = row.get("sentence_start")
    if start is None:
        return []
    line = text[text.rfind("\n", 0, start) + 1 : start]  # the paragraph's own sentence before
    before = SENTENCE_END.split(line.strip())[-1] if line.strip() else ""
    regimes = regime_names()
    states = list(dict.fromkeys(s for _, s in state_mentions(before) if s not in regimes))
    return states if len(states) == 1 else []


def _owned_before(before: str) -> bool:
    """Whether the words before a body's name make it some state's own: a possessive, or a
    state's name or nationality right before it."""
    if re.search(r"(?:'s|’s|')\s*$", before):
        return True
    last = re.search(r"([\w-]+)\s*$", before)
    return last is not None and bool(state_mentions(last.group(1)))


def _body_seat(row: ClaimRow, text: str) -> list[str]:
    """The one state that another sentence of the story names beside the same court, named by
    a name of two words or more ('the Supreme Court' after 'Ruritania's fraud unit will apply
    to the Supreme Court', 'the High Court' before 'the High Court in <capital>'): the
    nearest such sentence before the claim's, else after it; a state the measures are about
    is none, and so is a state whose own court of that name it is ("Fiji's High Court")."""
    subject = re.sub(r"\([^)]*\)", " ", row.get("subject") or "")
    words = re.findall(r"[\w'’-]+", subject)
    courts = sanction_words()["court_nouns"]
    while words and words[0].lower() in courts["articles"]:
        words = words[1:]
    start = row.get("sentence_start")
    if len(words) < 2 or start is None or words[-1].lower() not in courts["words"]:
        return []
    name = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])", re.I)
    regimes = regime_names()
    before: list[str] = []
    after: list[str] = []
    offset = 0
    for part in re.split(r"((?<=[.!?])\s+|\n+)", text):
        begin, offset = offset, offset + len(part)
        found = name.search(part)
        if found is None or begin <= start < offset:
            continue
        if _owned_before(part[: found.start()]):
            continue  # "Fiji's High Court", 'the Fijian Supreme Court': another state's court
        states = {s for _, s in state_mentions(part) if s not in regimes}
        if len(states) != 1:
            continue
        if begin < start:
            before = [states.pop()]
        elif not after:
            after = [states.pop()]
    return before or after


_LABEL = re.compile(r"[ \t]*(?:\[[^\]\n]*\][ \t]*)?([^:\n]{2,160}):\s")


def _labelled_speakers(rows: list[ClaimRow], text: str) -> None:
    """A first-person action ('we have decided to freeze ...') on a line that a speaker label
    opens ('NAME (Spokesperson, Ministry of Foreign Affairs of Chile): ...', '[00:01:10]
    MINISTER (Japan): ...') is that of the one state the label names
    (claims/data/sanctions.json `speaker_owners`); a label that names no state ('GUEST:') is a
    speaker of the story's home state (`home_state`), whose programme hosts them."""
    first = set(load_data("sanctions")["speaker_owners"]["first_person"])
    home: list[str] | None = None
    for row in rows:
        start = row.get("span_start")
        subject = (row.get("subject") or "").strip().lower()
        if row["sanction_authorities"] or subject not in first or not text or start is None:
            continue
        line = text.rfind("\n", 0, start) + 1
        label = _LABEL.match(text, line)
        if label is None or label.end() > start:
            continue
        states = list(dict.fromkeys(s for _, s in state_mentions(label.group(1))))
        if not states:
            home = home_state(_story_text(rows, text)) if home is None else home
            states = home
        if len(states) == 1:
            row["sanction_authorities"] = list(states)
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)


#: An upper-case place label that opens a digest's or a diary's item, before a bar or a dash
#: ('ROME | ...', 'SRI LANKA – ...').
_PLACE_LABEL = re.compile(r"[^\w\n]*([A-Z][A-Z .'’-]{1,39}?[A-Z])[ \t]*[|–—-][ \t]")


def _labelled_places(rows: list[ClaimRow], text: str) -> None:
    """An item of a digest that an upper-case place label opens ('ROME | The court froze ...',
    '> OSLO | Also listed: ...', 'PERU – Unit to list ...') and that names no actor acts for the
    one state the place is or seats, rather than for the item before it."""
    story = carry_group("body")
    for row in rows:
        start = row.get("span_start")
        if row["sanction_authorities"] or not text or start is None or _group(row) != story:
            continue
        line = text.rfind("\n", 0, start) + 1
        label = _PLACE_LABEL.match(text, line)
        if label is None or label.end() > start:
            continue
        place = label.group(1)
        states = authorities_in(place) or states_in_words(place)
        if len(states) == 1:
            row["sanction_authorities"] = states
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)


#: A message's sender on a line of its own, after the message's time stamp ('[06.07.2026
#: 10:05] Tax Office Ruritania:'), as an exported chat or a channel prints it.
_SENDER = re.compile(r"(?m)^[ \t]*\[[^\]\n]{4,40}\][ \t]*([^:\n]{2,80}):[ \t]*$")


def _message_senders(rows: list[ClaimRow], text: str) -> None:
    """A claim of the story that names no actor, in a message whose sender line names one state
    ('[09.07.2026 10:30] FIU Ruritania:' then 'The block on 18 wallets ended this morning'), is the
    sender's: that state's (by name, or an acronym the page gives it), rather than that of an
    earlier message's action."""
    senders = [(m.end(), m.group(1)) for m in _SENDER.finditer(text)] if text else []
    if not senders:
        return
    story = carry_group("body")
    owned = owned_acronyms(text)
    for row in rows:
        start = row.get("span_start")
        if row["sanction_authorities"] or start is None or _group(row) != story:
            continue
        before = [name for end, name in senders if end <= start]
        if not before:
            continue
        states = list(dict.fromkeys(s for _, s in state_mentions(before[-1])))
        states = states or [
            a for w in re.findall(r"\b[A-Z]{2,6}\b", before[-1]) for a in owned.get(w, [])
        ]
        if len(states) == 1:
            row["sanction_authorities"] = states
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)


def _pronoun_antecedents(rows: list[ClaimRow], text: str) -> None:
    """'Canada took its turn in June. On the 3rd it blocked ...': a state pronoun subject no clause
    reports takes the authority that opens the sentence just before as its subject (a state, a
    bloc, a bank), when that sentence states no claim of its own (one that does gives its
    authority by carrying)."""
    pronouns = set(sanction_words()["state_pronouns"]["words"])
    starts = {r.get("sentence_start") for r in rows}
    for row in rows:
        subject = (row.get("subject") or "").strip().lower()
        if row["sanction_authorities"] or subject not in pronouns or not text:
            continue
        start, span = row.get("sentence_start"), row.get("span_start") or 0
        if any(
            r.get("sentence_start") == start and (r.get("span_start") or 0) < span for r in rows
        ):
            continue  # 'the court extended ..., and it lifted ...': the clause before is its own
        found = _opening_before(row, text, starts)
        if found:
            row["sanction_authorities"] = found
            row["confidence"] = round(row["confidence"] * CARRY_DISCOUNT, 3)


def _opening_before(row: ClaimRow, text: str, starts: set[Any]) -> list[str]:
    """The authority that opens the sentence just before a claim's, in its paragraph, as that
    sentence's subject ('Latvia acted at once.', 'The regional lender set up its panel in 2019.'),
    when that sentence states no claim of its own; else none."""
    start = row.get("sentence_start")
    if start is None:
        return []
    low = max(0, start - 400)
    before = text[low:start].rstrip()
    previous = SENTENCE_END.split(before)[-1].split("\n")[-1] if before else ""  # its line's
    if not previous or "\n\n" in text[low + len(before) : start]:
        return []  # none, or in another paragraph
    if low + len(before) - len(previous) in starts:
        return []  # a claim's own sentence: carrying gives its authority
    mentions = authority_mentions(previous)
    opening = re.match(r"(?:the\s+)?", previous, re.IGNORECASE)
    if mentions and opening is not None and mentions[0][0] == opening.end():
        return [mentions[0][1]]
    return []


def _name_acronyms(rows: list[ClaimRow], text: str = "") -> None:
    """A row whose subject is an acronym the article defined in another chunk ('the Monetary
    Authority of Norway (MAN)' early, 'MAN lifted ...' later) takes the name's authority; the
    definition may sit in any sentence of the article, a claim or not."""
    wanting = [
        (row, words)
        for row in rows
        if not row["sanction_authorities"]
        and (words := re.findall(r"\b[A-Z]{2,6}\b", _acting_words(row, text)))
    ]
    if not wanting:
        return
    table = defined_acronyms([text, *(row.get("sentence") or "" for row in rows)])
    for row, words in wanting:
        found = [a for w in words for a in table.get(w, [])]
        start = row.get("sentence_start")
        if not found and text and start is not None:  # "Kenya's FRC" before 'the ... (FRC)'
            owned, bare = owned_acronyms(text[:start]), bare_acronyms(text[:start])
            found = [a for w in words if w not in bare for a in owned.get(w, [])]
            if not found and any(w in bare for w in words):  # the story's own body
                found = _defining_claim(rows, [w for w in words if w in bare], text) or home_state(
                    _story_text(rows, text)
                )
        if found:
            row["sanction_authorities"] = list(dict.fromkeys(found))


def _defining_claim(rows: list[ClaimRow], acronyms: list[str], text: str) -> list[str]:
    """The authority of the claim whose sentence defines one of `acronyms` first ('the Fraud
    Office (FO) froze ...' under a Nairobi dateline): the body's own seat; else none."""
    found = [p for a in acronyms if (p := text.find(f"({a})")) >= 0]
    if not found:
        return []
    at = min(found)
    for row in reversed(rows):
        start = row.get("sentence_start")
        if start is None or start > at or "\n" in text[start:at]:
            continue
        return list(row["sanction_authorities"])  # the defining sentence's claim, or none
    return []


def _acting_words(row: ClaimRow, text: str) -> str:
    """The words that name who acts in a claim: its subject, or for a state pronoun ('The FIC
    said it would freeze ...') its sentence up to the claim's span."""
    subject = row.get("subject") or ""
    if subject.lower() not in sanction_words()["state_pronouns"]["words"]:
        return subject
    start, span = row.get("sentence_start"), row.get("span_start")
    if not text or start is None or span is None:
        return subject
    return text[start:span]


def _story_authorities(
    rows: list[ClaimRow],
    home: list[bool],
    skip: set[str] | None = None,
    only: set[str] | None = None,
    state: list[str] | None = None,
) -> dict[int, tuple[str, ...]]:
    """Per carry group, the authority the story's claims name most by themselves (the first of
    equals): whose government an unnamed 'the Government' or 'Ministers' is (never one in `skip`,
    which has no government), or, among `only` (those that have a council), whose 'council'
    it is: a state the story names, e.g. one the council's measures are about, has none. Each
    claim that acts counts two, each that is only set to follow (`_follower`) or, not being the
    home state, only puts another's lists in force (`_applier`) one, and the
    story's home state (`state`) one more: a neighbour that acts once and plans once ties with
    the home state acting once, and the home state wins the tie; then the most named, then one
    of the alias table's states, then the first."""
    named: dict[int, Counter[tuple[str, ...]]] = {}
    acted: dict[int, Counter[tuple[str, ...]]] = {}  # less those only set to follow
    for row, unnamed in zip(rows, home, strict=True):
        group = carry_group(row.get("segment"))
        if group is None or unnamed or len(row["sanction_authorities"]) != 1:
            continue
        authority = row["sanction_authorities"][0]
        if (skip and authority in skip) or (only is not None and authority not in only):
            continue  # the UN has no Treasury nor Ministers; a state's 'council' is no bloc's
        named.setdefault(group, Counter())[tuple(row["sanction_authorities"])] += 1
        # one only putting another's lists in force acts as the story's own government only
        # when it is the story's home state (a neighbour applying them is no actor of its own)
        borrowed = _applier(row) and list(row["sanction_authorities"]) != (state or [])
        acted.setdefault(group, Counter())[tuple(row["sanction_authorities"])] += not (
            _follower(row) or borrowed
        )
    known = set(load_data("aliases")["aliases"].values())
    own_state = state or []

    def chosen(group: int) -> tuple[str, ...]:
        def weight(item: tuple[tuple[str, ...], int]) -> tuple[int, bool, int, bool]:
            # an act counts two, a plan only to follow one, and the story's home state one more;
            # of equals, the home state, the most named, then a state of the alias table
            own = list(item[0]) == own_state
            score = acted[group][item[0]] + item[1] + own
            return score, own, item[1], all(a in known for a in item[0])

        return max(named[group].items(), key=weight)[0]

    return {g: chosen(g) for g in named}


def _feed(intro: ClaimRow, item: ClaimRow, fed: bool) -> None:
    """An introduction that states the action ('OFAC added the following to its list:') has
    its items' targets for its own: any it read itself name the list, not a target."""
    own = intro["sanction_targets"] if fed else []
    intro["sanction_targets"] = [*own, *item["sanction_targets"]]


def _measure_point(row: ClaimRow) -> bool:
    """A bulleted key point whose words before its first number name the measure itself ('- Freeze
    covers 214 accounts', '- Court freeze covers 14 people'): it restates the story's action, no
    item of a list (those name targets: '- 25 vessels', '- Ivan Petrov, born 1970')."""
    said = (row.get("sentence") or "").lstrip()
    opening = re.split(r"\d", said, maxsplit=1)[0]
    heads = noun_heads()
    return any(b in heads for w in re.findall(r"[A-Za-z]+", opening) for b in base_forms(w))


def _settle_lists(rows: list[ClaimRow], restated: list[bool], items: list[int]) -> None:
    """Items (restatements on a bulleted line) take their introduction's authority, or that of
    the key point just before that states its own action ('- 14 people sanctioned' then
    '- Targets include a judge'); introductions and orphan items lose theirs, except one that
    states the action itself ('OFAC added the following:'), which keeps its authority and takes
    its items' targets. A bulleted sentence with its own action stays."""
    intro: ClaimRow | None = None
    acting = False  # the introduction states the action itself ('OFAC added the following:')
    fed = False  # an item has given the acting introduction its targets
    point: ClaimRow | None = None  # a bullet stating its own action ('- 14 people sanctioned')
    for row, again, item in zip(rows, restated, items, strict=True):
        if item == NUMBERED and intro is None:
            if again and not row.get("predicate"):
                row["sanction_authorities"] = []  # a verbless numbered line under no list
                continue  # introduction: a roll under a heading, no claim of its own
            item = 0  # a numbered paragraph under no list introduction is an ordinary sentence
        if acting and intro is not None and item == NUMBERED:
            row["sanction_authorities"] = []  # a numbered roll under the action's own line
            continue
        if acting and intro is not None and item:
            _feed(intro, row, fed)  # '- a tanker, which OFAC identified as blocked property'
            fed = True
            if not again:
                continue
        if again and item:
            if (
                intro is None
                and point is not None
                and carry_group(point.get("segment")) == carry_group(row.get("segment"))
            ):
                row["sanction_authorities"] = list(point["sanction_authorities"])
                row["sanction_date"] = row["sanction_date"] or point["sanction_date"]
                continue  # a key point after one that states the action restates it
            if intro is None and _measure_point(row):
                continue  # '- Freeze covers 214 accounts': a key point on the story's measure
            if intro is None or carry_group(intro.get("segment")) != carry_group(
                row.get("segment")
            ):
                row["sanction_authorities"] = []
            else:
                row["sanction_authorities"] = list(intro["sanction_authorities"])
                row["sanction_date"] = row["sanction_date"] or intro["sanction_date"]
                if acting and row["sanction_status"] == "imposed":  # 'Japan will freeze ...:'
                    row["sanction_status"] = intro["sanction_status"]
            continue
        point = row if item == BULLETED and row["sanction_authorities"] else None
        if intro is not None and not acting:
            intro["sanction_authorities"] = []  # the list it opened is over
        acting = not again and _is_intro(row, acting=True)
        intro, fed = (row if acting or _is_intro(row) else None), False
    if intro is not None and not acting:
        intro["sanction_authorities"] = []
