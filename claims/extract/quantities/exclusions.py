"""What looks like a number but is no quantity: years, clock times, reading times, phone
numbers, names with numbers ('Resolution 2270', 'the 27-member bloc'), ages, anaphoric
counts ('the two countries') and the pronoun 'one'."""

from __future__ import annotations

import itertools
import re
from functools import cache

from spacy.tokens import Doc, Token

from claims.extract import numbers
from claims.extract.columns import columns
from claims.extract.lexicon import kind_of_word
from claims.extract.numbers import HAS_DIGIT
from claims.extract.quantities.items import headline_verb, money, story_upto, words
from claims.extract.quantities.numbering import page_numbering
from claims.extract.quantities.stacked_rows import stacked_cell
from claims.extract.quantities.table_series import earlier_in_series
from claims.extract.sanctions.words import lemma
from claims.extract.syntax import doc_text
from claims.resources import load_data

ISO_CODE = re.compile(r"[A-Z]{3}")  # a currency's code: no unit of measure

CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}")
LOCAL_PHONE = re.compile(r"(?<![\d.,])\d{3}[.-]\d{4}(?![\d.,-])")
#: a run of eight or more digits with no group separator: a code (a barcode, a lot or case
#: number); a count that large is written with separators or a scale word
IDENTIFIER = re.compile(r"\d{8,}")
#: a register number written with its check digit after a hyphen ('5530218-4'): a code
CHECK_DIGIT = re.compile(r"\d{5,}-\d(?![\d,.]?\d)")
#: how many tokens before 'and N others' a case title's mark ('v.') may stand
CASE_TITLE_REACH = 12
LEADING_ZERO = re.compile(r"0\d+")  # '0192', '007': a count is never written with a leading 0
CENTS = re.compile(r"\d\.\d\d$")  # a figure written to the cent: 'P 52.75'
SCORE = re.compile(r"\d{1,2}[-\u2013]\d{1,2}")  # '3-1', '0–3': a match's result


