"""The date finder's regular-expression stages, in priority order: the first stage whose match
covers a stretch of text claims it (claims.extract.dates.finder runs them).

Each stage is (kind, pattern, gate): the pattern's group 'x' is the date words to span, its other
named groups the fields claims.extract.dates.resolve reads; a stage with a gate runs only on text
holding one of its (lower-case) words. A TOKEN stage marks where, in the order, the token patterns of
that kind (claims/data/patterns/dates.json) take their turn. The words come from
claims/data/dates.json (`Vocab` joins them into alternations once); the regexes here only say how
they combine. Stages are grouped by family, each group a function, the groups in priority order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from claims.extract.regex_gate import GatedPattern
from claims.resources import load_data

YEAR = r"(?:1[89]\d\d|20\d\d)"
#: A year past 2099: read as a date only where its place leaves no count (dates.json 'far_year').
FAR_YEAR = r"21\d\d"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
PART = r"(?:[Ee]arly|[Mm]id|[Ll]ate)"  # capitalised where a line or sentence opens with it
UNIT = r"(?:week|month|year|weekend)"
#: A quarter's token ('Q3'); not the start of a price in a currency written 'Q' whose figure
#: has a thousands group ('Q1,375', a quetzal price).
QUARTER = r"Q[1-4](?!,\d{3}(?!\d))"
COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
#: A fiscal or financial year ('fiscal 2023', 'the 2023-24 fiscal year'): its months are
#: those of the country the text names nearest it (dates.json 'fiscal_years').
FISCAL = "fiscal_span"
#: A quarter or half of a fiscal year ('Q2 FY26', 'H1 F2026', 'Q3 fiscal 2025'): its months are
#: counted from the first month of that fiscal year.
FISCAL_PART = "fiscal_part"
#: '06/04/2010', 'on 3/12': day and month in an order the page or dates.json 'slash_order' sets.
SLASH = "slash"
#: 'on Tuesday', 'last Friday': the most recent such day, or the next when the text looks ahead.
WEEKDAY = "weekday"
#: 'on the 25th': a day of the month the text spoke of last (claims nothing without one).
ORDINAL_DAY = "ordinal_day"
#: 'in the morning' after a day was named: a part of that day (dates.json patterns 'anchor_part')
DAY_PART_ANAPHOR = "anchor_part"
#: Counted from an event the text names ("three days after it sailed"): dated only when set off by
#: a comma right after the date of what followed ("on Sunday, three days after it sailed").
EVENT = "anchor_event"
#: The start of a piece of a label line split by pipes or bullets ("Dead: 7 | Hurt: 19").
PIECE = r"(?:(?<=[|•·]\s)|(?<=[|•·]))"

TOKEN = "@token"  # a stage whose matches come from the token patterns of that kind

Stage = tuple[str, GatedPattern | str, tuple[str, ...]]
Entry = tuple[Any, ...]  # (kind, pattern[, gate]) before compiling


def alts(words: list[str] | dict[str, Any]) -> str:
    """One regex alternation of the words, escaped, longest first (so 'Sept' wins over 'Sep')."""
    return _joined(tuple(words))


@lru_cache(maxsize=256)  # the rules ask for the same word lists on every candidate
def _joined(words: tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def date_data() -> dict[str, Any]:
    """claims/data/dates.json, the words every date rule reads."""
    return load_data("dates")


@cache
def _day_followers() -> str:
    """Verbs that may close a clause right after a day of the month ('released on the 16th
    showed'), as dates.json 'ordinal_day_followers' and 'statement_verbs' list them."""
    data = date_data()
    return alts(data["ordinal_day_followers"] + data["statement_verbs"])


@cache
def _quarter_months() -> str:
    """The months that end a quarter, capitalized (dates.json 'quarter_months')."""
    return alts([m.capitalize() for m in date_data()["quarter_months"]])


def month_re(upper: bool = False) -> str:
    """Month names; only abbreviations ("Jan.", "Sept.") take a period with them, so a
    sentence-final "June." keeps its full stop out of the span. `upper`: as headings write
    them ("MARCH 2025")."""
    names = sorted(date_data()["months"], key=len, reverse=True)
    abbreviations = {n for n in names if any(o != n and o.startswith(n) for o in names)}
    cased = str.upper if upper else str.capitalize
    alts = "|".join(cased(n) + (r"\b\.?" if n in abbreviations else r"\b") for n in names)
    return rf"(?:{alts})"


def token_stage(kind: str) -> tuple[str, str]:
    """The place, in the priority order, of the token patterns of one kind."""
    return (kind, TOKEN)


@dataclass(frozen=True)
class Vocab:
    """The data file's word lists as regex alternations (and the pieces built from them)."""

    m: str  # month names and abbreviations
    wd: str  # weekday names, capitalised
    short_wd: str  # 'Mon', 'TUE'
    ordinal: str
    fiscal: str
    words: str  # prepositions a date may take ('on', 'in', 'as of')
    month_preps: str
    year_preps: str
    seasons: str
    edges: str
    prep: str  # an optional preposition before a date, as group 'prep'
    openers: str
    joins: str
    season_preps: str
    weekend_preps: str
    slash_preps: str
    pair_preps: str
    bare_seasons: str
    unit_steps: str
    rel_year: str  # 'last year', 'this year', 'next year' (group 'rel')
    span_to: str
    named_years: str  # 'gas year', 'school year': dates.json 'named_split_years'
    pair_spans: str
    change_bases: str
    so_far: str  # 'so far', 'to date' after a label's year
    legend: str  # 'brackets', 'parentheses'
    after_function_word: str  # lookbehinds: right after a function word
    clause_open: str  # a sentence's or clause's start
    object_verbs: str  # lookbehinds: after a verb taking a month as object
    forecast_verbs: str  # lookbehinds: after a forecast verb
    subject_verbs: (
        str  # verbs (or modals, group 'future_cue') after a month that is a clause's subject
    )
    edge_days: str  # 'the first days of March', 'the closing days of May': a month's edge
    edge_prep: str  # v.prep with the words only an edge takes ('to the end of 2027')


def _not_after_span_word() -> str:
    """Lookbehinds: not right after 'to', 'until' (a day that ends a range of figures)."""
    return "".join(rf"(?<!\b{w}\s)" for w in date_data()["span_to"])


@cache
def vocab() -> Vocab:
    """Built once: every stage reads the same alternations."""
    data = date_data()
    m, wd = month_re(), rf"(?:{alts([w.capitalize() for w in data['weekdays']])})"
    short = data["weekday_abbreviations"]
    short_wd = rf"(?:{alts([*(w.capitalize() for w in short), *(w.upper() for w in short)])})"
    ordinal = alts(data["ordinals"])
    fiscal = alts(data["fiscal_words"])
    words = "|".join(w.replace(" ", r"\s+") for w in data["prepositions"])
    month_preps, year_preps = (
        alts(data["bare_month_prepositions"]),
        alts(data["year_prepositions"]),
    )
    seasons = alts(data["seasons"])
    edges = alts(data["period_edges"])
    prep = rf"(?:\b(?P<prep>(?i:{words}))\s+)?"
    openers, joins = alts(data["range_openers"]), alts(data["span_connectors"])
    season_preps, weekend_preps = (
        alts(data["season_prepositions"]),
        alts(data["weekend_prepositions"]),
    )
    slash_preps, pair_preps = alts(data["slash_prepositions"]), alts(data["prepositions"])
    bare_seasons = rf"(?:{alts(data['bare_seasons'])})"
    unit_steps = alts(data["unit_steps"])
    rel_year = r"(?P<rel>(?i:last|this|next))\s+year"
    span_to = alts(data["span_to"])
    pair_spans = alts(data["pair_span_prepositions"])
    change_bases = alts(data["change_base_prepositions"])
    so_far = "|".join(data["year_so_far"])
    legend = alts(data["legend_words"])
    after_function_word = "|".join(rf"(?<=\b{w}\s)" for w in load_data("stopwords")["en"])
    openers_before = "|".join(rf"(?<=\b{w}\s)" for w in data["month_subject_openers"])
    clause_open = rf"(?:(?m:^)|(?<=[.!?]\s)|{openers_before})"  # a sentence's or clause's start
    object_verbs = "|".join(rf"(?<=\b{w}\s)" for w in data["month_object_verbs"])
    forecast_verbs = "|".join(rf"(?<=\b{w}\s)" for w in data["year_forecast_verbs"])
    subject_verbs = (  # a modal after the month looks ahead: 'that October could see'
        rf"(?:(?i:{alts(data['month_subject_fillers'])})\s+)?"  # 'June alone brought'
        rf"(?:(?P<future_cue>(?i:{alts(data['month_subject_modals'])}))|"
        rf"(?i:{alts(data['month_subject_verbs'])}))"
    )
    return Vocab(
        m=m,
        wd=wd,
        short_wd=short_wd,
        ordinal=ordinal,
        fiscal=fiscal,
        words=words,
        month_preps=month_preps,
        year_preps=year_preps,
        seasons=seasons,
        edges=edges,
        prep=prep,
        openers=openers,
        joins=joins,
        season_preps=season_preps,
        weekend_preps=weekend_preps,
        slash_preps=slash_preps,
        pair_preps=pair_preps,
        bare_seasons=bare_seasons,
        unit_steps=unit_steps,
        rel_year=rel_year,
        span_to=span_to,
        named_years=alts(sorted(data["named_split_years"], key=len, reverse=True)),
        pair_spans=pair_spans,
        change_bases=change_bases,
        so_far=so_far,
        legend=legend,
        after_function_word=after_function_word,
        clause_open=clause_open,
        object_verbs=object_verbs,
        forecast_verbs=forecast_verbs,
        subject_verbs=subject_verbs,
        edge_days=alts(data["month_edge_days"]),
        edge_prep=rf"(?:\b(?P<prep>(?i:{words}|{alts(data['edge_only_prepositions'])}))\s+)?",
    )


def _spans(v: Vocab) -> list[Entry]:
    """Spans between two dates, two months or two edges: the longest readings, tried first."""
    data = date_data()
    return [
        (  # 'from 28 February to 3 March', 'between March 30 and April 2, 2025'
            "date_span",
            rf"\b(?P<prep>(?i:{v.openers}))\s+(?P<x>(?P<d>{DAY})\s+(?P<m>{v.m})(?:,?\s+(?P<y1>{YEAR}))?\s+"
            rf"(?:{v.joins})\s+(?P<d2>{DAY})\s+(?P<m2>{v.m})(?:,?\s+(?P<y>{YEAR}))?)\b",
            data["range_openers"],
        ),
        (
            "date_span",
            rf"\b(?P<prep>(?i:{v.openers}))\s+(?P<x>(?P<m>{v.m})\s+(?P<d>{DAY})(?:,?\s+(?P<y1>{YEAR}))?\s+"
            rf"(?:{v.joins})\s+(?P<m2>{v.m})\s+(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?)\b",
            data["range_openers"],
        ),
        (  # no opener: 'the quota for 1 March to 31 May', 'October 3 through October 5'
            "date_span",
            rf"{v.prep}(?P<x>(?P<d>{DAY})\s+(?P<m>{v.m})(?:,?\s+(?P<y1>{YEAR}))?\s+"
            rf"(?:{v.span_to})\s+(?P<d2>{DAY})\s+(?P<m2>{v.m})(?:,?\s+(?P<y>{YEAR}))?)\b",
        ),
        (
            "date_span",
            rf"{v.prep}(?P<x>(?P<m>{v.m})\s+(?P<d>{DAY})(?:,?\s+(?P<y1>{YEAR}))?\s+"
            rf"(?:{v.span_to})\s+(?P<m2>{v.m})\s+(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?)\b"
            r"(?!\s*(?:%|,\d|\.\d|:\d))",
        ),
        (
            "month_range",
            rf"\b(?i:{v.openers})\s+(?P<x>(?P<m1>{v.m})(?:,?\s+(?P<y1>{YEAR}))?\s+and\s+(?P<m2>{v.m})"
            rf"(?:,?\s+(?P<y>{YEAR})|\s+{v.rel_year})?)",
        ),
        (
            "month_range",
            rf"\b(?i:from)\s+(?P<x>(?P<m1>{v.m})(?:,?\s+(?P<y1>{YEAR}))?\s+(?:to|until|through)\s+"
            rf"(?P<m2>{v.m})(?:,?\s+(?P<y>{YEAR})|\s+{v.rel_year})?)",
        ),
        (  # no opener, a year on both months: 'figures cover May 2024 to April 2025'
            "month_range",
            rf"{v.prep}(?<!\bfrom\s)(?P<x>(?P<m1>{v.m})\s+(?P<y1>{YEAR})\s+(?:to|until|through)\s+"
            rf"(?P<m2>{v.m})\s+(?P<y>{YEAR}))\b",
        ),
        (  # 'the July-September quarter', 'January–March 2025', 'the January-to-March period',
            # 'January through March', 'April-June last year'
            "month_range",
            rf"{v.prep}(?P<x>(?:the\s+)?(?P<m1>{v.m})(?:\s?[-–]\s?|-to-|\s+through\s+)(?P<m2>{v.m})"
            rf"(?:,?\s+(?P<y>{YEAR})|\s+{v.rel_year})?)\b",
        ),
        (  # analysts' 'end-February', 'at end-2024', 'start-2025': the edge of that period,
            # read as 'the end of February' is (its 'late' stretch)
            "edge_of",
            rf"{v.prep}(?P<x>(?P<edge>(?i:end|start))(?P<compact>[-‐])(?:(?P<m>{v.m})(?:\s+(?P<y>{YEAR}))?|"
            rf"(?P<y2>{YEAR})))\b",
        ),
        (  # 'by year-end', 'at year-end': the last (first) day of this year ('at month-end' in
            # a report is its own month's); not with no preposition before a noun it qualifies
            # ('a year-end payout'), nor as a label of a report's figures ('Headcount at
            # year-end: 412')
            "edge_of",
            rf"{v.prep}(?P<x>(?P<unit>(?i:year))(?P<compact>[-‐])(?P<edge>(?i:end|start)))\b"
            r"(?(prep)|(?![ \t]+[A-Za-z]))(?![ \t]*:)",
        ),
        (  # 'in October and November', 'over May and June last year': both months
            "month_range",
            rf"\b(?i:{v.pair_spans})\s+(?P<x>(?P<m1>{v.m})\s+and\s+(?P<m2>{v.m})"
            rf"(?:,?\s+(?P<y>{YEAR})|\s+{v.rel_year})?)\b",
        ),
        (  # 'figures for June and July 2027 are estimates': two months sharing the year after
            # them are both months, whatever comes before them
            "month_range",
            rf"\b(?P<x>(?P<m1>{v.m})\s+and\s+(?P<m2>{v.m}),?\s+(?P<y>{YEAR}))\b",
        ),
    ]


def _numeric(v: Vocab) -> list[Entry]:
    """All-digit dates: ISO, day-first with dots, slashes and hyphens."""
    return [
        (  # two day-first days with dots, the first yearless and closed by its dot ('from 04.07.
            # to 29.08.2026', 'between 01.06. and 15.06.2027'): a year after the last counts for both
            "numeric_span",
            rf"\b(?P<prep>(?i:{v.openers}))\s+(?<![\d.])(?P<x>(?P<d>[0-3]\d)\.(?P<mo>0[1-9]|1[0-2])\."
            rf"(?:\s+(?:{v.joins})\s+|\s?[-–]\s?)(?P<d2>[0-3]\d)\.(?P<mo2>0[1-9]|1[0-2])\."
            rf"(?P<y>{YEAR})?)(?![\d.]\d)",
            ["."],
        ),
        (
            "iso",
            rf"{v.prep}(?P<x>(?P<y>{YEAR})(?P<sep>[-/.])(?P<mo>[01]\d)(?P=sep)(?P<d>[0-3]\d))\b"
            # a serial number after it in the same notation ('2024-05-03-117'): a record's code
            rf"(?![.]\d|(?P=sep)\d)",
        ),
        (  # day-first numeric dates: 12.03.2025, 9.7.2025, maybe after a weekday ('Monday 12.03.2025')
            "numeric",
            rf"{v.prep}(?P<x>(?:{v.wd},?\s+)?(?<![\d.])(?P<d>[0-3]\d)\.(?P<mo>[01]\d)\.(?P<y>{YEAR}))"
            r"(?![\d.]\d)",
        ),
        (  # unpadded, '1.1.2027', only where a date is meant: after a preposition ('from
            # 9.7.2025') or as a line's label ('1.7.2028: goes up to ...'); a bare '2.4.2024' may
            # be a version or a code
            "numeric",
            # or a dated field's value ('Date of designation: 3.7.2025'; dates.json 'numeric_day_labels')
            rf"(?:\b(?P<prep>(?i:{v.words}))\s+|(?m:^)(?:[-•*]\s+)?(?=[\d.]+:)"
            rf"|\b(?i:{alts(date_data()['numeric_day_labels'])})\b[^\n:.]{{0,25}}:\s+)(?<![\d.])"
            rf"(?P<x>(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>{YEAR}))(?![\d.]\d)",
        ),
        (  # a yearless day and month with dots, both padded and closed by a dot, after its weekday
            # ('Wed 14.10.', 'Friday, 23.10.') or a day's preposition ('on 19.11.'): a day-first
            # page's day of the year in hand; the weekday names the year
            "numeric",
            rf"(?:\b(?P<prep>(?i:{v.slash_preps}))\s+)?(?<![\d.])(?P<x>(?:(?:{v.wd}|{v.short_wd})\.?,?\s+)"
            rf"(?P<d>[0-3]\d)\.(?P<mo>0[1-9]|1[0-2])\.)(?![\d.]|\w)",
            ["."],
        ),
        (
            "numeric",
            rf"\b(?P<prep>(?i:{v.slash_preps}))\s+(?<![\d.])"
            rf"(?P<x>(?P<d>[0-3]\d)\.(?P<mo>0[1-9]|1[0-2])\.)(?![\d.]|\w)",
            ["."],
        ),
        (  # a yearless day and month with dots, day first, both padded ('payable on 15.09'), only
            # after a preposition that dates a day and with no unit or word after it (not 'on
            # 31.07 points', 'rose 12.05%')
            "numeric",
            rf"\b(?P<prep>(?i:{v.slash_preps}))\s+(?<![\d.])"
            rf"(?P<x>(?P<d>[0-3]\d)\.(?P<mo>0[1-9]|1[0-2]))(?![\d.]\d|\s*(?:%|[-–])|\s+[A-Za-z])",
            ["."],
        ),
        (  # a month and year, '03/2023', only where a date is meant: after a preposition
            # ('in 03/2023') or as a timeline line's label ('03/2023 - Trust approved')
            "numeric_month",
            rf"(?:\b(?P<prep>(?i:{v.month_preps}))\s+|(?m:^)(?:[-•*]\s+)?)(?<![\d/.])"
            rf"(?P<x>(?P<mo>0?[1-9]|1[0-2])/(?P<y>{YEAR}))(?![\d/])(?(prep)|(?=\s*[-–—:]\s))",
            ["/"],
        ),
        (  # '03/12/2025', '31/01/2025', with its weekday before it ('Friday 06/03/2026'); without
            # a year only after a preposition ('on 3/12')
            "slash",
            rf"{v.prep}(?P<x>(?:{v.wd},?\s+)?(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>{YEAR}))"
            r"(?![\d/])",
            ["/"],
        ),
        (  # '08-15-2026', '15-08-2026': the same with hyphens, only with a full year
            "slash",
            rf"{v.prep}(?<![\d-])(?P<x>(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<y>{YEAR}))(?![\d-])",
            ["-"],
        ),
        (
            "slash",
            rf"\b(?P<prep>(?i:{v.slash_preps}))\s+(?P<x>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d))"
            r"(?![\d/]|\s*(?:%|[-–])|\s+of\b)",
            ["/"],
        ),
        (  # a yearless day and month with a slash after its weekday ('Thu 18/06', 'on Friday
            # 28/11'): the weekday names the year (dates.json 'weekday_named_year_kinds')
            "slash",
            rf"{v.prep}(?<![\w/])(?P<x>(?:{v.wd}|{v.short_wd})\.?,?\s+(?<![\d/])"
            rf"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d))(?![\d/]|\s*%|\s+of\b)",
            ["/"],
        ),
    ]


def _fiscal_and_months_to(v: Vocab) -> list[Entry]:
    """Fiscal years and periods running up to a month ('the year to March')."""
    data = date_data()
    fy = r"(?:FY\s?['’]?|F(?=(?:19|20)\d\d\b))"  # 'FY26', "FY '26", 'FY2026', 'F2026'
    return [
        (  # a season with its months and year in brackets: 'autumn (March to May 2026)'
            "month_range",
            rf"{v.prep}(?P<x>(?:the\s+)?(?i:{v.seasons})\s*\((?P<m1>{v.m})\s+(?i:{v.span_to})\s+"
            rf"(?P<m2>{v.m}),?\s+(?P<y>{YEAR})\))",
        ),
        (  # a weekend named by its days: 'the weekend of 6-7 September', '... of March 14-15'
            "day_range",
            rf"{v.prep}(?P<x>(?i:the)\s+(?i:weekend)\s+of\s+(?P<d>{DAY})\s?[-–]\s?(?P<d2>{DAY})\s+"
            rf"(?P<m>{v.m})(?:,?\s+(?P<y>{YEAR}))?)\b",
        ),
        (
            "day_range",
            rf"{v.prep}(?P<x>(?i:the)\s+(?i:weekend)\s+of\s+(?P<m>{v.m})\s+(?P<d>{DAY})\s?[-–]\s?"
            rf"(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?)\b",
        ),
        (  # a deed's formal day: 'this 27th day of May 2026', 'on the 3rd day of June, 2025'
            "day_month",
            rf"{v.prep}(?P<x>(?i:this|the)\s+(?P<d>{DAY})\s+(?i:day)\s+of\s+(?P<m>{v.m}),?"
            rf"(?:\s+(?P<y>{YEAR}))?)\b",
        ),
        (  # a run of quarters of one year: 'the 1st-3rd quarter of 2025', 'the first to third
            # quarters of 2024': from the first one's start to the last one's end
            "quarter_range",
            rf"{v.prep}(?P<x>(?:the\s+)?(?P<o1>[1-3](?:st|nd|rd)|(?i:first|second|third))\s*"
            rf"(?:[-–]|\s(?i:{v.span_to})\s)\s*(?P<o2>[2-4](?:nd|rd|th)|(?i:second|third|fourth))\s+"
            rf"(?P<part>(?i:quarter|half))s?\s+of\s+(?P<y>{YEAR}))\b",
        ),
        (  # the opening run of a year's quarters counted: 'the first two quarters of 2024',
            # 'in the first 2 quarters of 2024': from the year's start to the last one's end
            "quarter_range",
            rf"{v.prep}(?P<x>(?:the\s+)?(?i:first)\s+(?P<n>(?i:{COUNT}))\s+"
            rf"(?P<part>(?i:quarter))s\s+of\s+(?P<y>{YEAR}))\b",
        ),
        (  # 'Q1-Q3 2025', 'in Q2-Q4 2024'
            "quarter_range",
            rf"{v.prep}\b(?P<x>(?P<q1>{QUARTER})\s?[-–]\s?(?P<q2>{QUARTER})\s+(?P<y>{YEAR}))\b",
        ),
        (  # a quarter or half of a fiscal year: 'Q2 FY26', 'H1 F2026', 'Q3 fiscal 2025', and
            # a written part with its label in brackets after it: 'the first half (H1 FY26)'
            FISCAL_PART,
            rf"{v.prep}\b(?P<x>(?:(?P<lead>(?i:the)\s+(?i:{v.ordinal})\s+(?i:half|quarter))\s*\(\s*)?"
            rf"(?P<q>{QUARTER}|H[12])\s?(?:{fy}|(?i:{v.fiscal})(?:\s+year)?\s+)(?P<y>{YEAR}|(?<=Y)\d\d|"
            rf"(?<=Y\s)\d\d|(?<=Y['’])\d\d)\b(?(lead)\s*\)))",
        ),
        (  # 'the second quarter of fiscal 2026', 'the first half of FY26'
            FISCAL_PART,
            rf"{v.prep}\b(?P<x>(?:the\s+)?(?P<ord>(?i:first|second|third|fourth))\s+"
            rf"(?P<part>(?i:quarter|half))\s+of\s+(?:(?i:{v.fiscal})(?:\s+year)?\s+|{fy})"
            rf"(?P<y>{YEAR}|(?<=Y)\d\d))\b",
        ),
        (  # 'the first half of the 2026 financial year', 'the third quarter of the 2025 fiscal year'
            FISCAL_PART,
            rf"{v.prep}\b(?P<x>(?:the\s+)?(?P<ord>(?i:first|second|third|fourth))\s+"
            rf"(?P<part>(?i:quarter|half))\s+of\s+the\s+(?P<y>{YEAR})\s+(?i:{v.fiscal})\s+year)\b",
            data["fiscal_words"],
        ),
        (  # 'the fiscal year that ended this month', 'the financial year which closed in June':
            # the fiscal year ending in that month (the country's, else the twelve months to it);
            # one that names the day it ended on is a period to that day (finder._period_to), and
            # one after its own year ('the 2023 fiscal year, which closed in June') is that year
            FISCAL,
            rf"(?<!\d\s)\b(?P<x>(?:the\s+)?(?i:{v.fiscal})\s+year,?\s+(?i:that|which)\s+"
            rf"(?i:{alts(data['fiscal_end_verbs'])})\s+(?:(?P<erel>(?i:this|last))\s+month|"
            rf"(?:(?i:in)\s+)?(?P<em>{v.m})(?:,?\s+(?P<ey>{YEAR}))?))\b(?!\s+(?:{DAY}|of)\b)",
            data["fiscal_words"],
        ),
        (
            "fiscal_year",
            rf"\b(?P<x>(?:the\s+)?(?i:{v.fiscal})\s+year\s+(?:to|ending(?:\s+in)?)\s+(?:{DAY}\s+)?"
            rf"(?P<m>{v.m})(?:\s+{DAY})?,?\s+(?P<y>{YEAR}))",
        ),
        (  # a split fiscal year: 'the 2023-24 fiscal year', 'fiscal 2023/24', 'FY2024-25'
            FISCAL,
            rf"\b(?P<x>(?:the\s+)?(?P<y1>{YEAR})\s?(?P<sep>[-–/])\s?(?P<y2>{YEAR}|\d\d)\s+(?i:{v.fiscal})"
            r"(?:\s+year)?)\b",
            data["fiscal_words"],
        ),
        (
            FISCAL,
            # a heading's capitals too ('for the Fiscal Year 2025/2026')
            rf"\b(?P<x>(?:(?i:{v.fiscal})(?:\s+(?i:year))?\s+|FY\s?['’]?)(?P<y1>{YEAR}|(?<=FY)\d\d|"
            rf"(?<=FY\s)\d\d|(?<=FY['’])\d\d)\s?(?P<sep>[-–/])\s?(?P<y2>{YEAR}|\d\d))\b(?![-–/]\d)",
        ),
        (  # a split fiscal year in words, as a speech spells it: 'the fiscal year twenty
            # thirty-four/thirty-five', 'fiscal year two thousand and forty/forty-one'
            FISCAL,
            rf"\b(?P<x>(?:the\s+)?(?i:{v.fiscal})(?:\s+(?i:year))?\s+(?P<y1>{year_words()})"
            rf"\s?(?P<sep>/)\s?(?P<y2>{year_word_rest()}))\b",
            data["fiscal_words"],
        ),
        (  # one fiscal year in words, as a speech spells it: 'fiscal year twenty thirty-three',
            # 'the financial year two thousand and forty'; a split one is the entry above
            FISCAL,
            rf"\b(?P<x>(?i:{v.fiscal})(?:\s+(?i:year))?\s+(?P<y>{year_words()}))\b"
            r"(?!\s?/)",
            data["fiscal_words"],
        ),
        (  # one fiscal year: 'fiscal 2025', 'the 2025 fiscal year', 'FY2024', "FY'25"
            FISCAL,
            rf"\b(?P<x>(?i:{v.fiscal})(?:\s+(?i:year))?\s+(?P<y>{YEAR}))\b(?!\s?[-–/]\s?\d)",
            data["fiscal_words"],
        ),
        (
            FISCAL,
            rf"\b(?P<x>(?P<y>{YEAR})\s+(?i:{v.fiscal})\s+year)\b",
            data["fiscal_words"],
        ),
        (
            FISCAL,
            rf"{v.prep}\b(?P<x>FY\s?['’]?(?P<y>{YEAR}|\d\d))\b(?!\s*[-–/]\s*\d)",
        ),
        (  # 'by the end of F2026': a company's fiscal year as South African reports write it
            FISCAL,
            rf"{v.prep}\b(?P<x>F(?P<y>(?:19|20)\d\d))\b(?!\s*[-–/]\s*\d)",
        ),
        (  # 'the year to November', 'the year ending in March 2025', '... ending March 31, 2025'
            "months_to",
            rf"\b(?P<x>(?:the\s+)?(?P<unit>(?i:year))\s+(?:to|ending(?:\s+in)?)\s+(?:{DAY}\s+)?"
            rf"(?P<m>{v.m})(?:\s+{DAY}\b)?(?:,?\s+(?P<y>{YEAR}))?)\b",
            list(data["unit_months"]),
        ),
        (  # 'the 12 months to March 2021', 'the three months to March': that many months, ending
            # with the month named
            "months_to",
            rf"\b(?P<x>(?:the\s+)?(?P<n>(?i:{COUNT}))\s+(?P<unit>(?i:months))\s+"
            rf"(?:to|ending(?:\s+in)?|through)\s+(?P<m>{v.m})(?:,?\s+(?P<y>{YEAR}))?)\b",
            [" months "],
        ),
        (  # analysts' shorthand: '(3m to April)', 'the 6m to March 2025'
            "months_to",
            rf"(?:(?<=\()|(?<=\bthe\s))(?P<x>(?P<n>\d{{1,2}})m\s+(?:to|through|ending)\s+(?P<m>{v.m})"
            rf"(?:,?\s+(?P<y>{YEAR}))?)\b",
        ),
        (  # a year up to a month: '2023 through June: 9.1 mn', '2022 to October' (not 'from 2023
            # to May', a stretch, nor '2024 to March 2025')
            "year_to_month",
            rf"(?<!\bfrom\s)(?<!\bbetween\s)\b(?P<x>(?P<y>{YEAR})\s+(?i:through|thru|to|until)\s+"
            rf"(?P<m>{v.m}))(?!\s*\d)(?!\s+(?:of\s+)?{v.rel_year})",  # not '... to May this year'
        ),
    ]


def _ranges(v: Vocab) -> list[Entry]:
    """Ranges of seasons, years and days; weeks of a month; decades."""
    data = date_data()
    return [
        (  # 'the first three months of gas year 2024/25', '... of the 2024-25 school year': counted
            # from the month the named year starts in (dates.json 'named_split_years')
            "first_months",
            rf"\b(?P<x>(?:the\s+)?(?i:first)\s+(?P<n>(?i:{COUNT}))\s+(?P<unit>(?i:months|weeks))"
            rf"\s+of\s+(?:the\s+)?(?:(?P<named>(?i:{v.named_years}))\s+(?P<sy>{YEAR})[/-]\d\d"
            rf"|(?P<sy2>{YEAR})[/-]\d\d\s+(?P<named2>(?i:{v.named_years}))))\b",
        ),
        (  # a season written with both years it spans: 'the summer of 2025-26' (a southern
            # summer), 'winter 2024/25', maybe with its months in brackets ('(December to February)')
            "split_season",
            rf"{v.prep}(?P<x>(?:the\s+)?(?i:{v.seasons})\s+(?:of\s+)?(?P<y1>{YEAR})\s?[-–/]\s?"
            rf"(?P<y2>{YEAR}|\d\d)(?![\d%])(?:\s*\((?P<m1>{v.m})\s+(?i:{v.span_to})\s+(?P<m2>{v.m})\))?)",
        ),
        (
            "year_range",
            rf"\b(?i:{v.openers})\s+(?P<x>(?:(?P<part1>{PART})[- ])?(?P<y1>{YEAR})\s+"
            rf"(?:and|to|until|through)\s+(?:(?P<part2>{PART})[- ])?(?P<y2>{YEAR}))\b",
        ),
        (
            "year_range",
            rf"{v.prep}(?P<x>(?P<y1>{YEAR})\s?(?P<sep>[-–/])\s?(?P<y2>{YEAR}|\d\d))\b"
            r"(?!\s*(?:%|percent)|[-/]\d)",
        ),
        (  # a label line's value: 'Tenor: 2027 to 2041', 'Lease period: 2026 until 2031'
            "year_range",
            rf"(?m)^[ \t]*[A-Z][^\n:]{{0,40}}:[ \t]*(?P<x>(?P<y1>{YEAR})\s+(?:{v.span_to})\s+"
            rf"(?P<y2>{YEAR}))\b(?!\s*(?:%|,\d))",
        ),
        (  # two attributive years before their noun: 'the 2018 and 2019 harvests', 'its 2021
            # or 2022 returns': both years, as 'in 2018 and 2019'
            "year_range",
            rf"\b(?i:{alts(date_data()['attributive_determiners'])})\s+(?P<x>(?P<y1>{YEAR})\s+"
            rf"(?:and|or)\s+(?P<y2>{YEAR}))\s+(?=[a-z]{{3,}})",
        ),
        (  # 'in 2016 and 2017': both years
            "year_range",
            rf"\b(?i:{v.pair_spans})\s+(?P<x>(?P<y1>{YEAR})\s+and\s+(?P<y2>{YEAR}))\b(?!\s*(?:%|,\d))",
        ),
        (
            "day_range",
            rf"{v.prep}(?P<x>(?P<m>{v.m})\s+(?P<d>{DAY})\s?[-–]\s?(?P<d2>{DAY})\b"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?)",
        ),
        (
            "day_range",
            rf"{v.prep}(?P<x>(?P<d>{DAY})\s?[-–]\s?(?P<d2>{DAY})\s+(?P<m>{v.m})"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?)",
        ),
        (  # 'between 3 and 5 May', 'from 12 to 14 March 2025', 'between May 3 and 5'
            "day_range",
            rf"\b(?i:{v.openers})\s+(?P<x>(?P<d>{DAY})\s+(?:and|to|until)\s+(?P<d2>{DAY})\s+"
            rf"(?P<m>{v.m})(?:,?\s+(?P<y>{YEAR})\b)?)",
        ),
        (  # days a preposition of one day runs to another: 'on 4 to 6 March', 'over 2 to 3 May';
            # with no preposition too ('the gales of 4 to 6 March', 'talks ran 2 to 3 May')
            "day_range",
            rf"(?:\b(?P<prep>(?i:{alts(date_data()['day_span_prepositions'])}))\s+)?"
            rf"(?<![\d.,:/$%\-–])(?<![\d.,:/$%\-–]\s)"
            rf"{_not_after_span_word()}\b(?P<x>(?P<d>{DAY})\s+"
            rf"(?i:{v.span_to})\s+(?P<d2>{DAY})\s+(?P<m>{v.m})(?:,?\s+(?P<y>{YEAR})\b)?)",
        ),
        (
            "day_range",
            rf"\b(?i:{v.openers})\s+(?P<x>(?P<m>{v.m})\s+(?P<d>{DAY})\s+(?:and|to|until)\s+"
            rf"(?P<d2>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?)(?!\s*(?:%|,\d|\.\d|:\d|\s+{v.m}))",
        ),
        (  # two days of a month: 'on 4 and 5 March'; with no preposition too, as a table
            # cell or a label's value gives them ('| Hearings | 9 and 12 May 2025 |')
            "day_range",
            rf"(?:\b(?P<prep>(?i:{v.pair_preps}))\s+|(?<![\w.,/$%\-–])(?<![\d.,/$%\-–]\s)"
            rf"{_not_after_span_word()})(?P<x>(?P<d>{DAY})\s+and\s+(?P<d2>{DAY})\s+(?P<m>{v.m})"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?)",
            [" and "],
        ),
        (
            "day_range",
            rf"\b(?P<prep>(?i:{v.pair_preps}))\s+(?P<x>(?P<m>{v.m})\s+(?P<d>{DAY})\s+and\s+(?P<d2>{DAY})"
            rf"(?:,?\s+(?P<y>{YEAR}))?)(?=\s*(?:[,.;)]|$)|\s+(?:{v.pair_preps})\b|\s+[A-Z])",
            [" and "],
        ),
        (  # 'the first week of March', 'the second half of June'
            "week_of_month",
            rf"\b(?P<x>(?:the\s+)?(?P<ord>(?i:{v.ordinal}|last|final))\s+(?P<part>(?i:week|half))\s+of\s+"
            rf"(?P<m>{v.m})(?:,?\s+(?P<y>{YEAR}))?)\b",
            list(data["month_part_days"]),
        ),
        ("decade", r"\b(?P<x>(?:the\s+)?(?P<dec>(?:18|19|20)\d0)s)\b"),
    ]


