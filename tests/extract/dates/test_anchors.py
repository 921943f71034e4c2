"""The anchors (claims.extract.dates.anchors) never skip a date stage that would fire: a piece a
stage requires is found wherever the stage matches, on every line and paragraph of every dev
set and on small cases where flags, lookarounds and groups could make a piece differ."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims.extract.dates import finder
from claims.extract.dates.anchors import Anchors, pieces
from claims.extract.dates.stages import stage_table
from claims.extract.regex_gate import GatedPattern

DEV_SETS = (
    "dev", "dev_b", "dev_c", "dev_d", "dev_e", "dev_f", "dev_g", "dev_h",
    "dev_i", "dev_j", "dev_k", "dev_l", "dev_m", "dev_n", "dev_o", "dev_p",
)  # fmt: skip


def _texts(root: Path) -> list[str]:
    """Every non-empty line and every blank-line paragraph of the dev and seed articles: the
    finder reads paragraphs, heading lines and sentences."""
    folders = [root / "seeds", *(root / "tests" / "data" / s / "articles" for s in DEV_SETS)]
    texts: set[str] = set()
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            article = path.read_text("utf-8")
            texts.update(line for line in article.splitlines() if line.strip())
            texts.update(p.strip() for p in re.split(r"\n\s*\n", article) if p.strip())
    return sorted(texts)


def test_no_stage_skipped_that_would_match(root: Path) -> None:
    """Every stage that passes its word gate and whose regex matches the text is run: the
    words and pieces looked for once per text skip only stages that cannot match."""
    stages = stage_table()
    texts = _texts(root)
    assert len(texts) > 2000
    skipped = 0
    for text in texts:
        live = {id(pattern) for _kind, pattern in finder._live_stages(text)}
        for kind, pattern, gate in stages:
            if gate and not any(word in text.lower() for word in gate):
                assert id(pattern) not in live or isinstance(pattern, str)
                continue  # the stage's gate is part of what it means
            if id(pattern) in live:
                continue
            skipped += 1
            assert isinstance(pattern, GatedPattern), kind  # token stages are never skipped
            assert pattern.pattern.search(text) is None, (kind, pattern.pattern.pattern, text)
    assert skipped > 20 * len(texts)  # most stages are skipped on most texts


def test_pieces_skip_stages_their_words_let_through(root: Path) -> None:
    anchors = finder._anchors()
    texts = _texts(root)[::5]
    skipped = 0
    for text in texts:
        seen: dict[int, bool] = {}
        for i, (_kind, pattern, _gate) in enumerate(stage_table()):
            if isinstance(pattern, GatedPattern) and pattern.may_match(text):
                skipped += not anchors.may_match(i, text, seen)
    assert skipped > 5 * len(texts)


def test_skipping_changes_no_date_found(root: Path) -> None:
    """The finder with the anchors against the finder that looks for no piece."""
    texts = _texts(root)[::7]
    with_anchors = [finder._find_dates.__wrapped__(t) for t in texts]
    none = Anchors([None] * len(stage_table()))  # looks for nothing, skips no stage
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(finder, "_anchors", lambda: none)
        finder._plan.cache_clear()
        without = [finder._find_dates.__wrapped__(t) for t in texts]
    finder._plan.cache_clear()
    assert with_anchors == without


def test_pieces_are_required_items() -> None:
    year = r"(?:1[89]\d\d|20\d\d)"
    found = pieces(re.compile(rf"\b(?:on\s+)?(?P<x>(?P<m>March|April)\s+(?P<y>{year}))\b"))
    texts = ["in March 2024", "March", "2024", "on April 1999 and", "march 2024"]
    answers = {key: [g.search(t) is not None for t in texts] for key, (_w, g) in found.items()}
    assert [True, True, False, True, False] in answers.values()  # the month names, cased
    assert [True, False, True, True, True] in answers.values()  # the year
    assert all(a[0] and a[3] for a in answers.values())  # every piece holds where it matches


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i:in)\s+(?P<x>MAY)", "in MAY"),  # a scoped flag stays with its pieces
        (r"(?i:the\s+WEEKEND)", "The weekend"),
        (r"(?<=\d )(?:on|vs)\s+(?P<y>20\d\d)", "7 on 2024"),  # a lookbehind sees the whole text
        (r"(?m)^[^:\n]{1,9}:\s*(?P<y>19\d\d)$", "x\nBuilt: 1998"),  # multi-line anchors
        (r"(?P<a>ab)\w+(?P=a)", "abxab"),  # a back reference: its piece is never used
        (r"(?:Q[1-4]|H[12])\s+(?:20\d\d)", "Q3 2025"),
        (r"(?:x{2,3}|yy)zz", "xxxzz"),
    ],
)
def test_every_piece_matches_where_its_regex_does(pattern: str, text: str) -> None:
    regex = re.compile(pattern)
    assert regex.search(text) is not None
    for _width, gated in pieces(regex).values():
        assert gated.search(text) is not None, gated.pattern
    anchors = Anchors([regex], most=9, shared_by=1)
    assert anchors.may_match(0, text, {})


def test_missing_piece_skips() -> None:
    regex = re.compile(r"\b(?P<x>(?P<m>March|April)\s+(?P<y>20\d\d))\b")
    anchors = Anchors([regex, None], most=9, shared_by=1)
    assert not anchors.may_match(0, "March ended", {})
    assert not anchors.may_match(0, "in 2024", {})
    assert anchors.may_match(0, "April 2024", {})
    assert anchors.may_match(1, "anything", {})  # no regex: nothing to look for