def not_a_quantity(doc: Doc, start: int, end: int, text: str | None = None) -> str | None:
    """Why the number at [start, end) is no quantity (dates are checked by the caller), or None.
    `text` is the Doc's text when the caller has it (Doc.text is rebuilt on every access)."""
    full = doc_text(doc) if text is None else text
    texts = columns(doc).text
    tok = doc[start]
    nxt = doc[end] if end < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and _glued_stop(doc, start - 1):
        prev = doc[start - 2]  # 'No. 3 kiln': the name word the tokenizer cut its stop from
    text = tok.text
    if (ordered := page_numbering(doc, start, end, full)) is not None:
        return ordered  # '4.2 Water and power', 'valid 18.02. 06:00': the page's own numbering
    if end - start == 1 and CHECK_DIGIT.match(full, tok.idx) is not None:
        return "identifier"  # '5530218-4': a register number and its check digit
    if _whole_stated_before(doc, start, end):
        return "restated_whole"  # '... nine barges. Three of the nine barges had': said before
    if _spelled_repeat(doc, start, end):
        return "repeated_in_words"  # '4,250.00 (four thousand two hundred and fifty)': the figure again
    if _numbered_period(doc, start, end):
        return "name_number"  # 'Week 31 | Week 30': a period's number, a date label
    if _case_parties(doc, start, end):
        return "name_number"  # 'State v. A Ltd and 4 others': the parties a case title names
    if _code_column(doc, start, end):
        return "identifier"  # '| Commodity code |' over '| 8517.13 |': a code, no figure
    stacked = stacked_cell(doc, start)  # 'Revenue (m)' over '412' '318' '+29.6%', a line each
    if earlier_in_series(doc, start) or (stacked is not None and stacked.position > 0):
        return "series_history"  # 'Coal | 47.3 | 51.2 | 54.6': the row's claim is its latest period
    hyphen = nxt is not None and nxt.text == "-" and end + 1 < len(doc)
    modifier = hyphen and doc[end + 1].lower_ in words()["hyphen_modifiers"]
    if modifier and not _counted_modifier(doc, start, end):
        return "name_number"
    if _technology_name(doc, start, end):
        return "name_number"  # '5G sites', 'the 3.5 GHz band': a name, not a figure
    after_sign = (
        doc[end + 1] if nxt is not None and nxt.text == "%" and end + 1 < len(doc) else None
    )
    if after_sign is not None and after_sign.lower_ in words()["basis_nouns"]:
        return "reporting_basis"  # '(100% basis)': how figures are counted, no figure
    if after_sign is not None and after_sign.text in words()["grade_elements"]:
        return "grade_name"  # '58% Fe lump': an ore's grade names the product, no figure
    spanned = hyphen and f"{doc[end + 1].lower_}s" in load_data("units")["time_units"]
    if spanned and _names_statistic(doc, end + 2):
        return "statistic_span"  # 'the three-year mean', 'a 20-year low', '10-year Bund yields'
    if _match_score(doc, start, end):
        return "score"  # 'won 4-2', 'a final score of 2-5': a result, no range
    if _unit_definition(doc, start, end):
        return "unit_definition"  # 'one crore is equal to ten million': the word defined, no claim
    if _package_size(doc, start, end):
        return "package_size"  # 'a 5kg bag', 'a 20-litre can': the size a price is stated for
    if _in_label(doc, start, end) or _grade_in_label(doc, start, end):
        return "label_name"
    if _among_label_words(doc, start, end):  # 'Served within 8 weeks: 61%'
        return "label_name"
    units = load_data("units")
    marked = prev is not None and (
        prev.text in units["symbols"] or prev.lower_ in units["prefix_codes"]
    )
    equals = prev is not None and (
        prev.text == "=" or (marked and start > 1 and doc[start - 2].text == "=")
    )
    if (marked and nxt is not None and nxt.text == "=") or equals:
        return "conversion_note"  # '($1 = 7.12 yuan)', 'EUR 1 = ...': the rate a story's sums
        # were converted at
    yearly = end - start == 1 and re.fullmatch(r"(?:1[89]|20)\d\d", text) is not None
    owned = prev is not None and prev.lower_ in words()["year_owners"]  # "its 2023 filings"
    if yearly and (owned or not (nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ != "years")):
        return "year"
    if ":" in text or (nxt is not None and nxt.lower_ in words()["time_after"]):
        return "time"
    if CLOCK.fullmatch(text) and _day_part_after(doc, end) and not marked:
        return "time"  # 'at 8.45 this morning', 'by 10.30 tonight'
    if (
        nxt is not None
        and nxt.lower_ in ("min", "mins", "minute", "minutes")
        and end + 1 < len(doc)
        and doc[end + 1].lower_ == "read"
    ):
        return "reading_time"
    if _page_counter(full, doc, start, end):
        return "page_counter"  # '💬 31 comments', '| 40 shares': the page's, no story's count
    if _paywall_meter(full, tok.idx):
        return "page_counter"  # '· 1 of 5 free stories read': the site's meter, no claim
    if _listicle_count(full, doc, start, end):
        return "listicle_count"  # 'Seven things to know before X': the piece's own parts
    if _profile_counter(full, doc, start, end):
        return "page_counter"  # 'Joined: 2019 · Posts: 412': a site's counters of its users
    closing = _bracket_closes(doc, end + 1)
    sized = closing or _counter_cell(full, doc, start, end)  # or '14:05 GMT | 388 words'
    sized = sized or _size_list_line(full, tok.idx)  # 'Notes: 30 pages, 4 tables.'
    if nxt is not None and nxt.lower_ in words()["document_units"] and sized:
        return "document_size"  # 'List of designated entities (2 pages)', '(PDF, 3.4 MB)'
    if nxt is not None and nxt.lower_ in words()["limit_units"] and _limit_before(full, tok.idx):
        return "length_limit"  # 'notes of at most 400 words': the page's rule, no claim
    lo = max(0, tok.idx - 20)
    phones = PHONE.finditer(full[lo : tok.idx + len(text) + 20])
    phoned = any(lo + m.start() <= tok.idx < lo + m.end() for m in phones)
    if "," not in text and stacked is None and phoned:
        return "phone"
    ago = end + 1 < len(doc) and doc[end + 1].lower_ in words()["ago_words"]
    if ago and nxt is not None and nxt.pos_ == "NOUN":
        return "relative_date"  # 'the level of three winters ago', 'two budgets ago': when
    if _local_phone(full, tok.idx) or LEADING_ZERO.fullmatch(text):
        return "phone"  # 'or phone 555-0317', 'dial 0162': a line to ring or a code, no count
    if end - start == 1 and _short_code(prev, tok, nxt):
        return "phone"  # 'ring the hotline 144.', 'text 8080 for updates': a code to reach
    if end - start == 1 and (_dashed_day(full, tok) or _weekday_day(prev, tok, nxt)):
        return "date_day"  # '14-Jun-2025', '< Fri 16 [ Sat 17 ]': a day of a date, no count
    money_mark = prev is not None and (
        prev.text in units["symbols"] or prev.lower_ in units["prefix_codes"]
    )
    counted = nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or _unit_word(nxt) is not None)
    if end - start == 1 and IDENTIFIER.fullmatch(text) and not (money_mark or counted):
        return "identifier"  # 'EAN: 5412345678901', 'lot 20251104': a code, no count
    relative = nxt is not None and _unit_word(nxt) in words()["relative_units"]
    relative = relative or _headline_count(doc, start, end)  # 'Ports Ship 6.5 Million Tonnes'
    relative = relative or _after_headline_verb(doc, start)  # 'GREENS LOSE 11 SEATS'
    written = "," in text or "." in text or end - start > 1  # '2,410', '1.18m', '3 million'
    measured = nxt is not None and _unit_word(nxt) is not None and written  # 'Peru 2,410 kt',
    measured = measured or (written and _two_word_unit(doc, end))  # 'Chile 11.6 per cent'
    relative = relative or measured  # 'Oslo 1.2m TEU': a row's figure in a unit, not a model number
    paid = nxt is not None and _unit_word(nxt) in money()  # 'fined the club 300 UTM': a sum
    relative = relative or paid
    relative = relative or _row_measure(doc, end)  # 'West Africa 204 kt | y/y +1.2%'
    relative = relative or (prev is not None and prev.lower_ in words()["reading_scales"])
    relative = relative or _dimension_label(prev, nxt)  # 'Length 114 m', 'LOA 128 m': a measure
    written_on = doc[start:end].text  # 'RM2.5' 'm' as two tokens, written as one
    relative = relative or (" " not in written_on and _scaled_money(written_on))  # 'Umgeni R2.3bn'
    relative = relative or _spaced_letter_sum(prev, text)  # 'receive Q 12,800': a sum
    relative = relative or any(numbers.is_scale(t) for t in texts[start + 1 : end])  # a name's
    # number has no scale word: 'FLOODS DISPLACE 2 MILLION', 'Fund Seeks 4 Billion'
    if (
        prev is not None
        and not relative
        and not _gapped_count(doc, start)
        and (  # 'Resolution 2270', not 'India 37%'
            prev.lower_ in words()["name_words"]
            or (
                prev.pos_ == "PROPN"
                and prev.text[:1].isupper()
                and prev.text not in load_data("units")["symbols"]
                and prev.lower_ not in load_data("units")["prefix_codes"]
                and prev.text[-1:] != "$"
            )
        )
    ):
        return "name_number"
    if _coordinated_name_number(doc, start):  # 'Terminal 4 and 5'
        return "name_number"
    if end - start == 1 and _numbered_body(doc, start):  # 'the 1267 committee'
        return "name_number"
    if _named_group(doc, start):  # 'a Group of 20 summit'
        return "name_number"
    if _is_age(doc, start, end, prev, full) or _age_threshold(doc, start, end):
        return "age"
    if end - start == 1 and _idiom_number(doc, start):
        return "idiom"  # 'net zero emissions', 'a zero-sum game': a state, no count
    scaled = any(numbers.is_scale(t) for t in texts[start + 1 : end])  # 'the two million'
    whole = start > 2 and doc[start - 2].lower_ in words()["partitive_preps"]
    whole = whole and doc[start - 3].like_num  # 'four of the seven members': the whole is a count
    ranked = nxt is not None and nxt.tag_ in ("JJS", "RBS")  # "the five biggest banks": ranked
    described = nxt is not None and _describes(nxt)  # 'the four idle smelters': new information
    if (
        prev is not None
        and prev.lower_ in ("the", "these", "those")
        and not HAS_DIGIT.search(text)
        and not scaled
        and not whole
        and not ranked
        and not described
        and not (spanned and not _named_after(doc, end + 2))  # 'the three-week deadline': a
        # length, not 'the three-month LME contract', a market's benchmark
        and not (hyphen and _hyphened_measure(doc, end))  # 'the six-mile limit': a measure
    ):
        return "anaphoric"
    ranged = (
        nxt is not None
        and nxt.lower_ in load_data("bounds")["range_joiners"]
        and end + 1 < len(doc)
        and doc[end + 1].like_num
    )  # 'two or three more may join'
    hyphened = (  # 'one broken-down truck': a participle opening a hyphened modifier of its noun
        nxt is not None
        and nxt.tag_ in ("VBN", "VBG")
        and end + 1 < len(doc)
        and doc[end + 1].tag_ == "HYPH"
        and tok.dep_ == "nummod"
        and tok.head.pos_ == "NOUN"
        and (prev is None or prev.tag_ != "DT")  # not 'the one hard-won seat'
    )
    if (
        tok.lower_ == "one"
        and end - start == 1
        and not ranged
        and (
            nxt is None
            or nxt.lower_ in words()["generic_one"]
            or (nxt.pos_ not in ("NOUN", "ADJ", "PROPN") and not hyphened)
            or (
                prev is not None and prev.lower_ in words()["generic_one_after"].get(nxt.lower_, [])
            )
        )
    ):
        return "pronoun_one"  # 'one of them', 'one day', 'at one point'
    subject = tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.tag_ == "NN"
    one = tok.lower_ in words()["one_words"]
    if one and end - start == 1 and tok.dep_ == "nummod" and subject:
        return "indefinite_one"  # 'one broker said', 'One question remains': 'a', no count
    if _coupon_name(doc, end):
        return "name_number"  # 'the 7.5% notes due 2029': the coupon names the paper
    if _reviewed_target(doc, end):
        return "reviewed_target"  # 'is examining two more firms': a possible measure's targets
    return None


def _coupon_name(doc: Doc, end: int) -> bool:
    """'its 7.5% senior notes due 2029', 'the benchmark 3.875% due 2034': a percentage before a
    debt paper (quantity_words coupon_names) and its maturity names the paper by its coupon,
    as a tenor does ('30-year bond'); no quantity. 'due to' states a cause, no maturity."""
    lowers = columns(doc).lower
    if end >= len(doc) or _unit_word(doc[end]) != "%":
        return False
    data = load_data("quantity_words")["coupon_names"]
    papers = set(data["papers"]) | set(data["qualifiers"])
    j = end + 1
    while j < len(doc) and j - end - 1 < data["reach"] and lowers[j] in papers:
        j += 1
    if j + 1 >= len(doc) or lowers[j] not in data["maturity_words"]:
        return False
    after = doc[j + 1]
    return after.like_num or after.lower_ in load_data("dates")["months"]