def _days(v: Vocab) -> list[Entry]:
    """A day with its month (either order), a part of a month, a month with its year."""
    return [
        (
            "month_day",
            rf"{v.prep}(?P<x>(?:{v.wd},?\s+)?(?P<m>{v.m})\s+(?P<d>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?)"
            rf"(?P<that>\s+(?:of\s+)?that\s+year)?(?!\s*(?:%|,\d|\.\d|:\d))",
        ),
        (  # a day, a month and a year joined by hyphens ('on 14-Jun-2026', a table cell
            # '| 03-Feb-2025 |'); not a machine's stamp with its clock after it
            "day_month",
            rf"{v.prep}(?P<x>(?<![\w-])(?P<d>{DAY})-(?P<m>{v.m})-(?P<y>{YEAR}))(?![\w-])"
            r"(?![ \t]+[0-2]?\d:[0-5]\d)",
        ),
        (  # not across two compact month-year cells ('Oct-24 Oct-25': no '24 Oct')
            "day_month",
            rf"{v.prep}(?P<x>(?:{v.wd},?\s+)?(?:the\s+)?(?<!\d)(?!(?<=[A-Za-z][-–])\d\d\s+{v.m}[-–]\d)"
            rf"(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{v.m})(?:,?\s+(?P<y>{YEAR})\b)?)"
            rf"(?P<that>\s+(?:of\s+)?that\s+year)?",
        ),
        (  # a day written as an ordinal word: 'on the fifth of May' (dates.json 'day_ordinal_words')
            "day_month",
            rf"{v.prep}(?P<x>(?:{v.wd},?\s+)?(?i:the)\s+(?P<d>(?i:{_ordinal_days()}))"
            rf"\s+(?i:of)\s+(?P<m>{v.m})(?:,?\s+(?P<y>{YEAR}\b|{year_words()}))?)",
        ),
        (
            "part_month",
            rf"{v.prep}(?P<x>(?:(?P<part>{PART})[- ]|the\s+middle\s+of\s+|the\s+(?P<days>(?i:{v.edge_days}))"
            rf"\s+(?:few\s+)?days\s+of\s+)(?P<m>{v.m})"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?)",
        ),
        (  # a live page's day heading 'TUESDAY, 10 FEBRUARY', 'SALES ENDED 3 MARCH 2025'
            "day_month",
            rf"{v.prep}(?P<x>(?P<d>{DAY})\s+(?P<m>{month_re(upper=True)})(?:,?\s+(?P<y>{YEAR})\b)?)",
        ),
        (  # a day heading 'MONDAY, FEBRUARY 9' (after a weekday or alone on its line: 'MAY 10'
            # in a capitalised headline may be the verb)
            "month_day",
            rf"(?:^|(?<=\n)|(?<=[A-Z], ))(?P<x>(?P<m>{month_re(upper=True)})\s+(?P<d>{DAY})\b"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?)(?=[ \t]*(?:\n|$))",
        ),
        (  # a wire headline in capitals that ends on its day: 'SENATE TO VOTE ON BUDGET DEC 3'
            # (not a month that is also a verb there: dates.json 'headline_verb_months')
            "month_day",
            rf"(?<=[A-Z]{{2}} )(?!(?i:{alts(date_data()['headline_verb_months'])})\b)"
            rf"(?P<x>(?P<m>{month_re(upper=True)})\s+(?P<d>{DAY})\b)(?=[ \t]*(?:\n|$))",
        ),
        (  # not the month of 'the end of November 2029', which the edge's own stage reads
            "month_year",
            rf"{_not_after_edge()}{v.prep}(?P<x>(?P<m>{v.m}),?\s+(?P<y>{YEAR}))\b",
        ),
        (  # a heading's run of months in capitals: 'DOSING DAYS JANUARY–JUNE 2026'
            "month_range",
            rf"\b(?P<x>(?P<m1>{month_re(upper=True)})\s?[-–]\s?(?P<m2>{month_re(upper=True)}),?\s+"
            rf"(?P<y>{YEAR}))\b",
        ),
        ("month_year", rf"\b(?P<x>(?P<m>{month_re(upper=True)}),?\s+(?P<y>{YEAR}))\b"),  # headings
    ]


