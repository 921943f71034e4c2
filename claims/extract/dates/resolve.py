"""Calendar arithmetic for date expressions: yearless and relative dates become the most recent
such date not after publication (CLAIMS.md); what cannot be resolved says why.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from claims.extract.numbers import parse_tokens
from claims.resources import load_data


@dataclass(frozen=True)
class Resolved:
    start: dt.date | None
    end: dt.date | None
    granularity: str
    reason: str | None = None


FUTURE_GAP_DAYS = 150
SOON_DAYS = 45
NO_PUBLISHED = "relative or yearless date and no publication date"


def _unresolved(granularity: str, reason: str) -> Resolved:
    return Resolved(None, None, granularity, reason)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month(name: str) -> int:
    return int(load_data("dates")["months"][name.lower().rstrip(".")])


def _year(fields: dict[str, str], key: str = "y") -> int | None:
    if key not in fields:
        return None
    text = fields[key]
    return int(text) if text.isdigit() else year_from_words(text)


def year_from_words(text: str) -> int | None:
    """The year a written-out year names ('two thousand and six' -> 2006, 'nineteen eighty-one'
    -> 1981): dates.json 'year_word_heads' and numbers.json 'units'."""
    words = " ".join(text.lower().replace("-", " ").split())
    skip = load_data("dates")["year_word_not_rest"]
    units = {w: v for w, v in load_data("numbers")["units"].items() if w not in skip}
    for head, spec in sorted(
        load_data("dates")["year_word_heads"].items(), key=lambda kv: -len(kv[0])
    ):
        if words.startswith(head + " "):
            rest = [
                w for w in words[len(head) :].split() if w != load_data("dates")["year_word_joiner"]
            ]
            if rest and all(w in units for w in rest):
                return int(spec["century"] + sum(units[w] for w in rest))
    return None


def _day(fields: dict[str, str]) -> int:
    """The day of the month: '5', '5th', or an ordinal word ('fifth', dates.json 'day_ordinal_words')."""
    digits = "".join(c for c in fields["d"] if c.isdigit())
    if digits:
        return int(digits)
    words: dict[str, int] = load_data("dates")["day_ordinal_words"]
    return words[" ".join(fields["d"].lower().replace("-", " ").split())]


def _recent_year(month: int, day: int, published: dt.date, future: bool = False) -> int:
    """The year that makes month/day the most recent such date not after publication (the next
    one on or after it when the text looks ahead: 'until Sept. 15', 'expected in October')."""
    try:
        candidate = dt.date(published.year, month, day)
    except ValueError:
        candidate = dt.date(published.year, month, 1)
    if future:
        return published.year if candidate >= published else published.year + 1
    return published.year if candidate <= published else published.year - 1


def _year_for(month: int, day: int, published: dt.date, fields: dict[str, str]) -> int:
    """Most recent such date, or the next one when the text looks ahead: plainly ('until'), or by
    a cue in the sentence ('will ban ... from Jan. 19') when the past reading is months back."""
    if "future" in fields:
        return _recent_year(month, day, published, True)
    year = _recent_year(month, day, published)
    if "soon" in fields:
        ahead = _recent_year(month, day, published, True)
        try:
            if (dt.date(ahead, month, day) - published).days <= SOON_DAYS:
                return ahead
        except ValueError:
            pass
    if "future_cue" in fields:
        try:
            past = dt.date(year, month, day)
        except ValueError:
            past = dt.date(year, month, 1)
        if (published - past).days > FUTURE_GAP_DAYS:
            return _recent_year(month, day, published, True)
    return year


def _day_date(
    fields: dict[str, str], published: dt.date | None, anchor: Resolved | None = None
) -> Resolved:
    month, day = _month(fields["m"]), _day(fields)
    year = _that_year(fields, anchor) or _year(fields) or _rel_year(fields, published)
    return _calendar_day(month, day, year, published, fields)


def _rel_year(fields: dict[str, str], published: dt.date | None) -> int | None:
    """'4 May last year', 'early June next year': the year named relative to publication."""
    if not fields.get("rel") or published is None:
        return None
    return published.year + {"last": -1, "next": 1}.get(fields["rel"].lower(), 0)


def _calendar_day(
    month: int, day: int, year: int | None, published: dt.date | None, fields: dict[str, str]
) -> Resolved:
    """A month and day, in the year written or else the one publication implies."""
    if year is None:
        if published is None:
            return _unresolved("day", NO_PUBLISHED)
        year = _year_for(month, day, published, fields)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return _unresolved("day", "no such day in the calendar")
    return Resolved(date, date, "day")


def _that_year(fields: dict[str, str], anchor: Resolved | None) -> int | None:
    """'14 June of that year': the year of the date the text spoke of last; where that is a
    period across two calendar years (a fiscal year, a season), the year in which the month
    falls inside it ('the 2023 fiscal year, which closed in June of that year')."""
    if not fields.get("that") or anchor is None or anchor.start is None:
        return None
    if fields.get("m") and anchor.end is not None and anchor.end.year > anchor.start.year:
        month = _month(fields["m"])
        for year in range(anchor.start.year, anchor.end.year + 1):
            if anchor.start <= month_end(year, month) and dt.date(year, month, 1) <= anchor.end:
                return year
    return anchor.start.year


def _numeric_month(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'03/2023': the month of that year."""
    year, month = int(fields["y"]), int(fields["mo"])
    return Resolved(dt.date(year, month, 1), month_end(year, month), "month")


def _iso(fields: dict[str, str], published: dt.date | None) -> Resolved:
    try:
        date = dt.date(int(fields["y"]), int(fields["mo"]), int(fields["d"]))
    except ValueError:
        return _unresolved("day", "no such day in the calendar")
    return Resolved(date, date, "day")


def _month_of(
    fields: dict[str, str], published: dt.date | None, key: str = "m"
) -> tuple[int, int] | None:
    month = _month(fields[key])
    year = _year(fields) or _rel_year(fields, published)
    if year is None:
        if published is None:
            return None
        year = _year_for(month, 1, published.replace(day=1), fields)
    return year, month