def _reviewed_target(doc: Doc, end: int) -> bool:
    """'The panel is examining the conduct of four riders', 'the unit was assessing two further
    firms', 'six more brokers are being reviewed': in a story that states a measure, people,
    firms or holdings an authority reviews are the counted targets of a possible sanction (the
    sanction's, as the gold reads them), not quantities. A reviewing verb's object, passive
    subject, or the noun of its 'of' phrase on a record word ('the files of'); an acting verb in
    its complement ('examining whether to bar three more workers') acts on any counted people."""
    tok = doc[end - 1]
    if tok.dep_ != "nummod" or tok.head.i < end:
        return False
    data = load_data("quantity_words")
    review, acting = data["reviewed_counts"], data["acting_counts"]
    noun = tok.head
    top = noun
    while top.dep_ in ("conj", "appos") and top.head != top:
        top = top.head
    verb: Token | None = None
    via = None
    if top.dep_ in ("dobj", "nsubjpass"):
        verb = top.head
    elif top.dep_ == "pobj" and top.head.lower_ in review["preps"]:
        via = top.head
        owner = via.head
        if owner.pos_ in ("VERB", "AUX"):
            verb = owner  # 'looking at three firms'
        elif lemma(owner) in review["records"] and owner.dep_ in ("dobj", "nsubjpass"):
            verb = owner.head  # 'studying the records of four brokers'
    if verb is None:
        return False
    target = noun.lower_ in kind_of_word() or lemma(noun) in kind_of_word()
    target = target or lemma(noun) in acting["holders"]
    if lemma(verb) in acting["verbs"] and verb.dep_ in ("xcomp", "ccomp", "pcomp"):
        target = target or noun.tag_ == "NNS"  # a bar planned under review: people it names
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
    found = lemma(verb)
    if not target or found not in review["verbs"]:
        return False
    needs = review["prep_verbs"].get(found)
    if needs is not None and (via is None or via.lower_ != needs):
        return False  # 'look' reviews only with its preposition
    return _story_states_measure(doc)


def _story_states_measure(doc: Doc) -> bool:
    """Whether the article up to `doc` holds a word of a measure (a freeze, a ban, a revoked or
    suspended licence): the reviewed counts then speak of that measure's possible targets."""
    data = load_data("quantity_words")
    acting = data["acting_counts"]
    measures = set(acting["verbs"]) | set(acting["nouns"]) | set(acting["sport_verbs"])
    measures |= set(data["reviewed_counts"]["measures"])
    return any(lemma(t) in measures for d in story_upto(doc) for t in d)