@cache
def year_words() -> str:
    """A year written out in words (dates.json 'year_word_heads' before the rest of the year in
    numbers.json 'units'): 'twenty twenty-six', 'two thousand and six'; not a count's head
    ('two thousand five hundred', 'twenty thirty-year bonds')."""
    data = date_data()
    units = _year_word_units()
    tens, ones, teens = _year_word_alts()
    rest_ten = rf"(?:(?:{tens})(?:[\s-](?:{ones}))?|{teens})"
    rest_one = rf"(?:{rest_ten}|{ones})"
    heads = []
    for head, spec in sorted(data["year_word_heads"].items(), key=lambda kv: -len(kv[0])):
        joiner = rf"(?:{re.escape(data['year_word_joiner'])}\s+)?" if spec["and"] else ""
        rest = rest_ten if spec["min_rest"] >= 10 else rest_one
        heads.append(rf"{re.escape(head).replace(chr(92) + ' ', chr(92) + 's+')}\s+{joiner}{rest}")
    stop = alts([*load_data("numbers")["scales"], *units, *data["year_count_nouns"]])
    return rf"(?i:(?:{'|'.join(heads)})\b(?![-–]\w|[-\s]+(?:{stop})\b))"


@cache
def year_word_rest() -> str:
    """The last two digits of a year in number words (numbers.json 'units'): 'thirty-two',
    'nineteen', 'forty one'; the second year of a split year written out."""
    tens, ones, teens = _year_word_alts()
    return rf"(?i:(?:{tens})(?:[\s-](?:{ones}))?|{teens})"