def _month_date(
    fields: dict[str, str], published: dt.date | None, anchor: Resolved | None = None
) -> Resolved:
    that = _that_year(fields, anchor)
    if that is not None:
        fields = {**fields, "y": str(that)}
    ym = _month_of(fields, published)
    if ym is None:
        return _unresolved("month", NO_PUBLISHED)
    rel = fields.get("prep", "").lower()
    year, month = ym
    if rel == "next" and published is not None:
        year = published.year + (month <= published.month)
    back = load_data("dates")["unit_steps"].get(rel, 0) < 0  # 'last October', 'past March'
    if back and published is not None and (year, month) >= (published.year, published.month):
        year = published.year - 1  # on a page from October: the October of the year before
    if rel in ("early", "mid", "late"):
        return _part_month({**fields, "part": rel, "y": str(year)}, published)
    return Resolved(dt.date(year, month, 1), month_end(year, month), "month")


def _part_month(fields: dict[str, str], published: dt.date | None) -> Resolved:
    ym = _month_of(fields, published)
    if ym is None:
        return _unresolved("other", NO_PUBLISHED)
    year, month = ym
    data = load_data("dates")
    edge = data["month_edge_days"].get(fields.get("days", "").lower())  # 'the first days of'
    first, last = data["parts"][(fields.get("part") or edge or "mid").lower()]
    end = month_end(year, month) if last >= 28 else dt.date(year, month, last)
    return Resolved(dt.date(year, month, first), end, "other")