def _technology_name(doc: Doc, start: int, end: int) -> bool:
    """'5G sites', '4G coverage', 'the 2.6 GHz band': a figure with a generation mark written
    onto it, or a frequency before a band noun, names a network or a band of spectrum."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    glued = not doc[end - 1].whitespace_
    if glued and nxt.text in words()["generation_marks"]:
        return True
    band = end + 1 < len(doc) and doc[end + 1].lower_ in words()["band_nouns"]
    return band and nxt.lower_ in words()["frequency_units"]


def _describes(tok: Token) -> bool:
    """A lower-case adjective right after 'the N' that modifies a noun after it ('the three
    working mines', 'the six earlier resolutions'), not one that points back ('the two remaining
    firms', quantity_words 'back_modifiers'): the phrase describes its things anew."""
    modifier = tok.dep_ == "amod" and tok.head.i > tok.i and tok.head.pos_ == "NOUN"
    lower = tok.text[:1].islower() and tok.lower_ not in words()["back_modifiers"]
    return modifier and lower and tok.pos_ in ("ADJ", "VERB")


def _day_part_after(doc: Doc, end: int) -> bool:
    """A day word right after a figure, or a part of the day as the word after that ('tonight',
    'this morning', 'yesterday evening'): a dotted figure before it is a clock time."""
    dates = load_data("dates")
    near = columns(doc).lower[end : end + 2]
    return bool(near) and (
        near[0] in dates["day_words"] or (len(near) > 1 and near[1] in dates["day_parts"])
    )


def _headline_count(doc: Doc, start: int, end: int) -> bool:
    """A number in a Title-Case line followed by a unit ('6.5 Million Tonnes') measures
    something: the capital before it marks the headline's case, not a name."""
    cols = columns(doc)
    if end >= len(doc) or load_data("units")["words"].get(cols.lower[end]) is None:
        return False
    line = _sentence_words(doc, start)
    return len(line) >= 4 and sum(t.istitle() for t in line) >= 0.8 * len(line)


def _sentence_words(doc: Doc, i: int) -> list[str]:
    """The alphabetic words of more than three letters in token i's sentence."""
    cols = columns(doc)
    words_ = cols.text[cols.sent_start(i) : cols.sent_end(i)]
    return [t for t in words_ if t.isalpha() and len(t) > 3]


def _after_headline_verb(doc: Doc, start: int) -> bool:
    """A number right after a change or level verb in a headline's capitals ('GREENS LOSE 11
    SEATS', 'Labour Gains 7 Seats'), or after the verb and a qualifier ('Hit Record 3,870'):
    the verb's capital marks the case, not a name."""
    verb = start - 1
    if verb > 0 and doc[verb].lower_ in words()["headline_qualifiers"]:
        verb -= 1  # 'Delays Hit Record 3,870', 'Exports Reach New 4,000'
    if verb < 0 or not headline_verb(doc[verb]):
        return False
    line = _sentence_words(doc, start)
    cased = sum(t.istitle() or t.isupper() for t in line)
    return len(line) >= 3 and cased >= 0.8 * len(line)


def _row_measure(doc: Doc, end: int) -> bool:
    """A number before a unit of measure that ends a table cell ('Peru 318 kt |', 'Oslo 40
    tonnes' at a line's end): a row's figure, not a name's number."""
    if end + 1 >= len(doc):
        return False
    units = load_data("units")
    texts = columns(doc).text
    word = columns(doc).lower[end]
    rate = units["rates"].get(word)
    unit = units["words"].get(word) or units["glued"].get(word) or (rate or {}).get("unit")
    if unit is None or unit in units["time_units"]:
        return False
    nxt = texts[end + 1]
    return nxt == "|" or "\n" in texts[end] or "\n" in nxt


#: a figure written with a thousands comma and nothing after it ('E18,000')
THOUSANDS_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


def _scaled_money(text: str) -> bool:
    """'R8.6bn', 'B2.1bn', 'RM2m': a currency letter or sign (units.json symbols, letter_symbols)
    written onto a figure with a scale letter on its end, or with a thousands comma, is a sum,
    never a name's number, even right after a name ('paid Umgeni R2.3bn', 'WAS FINED R40,000')."""
    glued = numbers.split_glued(text)
    if glued is None or not glued.prefix:
        return False
    grouped = not glued.suffix and THOUSANDS_GROUPED.search(glued.number) is not None
    if glued.suffix.lower() not in numbers.words()["suffixes"] and not grouped:
        return False  # 'R40,000' as 'R40k': a name's number has no thousands comma
    units = load_data("units")
    return glued.prefix in units["letter_symbols"] or glued.prefix in units["symbols"]


def _spaced_letter_sum(prev: Token | None, text: str) -> bool:
    """'receive Q 12,800', 'set at P 52.75': a currency letter (units.json letter_symbols) set
    apart by a space from a figure with a thousands comma or written to the cent is a sum, as
    the glued form is ('Q12,800'); a name's number ('Annex L 4') has neither."""
    if (
        prev is None
        or not prev.whitespace_
        or prev.text not in load_data("units")["letter_symbols"]
    ):
        return False
    return THOUSANDS_GROUPED.search(text) is not None or CENTS.search(text) is not None


def _dimension_label(prev: Token | None, nxt: Token | None) -> bool:
    """'Length 114 m', 'Height 300 m', 'LOA 128 m': a capitalized noun of a length (units.json
    length_nouns) before a figure in a unit, or in a length's letter, labels a measure; the figure
    is no number of a name."""
    if prev is None or nxt is None or prev.lemma_.lower() not in load_data("units")["length_nouns"]:
        return False
    return _unit_word(nxt) is not None or nxt.lower_ in load_data("units")["length_letters"]


#: how many words after a count its noun may stand ('41 fuel service stations')
_NOUN_REACH = 4


def _nouns_after(doc: Doc, end: int) -> set[str]:
    """The lemmas of the nouns right after a count, up to the first other word."""
    found: set[str] = set()
    for t in doc[end : min(end + _NOUN_REACH, len(doc))]:
        if t.pos_ in ("NOUN", "PROPN"):
            found.add(t.lemma_.lower())
        elif t.pos_ not in ("ADJ", "VERB") or found:
            break
    return found


def _whole_stated_before(doc: Doc, start: int, end: int) -> bool:
    """'Three of the nine barges', 'Five of the 37 pharmacies': the whole after 'N of the'
    (`partitive_preps`, `back_reference_determiners`) is a count the article stated before, in
    this paragraph or an earlier one, with a noun of the same lemma; the part is the claim."""
    if start < 3 or doc[start - 1].lower_ not in words()["back_reference_determiners"]:
        return False
    if [doc[start - 2].lower_] != words()["partitive_preps"] or not doc[start - 3].like_num:
        return False
    value = numbers.parse_tokens([t.text for t in doc[start:end]])
    nouns = _nouns_after(doc, end)
    if value is None or not nouns:
        return False
    spans = [d[:] for d in story_upto(doc)[:-1]] + [doc[: start - 3]]
    for span in spans:
        for t in span:
            if not t.like_num or numbers.parse_tokens([t.text]) != value:
                continue
            if nouns & _nouns_after(t.doc, t.i + 1):
                return True
    return False


def _spelled_repeat(doc: Doc, start: int, end: int) -> bool:
    """Number words right after a bracket that opens after a figure of the same value ('S/
    9,500.00 (nine thousand five hundred soles)', '40 (forty) days'): a notice repeating the
    figure in words, which the figure's own claim holds."""
    texts = columns(doc).text
    if start < 2 or texts[start - 1] != "(" or HAS_DIGIT.search(texts[start]):
        return False
    figure = numbers.parse_digits(texts[start - 2])
    return figure is not None and numbers.parse_tokens(list(texts[start:end])) == figure


def _two_word_unit(doc: Doc, end: int) -> bool:
    """Whether the two tokens at `end` write one unit of units.json words, with a space or
    without ('per cent', '° C' as the tokenizer cuts '°C')."""
    if end + 1 >= len(doc):
        return False
    first, second = doc[end].lower_, doc[end + 1].lower_
    known = load_data("units")["words"]
    return f"{first} {second}" in known or f"{first}{second}" in known


def _unit_word(tok: Token) -> str | None:
    """The normalized unit a word stands for ('%', 'percent' -> '%'), or None."""
    unit = load_data("units")["words"].get(tok.lower_)
    return str(unit) if unit is not None else None


def _gapped_count(doc: Doc, start: int) -> bool:
    """'Austria reported six deaths, Slovakia two and Hungary four': a number word
    after a name that follows a comma or 'and', with a count earlier in the sentence, repeats
    the clause before with its verb and noun left out."""
    cols = columns(doc)
    if not cols.text[start].isalpha():
        return False
    pos = cols.pos
    j = start - 1
    while j >= 0 and pos[j] == "PROPN":
        j -= 1
    if j >= 0 and pos[j] == "DET":
        j -= 1  # ', Slovakia two'
    joined = j >= 0 and (cols.text[j] == "," or cols.lower[j] in words()["coordinators"])
    counted = any(cols.like_num[k] for k in range(cols.sent_start(start), min(start, j)))
    return j < start - 1 and joined and counted


def _local_phone(full: str, idx: int) -> bool:
    """'phone 555-0317', 'ring the helpline on 555-0286': a seven-digit local number (three
    digits, a hyphen or dot, four digits) right after a word for ringing or reaching someone;
    without that word '300-1200' may be a range."""
    lo = max(0, idx - 40)
    for m in LOCAL_PHONE.finditer(full, lo, idx + 10):
        if m.start() <= idx < m.end():
            before = re.findall(r"[A-Za-z]+", full[lo : m.start()])
            return bool(before) and before[-1].lower() in words()["phone_words"]
    return False


#: the two digits a day of the month is written with
DAY = re.compile(r"(?:0?[1-9]|[12]\d|3[01])")
#: a day written right before a dash and a word: '14-Jun-2025', '3-May'
DASHED_WORD = re.compile(r"-([A-Za-z]+)")


def _short_code(prev: Token | None, tok: Token, nxt: Token | None) -> bool:
    """'dial 1517.', 'ring the hotline 144', 'text 8080 for updates': three to six bare digits
    right after a word for reaching someone (quantity_words 'short_code_words') with nothing
    counted after them are a service number; 'called 300 witnesses' counts its noun."""
    if prev is None or not (tok.text.isdigit() and 3 <= len(tok.text) <= 6):
        return False
    if prev.lower_ not in words()["short_code_words"]:
        return False
    counted = nxt is not None and (
        nxt.pos_ in ("NOUN", "PROPN") or nxt.like_num or _unit_word(nxt) is not None
    )
    return not counted


def _dashed_day(full: str, tok: Token) -> bool:
    """'14-Jun-2025', '3-May': a day of the month written with a dash onto a month's name
    (dates.json 'months') is a date, however the date reader takes it."""
    if not DAY.fullmatch(tok.text):
        return False
    m = DASHED_WORD.match(full, tok.idx + len(tok.text))
    return m is not None and m.group(1).lower() in load_data("dates")["months"]


def _weekday_day(prev: Token | None, tok: Token, nxt: Token | None) -> bool:
    """'Fri 16', 'Sat 17 ]', 'Sun. 4 Oct': a day of the month right after a weekday's name or
    abbreviation (dates.json) with no noun after it is a calendar's day, no count; 'on Monday 12
    people died' counts its noun."""
    if prev is None or not DAY.fullmatch(tok.text):
        return False
    dates = load_data("dates")
    day = prev.lower_.rstrip(".")
    if day not in dates["weekdays"] and day not in dates["weekday_abbreviations"]:
        return False
    return nxt is None or nxt.is_punct or nxt.is_space or nxt.lower_ in dates["months"]


def _in_label(doc: Doc, start: int, end: int) -> bool:
    """'182-day bill: 9.4%', '10-year bond: 4.2%': a number that opens a label whose value follows
    its colon names the row, as part of its label; the value is the quantity."""
    units = load_data("units")
    texts = columns(doc).text
    n = len(texts)
    before = texts[start - 1] if start > 0 else ""
    opened = start == 0 or before.isspace() or before in (":", ";", "|", "•")
    if not opened or end >= n or texts[end] != "-":
        return False
    j = end
    while j < n and j - end <= 5 and (texts[j].isalpha() or texts[j] == "-"):
        j += 1
    if j + 1 >= n or j == end + 1 or texts[j] != ":":
        return False
    value = texts[j + 1]
    return bool(HAS_DIGIT.search(value)) or value in units["symbols"]


def _opens_label(text: str) -> bool:
    """Whether a token's text ends what comes before a label: a line break, a cell bar or a
    colon (a token's whitespace is a space at most, so a break is in its text)."""
    return text.isspace() or "\n" in text or text in words()["label_openers"]


def _among_label_words(doc: Doc, start: int, end: int) -> bool:
    """'Served within 8 weeks: 61%', 'Week-two close: -3.1%', 'Sold in 24 hours (online): 900':
    a number among the words of a label, between the line's or cell's opening words and the colon
    its value follows, is part of the label that names the row; the value is the quantity. Not
    a figure right after a colon ('Transits: 1,140 (May: 980)'), nor a clause ('3 died: ...').
    Read from the Doc's columns (label: token indices)."""
    cols = columns(doc)
    texts, lowers = cols.text, cols.lower
    n = len(texts)
    units = load_data("units")
    limit, label = 8, list[int]()
    i = start - 1
    while i >= 0 and not _opens_label(texts[i]):
        label.append(i)
        i -= 1
        if len(label) > limit:
            return False
    if not any(
        texts[k].isalpha()
        and not (lowers[k] in units["prefix_codes"] or texts[k] in units["symbols"])
        for k in label
    ):
        return False  # the figure opens its line or follows a colon ('Price: EUR 3m'): a value
    j = end
    if "\n" in texts[end - 1] or (j < n and texts[j] == "("):
        return False  # '1,140 (May: 980)': a figure and the same one at another time
    inner = words()["label_inner_marks"]
    while j < n and texts[j] not in (":", "):"):
        text = texts[j]
        if (
            _opens_label(text)
            or len(label) > 2 * limit
            or not (text.isalpha() or cols.like_num[j] or text in inner)
        ):
            return False
        label.append(j)
        j += 1
    if j >= n or "\n" in texts[j]:
        return False
    value = list(itertools.takewhile(lambda k: not texts[k].isspace(), range(j + 1, min(j + 4, n))))
    if not any(HAS_DIGIT.search(texts[k]) for k in value):
        return False
    pos = cols.pos
    named = any(pos[k] in ("NOUN", "PROPN") for k in label if k != end)
    first = min(label)  # a label opens with its noun, a clause with 'The', 'It'
    finite = any(
        cols.dep[k] in ("aux", "auxpass") or cols.tag[k] in ("MD", "VBZ", "VBP") for k in label
    )
    return named and not finite and pos[first] not in ("DET", "PRON")


def _grade_in_label(doc: Doc, start: int, end: int) -> bool:
    """'Vietnam 25% broken: $391/t', 'FOB 12.5% wheat: $240/t': a percentage in a label, between the
    names that open its line and the colon its value follows, is the grade of what is priced."""
    texts = columns(doc).text
    n = len(texts)
    if end + 2 >= n or texts[end] != "%":
        return False
    first = start
    while first > 0 and "\n" not in texts[first - 1] and start - first <= 4:
        first -= 1
    opened = first == 0 or "\n" in texts[first - 1]
    if not opened or not all(t[:1].isupper() for t in texts[first:start]):
        return False  # only names before it: 'Vietnam', 'CIF Rotterdam'
    j = end + 1
    while j < n and j - end <= 4 and texts[j].isalpha() and texts[j].islower():
        j += 1
    if j == end + 1 or j + 1 >= n or texts[j] != ":":
        return False
    value = texts[j + 1]
    units = load_data("units")
    return bool(HAS_DIGIT.search(value)) or value in units["symbols"]


def _coordinated_name_number(doc: Doc, start: int) -> bool:
    """A bare number joined by 'and'/'or' to a number that ends a name is part of the name
    ('Terminal 4 and 5'); a decimal or a percentage ('Q1 2027 and 2.1%-2.4% in 2028') never
    is: it measures something."""
    if start < 3 or doc[start - 1].lower_ not in ("and", "or", "&"):
        return False
    if not doc[start].text.isdigit() or (start + 1 < len(doc) and doc[start + 1].text == "%"):
        return False
    first, name = doc[start - 2], doc[start - 3]
    named = name.pos_ == "PROPN" and name.text[:1].isupper()
    named = named or name.lemma_.lower() in words()["name_words"]  # 'clauses 4 and 9 of the Act'
    return first.text.isdigit() and (named or name.lower_ in words()["name_words"])


def _named_group(doc: Doc, start: int) -> bool:
    """'a Group of 20 summit', 'the Group of 77 bloc': a capitalized name word
    (quantity_words 'name_of_words'), 'of' and a capitalized or digit number make a name."""
    if start < 2 or [doc[start - 1].lower_] != words()["partitive_preps"]:
        return False
    name, number = doc[start - 2], doc[start]
    capital = number.text[:1].isupper() or (number.is_digit and not name.is_sent_start)
    return name.lower_ in words()["name_of_words"] and name.text[:1].isupper() and capital


def _hyphened_measure(doc: Doc, end: int) -> bool:
    """The words hyphened onto a number at token `end` ('-mile', '-nautical-mile',
    '-square-kilometre') name a unit of measure (units.json words; no currency): 'the six-mile
    limit' measures the limit, new information, not the six things named before."""
    joined: list[str] = []
    k = end
    while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_:
        joined.append(doc[k + 1].lower_)
        k += 2
    unit_words, times = load_data("units")["words"], load_data("units")["time_units"]
    if any(w in times or f"{w}s" in times for w in joined):
        return False  # a length of time: 'spanned' in not_a_quantity reads it
    for n in range(len(joined)):
        for size in (1, 2):
            words_ = " ".join(joined[n : n + size])
            for form in (words_, f"{words_}s"):
                unit = unit_words.get(form)
                if isinstance(unit, str) and not ISO_CODE.fullmatch(unit):
                    return True
    return False


def _named_after(doc: Doc, i: int) -> bool:
    """A proper name at token i ('LME' in 'the three-month LME contract')."""
    return i < len(doc) and columns(doc).pos[i] == "PROPN"


def _names_statistic(doc: Doc, i: int) -> bool:
    """A statistic noun closes the noun phrase a hyphened span opens at token i ('mean', or
    'yields' after a name or two: '10-year Treasury yields', '30-year TES bonds'), or a horizon
    noun ('a 12-month price target', 'its five-year sales forecast': how far ahead, no claim)."""
    nouns = words()["statistic_nouns"] + words()["horizon_nouns"]
    cols = columns(doc)
    seen = 0
    for k in range(i, len(doc)):
        if seen == 3:
            return False
        if cols.lower[k] in nouns:
            return True
        if k > i and doc[k].tag_ == "HYPH" and not doc[k - 1].whitespace_:
            continue  # '12-month T-bills': a letter hyphened onto the paper's noun
        if cols.pos[k] not in ("PROPN", "NOUN", "ADJ") or (k > i and cols.pos[k] == "ADJ"):
            return False
        seen += 1
    return False


def _is_age(doc: Doc, start: int, end: int, prev: Token | None, full: str) -> bool:
    """'aged 45', 'a 45-year-old', 'John Smith, 45,'."""
    if prev is not None and prev.lower_ in ("aged", "age", "ages"):
        return True
    of_age = prev is not None and [prev.lower_] == words()["partitive_preps"] and start >= 2
    if of_age and doc[start - 2].lower_ in words()["age_of_nouns"]:
        return True  # 'by the age of seven', 'at the age of 16'
    if _age_label(doc, start):
        return True
    if of_age and _person_of_years(doc, start, end):
        return True  # 'a woman of 96', 'a boy of six': the person's age
    after = full[doc[end - 1].idx + len(doc[end - 1]) : doc[end - 1].idx + len(doc[end - 1]) + 14]
    if re.match(r"^-years?-old", after, re.I):
        return True
    if _death_age(doc, start, end, prev) or _age_limit(doc, start, end, prev):
        return True
    before = doc[start - 2] if start >= 2 else None
    return bool(
        prev is not None
        and prev.text == ","
        and before is not None
        and (before.pos_ == "PROPN" or _aged_person(before))
        and end < len(doc)
        and doc[end].text in (",", ")")
        and end - start == 1
        and re.fullmatch(r"\d{1,3}", doc[start].text) is not None
    )


def _code_column(doc: Doc, start: int, end: int) -> bool:
    """A figure alone in a cell of a bar-separated table whose column the header row (the
    table's first row) names by one of quantity_words `code_headers` ('| Commodity code |',
    '| HS code |', '| Ref. |'): a code or a reference, no quantity. The rows above are read from
    the text, as a row may be parsed alone (`doc._.lines_before`) and a header with no figure is
    never parsed."""
    full = doc_text(doc)
    first = full.rfind("\n", 0, doc[start].idx) + 1
    stop = full.find("\n", doc[start].idx)
    line = full[first : len(full) if stop < 0 else stop]
    cells = _bar_cells(line)
    if cells is None:
        return False
    at = doc[start].idx - first
    figure = full[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
    own = next((k for k, (a, b) in enumerate(cells) if a <= at < b), None)
    if own is None or line[cells[own][0] : cells[own][1]].strip() != figure:
        return False
    header = _header_row((doc._.lines_before or "") + full[:first])
    if header is not None and header[2]:  # the text before the row ran out inside the table
        for earlier in reversed(story_upto(doc)[:-1]):  # its first row parsed has the header
            if _bar_cells(doc_text(earlier).split("\n", 1)[0]) is None:
                break
            header = _header_row(earlier._.lines_before or "") or header
            if not header[2]:
                break
    if header is None or len(header[1]) != len(cells):
        return False
    row, spans, _ = header
    names = [w.lower().rstrip(".") for w in row[spans[own][0] : spans[own][1]].split()]
    names = [w for w in names if w.isalpha()]
    return bool(names) and names[-1] in words()["code_headers"]


def _header_row(above: str) -> tuple[str, list[tuple[int, int]], bool] | None:
    """The first row of the bar-separated table that the text `above` a row ends inside: the
    row, its cells, and whether the text ran out before the table's top did."""
    lines = above.rstrip("\n").split("\n")
    header = None
    for k in range(len(lines) - 1, -1, -1):
        found = _bar_cells(lines[k])
        if found is None:
            return header
        header = (lines[k], found, k == 0)
    return header


def _bar_cells(line: str) -> list[tuple[int, int]] | None:
    """The (start, end) offsets of the cells of a bar-separated line that hold more than white
    space; None when the line holds fewer than two bars."""
    if line.count("|") < 2:
        return None
    edges = [-1, *(k for k, c in enumerate(line) if c == "|"), len(line)]
    return [(a + 1, b) for a, b in itertools.pairwise(edges) if line[a + 1 : b].strip()]


def _age_label(doc: Doc, start: int) -> bool:
    """'Age: 51', 'Age: about 40': a figure right after a label that is only an age noun
    (quantity_words age_of_nouns), as a notice describes a wanted or missing person, past any
    bound words, is that person's age."""
    j = start - 1
    while j > 0 and doc[j].lower_ in _bound_words():
        j -= 1
    if j < 1 or doc[j].text != ":" or doc[j - 1].lower_ not in words()["age_of_nouns"]:
        return False
    opener = doc[j - 2] if j >= 2 else None  # the label opens its line, a row or the text
    return opener is None or "\n" in opener.text or opener.is_punct or opener.is_space


@cache
def _bound_words() -> frozenset[str]:
    """The words of the bound phrases a figure may carry before it ('about', 'up to')."""
    return frozenset(w for phrase in load_data("bounds")["before"] for w in phrase.split())


def _death_age(doc: Doc, start: int, end: int, prev: Token | None) -> bool:
    """'died at 78', 'passed away at 91 on Sunday': a bare figure of one to three digits or a
    number word after 'at' on a verb of dying (quantity_words death_age) is the age at death."""
    data = words()["death_age"]
    if prev is None or prev.lower_ not in data["preps"] or end - start != 1:
        return False
    if end < len(doc) and doc[end].pos_ == "NOUN":
        return False  # 'died at 40 sites'
    value = numbers.parse_tokens([doc[start].text])
    if value is None or not 0 < value < 130:
        return False
    verb = prev.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in data["lemmas"]


def _age_limit(doc: Doc, start: int, end: int, prev: Token | None) -> bool:
    """'children under 12 ride free', 'residents over 70', 'pupils aged 11 to 16': a bare
    figure after a bound word (quantity_words age_bounds) that follows a person noun, or the
    far end of an age range after 'aged', is an age."""
    if prev is None or start < 2 or end - start != 1:
        return False
    value = numbers.parse_tokens([doc[start].text])
    if value is None or not 0 < value < 130:
        return False
    nxt = doc[end] if end < len(doc) else None
    unit = _unit_word(nxt) if nxt is not None else None
    if unit is not None and unit not in _time_units():
        return False  # 'people over 90 kg': a weight; 'babies under six months' is an age
    before = doc[start - 2]
    timed = unit is not None  # 'killed people over five years': a stretch, unless the bound
    own = prev.head.i == before.i  # hangs on the person ('babies under six months')
    if prev.lower_ in words()["age_bounds"] and before.lemma_.lower() in words()["aged_nouns"]:
        return own or not timed
    joiners = load_data("bounds")["range_joiners"]
    return (
        prev.lower_ in joiners
        and start >= 3
        and before.like_num
        and doc[start - 3].lower_ in words()["age_range_openers"]
    )


@cache
def _time_units() -> frozenset[str]:
    return frozenset(load_data("units")["time_units"])


def _person_of_years(doc: Doc, start: int, end: int) -> bool:
    """'a woman of 96', 'a farmer of 71 lost his herd': a lone figure of one to three digits or a
    number word in an 'of' phrase right after a singular person noun, with no noun after it (not
    'a driver of 12 lorries'), gives that person's age."""
    if end - start != 1 or not _aged_person(doc[start - 2]):
        return False
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "NUM"):
        return False
    value = numbers.parse_tokens([doc[start].text])
    return value is not None and 0 < value < 130 and float(value).is_integer()


def _aged_person(tok: Token) -> bool:
    """'a man, 71,', 'the driver, 19,': a singular person noun (quantity_words aged_nouns, or a
    person word of the lexicon) with a bare figure set off by commas after it gives that
    person's age, which CLAIMS.md keeps out of quantities, not a count of people."""
    if tok.tag_ != "NN":
        return False
    lemma = tok.lemma_.lower()
    return lemma in words()["aged_nouns"] or kind_of_word().get(tok.lower_) == "person"


def _age_threshold(doc: Doc, start: int, end: int) -> bool:
    """'the retirement age will rise to 68', 'reach pension age at 66', 'Voting age was lowered
    to 16': a bare whole number a verb takes (as its object or after a level preposition) whose
    subject or object is an age (quantity_words 'age_of_nouns') is an age threshold, a person's
    age; not an average ('the average age of the fleet rose to 23': statistic_nouns)."""
    tok = doc[end - 1]
    if end - start != 1 or not tok.text.isdigit() or not 0 < int(tok.text) <= 120:
        return False
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "SYM"):
        return False  # a noun it counts or a unit: no bare age
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in words()["level_preps"]:
        head = head.head
    elif tok.dep_ not in ("dobj", "attr"):
        return False
    ages = words()["age_of_nouns"]
    stats = words()["statistic_nouns"]
    return any(
        c.lemma_.lower() in ages
        and c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and not any(m.lower_ in stats for m in c.children)
        for c in head.children
    )