@cache
def _year_word_units() -> dict[str, int]:
    """The number words a year's last two digits are written in (numbers.json 'units' below 100,
    less dates.json 'year_word_not_rest')."""
    skip = date_data()["year_word_not_rest"]
    return {
        w: v
        for w, v in load_data("numbers")["units"].items()
        if isinstance(v, int) and 0 < v < 100 and w not in skip
    }


@cache
def _year_word_alts() -> tuple[str, str, str]:
    """The tens, ones and teens of _year_word_units, each as one alternation."""
    units = _year_word_units()
    tens = alts([w for w, v in units.items() if v >= 20])
    ones = alts([w for w, v in units.items() if v < 10])
    teens = alts([w for w, v in units.items() if 10 <= v < 20])
    return tens, ones, teens


def _year_word_leads() -> str:
    """dates.json 'year_word_leads' as one alternation, any space between their words."""
    return alts(date_data()["year_word_leads"]).replace(r"\ ", r"\s+")


def _ordinal_days() -> str:
    """dates.json 'day_ordinal_words' as one alternation, a hyphen or a space between two words."""
    return alts(date_data()["day_ordinal_words"]).replace(r"\ ", r"[\s-]")


def _not_after_edge() -> str:
    """Lookbehinds that keep a match from starting right after 'the end', 'the start of' and the
    other edges of a period (dates.json 'period_edges')."""
    return "".join(
        rf"(?<!(?i:the {edge} ))(?<!(?i:the {edge} of ))" for edge in date_data()["period_edges"]
    )


