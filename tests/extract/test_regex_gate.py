"""The regex gate never hides a match: on every dev line for every date-finder regex, and on
generated text built from the words and case-folding oddities the gate has to get right."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.dates.stages import stage_table
from claims.extract.regex_gate import GatedPattern, anchor, fold, required_words

DEV_SETS = ("dev", "dev_b", "dev_c", "dev_d", "dev_e", "dev_f", "dev_g", "dev_h")


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def _found(matches: object) -> list[tuple[tuple[int, int], dict[str, tuple[int, int]]]]:
    """Each match's span and the span of every named group: all the finder reads of a match."""
    return [
        (m.span(), {name: m.span(name) for name in m.re.groupindex})
        for m in matches  # type: ignore[attr-defined]
    ]


def test_required_words_of_simple_patterns() -> None:
    assert required_words(re.compile(r"\b(?:in|on)\s+(?P<x>January|February)\b")) == {
        "january",
        "february",
    }
    assert required_words(re.compile(r"(?:foo)?bars?\d")) == {"bar"}  # the optional part is not
    assert required_words(re.compile(r"(?i:Quarter)|(?i:HALF)")) == {"quarter", "half"}
    assert required_words(re.compile(r"(?:spring|x)\s+\d{4}")) is None  # 'x' is too short
    assert required_words(re.compile(r"[a-z]+\d")) is None
    assert required_words(re.compile(r"(?:ago)*\d")) is None  # zero repeats allowed


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i:season)", "the ſeaſon opened"),  # long s: IGNORECASE matches it with 's'
        (r"(?i:this)", "thıs"),  # dotless i
        (r"(?i:week)", "WEEK"),
        (r"(?i:kelvin)", "\u212aelvin"),  # the Kelvin sign
        (r"March", "MARCH and March"),
    ],
)
def test_case_folding_oddities_are_not_hidden(pattern: str, text: str) -> None:
    regex = re.compile(pattern)
    assert regex.search(text) is not None
    gated = GatedPattern(regex)
    assert gated.words is not None
    assert _spans(gated.finditer(text)) == _spans(regex.finditer(text))


def test_text_without_the_words_is_skipped() -> None:
    gated = GatedPattern(re.compile(r"\b(?P<n>\d+)\s+(?i:years?)\s+ago\b"))
    assert gated.words == {"year"}  # the longer of the two words it needs
    assert not gated.may_match("Prices rose 4 per cent in 2023.")
    assert gated.may_match("It happened 4 years ago.")


def test_date_regexes_match_the_same_on_every_dev_line(root: Path) -> None:
    lines = [
        line
        for name in DEV_SETS
        for p in sorted((root / "tests" / "data" / name / "articles").iterdir())
        for line in p.read_text("utf-8").splitlines()
        if line.strip()
    ]
    gated = [p for _, p, _ in stage_table() if isinstance(p, GatedPattern)]
    assert len(gated) > 30
    assert sum(p.words is not None for p in gated) > 20  # most stages do get a gate
    skipped = 0
    for line in lines:
        for p in gated:
            skipped += not p.may_match(line)
            assert _found(p.finditer(line)) == _found(p.pattern.finditer(line))
            if p.anchor_words is not None and p.may_match(line):
                assert _found(p.anchored(line)) == _found(p.pattern.finditer(line))
            first = p.pattern.search(line)
            assert _found([p.search(line)] if first else []) == _found([first] if first else [])
    assert skipped > len(lines)  # the gate does skip work
    assert sum(p.anchor_words is not None for p in gated) >= 10  # and tries fewer positions


def test_anchor_of_simple_patterns() -> None:
    assert anchor(re.compile(r"(?<=\bthe\s)(?P<m>May|June)\b")) == ({"may", "june"}, (0, 0))
    assert anchor(re.compile(r"\d{1,2}\s(?:March|April)")) == ({"march", "april"}, (3, 0))
    assert anchor(re.compile(r"x?(?=\s+delivery)")) is None  # a match may be empty
    # '\s+' is at most as long as the text's longest run of white space: (fixed, runs)
    assert anchor(re.compile(r"(?:\bin\s+)?June")) == ({"june"}, (2, 1))
    assert anchor(re.compile(r"(?:\bin\w*\s+)?June")) is None  # '\w*' has no bound
    assert anchor(re.compile(r"(?<=\bahead of\s)\d+")) is None  # words before the start
    assert anchor(re.compile(r"(?i:week)s?")) == ({"week"}, (0, 0))


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\w{0,3}foo", "xfoofoo foofoo"),  # a later try inside an earlier match is no match
        (r"(?<=\bthe\s)(?P<m>May|June)", "the May and the June, not The May"),
        (r"(?m)^(?:May|June)", "May\nJune\n May"),  # '^' only at a line's real start
        (r"\b(?i:week)\b", "WEEK weekly week"),
        (r"(?i:season)s?", "the ſeaſon and the SEASONS"),
        (r"(?:ab)?abc", "ababcabc"),
        (r"(?:\b(?:in|as\s+of)\s+)?(?P<x>June)", "as  of \t June, in\n\nJune, inJune, June"),
        (r"(?P<d>\d\d?)\s+(?P<m>June)\b", "12   June 3 June 2025 99\u2003June"),
    ],
)
def test_anchored_matches_equal_a_scan(pattern: str, text: str) -> None:
    regex = re.compile(pattern)
    gated = GatedPattern(regex)
    assert gated.anchor_words is not None
    assert _found(gated.anchored(text)) == _found(regex.finditer(text))
    assert _found(gated.finditer(text)) == _found(regex.finditer(text))


WORDS = ["May", "march", "SPRING", "ſpring", "thıs", "quarter", "ago", "the", "2024", "1st", " "]
PATTERNS = [p.pattern for _, p, _ in stage_table() if isinstance(p, GatedPattern)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=12))
def test_generated_text_never_loses_a_match(parts: list[str]) -> None:
    text = " ".join(parts)
    for regex in PATTERNS:
        gated = GatedPattern(regex)
        if regex.search(text) is not None:
            assert gated.may_match(text), (regex.pattern, text)
        assert _found(gated.finditer(text)) == _found(regex.finditer(text)), (regex.pattern, text)
        if gated.anchor_words is not None:
            assert _found(gated.anchored(text)) == _found(regex.finditer(text)), regex.pattern


def test_fold_agrees_with_ignorecase_on_single_characters() -> None:
    for code in range(0x2200):
        ch = chr(code)
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(f"(?i:{letter})", ch):
                assert fold(ch) == letter, (hex(code), letter)