def _glued_stop(doc: Doc, i: int) -> bool:
    """A full stop at i written onto the word before it that, with the stop, is a name word
    ('No.', 'Art.'), cut off from it by the tokenizer."""
    if i < 1 or doc[i].text != "." or doc[i - 1].whitespace_:
        return False
    return f"{doc[i - 1].lower_}." in words()["name_words"]


def _idiom_number(doc: Doc, i: int) -> bool:
    """A number word that, with the word before or after it, names a state, not a count."""
    idiom = words()["idiom_numbers"].get(doc[i].lower_)
    if idiom is None:
        return False
    before = i - 1 - (1 if i > 1 and doc[i - 1].text == "-" else 0)
    after = i + 1 + (1 if i + 2 < len(doc) and doc[i + 1].text == "-" else 0)
    return (before >= 0 and doc[before].lower_ in idiom["before"]) or (
        after < len(doc) and doc[after].lower_ in idiom["after"]
    )


def _numbered_body(doc: Doc, i: int) -> bool:
    """'the UN's 1718 committee', 'the 2231 Committee's report': a body named by the number of
    the resolution that set it up (a plain run of three or more digits before one of
    numbered_bodies) is a name; '15 committee members' counts the members after it."""
    text = doc[i].text
    if not (text.isdigit() and len(text) >= 3) or i + 1 >= len(doc):
        return False
    if doc[i + 1].lower_ not in words()["numbered_bodies"]:
        return False
    return not (i + 2 < len(doc) and doc[i + 2].pos_ == "NOUN")


