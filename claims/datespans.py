"""Date expressions that span more than a day or a month ('the first quarter of this year',
'the summer of 2022', 'March 12-14', 'between March and May', 'the 1990s'), and the table
that maps every kind of expression to its resolver."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from claims.dateresolve import (
    NO_PUBLISHED,
    Resolved,
    _ago,
    _day,
    _day_date,
    _iso,
    _month,
    _month_date,
    _month_of,
    _part_month,
    _relative,
    _relative_unit,
    _unresolved,
    _weekday,
    _year_date,
    month_end,
)
from claims.numbers import load_data


def month_rel_year(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'May last year'."""
    if published is None:
        return _unresolved("month", NO_PUBLISHED)
    year = published.year + {"last": -1, "next": 1}.get(fields["rel"].lower(), 0)
    month = _month(fields["m"])
    return Resolved(dt.date(year, month, 1), month_end(year, month), "month")


def _year(fields: dict[str, str], published: dt.date | None) -> int | None:
    """The written year, else this/last/next year from publication; None with neither."""
    if "y" in fields:
        return int(fields["y"])
    if published is None:
        return None
    return published.year + {"last": -1, "next": 1}.get(fields.get("rel", "").lower(), 0)


def season(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the summer of 2022' (June-August), 'last winter' (December-February)."""
    first = load_data("dates")["seasons"][fields["season"].lower()]
    year = _year(fields, published)
    if year is None:
        return _unresolved("other", NO_PUBLISHED)
    start = dt.date(year, first, 1)
    end_month = first + 2
    end = month_end(year + (end_month > 12), (end_month - 1) % 12 + 1)
    return Resolved(start, end, "other")


def quarter(fields: dict[str, str], published: dt.date | None) -> Resolved:
    """'the first quarter of this year', 'the second half of 2026', 'Q3 2024'."""
    year = _year(fields, published)
    if year is None:
        return _unresolved("other", NO_PUBLISHED)
    if "q" in fields:
        part, n = ("quarter" if fields["q"][0] == "Q" else "half"), int(fields["q"][1])
    else:
        part = fields["part"].lower()
        order = {"first": 1, "second": 2, "third": 3, "fourth": 4}
        n = order.get(fields["ord"].lower(), 4 if part == "quarter" else 2)
    months = 3 if part == "quarter" else 6
    first = (n - 1) * months + 1
    if first > 12:
        return _unresolved("other", "no such part of a year")
    yearless = not {"y", "rel", "q"} & set(fields)
    if yearless and published is not None and dt.date(year, first, 1) > published:
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
    year = int(fields["y"])
    first, last = load_data("dates")["year_parts"][fields["part"].lower()]
    return Resolved(dt.date(year, first, 1), month_end(year, last), "other")


def year_range(fields: dict[str, str], published: dt.date | None) -> Resolved:
    y1, y2 = int(fields["y1"]), fields["y2"]
    end = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if end < y1:
        return _unresolved("other", "range ends before it starts")
    return Resolved(dt.date(y1, 1, 1), dt.date(end, 12, 31), "other")


def month_range(fields: dict[str, str], published: dt.date | None) -> Resolved:
    last = _month_of(fields, published, "m2")
    if last is None:
        return _unresolved("other", NO_PUBLISHED)
    year, m2 = last
    m1 = _month(fields["m1"])
    start_year = year if m1 <= m2 else year - 1
    if "y1" in fields:  # 'between March 2022 and October 2023'
        start_year = int(fields["y1"])
    return Resolved(dt.date(start_year, m1, 1), month_end(year, m2), "other")


RESOLVERS: dict[str, Callable[[dict[str, str], dt.date | None], Resolved]] = {
    "month_day": _day_date,
    "day_month": _day_date,
    "iso": _iso,
    "month_year": _month_date,
    "month": _month_date,
    "part_month": _part_month,
    "part_year": part_year,
    "quarter": quarter,
    "day_range": day_range,
    "decade": decade,
    "month_rel_year": month_rel_year,
    "season": season,
    "year": _year_date,
    "year_range": year_range,
    "month_range": month_range,
    "weekday": _weekday,
    "relative": _relative,
    "relative_unit": _relative_unit,
    "ago": _ago,
}


def resolve(kind: str, fields: dict[str, str], published: dt.date | None) -> Resolved:
    return RESOLVERS[kind](fields, published)