def _year_date(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """A year, the whole of it even '2025 so far' ('so far' keeps the period it qualifies, as
    'since X' spans X: annotation guidelines); 'FY24' is 2024."""
    year = _year(fields) or 0
    year += 2000 if year < 100 else 0
    return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def same_period(
    fields: dict[str, str], published: dt.date | None, anchor: Resolved | None = None
) -> Resolved:
    """'the same weeks of 2023': the period the text spoke of last, moved to that year."""
    year = _span_year(fields, published)
    if year is None or anchor is None or anchor.start is None or anchor.end is None:
        return _unresolved("other", "no earlier period to compare with")
    step = year - anchor.start.year
    end = years_on(anchor.end, step)
    if anchor.end == month_end(anchor.end.year, anchor.end.month):
        end = month_end(end.year, end.month)
    return Resolved(years_on(anchor.start, step), end, "other")


def weekday_number(name: str) -> int:
    """Monday 0 ... Sunday 6, from a weekday's name or its abbreviation ('Wed', 'Thurs.')."""
    data = load_data("dates")
    low = name.lower().rstrip(".")
    return int(data["weekdays"].get(low, data["weekday_abbreviations"].get(low, 0)))


def _weekday(fields: dict[str, str], published: dt.date | None) -> Resolved:
    if published is None:
        return _unresolved("day", NO_PUBLISHED)
    target = weekday_number(fields["wd"])
    if fields.get("relweek"):  # 'Tuesday next week': that day of the calendar week named
        step = {"last": -1, "next": 1}.get(fields["relweek"].lower(), 0)
        monday = published - dt.timedelta(days=published.weekday() - 7 * step)
        date = monday + dt.timedelta(days=target)
        return Resolved(date, date, "day")
    back = (published.weekday() - target) % 7
    rel = fields.get("rel", "").lower()
    looking_back = rel == "last"
    if looking_back and back < load_data("dates")["last_weekday_min_back"]:
        back += 7  # 'last Wednesday' on a Thursday: not yesterday, but the week before
    date = published - dt.timedelta(days=back)
    ahead = not looking_back and bool({"future", "future_cue", "soon"} & set(fields))
    named_ahead = rel == "next"
    if named_ahead or (ahead and back != 0):
        forward = (target - published.weekday()) % 7 or 7
        if named_ahead and forward < load_data("dates")["next_weekday_min_ahead"]:
            forward += 7  # on a Wednesday, Thursday is tomorrow: the one of the week after
        date = published + dt.timedelta(days=forward)
    return Resolved(date, date, "day")


def weekday_pair(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'on Monday or Tuesday': the first day resolves as a lone weekday would, the span runs to
    the second one on or after it."""
    first = _weekday(fields, published)
    if first.start is None:
        return Resolved(None, None, "other", first.reason)
    target = weekday_number(fields["wd2"])
    last = first.start + dt.timedelta(days=(target - first.start.weekday()) % 7)
    return Resolved(first.start, last, "other")


def _weekday_from(date: dt.date, target: int, step: int) -> dt.date:
    """The nearest such weekday strictly before (step -1) or after (step 1) date."""
    if step < 0:
        return date - dt.timedelta(days=(date.weekday() - target) % 7 or 7)
    return date + dt.timedelta(days=(target - date.weekday()) % 7 or 7)


def _anchor_base(published: dt.date | None, anchor: Resolved | None) -> dt.date | None:
    if anchor is not None and anchor.start is not None:
        return anchor.start
    return published


def _step(fields: dict[str, str]) -> int:
    word = (fields.get("step") or fields.get("step2") or fields.get("step3") or "").lower()
    return int(load_data("dates")["anchor_steps"].get(word, -1))


def _count(fields: dict[str, str]) -> int:
    """How many units a counted date moves ('three years earlier'); one without a number."""
    return int(parse_tokens([fields["n"]]) or 1) if fields.get("n") else 1


def anchor_day(
    fields: dict[str, str], published: dt.date | None, anchor: Resolved | None = None
) -> Resolved:
    """'the next day', 'the day before', 'two days later', 'a week earlier': counted from the
    day the text spoke of last."""
    base = _anchor_base(published, anchor)
    if base is None:
        return _unresolved("day", NO_PUBLISHED)
    count = int(parse_tokens([fields.get("n", "")]) or 1)
    days = count * load_data("dates")["day_counts"].get(fields.get("unit", "day"), 1)
    step = -_step(fields) if fields.get("inverse") else _step(fields)
    date = base + dt.timedelta(days=step * days)
    if fields.get("year_shift"):  # 'the same day last year': that day of another year
        date = months_on(date, 12 * int(fields["year_shift"]))
    return Resolved(date, date, "day")


def anchor_weekday(
    fields: dict[str, str], published: dt.date | None, anchor: Resolved | None = None
) -> Resolved:
    """'the previous Friday': that weekday before (or after) the day the text spoke of last."""
    base = _anchor_base(published, anchor)
    if base is None:
        return _unresolved("day", NO_PUBLISHED)
    target = weekday_number(fields["wd"])
    date = _weekday_from(base, target, _step(fields))
    return Resolved(date, date, "day")


def months_on(date: dt.date, step: int) -> dt.date:
    """The same day `step` months on (back when negative), kept within the month."""
    year, month = divmod(date.year * 12 + date.month - 1 + step, 12)
    return dt.date(year, month + 1, min(date.day, month_end(year, month + 1).day))


def anchor_month(
    fields: dict[str, str], published: dt.date | None, anchor: Resolved | None = None
) -> Resolved:
    """'a month earlier', 'the month before that': the period the text spoke of last, a month on
    or back (a month stays a month, a day a day); 'the same month' is its whole month; without
    one, the month before (after) publication."""
    months = load_data("dates")["unit_months"].get(fields.get("unit", "month"), 1)
    step = _step(fields) * months * _count(fields)
    if anchor is not None and anchor.start is not None and anchor.end is not None:
        if step == 0:  # 'the same month': the whole month of the day or month spoken of last
            start, end = anchor.start.replace(day=1), month_end(anchor.end.year, anchor.end.month)
            return Resolved(start, end, "month" if start.month == end.month else "other")
        start = months_on(anchor.start, step)
        if anchor.granularity == "month":
            return Resolved(start, month_end(start.year, start.month), "month")
        end = months_on(anchor.end, step)
        if anchor.end == month_end(anchor.end.year, anchor.end.month):
            end = month_end(end.year, end.month)
        return Resolved(start, end, anchor.granularity)
    if published is None:
        return _unresolved("month", NO_PUBLISHED)
    if months > 1:  # 'the preceding quarter': the calendar quarter before publication's
        first = published.replace(month=(published.month - 1) // months * months + 1, day=1)
        start = months_on(first, step)
        end = months_on(start, months - 1)
        return Resolved(start, month_end(end.year, end.month), "other")
    start = months_on(published.replace(day=1), step)
    return Resolved(start, month_end(start.year, start.month), "month")


#: The days every month has whole parts of: a month holds two halves and four weeks, and the
#: last of them runs to its end (February's first half ends on the 15th too).
MONTH_PARTS_DAYS = 30


def week_of_month(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the first week of March' (1st-7th), 'the last week of May', 'the second half of June'
    (16th to the end)."""
    ym = _month_of(fields, published)
    if ym is None:
        return _unresolved("other", NO_PUBLISHED)
    year, month = ym
    last = month_end(year, month).day
    data = load_data("dates")
    n = data["ordinals"].get(fields["ord"].lower())
    size = data["month_part_days"][fields["part"].lower()]
    if n is None:  # 'the last week', 'the final week'
        first_day, last_day = last - size + 1, last
    else:
        first_day, last_day = size * (n - 1) + 1, min(size * n, last)
        if n >= MONTH_PARTS_DAYS // size:  # the second half, the fourth week: to the month's end
            last_day = last
    if first_day > last:
        return _unresolved("other", "no such part of a month")
    return Resolved(dt.date(year, month, first_day), dt.date(year, month, last_day), "other")


def years_on(date: dt.date, step: int) -> dt.date:
    """The same day `step` years on (28 February for 29 February in a common year)."""
    try:
        return date.replace(year=date.year + step)
    except ValueError:  # 29 February
        return date.replace(year=date.year + step, day=28)


def anchor_year(
    fields: dict[str, str], published: dt.date | None, anchor: Resolved | None = None
) -> Resolved:
    """'a year earlier' is the period the text spoke of last, a year back ('two years earlier':
    two); 'that year' is its year. Without such a period, the year before (after) publication."""
    step = 0 if fields.get("that") else _step(fields) * _count(fields)
    if anchor is not None and anchor.start is not None and anchor.end is not None:
        if step == 0:
            year = anchor.start.year
            return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
        gran = anchor.granularity
        if anchor.granularity == "month":
            start = years_on(anchor.start, step)
            return Resolved(start, month_end(start.year, start.month), gran)
        end = years_on(anchor.end, step)
        if anchor.end == month_end(anchor.end.year, anchor.end.month):
            end = month_end(end.year, end.month)  # 'January-February 2025' a year back: to 29 Feb
        return Resolved(years_on(anchor.start, step), end, gran)
    if published is None:
        return _unresolved("year", NO_PUBLISHED)
    year = published.year + step
    return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _relative(fields: dict[str, str], published: dt.date | None) -> Resolved:
    if published is None:
        return _unresolved("day", NO_PUBLISHED)
    offset = load_data("dates")["day_words"][fields["word"].lower()]
    date = published + dt.timedelta(days=offset)
    return Resolved(date, date, "day")


def day_word_pair(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'yesterday and today': from the earlier of the two days to the later one."""
    if published is None:
        return _unresolved("other", NO_PUBLISHED)
    words = load_data("dates")["day_words"]
    days = sorted(
        published + dt.timedelta(days=words[fields[k].lower()]) for k in ("word", "word2")
    )
    return Resolved(days[0], days[1], "other")


def day_part(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'this morning', 'late last night', 'yesterday evening', 'tomorrow morning'."""
    if published is None:
        return _unresolved("day", NO_PUBLISHED)
    offset = load_data("dates")["day_part_refs"][fields["ref"].lower()]
    date = published + dt.timedelta(days=offset)
    return Resolved(date, date, "day")


def _unit_span(unit: str, date: dt.date) -> tuple[dt.date, dt.date, str]:
    if unit == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31), "year"
    months = load_data("dates")["unit_months"].get(unit, 1)
    if months > 1:  # a calendar quarter
        first = (date.month - 1) // months * months + 1
        return dt.date(date.year, first, 1), month_end(date.year, first + months - 1), "other"
    if unit == "month":
        return dt.date(date.year, date.month, 1), month_end(date.year, date.month), "month"
    if unit == "weekend":
        saturday = date + dt.timedelta(days=(5 - date.weekday()) % 7)
        return saturday, saturday + dt.timedelta(days=1), "other"
    monday = date - dt.timedelta(days=date.weekday())
    return monday, monday + dt.timedelta(days=6), "other"


def _shift(unit: str, date: dt.date, step: int, same_day: bool = False) -> dt.date:
    """date moved `step` units; `same_day` keeps its day of the month where that month has it."""
    if same_day and unit in ("year", "month"):
        month = date.month - 1 + step * (12 if unit == "year" else 1)
        year, month = date.year + month // 12, month % 12 + 1
        return dt.date(year, month, min(date.day, month_end(year, month).day))
    if unit == "year":
        return date.replace(year=date.year + step, day=min(date.day, 28))
    if unit in load_data("dates")["unit_months"]:  # a month or a quarter
        month = date.month - 1 + step * load_data("dates")["unit_months"][unit]
        return dt.date(date.year + month // 12, month % 12 + 1, 1)
    return date + dt.timedelta(days=7 * step)


def _relative_unit(fields: dict[str, str], published: dt.date | None) -> Resolved:
    if published is None:
        return _unresolved("other", NO_PUBLISHED)
    unit = fields["unit"].lower()
    rel = fields.get("rel", "").lower()
    mod = fields.get("mod", "").lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1}.get(rel, 0)
    start, end, gran = _unit_span(unit, _shift(unit, published, step) if step else published)
    part = fields.get("part", "").lower()
    if part and unit in ("month", "year"):  # 'early next year', 'late last year'
        first, last = load_data("dates")["parts" if unit == "month" else "year_parts"][part]
        if unit == "month":
            return Resolved(
                start.replace(day=first), min(end, start.replace(day=min(last, end.day))), "other"
            )
        return Resolved(dt.date(start.year, first, 1), month_end(start.year, last), "other")
    if mod == "earlier":
        return Resolved(start, max(start, published), "other")
    if mod == "later":
        return Resolved(min(published, end), end, "other")
    return Resolved(start, end, gran)


def _ago(fields: dict[str, str], published: dt.date | None) -> Resolved:
    if published is None:
        return _unresolved("other", NO_PUBLISHED)
    n = int(parse_tokens([fields["n"]]) or 1)
    unit = fields["unit"].lower()
    days = load_data("dates")["day_counts"].get(unit)
    if days:  # 'two weeks ago': 14 days before publication, as the dev sets take it
        date = published - dt.timedelta(days=n * days)
        return Resolved(date, date, "day")
    within = fields.get("within", "").lower()
    months = load_data("dates")["unit_months"]
    if within and months.get(within, 0) < months.get(unit, 0):  # 'two years ago this week': back
        start, end, gran = _unit_span(within, published)
        return Resolved(_shift(unit, start, -n, True), _shift(unit, end, -n, True), gran)
    if fields.get("day"):  # 'a year ago today': that day, back
        day = published + dt.timedelta(days=load_data("dates")["day_words"][fields["day"].lower()])
        day = _shift(unit, day, -n, True)
        return Resolved(day, day, "day")
    start, end, gran = _unit_span(unit, _shift(unit, published, -n))
    return Resolved(start, end, gran)


def month_rel_year(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'May last year'."""
    if published is None:
        return _unresolved("month", NO_PUBLISHED)
    year = published.year + {"last": -1, "next": 1}.get(fields["rel"].lower(), 0)
    month = _month(fields["m"])
    return Resolved(dt.date(year, month, 1), month_end(year, month), "month")


def _span_year(fields: dict[str, str], published: dt.date | None) -> int | None:
    """The written year, else this/last/next year from publication; None with neither."""
    if "y" in fields:
        return int(fields["y"])
    if published is None:
        return None
    return published.year + {"last": -1, "next": 1}.get(fields.get("rel", "").lower(), 0)


def _ahead(fields: dict[str, str]) -> bool:
    return bool({"future", "future_cue", "soon"} & set(fields))


def _season_end(year: int, first: int) -> dt.date:
    end_month = first + 2
    return month_end(year + (end_month > 12), (end_month - 1) % 12 + 1)


def _this_season(first: int, published: dt.date, ahead: bool) -> Resolved:
    """'this winter', 'this summer': the season running at publication, else the nearest one
    (in April 'this winter' is the one just ended, 'this summer' the one to come); when the
    text looks ahead, the next one if the nearest is over."""
    spans = [
        (dt.date(year, first, 1), _season_end(year, first))
        for year in range(published.year - 2, published.year + 2)
    ]

    def gap(span: tuple[dt.date, dt.date]) -> int:
        start, end = span
        return max((start - published).days, (published - end).days, 0)

    start, end = min(spans, key=gap)
    if ahead and end < published:
        start, end = next(span for span in spans if span[1] >= published)
    return Resolved(start, end, "other")


def split_season(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """A season written with both years it spans ('the summer of 2025-26', a southern summer;
    'winter 2024/25'): the months across the turn of the year, December to February, or those
    the text gives in brackets ('(December to February)')."""
    y1 = _full_year(fields["y1"])
    y2 = _full_year(fields["y2"], y1)
    if y2 != y1 + 1:
        return _unresolved("other", "a season spans two years in a row")
    if fields.get("m1") and fields.get("m2"):
        m1, m2 = _month(fields["m1"]), _month(fields["m2"])
        return Resolved(dt.date(y1 if m1 > m2 else y2, m1, 1), month_end(y2, m2), "other")
    return Resolved(dt.date(y1, 12, 1), _season_end(y1, 12), "other")


def season(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the summer of 2019' (June-August), 'last winter' (December-February); 'over the summer'
    with no year is the latest such season begun by publication, the next when looking ahead."""
    first = load_data("dates")["seasons"][fields["season"].lower()]
    year = _span_year(fields, published)
    if year is None:
        return _unresolved("other", NO_PUBLISHED)
    steps: dict[str, int] = load_data("dates")["unit_steps"]
    if published is not None and steps.get(fields.get("rel", "").lower()) == 0:  # 'this winter'
        return _this_season(first, published, bool(fields.get("future")))
    rel = fields.get("rel", "").lower()
    named_back = fields.get("x", "").lower().split() == [rel, fields["season"].lower()]
    if published is not None and named_back and steps.get(rel, 0) < 0:
        # 'last spring': the latest such season ended by publication, not the one running (in
        # February 'last winter' is the one before; in December 'last spring' this year's)
        year = published.year
        while _season_end(year, first) >= published:
            year -= 1
    elif published is not None and fields.get("rel") and first == 12 and published.month <= 2:
        year -= 1  # in February 'last winter' is the one before the winter still running
    if published is not None and not {"y", "rel"} & set(fields):
        year = published.year - (first == 12 and published.month <= 2)
        ahead = bool({"future", "future_cue"} & set(fields))  # not 'by the summer ... had grown'
        if dt.date(year, first, 1) > published and not ahead:
            year -= 1
        elif ahead and _season_end(year, first) < published:
            year += 1
    return Resolved(dt.date(year, first, 1), _season_end(year, first), "other")


def _part_months(fields: dict[str, str]) -> tuple[int, int]:
    """(months in the part, which part of the year it is) of a quarter or a half: 'Q3', 'the
    second half', 'the March quarter'."""
    ended_by = fields.get("qm", "").lower()  # 'the March quarter': the quarter March ends
    if ended_by:
        part, n = "quarter", int(load_data("dates")["quarter_months"][ended_by])
    elif "q" in fields:
        part, n = ("quarter" if fields["q"][0] == "Q" else "half"), int(fields["q"][1])
    else:
        part = fields["part"].lower()
        order = {"first": 1, "second": 2, "third": 3, "fourth": 4}
        n = order.get(fields["ord"].lower(), 4 if part == "quarter" else 2)
    return (3 if part == "quarter" else 6), n


def quarter(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the first quarter of this year', 'the second half of 2026', 'Q3 2024'."""
    year = _span_year(fields, published)
    if year is None:
        return _unresolved("other", NO_PUBLISHED)
    months, n = _part_months(fields)
    first = (n - 1) * months + 1
    if first > 12:
        return _unresolved("other", "no such part of a year")
    yearless = not {"y", "rel"} & set(fields)  # 'of the year' too: not yet begun, the last one
    if yearless and published is not None and dt.date(year, first, 1) > published:
        # a cue elsewhere in the sentence moves it ahead only when the past reading is far, as
        # for a month ('would cut jobs after fourth-quarter profit fell', on a January page)
        far = (published - dt.date(year - 1, first, 1)).days > FUTURE_GAP_DAYS
        ahead = {"future", "future_cue"} & set(fields)
        if not (ahead - {"future_cue"} or (ahead and far)):
            year -= 1
    return Resolved(dt.date(year, first, 1), month_end(year, first + months - 1), "other")


def day_range(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'March 12-14': both days in the month the first resolves to."""
    first = _day_date(fields, published)
    if first.start is None:
        return Resolved(None, None, "other", first.reason)
    try:
        last = first.start.replace(day=_day({"d": fields["d2"]}))
    except ValueError:
        return _unresolved("other", "no such day in the calendar")
    if last < first.start:
        return _unresolved("other", "range ends before it starts")
    return Resolved(first.start, last, "other")


def decade(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the 1990s'."""
    start = int(fields["dec"])
    return Resolved(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "other")


def part_year(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'late 2024', 'mid-2025', 'the middle of 2025'."""
    year = int(fields["y"])
    first, last = load_data("dates")["year_parts"][fields.get("part", "mid").lower()]
    return Resolved(dt.date(year, first, 1), month_end(year, last), "other")


def year_range(fields: dict[str, str], published: dt.date | None) -> Resolved:
    y1, y2 = int(fields["y1"]), fields["y2"]
    end = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if end < y1:
        return _unresolved("other", "range ends before it starts")
    if (fields.get("sep") == "/" or fields.get("split_start")) and end == y1 + 1:
        # a split year ('the 2021/22 crop year', 'in 2025/26'; a dashed '2025-26' on a page
        # that states its season's months): a season across two years
        first = int(fields.get("split_start") or load_data("dates")["split_year_start_month"])
        last = int(fields.get("split_end") or (first - 2) % 12 + 1)
        return Resolved(dt.date(y1, first, 1), month_end(end, last), "other")
    parts = load_data("dates")["year_parts"]
    first = parts[fields["part1"].lower()][0] if fields.get("part1") else 1
    last = parts[fields["part2"].lower()][1] if fields.get("part2") else 12
    return Resolved(dt.date(y1, first, 1), month_end(end, last), "other")


def month_range(fields: dict[str, str], published: dt.date | None) -> Resolved:
    if fields.get("rel") and not fields.get("y") and published is not None:
        fields = {**fields, "y": str(_span_year(fields, published))}
    last = _month_of(fields, published, "m2")
    if last is None:
        return _unresolved("other", NO_PUBLISHED)
    year, m2 = last
    m1 = _month(fields["m1"])
    start_year = year if m1 <= m2 else year - 1
    if "y1" in fields:  # 'between March 2022 and October 2023'
        start_year = int(fields["y1"])
    if _told_past(fields, published, month_end(year, m2)):
        start_year, year = start_year - 1, year - 1
    elif _running_at(fields, published, dt.date(start_year + 1, m1, 1)):
        start_year, year = start_year + 1, year + 1
    return Resolved(dt.date(start_year, m1, 1), month_end(year, m2), "other")


def _running_at(fields: dict[str, str], published: dt.date | None, later_start: dt.date) -> bool:
    """A yearless stretch of months not told in the past whose next run, starting on
    `later_start`, has begun by publication ('from November to March, the pass is shut' on a page
    from January): that running one, as a yearless day stretch keeps the year it runs in; not
    one labelling a figure ('Exports Dec-Feb: 41 kt'), a period reported."""
    return (
        published is not None
        and not {"told_past", "period_label"} & set(fields)
        and not {"y", "y1", "y2", "rel"} & set(fields)
        and later_start <= published
    )


def first_months(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the first eight months' (of this year), 'the first two weeks of May'."""
    n = int(parse_tokens([fields["n"]]) or 0)
    tail = bool(fields.get("tail"))  # 'the last three months of 2024': counted from the end
    named = fields.get("named") or fields.get("named2")
    if named:  # 'the first three months of gas year 2024/25': from the month that year starts in
        months = {k.lower(): int(v) for k, v in load_data("dates")["named_split_years"].items()}
        first = dt.date(int(fields.get("sy") or fields["sy2"]), months[named.lower()], 1)
        if fields["unit"].lower().startswith("week"):
            return Resolved(first, first + dt.timedelta(days=7 * n - 1), "other")
        if not 1 <= n <= 12:
            return _unresolved("other", "no such part of a year")
        last = months_on(first, n - 1)
        return Resolved(first, month_end(last.year, last.month), "other")
    if fields.get("m"):
        month_year = _month_of(fields, published)
        if month_year is None or n < 1:
            return _unresolved("other", NO_PUBLISHED)
        at_year, month = month_year
        first, last = dt.date(at_year, month, 1), month_end(at_year, month)
        if tail:
            return Resolved(max(first, last - dt.timedelta(days=7 * n - 1)), last, "other")
        return Resolved(first, min(first + dt.timedelta(days=7 * n - 1), last), "other")
    year = _span_year(fields, published)
    if year is None:
        return _unresolved("other", NO_PUBLISHED)
    if fields["unit"].lower().startswith("week"):
        if tail:
            end = dt.date(year, 12, 31)
            return Resolved(end - dt.timedelta(days=7 * n - 1), end, "other")
        return Resolved(
            dt.date(year, 1, 1), dt.date(year, 1, 1) + dt.timedelta(days=7 * n - 1), "other"
        )
    if not 1 <= n <= 12:
        return _unresolved("other", "no such part of a year")
    if tail:
        return Resolved(dt.date(year, 13 - n, 1), dt.date(year, 12, 31), "other")
    return Resolved(dt.date(year, 1, 1), month_end(year, n), "other")


def year_to_month(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'2023 through June': from the year's first day to that month's last."""
    year, month = int(fields["y"]), _month(fields["m"])
    return Resolved(dt.date(year, 1, 1), month_end(year, month), "other")


def fiscal_year(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the fiscal year to March 2024': the twelve months ending with that month."""
    year, month = int(fields["y"]), _month(fields["m"])
    start = dt.date(year - 1, month, 1) + dt.timedelta(days=31)
    return Resolved(start.replace(day=1), month_end(year, month), "other")


def _full_year(written: str, before: int | None = None) -> int:
    """A written year in four digits: 'FY25' is 2025, the '25' of '2024-25' is 2025; a year or
    its last two digits in words too ('twenty thirty-four', the 'thirty-five' after it)."""
    year = int(written) if written.isdigit() else _year_in_words(written, before is not None)
    if year >= 100:
        return year
    century = (before // 100) * 100 if before is not None else 2000
    return century + year


def _year_in_words(written: str, second: bool = False) -> int:
    """A year in words ('twenty thirty-four'); the second of a split year its last two digits
    ('thirty-two', 'twenty-five')."""
    whole = None if second else year_from_words(written)
    if whole is not None:
        return whole
    units = load_data("numbers")["units"]
    return sum(int(units[w]) for w in written.lower().replace("-", " ").split())


def fiscal(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """A fiscal year: 'the 2023-24 fiscal year' runs from the country's first fiscal month
    of 2024; 'fiscal 2025' is the year ending (or, in some countries, starting) in 2025. No
    country (no 'fy_start'): the calendar reading."""
    if fields.get("em") or fields.get("erel"):
        return _fiscal_year_ended(fields, published)
    first = int(fields.get("fy_start", 1))
    if "y1" in fields:
        y1 = _era_year(_full_year(fields["y1"]), fields)
        y2 = _era_year(_full_year(fields["y2"], _full_year(fields["y1"])), fields)
        if first == 1 or y2 != y1 + 1:
            return year_range(
                {"y1": str(y1), "y2": str(y2), "sep": fields.get("sep", "-")}, published
            )
        return _fiscal_span(y1, first, fields)
    year = _era_year(_full_year(fields["y"]), fields)
    if first == 1:
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    opening = year if fields.get("fy_from_start") else year - 1
    return _fiscal_span(opening, first, fields)


def _fiscal_year_ended(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the fiscal year that ended this month', '... which closed in June': the country's fiscal
    year when it ends in that month, else the twelve months to that month's end."""
    end_year, end_rel = fields.get("ey"), fields.get("erel")
    if end_year:
        year, month = int(end_year), _month(fields["em"])
    elif published is None:
        return _unresolved("other", NO_PUBLISHED)
    elif end_rel:
        step = load_data("dates")["unit_steps"].get(end_rel.lower(), 0)
        at = months_on(published.replace(day=1), step)
        year, month = at.year, at.month
    else:
        month = _month(fields["em"])
        year = _recent_year(month, 1, published.replace(day=1))
    first = int(fields.get("fy_start", 0))
    if first and (first if "fy_day" in fields else (first - 2) % 12 + 1) == month:
        return _fiscal_span(year - 1, first, fields)
    start = months_on(dt.date(year, month, 1), -11)
    return Resolved(start, month_end(year, month), "other")


def _era_year(year: int, fields: dict[str, str]) -> int:
    """A year of the country's own era ('fy_era_above', 'fy_era_offset') in the common era."""
    if "fy_era_above" in fields and year > int(fields["fy_era_above"]):
        return year - int(fields["fy_era_offset"])
    return year


def _fiscal_span(opening: int, first: int, fields: dict[str, str]) -> Resolved:
    """The fiscal year opening in `first` month of `opening`: on its 1st to the end of the
    month before a year on, or from the country's day ('fy_day') to its closing day of the same
    month a year on ('fy_end_day')."""
    if "fy_day" in fields:
        start = dt.date(opening, first, int(fields["fy_day"]))
        return Resolved(start, dt.date(opening + 1, first, int(fields["fy_end_day"])), "other")
    return Resolved(dt.date(opening, first, 1), month_end(opening + 1, first - 1), "other")


def quarter_range(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the 1st-3rd quarter of 2025', 'Q1-Q3 2025': the first quarter's start to the last's end."""
    year = int(fields["y"])
    ordinals: dict[str, int] = load_data("dates")["ordinals"]
    if "q1" in fields:
        first, last, months = int(fields["q1"][1]), int(fields["q2"][1]), 3
    elif fields.get("n"):  # 'the first two quarters of 2024': counted from the year's start
        first, last, months = 1, _count(fields), 3
    else:
        first, last = (ordinals.get(fields[k].lower()) or int(fields[k][0]) for k in ("o1", "o2"))
        months = _part_months({"part": fields["part"], "ord": fields["o2"]})[0]
    if not first < last or last * months > 12:  # the months of a year
        return _unresolved("other", "no such run of parts of a year")
    start = dt.date(year, (first - 1) * months + 1, 1)
    return Resolved(start, month_end(year, last * months), "other")


def fiscal_part(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """A quarter or half of a fiscal year ('Q2 FY26' on an Indian page: July to September
    2025): counted from the fiscal year's first month (`fiscal`)."""
    whole = fiscal(fields, published)
    if whole.start is None:
        return whole
    months, n = _part_months(fields)
    if n * months > 12:  # the months of a year
        return _unresolved("other", "no such part of a year")
    start = months_on(whole.start, (n - 1) * months)
    last = months_on(start, months - 1)
    return Resolved(start, month_end(last.year, last.month), "other")


def edge_of(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the start of this week' is its first day, 'the end of this week' its last; the start or
    end of a whole month or year is its early or late part (`_part_of_whole`)."""
    if fields.get("m"):
        month = {k: v for k, v in fields.items() if k != "prep"}
        step = fields.get("mrel", "").lower()  # 'the end of May this year'
        if step and published is not None:
            month["y"] = str(published.year + load_data("dates")["unit_steps"][step])
        whole = _month_date(month, published)
    elif fields.get("qpart"):  # 'the end of the fourth quarter': that quarter's last day
        whole = _quarter_of_edge(fields, published)
    elif fields.get("y2"):
        whole = _year_date({"y": fields["y2"]}, published)
    elif published is None:
        return _unresolved("day", NO_PUBLISHED)
    elif fields.get("unit"):
        start, end, _ = _unit_span(fields["unit"].lower(), published)
        whole = Resolved(start, end, "other")
    elif fields.get("unit2"):  # 'the end of last month', 'the start of next week'
        unit = fields["unit2"].lower()
        step = load_data("dates")["unit_steps"][fields["ustep"].lower()]
        start, end, _ = _unit_span(unit, _shift(unit, published, step) if step else published)
        whole = Resolved(start, end, "other")
    else:
        year = published.year + {"last": -1, "next": 1}.get(fields["rel"].lower(), 0)
        whole = Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if whole.start is None or whole.end is None:
        return Resolved(None, None, "day", whole.reason)
    data = load_data("dates")
    part = data["edge_parts"].get(fields["edge"].lower())
    at_end = data["period_edges"][fields["edge"].lower()] == 1
    points = data[
        "compact_point_end_prepositions" if fields.get("compact") else "point_end_prepositions"
    ]
    if at_end and fields.get("prep", "").lower() in points:
        part = None  # 'at' or 'by the end of November 2029': its last day, a point or a deadline
    whole_year = (whole.start.month, whole.start.day, whole.end.month, whole.end.day) == (
        1,
        1,
        12,
        31,
    )
    if (
        at_end
        and whole_year
        and fields.get("prep", "").lower() in data["year_point_end_prepositions"]
    ):
        part = None  # 'until the end of 2031': a term runs to the year's last day
    if at_end and fields.get("label_end") and fields.get("m"):
        part = None  # 'Reserves, end-May:' labels the month's closing figure
    if part is not None and not (fields.get("compact") and fields.get("unit")):
        stretch = _part_of_whole(whole.start, whole.end, part)
        if stretch is not None:
            return stretch
    day = (whole.start, whole.end)[data["period_edges"][fields["edge"].lower()]]
    return Resolved(day, day, "day")


#: The fields that make a date look ahead of publication, plainly, by a cue or soon.
AHEAD_FLAGS = ("future", "future_cue", "soon")


def _quarter_fields(fields: dict[str, str]) -> dict[str, str]:
    """The quarter or half an edge is of ('the end of the fourth quarter of 2027'), with the
    edge's look-ahead flags, as the quarter's own fields."""
    kept = {k: fields[k] for k in AHEAD_FLAGS if fields.get(k)}
    own = {"ord": fields["qord"], "part": fields["qpart"], "y": fields.get("qy", "")}
    return {**kept, **{k: v for k, v in own.items() if v}}


def _quarter_of_edge(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """The yearless quarter or half an edge is of: the latest whose edge is not after
    publication ('stocks were rebuilt at the end of the first half', said in March: last
    year's), or the coming one when the text looks ahead."""
    own = _quarter_fields(fields)
    whole = quarter(own, published)
    if published is None or whole.start is None or whole.end is None or own.get("y"):
        return whole
    day = (whole.start, whole.end)[load_data("dates")["period_edges"][fields["edge"].lower()]]
    if day > published and not set(AHEAD_FLAGS) & set(own):
        return quarter({**own, "y": str(whole.start.year - 1)}, published)
    return whole


def _part_of_whole(start: dt.date, end: dt.date, part: str) -> Resolved | None:
    """'before the end of November' reads like 'late November' (the 21st to the 30th), 'the end of the
    year' like 'late 2025' (September to December), 'the beginning of August' like 'early August': the
    edge of a whole calendar month or year is a stretch of it, as a writer's 'early' or 'late'
    is (annotation guidelines); an analyst's compact 'end-March' or 'end-2026' reads the same.
    A week's or a quarter's edge, and 'year-end', stays one day (None)."""
    data = load_data("dates")
    if start.day == 1 and end == month_end(start.year, start.month):
        first, last = data["parts"][part]
        close = month_end(start.year, start.month) if last >= 28 else start.replace(day=last)
        return Resolved(start.replace(day=first), close, "other")
    if (start.month, start.day) == (1, 1) and end == dt.date(start.year, 12, 31):
        first, last = data["year_parts"][part]
        return Resolved(dt.date(start.year, first, 1), month_end(start.year, last), "other")
    return None


def trailing(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'over the past year', 'in the last month': back from publication to publication."""
    if published is None:
        return _unresolved("other", NO_PUBLISHED)
    unit = fields["unit"].lower()
    if unit in load_data("dates")["day_counts"]:
        start = published - dt.timedelta(days=load_data("dates")["day_counts"][unit])
    else:
        back = load_data("dates")["unit_months"][unit]
        year, month = divmod(published.year * 12 + published.month - 1 - back, 12)
        start = dt.date(year, month + 1, min(published.day, month_end(year, month + 1).day))
    return Resolved(start, published, "other")


def months_to(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the year to February', 'the year ending in March 2025', 'the three months to May': the
    twelve (or that many) months ending with it."""
    ym = _month_of(fields, published)
    if ym is None:
        return _unresolved("other", NO_PUBLISHED)
    year, month = ym
    months = int(parse_tokens([fields["n"]]) or 12) if fields.get("n") else 12
    first_year, first_month = divmod(year * 12 + month - months, 12)
    return Resolved(dt.date(first_year, first_month + 1, 1), month_end(year, month), "other")


def weekend(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'over the weekend': the latest Saturday and Sunday by publication (that weekend on a
    weekend page), the coming one when the text looks ahead."""
    if published is None:
        return _unresolved("other", NO_PUBLISHED)
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if _ahead(fields) and published.weekday() < 5:
        saturday += dt.timedelta(days=7)
    return Resolved(saturday, saturday + dt.timedelta(days=1), "other")


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday of a year (the Gregorian computus, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def feast(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'Good Friday', 'that Easter weekend' (Good Friday to Easter Monday): the latest such day or
    stretch begun by publication, the one before after 'last', the coming one looking ahead."""
    data = load_data("dates")
    name = " ".join(fields["feast"].split())
    part = " ".join(fields.get("fpart", "").lower().split())
    whole = part and len(name.split()) == 1  # the feast itself, and its holiday stretch
    first, last = data["feast_periods"][part] if whole else data["feasts"][name]

    def stretch(year: int) -> tuple[dt.date, dt.date]:
        sunday = easter_sunday(year)
        return sunday + dt.timedelta(days=first), sunday + dt.timedelta(days=last)

    gran = "day" if first == last else "other"
    if fields.get("y"):
        return Resolved(*stretch(int(fields["y"])), gran)
    if published is None:
        return _unresolved(gran, NO_PUBLISHED)
    rel = fields.get("rel", "").lower()
    step = data["unit_steps"].get(rel) if rel else None
    year = published.year
    if step == 1 or (step is None and {"future", "soon"} & set(fields)):
        year += stretch(year)[0] <= published
    elif step == -1:
        year -= stretch(year)[1] >= published
    elif step is None:
        year -= stretch(year)[0] > published
        if "future_cue" in fields and (published - stretch(year)[0]).days > FUTURE_GAP_DAYS:
            year += 1
    return Resolved(*stretch(year), gran)


def date_span(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'from 28 February to 3 March': the first day resolves as a lone date would (a year
    written after the last day counts for both), the last is the next such day on or after it."""
    month, day = _month(fields["m"]), _day(fields)
    month2, day2 = _month(fields["m2"]), _day({"d": fields["d2"]})
    written, written_first = fields.get("y"), fields.get("y1")
    given = dict(fields)
    given.pop("y", None)
    given.pop("y1", None)
    if written_first:
        given["y"] = written_first
    elif written:
        given["y"] = str(int(written) - ((month, day) > (month2, day2)))
    first = _day_date(given, published)
    if first.start is None:
        return Resolved(None, None, "other", first.reason)
    year = int(written) if written else first.start.year + ((month, day) > (month2, day2))
    try:
        last = dt.date(year, month2, day2)
    except ValueError:
        return _unresolved("other", "no such day in the calendar")
    if last < first.start:
        return _unresolved("other", "range ends before it starts")
    if _told_past(fields, published, last):
        return Resolved(years_on(first.start, -1), years_on(last, -1), "other")
    return Resolved(first.start, last, "other")


def numeric_span(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'from 11.05. to 02.07.2027': the same stretch as with the months named."""
    names = {int(n): name for name, n in reversed(load_data("dates")["months"].items())}
    named = dict(fields)
    named["m"], named["m2"] = names[int(named.pop("mo"))], names[int(named.pop("mo2"))]
    return date_span(named, published)


def _told_past(fields: dict[str, str], published: dt.date | None, last: dt.date) -> bool:
    """A yearless stretch told in the past ('the fair ran from 22 April to 30 July') that would
    end weeks after publication: the one a year before, which has ended (a stretch that ends
    days after it may be one the page is a little late or early with)."""
    return (
        "told_past" in fields
        and published is not None
        and (last - published).days > SOON_DAYS
        and not {"y", "y1", "y2"} & set(fields)
    )


def slash(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'03/12/2025', 'on 3/12': day first when the first number cannot be a month, month first
    when the second cannot, else the page's own order ('order': its other dates are written day
    first), else the order dates.json 'slash_order' names."""
    a, b = int(fields["a"]), int(fields["b"])
    month_first = load_data("dates")["slash_order"] == "month_first"
    month_first = month_first and fields.get("order") != "day_first"
    if a > 12 or (b <= 12 and not month_first):
        a, b = b, a
    if not 1 <= a <= 12:
        return _unresolved("day", "no such day in the calendar")
    return _calendar_day(a, b, _year(fields), published, fields)


def _numeric(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'12.03.2025'; a yearless 'on 31.07' takes its year as a written day and month would."""
    if _year(fields) is None:
        return _calendar_day(int(fields["mo"]), int(fields["d"]), None, published, fields)
    return _iso(fields, published)


RESOLVERS: dict[str, Callable[[dict[str, str], dt.date | None], Resolved]] = {
    "month_day": _day_date,
    "day_month": _day_date,
    "iso": _iso,
    "numeric_month": _numeric_month,
    "month_year": _month_date,
    "month": _month_date,
    "part_month": _part_month,
    "part_year": part_year,
    "quarter": quarter,
    "day_range": day_range,
    "decade": decade,
    "month_rel_year": month_rel_year,
    "season": season,
    "split_season": split_season,
    "year": _year_date,
    "year_range": year_range,
    "month_range": month_range,
    "weekday": _weekday,
    "weekday_pair": weekday_pair,
    "relative": _relative,
    "day_word_pair": day_word_pair,
    "relative_unit": _relative_unit,
    "ago": _ago,
    "day_part": day_part,
    "first_months": first_months,
    "fiscal_year": fiscal_year,
    "fiscal_span": fiscal,
    "fiscal_part": fiscal_part,
    "quarter_range": quarter_range,
    "year_to_month": year_to_month,
    "numeric": _numeric,
    "edge_of": edge_of,
    "weekend": weekend,
    "feast": feast,
    "trailing": trailing,
    "week_of_month": week_of_month,
    "months_to": months_to,
    "date_span": date_span,
    "numeric_span": numeric_span,
    "slash": slash,
}
#: Resolvers that count from an earlier date of the text (the anchor) when there is one.
ANCHORED_RESOLVERS: dict[
    str, Callable[[dict[str, str], dt.date | None, Resolved | None], Resolved]
] = {
    "anchor_day": anchor_day,
    "anchor_weekday": anchor_weekday,
    "anchor_year": anchor_year,
    "anchor_month": anchor_month,
    "same_period": same_period,
    "month_day": _day_date,
    "day_month": _day_date,
    "month": _month_date,
}


def resolve(
    kind: str, fields: dict[str, str], published: dt.date | None, anchor: Resolved | None = None
) -> Resolved:
    if kind in ANCHORED_RESOLVERS:
        return ANCHORED_RESOLVERS[kind](fields, published, anchor)
    return RESOLVERS[kind](fields, published)