def _counted_modifier(doc: Doc, start: int, end: int) -> bool:
    """'a 12-member team', 'a 141-car train': after an indefinite article, a hyphened count of
    parts (counted_hyphen_modifiers) says how many members, pages or cars the thing has; 'the
    27-member bloc' names a known body, no claim."""
    if start == 0 or doc[start - 1].lower_ not in words()["indefinite_articles"]:
        return False
    return doc[end + 1].lower_ in words()["counted_hyphen_modifiers"]


def _package_size(doc: Doc, start: int, end: int) -> bool:
    """'a 5kg bag', 'a 5-kilogram bag of rice', '15 kg cartons': a weight or volume written
    right before a package noun (quantity_words package_size_nouns) sizes the package a price or
    a count is stated for; CLAIMS.md-only writers leave it out or mark it unsure."""
    units = words()["package_size_units"]
    at = end + (1 if end < len(doc) and doc[end].text == "-" else 0)
    if end - start > 1 and doc[end - 1].lower_ in units:
        at = end - 1  # '5kg': the unit already read onto the number
    if at + 1 >= len(doc) or doc[at].lower_ not in units:
        return False
    if start > 0 and doc[start - 1].lower_ in words()["base_openers"]:
        return False  # 'GHS 3,625 per 64kg bag': the base of a rate, read with it
    return doc[at + 1].lower_ in words()["package_size_nouns"]