def _parts_of_years(v: Vocab) -> list[Entry]:
    """Quarters, halves, 'the first N months', edges and parts of a year."""
    data = date_data()
    return [
        (
            "quarter",
            # in a heading's capitals too ('THE FIRST HALF OF 2026')
            rf"{v.prep}(?P<x>(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|last|final))\s+"
            rf"(?P<part>(?i:quarter|half))\s+(?i:of)\s+(?:(?P<y>{YEAR})|{v.rel_year}|(?P<ofyear>the\s+year)))",
        ),
        (  # a year's possessive before its quarter or half: "last year's third quarter",
            # "2024's second half", "this year's fiscal first quarter"
            "quarter",
            rf"\b(?P<x>(?:(?P<y>{YEAR})|(?P<rel>(?i:last|this|next))\s+year)['’]s\s+"
            rf"(?:(?i:{v.fiscal})\s+)?(?P<ord>(?i:{v.ordinal}|last|final))[- ](?P<part>(?i:quarter|half)))\b",
        ),
        ("quarter", rf"\b(?P<x>(?P<q>{QUARTER}|H[12])\s+(?P<y>{YEAR}))\b"),
        (  # 'over the June quarter', 'the December quarter of 2023': the quarter that month ends
            "quarter",
            rf"{v.prep}(?P<x>(?:the\s+)?(?P<qm>{_quarter_months()})\.?\s+(?i:quarter)"
            rf"(?:\s+(?:of|in)\s+(?:(?P<y>{YEAR})|{v.rel_year}))?)\b",
        ),
        (  # 'Q3 output', 'Q1 Results' (a headline's case): a quarter heading what it measured
            "quarter",
            rf"\b(?P<x>(?P<q>{QUARTER}))\s+(?=(?i:{alts(data['quarter_nouns'])})\b)",
        ),
        (  # 'in Q3', 'during H1': the latest such part begun by publication, or the next ahead
            # (a preposition needed: not 'the H2 model')
            "quarter",
            # (set in quotes too: 'is due to start in "Q2"', a plan's own label)
            rf"\b(?P<prep>(?i:{v.words}))\s+(?P<oq>[\"“‘'])?(?P<x>(?P<q>{QUARTER}|H[12]))\b"
            rf"(?(oq)[\"”’']|(?!\s*(?:{YEAR}|\d|[-–/'])))",
        ),
        (  # 'the first seven weeks', 'the first two weeks of May', '... of 2023'
            "first_months",
            rf"\b(?P<x>(?:the\s+)?(?i:first)\s+(?P<n>(?i:{COUNT}))\s+(?P<unit>(?i:months|weeks))"
            rf"(?:\s+of\s+(?:(?P<m>{v.m})|(?P<y>{YEAR})|the\s+year|{v.rel_year}))?)\b"
            r"(?!\s+of\s+(?:each|every|any)\b)",
        ),
        (  # 'the final three months of 2024', 'the last two weeks of May': the end of that period
            "first_months",
            rf"\b(?P<x>(?:the\s+)?(?P<tail>(?i:last|final))\s+(?P<n>(?i:{COUNT}))\s+"
            rf"(?P<unit>(?i:months|weeks))\s+of\s+(?:(?P<m>{v.m})|(?P<y>{YEAR})|{v.rel_year}))\b",
        ),
        (  # 'the same weeks of 2023': the period the text spoke of last, in that year
            "same_period",
            rf"\b(?P<x>the\s+same\s+(?:months?|period|quarter|weeks?)\s+(?:(?:of|in)\s+)?"
            rf"(?:(?P<y>{YEAR})|{v.rel_year}))\b",
        ),
        (  # 'during the second quarter', 'a fourth-quarter profit', 'output, first quarter': the latest
            # such period begun by publication, or the next when the text looks ahead
            "quarter",
            rf"{v.prep}(?P<x>(?:the\s+)?(?P<ord>(?i:{v.ordinal}))[- ](?P<part>(?i:quarter|half)))\b"
            r"(?!\s+of\b|[-‐](?i:year|yearly)\b)",  # not 'the first half-year rise'
        ),
        (  # 'by the end of 2029', 'until the end of November', 'since the start of this month'
            "edge_of",
            rf"{v.edge_prep}(?P<x>(?i:the)\s+(?P<edge>(?i:{v.edges}))\s+of\s+(?:(?P<m>{v.m})"
            rf"(?:,?\s+(?P<y>{YEAR})|\s+(?P<mrel>(?i:last|this|next))\s+year)?|"
            rf"(?P<y2>{YEAR})|(?:the|this)\s+(?P<unit>(?i:year|month|week))|{v.rel_year}|"
            rf"(?P<ustep>(?i:{v.unit_steps}))\s+(?P<unit2>(?i:month|week))))\b",
        ),
        (
            "part_year",
            rf"{v.prep}(?P<x>(?:the\s+)?(?:(?P<part>{PART})[- ]|(?P<middle>middle\s+of\s+))(?P<y>{YEAR}))\b",
        ),
        (
            "month_rel_year",
            rf"\b(?P<x>(?P<m>{v.m})\s+(?:of\s+)?{v.rel_year})\b",
        ),  # 'May (of) last year'
        (  # "last year's March low": that year's month
            "month_rel_year",
            rf"\b(?P<x>{v.rel_year}['’]s\s+(?P<m>{v.m}))\b",
        ),
    ]


