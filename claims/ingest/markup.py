"""Markup that a scraper or a converter leaves in a page saved as text: Markdown (headings,
links, emphasis, quotes, a table's separator row), a text browser's numbered link markers with
their list of addresses, a feed item's field labels and description HTML, and a subtitle file's
cue numbers and timings.

The markup is blanked to spaces, never removed, so every offset still points into the page as
saved (claims and gold anchors are the page's own text) while the segmenter and the parser read
the words alone. Each format is read only on a page that shows it (claims/data/markup.json)."""

from __future__ import annotations

import calendar
import html
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from claims.resources import load_data


@dataclass(frozen=True)
class Format:
    """One kind of markup: the signals that show a page carries it, and what to blank."""

    name: str
    min_signals: int
    signals: tuple[re.Pattern[str], ...]
    blank: tuple[re.Pattern[str], ...]

    def on(self, text: str) -> bool:
        """Whether the page shows enough of this format's signals to be read as it."""
        found = 0
        for signal in self.signals:
            found += sum(1 for _ in signal.finditer(text))
            if found >= self.min_signals:
                return True
        return False


#: The formats read, in order: a feed item's description may itself hold Markdown.
FORMATS = ("subtitles", "markdown", "link_markers", "feed", "escaped_html", "inline_tags")


@cache
def formats() -> tuple[Format, ...]:
    raw = load_data("markup")
    return tuple(
        Format(
            name,
            raw[name]["min_signals"],
            tuple(re.compile(p, re.M) for p in raw[name]["signals"]),
            tuple(re.compile(p, re.M) for p in raw[name]["blank"]),
        )
        for name in FORMATS
    )


@lru_cache(maxsize=16)
def plain_text(text: str) -> str:
    """The page with the markup of every format it shows blanked to spaces (same length; line
    breaks kept). A page with no markup comes back as it is."""
    for fmt in formats():
        if fmt.on(text):
            text = _blanked(text, fmt.blank)
    return text


@lru_cache(maxsize=16)
def shows(name: str, text: str) -> bool:
    """Whether the page shows the markup of the named format (a subtitle file's cue timings)."""
    return next(fmt for fmt in formats() if fmt.name == name).on(text)


def _blanked(text: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    """`text` with every capture group of every pattern blanked, one pattern after the other
    (a link's brackets go before its words' emphasis is read)."""
    chars = list(text)
    for pattern in patterns:
        for m in pattern.finditer("".join(chars)):
            for group in range(1, (pattern.groups or 0) + 1):
                start, end = m.span(group)
                for i in range(max(start, 0), end):
                    if chars[i] not in "\r\n":
                        chars[i] = " "
    return "".join(chars)


@cache
def _picture_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.M) for p in load_data("markup")["markdown"]["pictures"])