def _unit_definition(doc: Doc, start: int, end: int) -> bool:
    """'(a lakh equals a hundred thousand)', '1 mn = 1,000,000': one
    unit or scale word set equal to a figure (quantity_words definition_verbs, with
    definition_links beside them: 'is equal to') tells the reader what the word means; neither
    side counts or measures anything."""
    verbs, links = words()["definition_verbs"], words()["definition_links"]
    units = load_data("units")["words"]

    def defined(first: int, last: int) -> bool:  # 'one lakh', '1 crore', 'one tonne'
        if first < 0 or last - first != 2:
            return False
        if doc[first].lower_ not in words()["one_words"] and doc[first].text != "1":
            return False
        word = doc[last - 1]
        return numbers.is_scale(word.text) or word.lower_ in units

    k = end
    while k < len(doc) and doc[k].lower_ in links:
        k += 1
    if k < len(doc) and doc[k].lower_ in verbs and defined(start, end):
        return True
    k = start - 1
    while k > 0 and doc[k].lower_ in links:
        k -= 1
    if k < 2 or doc[k].lower_ not in verbs:
        return False
    k -= 1
    while k > 0 and doc[k].lower_ in links:
        k -= 1
    return defined(k - 1, k + 1)


def next_in_series(doc: Doc, first: int, last: int) -> bool:
    """'Two relief flights have landed; a third is due', 'restrained the bank balances of three dealers
    and released those of a fourth': an indefinite article and an ordinal that also names a fraction
    (quantity_words series_ordinals), with no 'of' after it, one past a count in its sentence or
    the one before, is the next member of that series, no share of a whole."""
    series = words()["series_ordinals"]
    at = next((k for k in range(first, last) if doc[k].lower_ in series), None)
    if at is None or at == 0 or doc[at - 1].lower_ not in words()["indefinite_articles"]:
        return False
    if at + 1 < len(doc) and doc[at + 1].lower_ in words()["partitive_preps"]:
        return False
    sent = doc[at].sent
    begin = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = series[doc[at].lower_] - 1
    return any(
        doc[k].like_num
        and doc[k].dep_ == "nummod"
        and numbers.parse_tokens([doc[k].text]) == before
        for k in range(begin, at - 1)
    )


def _match_score(doc: Doc, start: int, end: int) -> bool:
    """'won 4-2 away', 'a final score of 2-5', 'drew 2-2': two small figures joined by a
    hyphen with no space, after a word of winning, losing or scoring (quantity_words
    score_lemmas) a few words before, with no noun after them ('won 4-5 seats' counts seats).
    Either figure of a score the tokenizer split is part of it."""
    texts = columns(doc).text
    joined = start >= 2 and texts[start - 1] in ("-", "\u2013") and end - start == 1
    joined = joined and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    if joined:
        start -= 2  # the second figure: the score begins at the first
    spelled = "".join(texts[start:end])
    split = end + 1 < len(doc) and texts[end] in ("-", "\u2013")
    if split and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        spelled += texts[end] + texts[end + 1]  # '3', '-', '1' as three tokens
        end += 2
    if not SCORE.fullmatch(spelled):
        return False
    if end < len(doc) and doc[end].pos_ == "NOUN":
        return False
    first = max(doc[start].sent.start, start - int(words()["score_window"]))
    return any(doc[k].lemma_.lower() in words()["score_lemmas"] for k in range(first, start))


#: what may stand before a page counter on its line: icons, bullets, a cell's bar or dot, spaces
COUNTER_OPEN = re.compile(r"(?:^|[|\u00b7\u2022])[^\w|\u00b7\u2022]*$")
#: the same after a short label closed by a colon at the line's start ('Join in: 9 comments')
COUNTER_LABEL_OPEN = re.compile(r"^[^.|:\d\n]{1,30}:\s*$")
#: what may follow a page counter's noun: the line's or a cell's end, a bracket, or a dash set
#: off by spaces before the page's prompt ('14 comments - Have your say')
COUNTER_CLOSE = re.compile(r"\s*(?:$|[|\u00b7\u2022]|\(|[-\u2013\u2014]\s)", re.MULTILINE)


@cache
def _suffixes() -> frozenset[str]:
    """The magnitude letters a figure may carry ('8.1K', '3M')."""
    return frozenset(load_data("numbers")["suffixes"])


def _page_counter(full: str, doc: Doc, start: int, end: int) -> bool:
    """'💬 31 comments', 'Posted by the desk | 40 shares', '7 replies (join the debate)': a
    figure before a counter noun (quantity_words counter_nouns) that opens its line or a
    '|'- or dot-separated cell, the noun ending it (or a bracket following), counts reactions to
    the page; so does one before a label counter noun (label_counter_nouns) after a short label
    closed by a colon that opens its line ('Tell us what you think: 9 comments')."""
    if end - start == 1 and end < len(doc) and doc[end].lower_ in _suffixes():
        end += 1  # '8.1K posts': the figure and its magnitude letter, with the noun after
    sized = end - start == 1 or (end - start == 2 and doc[start + 1].lower_ in _suffixes())
    if end >= len(doc) or not sized or doc[end].lower_ not in words()["counter_nouns"]:
        return False
    at = doc[start].idx
    line_start = full.rfind("\n", 0, at) + 1
    before = full[line_start:at]
    labelled = (
        doc[end].lower_ in words()["label_counter_nouns"]
        and COUNTER_LABEL_OPEN.search(before) is not None
    )
    if COUNTER_OPEN.search(before) is None and not labelled:
        return False
    return COUNTER_CLOSE.match(full, doc[end].idx + len(doc[end])) is not None