def _years_and_seasons(v: Vocab) -> list[Entry]:
    """Years that head what they date; seasons and weekends."""
    data = date_data()
    return [
        ("year", rf"\b(?P<x>(?P<y>{YEAR}))(?=['’]s\s+[a-z])"),  # "2023's record harvest"
        (  # the year of a level compared with: 'still below 2019 levels', 'Still Under 2021 Peak'
            "year",
            rf"\b(?i:{alts(data['year_level_prepositions'])})\s+(?P<x>(?P<y>{YEAR}))"
            rf"(?=\s+(?i:{alts(data['year_level_nouns'])})\b)",
        ),
        (  # a year a date's noun is said to be, closing its clause: 'the handover date is 2029.',
            # 'the deadline was 2031, but ...' (not 'the year is 2000 tonnes short')
            "year",
            rf"(?:{_copula_leads()})(?P<x>(?P<y>{YEAR}))(?=\s*[,.;:!?)]|\s*$)",
        ),
        (  # a year heading the object of a forecast verb: 'We expect 2026 registrations of
            # 750,000', 'the bank cut 2025 growth forecasts' (not a count: 'expects 2000 jobs')
            "year",
            rf"(?:{v.forecast_verbs})(?P<x>(?P<y>{YEAR}))(?=\s+[A-Za-z])"
            rf"(?!\s+(?i:{alts([*load_data('stopwords')['en'], *data['year_count_nouns'], *data['year_name_nouns']])})\b)",
        ),
        (  # a year after a possessive, heading what it dates: "France's 2025 harvest", "the
            # bank's 2024 Results" (a headline's case); not a count ("the army's 2000 troops")
            # nor a name ("the council's 1718 committee")
            "year",
            rf"(?<=\w['’]s\s)(?P<x>(?P<y>{YEAR}))(?=\s+[A-Za-z])"
            rf"(?!\s+(?i:{alts([*load_data('stopwords')['en'], *data['year_count_nouns'], *data['year_name_nouns']])})\b)",
        ),
        (
            "season",
            rf"{v.prep}(?P<x>(?:the\s+)?(?P<season>(?i:{v.seasons}))\s+(?:(?:of\s+)?(?P<y>{YEAR})|"
            rf"of\s+{v.rel_year}))\b",
        ),
        (
            "season",
            rf"{v.prep}(?P<x>(?P<rel>(?i:last|this|next))\s+(?P<season>(?i:{v.seasons})))\b",
        ),
        (  # "last year's spring vote", "this year's winter wheat": that year's season
            "season",
            rf"{v.prep}(?P<x>{v.rel_year}['’]s\s+(?P<season>(?i:{v.seasons})))\b",
        ),
        (  # 'over the summer', 'in the autumn': the latest such season, or the next looking ahead
            "season",
            rf"\b(?P<prep>(?i:{v.season_preps}))\s+(?P<x>(?:the\s+)?(?P<season>{v.bare_seasons}))\b"
            r"(?!\s+of\b)"  # lower case: not 'in Spring Valley'; 'fall' is too often a noun
            # nor an institution's break named by it ('ahead of the summer adjournment')
            rf"(?!\s+(?i:{alts(data['season_period_nouns'])})\b)",
            data["bare_seasons"],
        ),
        (  # 'in the fall' where it ends a clause: the season (not 'the fall in prices')
            "season",
            rf"\b(?P<prep>(?i:{alts(data['clause_end_season_prepositions'])}))\s+(?P<x>the\s+"
            rf"(?P<season>(?i:{alts(data['clause_end_seasons'])})))(?=\s*[,.;:)]|\s*$)",
            data["clause_end_seasons"],
        ),
        (  # 'on Easter Monday', 'over a long Easter weekend', 'since Easter': days of the Easter
            # cycle (not 'Easter Island': a bare 'Easter' needs a preposition and no name after)
            "feast",
            rf"{v.prep}(?P<x>(?:(?P<rel>(?i:last|this|next))\s+)?(?:the\s+)?"
            rf"(?P<feast>{_feast_days()}|Easter(?=\s+(?i:{_feast_periods()})\b))"
            rf"(?:\s+(?P<fpart>(?i:{_feast_periods()})))?(?:,?\s+(?P<y>{YEAR}))?)\b"
            r"(?!\s+[A-Z])",
            ["friday", "saturday", "easter"],
        ),
        (
            "feast",
            rf"\b(?P<prep>(?i:{v.weekend_preps}))\s+(?P<x>(?P<feast>Easter)(?:\s+(?P<y>{YEAR}))?)\b"
            rf"(?=\s*[,.;:)!?]|\s*$|\s+(?:{alts(data['span_connectors'])})\b)",
            ["easter"],
        ),
        (  # 'over the weekend', 'since the weekend': the latest Saturday and Sunday
            "weekend",
            rf"\b(?P<prep>(?i:{v.weekend_preps}))\s+(?P<x>the\s+(?P<unit>(?i:weekend)))\b",
            data["weekend_words"],
        ),
    ]


def _copula_leads() -> str:
    """Look-behinds, one per noun and copula of dates.json 'year_copula' ('date is '), so the
    year alone is the match and its surface."""
    data = date_data()
    leads = [
        rf"(?<=\b(?i:{re.escape(noun)} {re.escape(copula)} ))"
        for noun in data["year_copula_nouns"]
        for copula in data["year_copulas"]
    ]
    return "|".join(leads)


def _feast_days() -> str:
    """The named days of the Easter cycle ('Good Friday', 'Easter Monday'), longest first."""
    names = sorted(date_data()["feasts"], key=len, reverse=True)
    return "|".join(r"\s+".join(name.split()) for name in names if " " in name)


def _feast_periods() -> str:
    """The nouns after 'Easter' naming its holiday stretch ('weekend', 'bank holiday')."""
    names = sorted(date_data()["feast_periods"], key=len, reverse=True)
    return "|".join(r"\s+".join(name.split()) for name in names)


def _labels(v: Vocab) -> list[Entry]:
    """Years and months of timeline entries and label-style lines ('2022: 980 raids')."""
    return [
        (  # a timeline's entry by year: '2014 – Crimea annexed', '- 2019 — first port bans'
            "year",
            rf"(?m)^[-–—•*·▪]?[ \t]*(?P<x>(?P<y>{YEAR}))[ \t]+[-–—][ \t]+(?=[A-Za-z])",
        ),
        (  # label-style lines, bulleted or not, their piped pieces and bracketed labels:
            # '2022: 980 raids', '- 2024 to date: 41', '... | 2023 total: 1,250', '(2021 average: 9)'
            "year",
            rf"(?m)(?:^[-–—•*·▪]?|{PIECE}|\()\s*(?P<x>(?P<y>{YEAR}))(?=(?:\s+(?:{v.so_far}))?"
            rf"(?:\s+[a-z]+){{0,2}}\s*:\s*\S)",
        ),
        (  # a figures box headed by its year, its label lines below: 'Key figures 2025',
            # 'Highlights 2024 (2023 in brackets)' over 'Revenue: ...'
            "year",
            rf"(?m)^[ \t]*(?:[A-Za-z][\w'’-]*[ \t]+){{0,3}}(?i:{alts(date_data()['figures_heading_nouns'])})"
            rf"[ \t]+(?P<x>(?P<y>{YEAR}))(?=[ \t]*(?:\([^()\n]*\))?[ \t]*\n[^\n:]{{1,60}}:\s*\S)",
        ),
        (  # a legend for bracketed figures: '(2023 in brackets)', '2023 figures in parentheses'
            "year",
            rf"(?<![\w.,-])(?P<x>(?P<y>{YEAR}))(?=(?:\s+[a-z]+){{0,2}}\s+in\s+(?i:{v.legend})\b)",
        ),
        (  # a label's words before its year, a bracketed earlier value: '- Wheat exports 2024: 41
            # mt (2023: 38 mt)', 'Defence spending 2026: EUR 4.1 billion', a bracketed year: 'Cost
            # to businesses (2025): £9m'; also after a box's own label or a pipe: 'Data panel: Rice
            # crop 2024: 3.1m t | Maize crop 2024: 1.2m t'
            "year",
            rf"(?m)(?:(?:^[-–—•*·▪]?|^[^\n:|]{{1,30}}:|{PIECE})[ \t]*(?:[A-Za-z][\w'’-]*,?[ \t]+){{1,6}}\(?"
            rf"|\(\s*)(?P<x>(?P<y>{YEAR}))(?=\)?\s*:\s*\S)",
        ),
        (  # a year heading a table row, figures in the cells after it: '2019 | 4.2 | 17', '| 2024 |
            # 310 | 12% |': the year those figures are for
            "year",
            rf"(?m)^\|?[ \t]*(?P<x>(?P<y>{YEAR}))[ \t]*\|(?=[ \t]*[-+−]?\d[\d.,]*[ \t]*%?[ \t]*\|)",
        ),
        (  # a label's figure with its year bracketed after it, maybe a footnote mark: 'Population:
            # 38,200 (2021)', 'Daily riders: 64,000 (2024)[3]': the year of the figure
            "year",
            rf"(?m)^[^\n:|]{{1,40}}:[ \t]*[^\n()]{{0,30}}?\d(?:[ \t]+[A-Za-z%]+)?[ \t]*"
            rf"\((?P<x>(?P<y>{YEAR}))\)(?:\[\d{{1,3}}\])?[ \t]*$",
        ),
        (  # a label's year value, maybe with a bracketed note, the note maybe closed by a year
            # of its own: 'Built: 2002 (Korea)', 'Launched: 1998 (in service 2001)'
            "year",
            rf"(?m)^[^\n:]{{1,40}}:\s*(?P<x>(?P<y>{YEAR}))(?=(?:\s*\([^()\n\d]{{1,30}}(?:{YEAR})?\))?\s*$)",
        ),
        (  # ... and that note's own year: 'in service 2001'
            "year",
            rf"(?m):(?:\s*{YEAR}\s*\([^()\n\d]{{1,30}}\s)(?P<x>(?P<y>{YEAR}))(?=\)\s*$)",
        ),
        (  # a month heading a label: 'Retail sales, April: -1.2%'
            "month",
            rf"(?m)^[^\n:]{{0,40}}?(?:^|,\s*|\s)(?P<x>(?P<m>{v.m}))(?=\s*:\s*\S)",
        ),
        (  # a month heading a piece of a piped label line: '... | April: 7 | May: 16'
            "month",
            rf"{PIECE}\s*(?P<x>(?P<m>{v.m}))(?=\s*:\s*\S)",
        ),
    ]