@lru_cache(maxsize=16)
def picture_alts(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the alt text of each picture a Markdown page shows ('![alt](url)'): words
    that describe the picture, as a caption does. None on a page that is no Markdown."""
    markdown = next(fmt for fmt in formats() if fmt.name == "markdown")
    if not markdown.on(text):
        return ()
    return tuple(m.span(1) for pattern in _picture_patterns() for m in pattern.finditer(text))


@cache
def _entity_signal() -> tuple[int, re.Pattern[str]]:
    raw = load_data("markup")["entities"]
    return raw["min_signals"], re.compile("|".join(raw["signals"]))


@lru_cache(maxsize=16)
def shows_entities(text: str) -> bool:
    """Whether the page was saved with its HTML character references undecoded ('&nbsp;',
    '&#8217;') or its JSON strings' escapes kept ('\\u2019'): enough of them that decode to a
    character."""
    least, signal = _entity_signal()
    found = sum(1 for m in signal.finditer(text) if read_entity(m.group()) != m.group())
    return found >= least


def read_entity(reference: str) -> str:
    """One character reference as a reader sees it: its character, a no-break space as a space
    ('&nbsp;' -> ' ', '&#8217;' -> '’'), a JSON string's escape as its character ('\\u00e9' ->
    'é'); an unknown name stays as it is."""
    if reference.startswith("\\u"):  # a JSON page saved with its strings as escaped
        code = int(reference[2:], 16)
        return reference if 0xD800 <= code < 0xE000 else chr(code).replace("\xa0", " ")
    return html.unescape(reference).replace("\xa0", " ")


def entity_pieces(text: str) -> list[tuple[int, int, str]]:
    """(start, end, read) of every character reference in `text` that decodes to a character."""
    _, signal = _entity_signal()
    return [
        (m.start(), m.end(), read)
        for m in signal.finditer(text)
        if (read := read_entity(m.group())) != m.group()
    ]


def read_entities(text: str) -> str:
    """`text` with its character references decoded, as a reader sees them (not the same length)."""
    out, at = [], 0
    for start, end, read in entity_pieces(text):
        out += [text[at:start], read]
        at = end
    return "".join([*out, text[at:]])


@cache
def _title_element() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in load_data("markup")["inline_tags"]["title_elements"])
    return re.compile(rf"<({names})\b[^<>\n]*>([^<>\n]+)</\1\s*>", re.I)


@lru_cache(maxsize=16)
def tagged_title(text: str) -> str | None:
    """The headline a page saved with its tags inline names in its first title element
    ('<title>Dry spell cuts maize forecast</title>'), its words as they read; None on a page
    that shows no such markup."""
    if not shows("inline_tags", text):
        return None
    found = _title_element().search(text)
    return " ".join(found.group(2).split()) if found else None


@cache
def _spoken() -> tuple[dict[str, Any], re.Pattern[str]]:
    raw = load_data("markup")["inline_tags"]["spoken"]
    element = re.escape(raw["element"])
    pattern = re.compile(rf"<{element}\b([^<>\n]*)>([^<>\n]+)</{element}\s*>", re.I)
    return raw, pattern


def _attribute(attributes: str, name: str) -> str | None:
    found = re.search(rf"""\b{re.escape(name)}\s*=\s*["']([^"'\n]*)["']""", attributes)
    return found.group(1).strip().lower() if found else None


@lru_cache(maxsize=16)
def spoken_forms(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, read) of each element of speech markup whose text the markup says how to
    read, on a page that shows inline tags (claims/data/markup.json, inline_tags.spoken): a
    numeric date by its format's order of day, month and year ('23-02' as 'dm' reads '23
    February'), an amount glued to its currency's code ('USD1500' reads 'USD 1500')."""
    if not shows("inline_tags", text):
        return ()
    raw, pattern = _spoken()
    out = []
    for m in pattern.finditer(text):
        kind = _attribute(m.group(1), raw["attribute"])
        value = m.group(2).strip()
        start = m.start(2) + m.group(2).index(value)
        read = None
        if kind in raw["date"]:
            read = _spoken_date(value, _attribute(m.group(1), raw["format_attribute"]), raw)
        elif kind in raw["currency"]:
            money = re.fullmatch(raw["currency_value"], value)
            if money is not None:
                read = raw["currency_form"].format(code=money.group(1), amount=money.group(2))
        if read is not None and read != value:
            out.append((start, start + len(value), read))
    return tuple(out)


def _spoken_date(value: str, order: str | None, raw: dict[str, Any]) -> str | None:
    """A numeric date read by its format's letters ('dm', 'my', 'dmy'); None when it does not
    fit them (a part too many, a month past twelve)."""
    form = raw["date_forms"].get(order or "")
    parts = re.split("[" + re.escape(raw["date_separators"]) + "]", value)
    if form is None or order is None or len(parts) != len(order):
        return None
    if not all(p.isdigit() for p in parts):
        return None
    named = dict(zip(order, (int(p) for p in parts), strict=True))
    month = named.get("m")
    if month is not None and not 1 <= month <= 12:
        return None
    if not 1 <= named.get("d", 1) <= 31:
        return None
    return form.format(
        d=named.get("d", ""), y=named.get("y", ""), month=calendar.month_name[month or 1]
    )