@cache
def _meter() -> re.Pattern[str]:
    """A paywall meter's count from its figure to its cell's end (quantity_words meter)."""
    table = words()["meter"]
    nouns = "|".join(re.escape(w) for w in table["nouns"])
    before = "|".join(re.escape(w) for w in table["before"])
    after = "|".join(re.escape(w) for w in table["after"])
    return re.compile(
        rf"(?:\d+\s+of\s+)?\d+\s+(?:(?:{before})\s+)*(?:{nouns})\b(?:\s+(?:{after}))*"
        rf"\s*(?:$|[|\u00b7\u2022\]])",
        re.IGNORECASE | re.MULTILINE,
    )


def _paywall_meter(full: str, at: int) -> bool:
    """'· 2 of 5 free stories left', 'Open to members: 4 of 10 stories remaining': a
    site's count of the free pieces a reader has left or used, opening its line, a cell or a
    bracket (after a short label or not) and filling it: the page's meter, no story's count.
    The figure at `at` is either number of the meter."""
    line_start = full.rfind("\n", 0, at) + 1
    cell = max(full.rfind(mark, line_start, at) for mark in "|\u00b7\u2022[:")
    start = max(cell + 1, line_start)
    lead = full[start:at]
    head = _METER_LEAD.fullmatch(lead)
    if head is None:
        return False
    return _meter().match(full, start + head.end()) is not None


#: what may stand in a meter's cell before its figure: marks, a label's words closed by a dash,
#: or the first figure of 'N of M'
_METER_LEAD = re.compile(
    r"[^\w\n]*(?:[^\W\d][\w' ]{0,30}?\s*[\u2014\u2013-]\s*)?(?=\d|$)|"
    r"[^\w\n]*\d+\s+of\s+"
)


#: a labelled cell of a strip: a label, a colon and its value, set between the line's ends,
#: bars, dots or brackets ('(Joined: 2019 · Posts: 412 · Town)')
PROFILE_CELL = re.compile(
    r"(?:^|[|\u00b7\u2022(])\s*([^|\u00b7\u2022():\n]{1,30}?)\s*:\s*([^|\u00b7\u2022():\n]*?)\s*"
    r"(?=$|[|\u00b7\u2022)])",
    re.MULTILINE,
)


def _listicle_count(full: str, doc: Doc, start: int, end: int) -> bool:
    """'Seven things to know before the fare rise', '12 questions on this month's headlines': a figure
    opening its line or sentence, a word for the piece's own parts (quantity_words
    `listicle_counts` nouns) and a word that names their topic after it count the parts of the
    article or quiz itself, no claim of the story."""
    table = words()["listicle_counts"]
    if end + 1 >= len(doc) or doc[end].lower_ not in table["nouns"]:
        return False
    if doc[end + 1].lower_ not in table["after"]:
        return False
    opening = full[: doc[start].idx].rstrip(" \t")
    return start == doc[start].sent.start or opening == "" or opening.endswith(("\n", "|"))


def _profile_counter(full: str, doc: Doc, start: int, end: int) -> bool:
    """'Joined: 2019 · Posts: 412', 'Members: 9,120 · Topics: 3,004': a figure that is the whole
    value of a labelled cell whose label is a site's counter (quantity_words
    profile_counter_labels), on a line with another such cell, counts the site's users or posts."""
    at = doc[start].idx
    line_start = full.rfind("\n", 0, at) + 1
    line_end = full.find("\n", at)
    line_end = len(full) if line_end < 0 else line_end
    labels = words()["profile_counter_labels"]
    cells = [
        m
        for m in PROFILE_CELL.finditer(full, line_start, line_end)
        if m.group(1).strip().lower() in labels
    ]
    figure_end = doc[end - 1].idx + len(doc[end - 1])
    return len(cells) > 1 and any(m.start(2) == at and m.end(2) == figure_end for m in cells)


def _numbered_period(doc: Doc, start: int, end: int) -> bool:
    """'Week 31 | Week 30', 'Wk 12 report': a one- or two-digit figure right after a capitalised
    word that numbers a period (quantity_words numbered_period_words) is the period's number."""
    if end - start != 1 or start == 0 or not doc[start].is_digit or len(doc[start]) > 2:
        return False
    return doc[start - 1].text in words()["numbered_period_words"]


def _case_parties(doc: Doc, start: int, end: int) -> bool:
    """'State v. A Ltd and 4 others': 'and N others' after a case title's mark (quantity_words
    case_title_marks) on its line names the case's further parties, no count."""
    if start == 0 or end >= len(doc) or doc[start - 1].lower_ not in words()["case_party_joins"]:
        return False
    if doc[end].lower_ not in words()["case_party_words"]:
        return False
    marks = words()["case_title_marks"]
    for k in range(start - 2, max(-1, start - 2 - CASE_TITLE_REACH), -1):
        if "\n" in doc[k].text_with_ws:
            return False
        if doc[k].lower_ in marks:
            return True
    return False


def _counter_cell(full: str, doc: Doc, start: int, end: int) -> bool:
    """Whether the figure at start and the one word after it fill a line or a '|'- or
    dot-separated cell of their own ('3 Feb 14:05 GMT | 388 words')."""
    if end >= len(doc) or end - start != 1:
        return False
    at = doc[start].idx
    before = full[full.rfind("\n", 0, at) + 1 : at]
    after = doc[end].idx + len(doc[end])
    return COUNTER_OPEN.search(before) is not None and COUNTER_CLOSE.match(full, after) is not None


#: how many tokens (words and commas) may follow a document's size before its bracket closes
SIZE_NOTE_REACH = 5


def _bracket_closes(doc: Doc, i: int) -> bool:
    """A bracket closes at token `i`, or after a few words and commas more that note the file
    further ('(PDF, 3.4 MB)', '(PDF, 3.4 MB, Spanish)', '(9 pages, 310 kB)': another size, a
    figure and one of document_units, counts as one word): the size stands in a link's bracket."""
    k, stop = i, min(len(doc), i + SIZE_NOTE_REACH + 1)
    while k < stop:
        if doc[k].text == ")":
            return True
        sized = k + 1 < len(doc) and doc[k + 1].lower_ in words()["document_units"]
        if doc[k].like_num and sized:
            k += 2  # '310 kB': a further size of the same file
            continue
        if not (doc[k].is_alpha or doc[k].text in (",", ".")):  # '(12 pp.)': an abbreviation's dot
            return False
        k += 1
    return False


@cache
def _size_list() -> re.Pattern[str]:
    """A whole line that only lists a document's sizes, each a figure and one of
    document_units, after a short label closed by a colon or not ('Notes: 30 pages, 4 tables.')."""
    units = "|".join(re.escape(u) for u in sorted(words()["document_units"], key=len, reverse=True))
    item = rf"\d[\d,.]*\s*(?:{units})\b\.?"
    label = r"(?:[^\W\d][^:\n\d]{0,30}:\s*)?"
    return re.compile(
        rf"[^\S\n]*{label}{item}(?:\s*(?:[,;]|and|&)\s*{item})+[^\S\n]*\.?[^\S\n]*$",
        re.IGNORECASE | re.MULTILINE,
    )


def _size_list_line(full: str, at: int) -> bool:
    """Whether the figure at `at` stands on a line that only lists a document's sizes, two or
    more ('Notes: 30 pages, 4 tables.', '12 slides and 3 charts'): the page's description of
    its file, no claim of the story."""
    line_start = full.rfind("\n", 0, at) + 1
    return _size_list().match(full, line_start) is not None


@cache
def _limit_phrases() -> re.Pattern[str]:
    """The bound phrases of at most (bounds.json before: lte and lt) at a text's end."""
    phrases = [p for p, b in load_data("bounds")["before"].items() if b in ("lte", "lt")]
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\s+$", re.IGNORECASE)


def _limit_before(text: str, at: int) -> bool:
    """Whether a bound of at most ends right before the figure at `at` ('no more than 150')."""
    return _limit_phrases().search(text[max(0, at - 30) : at]) is not None