def _bare_months_and_years(v: Vocab) -> list[Entry]:
    """A month or year alone, where its place in the clause makes it a date."""
    data = date_data()
    return [
        (
            "month",
            rf"\b(?P<prep>(?i:{v.month_preps}))[\s-]+(?P<x>(?P<m>{v.m}))(?!\s*\d)"
            r"(?P<that>\s+(?:of\s+)?that\s+year)?",
        ),
        (  # a month's possessive: "January's total", "and October's figures"; after a
            # sentence start, a punctuation mark or a function word only: not "Theresa May's"
            "month",
            rf"(?m)(?:^|(?<=[,;:.!?\"“(]\s)|{v.after_function_word})(?P<x>(?P<m>{v.m}))"
            r"(?=['’]s\s+(?:[a-z]|\d))",  # "... total", "April's 4% rise"
        ),
        (  # two bare months as a clause's subject: 'but April and June could ...'
            "month_range",
            rf"{v.clause_open}(?P<x>(?P<m1>{v.m})\s+and\s+(?P<m2>{v.m}))(?=\s+{v.subject_verbs}\b)",
        ),
        (  # a bare month as a clause's subject: 'but June saw ...', 'Last year ... as July brought'
            "month",
            rf"{v.clause_open}(?!May\b)(?P<x>(?P<m>{v.m}))(?=\s+{v.subject_verbs}\b)",
        ),
        (  # a month or a year naming the period of a statistic right after it, maybe with one
            # word between ('releases March retail sales', 'the 2023 GDP estimate', 'its April
            # reading'; dates.json 'period_statistic_nouns'); not the name of a release whose own
            # day follows ('Next: May CPI on 4 June')
            "month",
            rf"(?<![\w'’-])(?!May\b)(?P<x>(?P<m>{v.m}))(?!\s*\d)(?=\s+(?:[a-z]+\s+)?"
            rf"(?i:{alts(data['period_statistic_nouns'])})\b)"
            rf"(?![^\n.;]*?\s(?i:{alts(data['month_data_release_words'])})\s+\d)",
            [w.lower() for w in data["period_statistic_nouns"]],
        ),
        (
            "year",
            rf"(?<![\w'’.,/-])(?P<x>(?P<y>{YEAR}))(?=\s+(?:[a-z]+\s+)?"
            rf"(?i:{alts(data['period_statistic_nouns'])})\b)",
            [w.lower() for w in data["period_statistic_nouns"]],
        ),
        (  # a bare month as a verb's object: 'the index ended June at 412', 'as trading began July'
            "month",
            rf"(?:{v.object_verbs})(?P<x>(?P<m>{v.m}))(?!\s*\d)(?![\w'’])",
        ),
        (  # 'that November': the month in the year the text spoke of last, where it closes
            # its phrase ('designated him that November.'; not 'said that March was wet')
            "month",
            rf"\b(?P<that>(?i:{alts(data['month_anaphors'])}))\s+(?P<x>(?P<m>{v.m}))(?![\w'’-])"
            rf"(?=\s*[,.;:)!?]|\s*$|\s+(?:{alts(data['month_anaphor_followers'])})\b)",
        ),
        (  # a month ranked against the record: 'Best January on record', 'the wettest May since
            # 1998', "the port's busiest March ever": the latest such month
            "month",
            rf"\b(?P<ranked>(?i:{alts(data['irregular_superlatives'])})|"
            rf"(?!(?i:{alts(data['not_superlatives'])})\b)[A-Za-z]{{2,}}est)\s+(?P<x>(?P<m>{v.m}))"
            rf"(?=\s+(?i:{alts(data['record_month_followers'])})\b)",
        ),
        (  # two described months: 'after a mild May and June', 'a dry, cold January and February'
            "month_range",
            rf"\b(?P<art>(?i:{alts(data['described_month_articles'])}))\s+(?:[a-z]+ly\s+)?[a-z][a-z-]+"
            r"(?:(?:,|\s+and)\s+[a-z][a-z-]+)?\s+"
            rf"(?P<x>(?P<m1>{v.m})\s+and\s+(?P<m2>{v.m}))(?![\w'’-])(?!\s*\d)",
        ),
        (  # a described month: 'after a stormy January', 'a record March' (the latest such month);
            # two words set off by a comma or 'and' describe it too: 'a dry, windy June'
            "month",
            rf"\b(?P<art>(?i:{alts(data['described_month_articles'])}))\s+(?:[a-z]+ly\s+)?[a-z][a-z-]+"
            r"(?:(?:,|\s+and)\s+[a-z][a-z-]+)?\s+"
            rf"(?P<x>(?P<m>{v.m}))(?![\w'’-])(?!\s*\d)"
            rf"(?!\s+(?:{alts(data['described_month_comparisons'])})\b)",
        ),
        (  # a month a contract delivers in looks ahead: 'Wheat, May delivery', 'the June futures'
            "month",
            rf"(?<![\w'’])(?P<x>(?P<m>{v.m}))(?=\s+(?P<future>(?i:{alts(data['market_periods_ahead'])}))\b)",
        ),
        (  # a weekday a day-ahead market delivers on looks ahead: 'for Friday delivery', 'the
            # Friday baseload price' (dates.json 'weekday_market_periods_ahead')
            "weekday",
            rf"(?<![\w'’])(?P<x>(?P<wd>{v.wd}))(?=(?:\s+(?:and|or|&)\s+{v.wd})?"
            rf"\s+(?P<market_ahead>(?i:{alts(data['weekday_market_periods_ahead'])}))\b)",
        ),
        (  # a month naming a market's period: 'March delivery', 'a December average'
            "month",
            rf"(?<![\w'’])(?P<x>(?P<m>{v.m}))(?=\s+(?i:{alts(data['market_periods'])})\b)",
        ),
        (  # a month after a possessive: "the EU's June measures", "Moscow's March offensive"
            "month",
            rf"(?<=\w['’]s\s)(?P<x>(?P<m>{v.m}))(?=\s+[a-z])"
            rf"(?!\s+(?:{alts(load_data('stopwords')['en'])})\b)",
        ),
        (  # a month naming a statistic's period at a line's or a label's start, no determiner
            # ('Chile: June copper output rises', '* March exports seen at 2 mln T'); not the
            # name of a release whose own day follows ('Next: May CPI on 4 June')
            "month",
            rf"(?:(?m:^)(?:[-•*]\s+)?|(?<=:\s))(?P<x>(?P<m>{v.m}))"
            rf"(?=\s+(?i:{alts(data['month_data_nouns'])})\b)"
            rf"(?![^\n.;]*?\s(?i:{alts(data['month_data_release_words'])})\s+\d)",
        ),
        (  # attributive month: 'its June outlook', 'the March figures', 'with May volumes'
            "month",
            rf"\b(?P<prep>(?i:{alts(data['attributive_month_openers'])}))\s+(?P<x>(?P<m>{v.m}))"
            rf"(?=\s+[a-z])(?!\s+(?:{alts(load_data('stopwords')['en'])})\b)",
        ),
        (
            "year",
            rf"\b(?P<prep>(?i:{v.year_preps}))\s+(?P<x>(?P<y>{YEAR}))\b(?!\s*(?:%|[-–]\d|,\d))",
        ),
        (  # a year written out in words: 'since nineteen ninety-nine', 'in two thousand and four'
            "year",
            rf"\b(?P<prep>(?i:{v.year_preps}))\s+(?:(?i:{_year_word_leads()})\s+)?(?P<x>(?P<y>{year_words()}))",
        ),
        *_far_years(),
        (  # a year a total or a trend spans: 'Over 2025 as a whole, output fell', 'across
            # 2024, sales rose' (not a count: 'over 2000 people')
            "year",
            rf"\b(?P<prep>(?i:{alts(data['year_span_prepositions'])}))\s+(?P<x>(?P<y>{YEAR}))\b"
            r"(?=\s*(?:[,;:)]|\.(?:\s|$)|as\s+a\s+whole\b|$))",
        ),
        (  # the month a change is measured on: 'up 6% on May', '2.1% below March'
            "month",
            rf"(?:(?<=% )|(?<=\bpercent )|(?<=\bper cent )|(?<=\bpc ))(?P<prep>(?i:{v.change_bases}))\s+"
            rf"(?P<x>(?P<m>{v.m}))(?!\s*\d)",
        ),
        (  # a month as a bracketed label: 'Flows (Aug: 9.1 bcm)', 'Wheat (May, provisional)'
            "month",
            rf"(?<=\()(?P<x>(?P<m>{v.m}))(?=\s*[:,)])",
        ),
        (  # the year a change is measured on: 'up 14% on 2022', 'a fall of 3 percent on 2019'
            "year",
            rf"(?:(?<=% )|(?<=\bpercent )|(?<=\bper cent )|(?<=\bpc ))(?P<prep>(?i:{v.change_bases}))\s+"
            rf"(?P<x>(?P<y>{YEAR}))\b(?!\s*(?:[-–/]\s*\d|%))",
        ),
        (  # ... or on a count: 'killed 5,600, up about 1,000 on 2023', '31 more than 2022'
            "year",
            rf"(?<=\d )(?P<prep>(?i:{alts(data['count_change_bases'])}))\s+(?P<x>(?P<y>{YEAR}))\b"
            r"(?!\s*(?:[-–/]\s*\d|%))",
        ),
        (  # a date moved to a year: 'pushed back to 2026', 'delayed until 2027', 'moved into 2028'
            "year",
            rf"\b(?i:{'|'.join(data['year_move_verbs'])})\s+(?:[A-Za-z]+\s+){{0,3}}"
            rf"(?P<prep>(?i:to|until|into))\s+"
            rf"(?P<x>(?P<y>{YEAR}))\b(?!\s*(?:[-–/]\s*\d|%))",
        ),
    ]


def _far_years() -> list[Entry]:
    """A year past 2099 ('by 2100', 'the 2150 target'): a count far more often than a date, so a
    date only after a date preposition where the clause ends or a function word follows (not
    'by 2100 jobs', 'rose by 2100 to 9,000'), or between a determiner and a noun a year sets."""
    data = date_data()
    stop = [w for w in load_data("stopwords")["en"] if w not in data["far_year_followers_not"]]
    return [
        (
            "year",
            rf"\b(?P<prep>(?i:{alts(data['far_year_prepositions'])}))\s+(?P<x>(?P<y>{FAR_YEAR}))\b"
            rf"(?=\s*(?:[,;:)!?]|\.(?:\s|$)|$)|\s+(?i:{alts(stop)})\b)",
        ),
        (
            "year",
            rf"\b(?i:{alts(data['far_year_determiners'])})\s+(?P<x>(?P<y>{FAR_YEAR}))"
            rf"(?=\s+(?i:{alts(data['far_year_nouns'])})s?\b)",
        ),
    ]


def _weekdays_and_anaphors(v: Vocab) -> list[Entry]:
    """Weekdays, the token patterns (attributive years, day words, anaphors), ordinal days."""
    data = date_data()
    return [
        (  # 'two years ago this week', 'a year ago today': that week or day, years back
            "ago",
            rf"\b(?P<x>(?P<n>(?i:a|an|one|{COUNT}))\s+(?P<unit>(?i:month|year))s?\s+(?i:ago)\s+"
            rf"(?:(?i:{alts(data['ago_within_words'])})\s+(?P<within>(?i:week|month))"
            rf"|(?P<day>(?i:{alts(data['day_words'])}))))\b",
        ),
        token_stage("year"),  # attributive years: patterns/dates.json
        token_stage("anchor_weekday"),
        token_stage("day_part"),
        (  # 'on Friday or Saturday', 'on Friday and Saturday', 'on Friday evening and Saturday':
            # one span over both days, a part of the first day between them or not
            "weekday_pair",
            rf"{v.prep}(?P<x>(?P<wd>{v.wd})(?:\s+(?i:{alts(data['day_parts'])}))?"
            rf"\s+(?:or|and)\s+(?P<wd2>{v.wd}))\b(?!['’]s\b)",
            [" or ", " and "],
        ),
        (
            "weekday",
            rf"{v.prep}(?P<x>(?:(?P<rel>(?i:last|this|next))\s+)?(?P<wd>{v.wd}))\b",
        ),
        (  # a weekday in a line of capitals: 'DOCKERS TO STRIKE ON FRIDAY', 'POLLS OPEN NEXT
            # SUNDAY' (a capitalised word right before it, so a lone masthead word stays out;
            # not a day heading's weekday before its date, 'SITTING OF TUESDAY, 3 MARCH 2026')
            "weekday",
            rf"(?<=[A-Z]{{2}} ){v.prep}(?P<x>(?:(?P<rel>LAST|THIS|NEXT)\s+)?"
            rf"(?P<wd>{alts([w.upper() for w in data['weekdays']])}))\b(?![a-z'’]|,?\s+\d)",
        ),
        (  # fact-box shorthand 'Wed-Thu', '(Mon–Fri)': two abbreviated days joined by a dash
            "weekday_pair",
            rf"(?<![\w-])(?P<x>(?P<wd>{v.short_wd})\.?\s?[-–]\s?(?P<wd2>{v.short_wd})\.?)(?![\w-])",
            ["-", "–"],
        ),
        (  # 'yesterday and today', 'yesterday or today': one span from the first to the last
            "day_word_pair",
            rf"\b(?P<x>(?P<word>(?i:{alts(data['day_words'])}))\s+(?:and|or)\s+"
            rf"(?P<word2>(?i:{alts(data['day_words'])})))\b(?!['’]s\b)",  # not 'today's talks'
            [" and ", " or "],
        ),
        token_stage("relative"),
        token_stage("anchor_day"),
        token_stage(DAY_PART_ANAPHOR),
        token_stage("anchor_event"),
        token_stage("anchor_year"),
        token_stage("anchor_month"),
        (  # 'up from 2.8% in the first': a part of a year whose noun the text left out
            "elliptic_part",
            rf"\b(?:in|for|from)\s+(?P<x>the\s+(?P<ord>(?i:{v.ordinal})))(?=\s*[,.;)]|\s*$)",
        ),
        (  # 'touched $610 on 26 May and peaked on the 28th': a day of the month spoken of last
            ORDINAL_DAY,
            rf"\b(?P<prep>(?i:{alts(data['ordinal_day_prepositions'])}))\s+(?P<x>the\s+"
            rf"(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)))\b"
            rf"(?!\s+(?:of\b|(?!(?:{alts(load_data('stopwords')['en'])}|{_day_followers()})\b)"
            r"[A-Za-z]))",
        ),
    ]


def _relative(v: Vocab) -> list[Entry]:
    """Periods counted from publication: 'the past year', 'later this month', 'two weeks ago'."""
    data = date_data()
    events = alts(data["event_period_words"])  # 'the last year before the merger': no such
    return [
        (  # 'over the past year', 'in the last month', 'past week': back from publication ('the
            # past 12 months' keeps its '12 months', a quantity, out of any date span)
            "trailing",
            r"\b(?P<x>(?:the\s+(?i:past|last)|(?i:past))\s+(?P<unit>(?i:week|month|year)))\b"
            rf"(?!\s+(?i:{events})\b)",
            list(data["unit_steps"]),
        ),
        (
            "relative_unit",
            rf"\b(?P<x>(?P<mod>(?i:earlier|later))\s+(?:in\s+|on\s+)?(?i:this|the)\s+(?P<unit>(?i:{UNIT})))\b",
        ),
        (
            "relative_unit",
            rf"\b(?!(?<=(?i:the)\s)(?i:last|past)\s+(?i:{UNIT}|quarter)\s+(?i:{events})\b)"
            rf"(?P<x>(?:(?P<part>(?i:{PART}))[- ]+)?(?P<rel>(?i:last|this|next|past))\s+"
            rf"(?P<unit>(?i:{UNIT}|quarter)))\b",  # not 'the last year of the war': its own
        ),
        (  # 'the current quarter', 'the current fiscal year': this one
            "relative_unit",
            rf"\b(?P<x>the\s+(?i:{alts(data['current_words'])})\s+(?:(?i:{v.fiscal})\s+)?"
            rf"(?P<unit>(?i:{UNIT}|quarter)))\b",
            data["current_words"],
        ),
        (
            "ago",
            rf"\b(?P<x>(?P<n>(?i:a|an|one|{COUNT}))\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago))\b",
        ),
    ]


def _edges_of_parts_of_years(v: Vocab) -> list[Entry]:
    """The start or end of a quarter or half ('at the end of the fourth quarter', 'by the start
    of the third quarter of 2026'): that part's first or last day, as a quarter's edge is."""
    return [
        (
            "edge_of",
            rf"{v.prep}(?P<x>(?i:the)\s+(?P<edge>(?i:{v.edges}))\s+(?i:of)\s+(?:(?i:the)\s+)?"
            rf"(?P<qord>(?i:first|second|third|fourth|last|final))\s+(?P<qpart>(?i:quarter|half))"
            rf"(?:\s+(?i:of)\s+(?P<qy>{YEAR}))?)\b(?![-‐])",
        ),
    ]


GROUPS: tuple[Callable[[Vocab], list[Entry]], ...] = (
    _spans,
    _numeric,
    _fiscal_and_months_to,
    _ranges,
    _days,
    _edges_of_parts_of_years,
    _parts_of_years,
    _years_and_seasons,
    _labels,
    _bare_months_and_years,
    _weekdays_and_anaphors,
    _relative,
)


@cache
def stage_table() -> list[Stage]:
    """Every stage, compiled, in priority order."""
    v = vocab()
    return [_stage(*entry) for group in GROUPS for entry in group(v)]


def _stage(kind: str, pattern: str, gate: list[str] | None = None) -> Stage:
    # GatedPattern: the regex, skipped on text without a word it needs (claims.extract.regex_gate)
    return (
        kind,
        pattern if pattern == TOKEN else GatedPattern(re.compile(pattern)),
        tuple(gate or ()),
    )
