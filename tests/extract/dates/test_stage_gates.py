"""The date finder skips the stages that need a month name, a year or a weekday on text that has
none; skipping must never lose or change a date."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from claims.extract.chunking import SENTENCE_END, paragraphs
from claims.extract.dates import finder

DEV_SETS = ["dev", "dev_b", "dev_c", "dev_d"]


def _pieces(root: Path) -> list[str]:
    """Every dev article whole, each of its paragraphs and each sentence of those."""
    out: list[str] = []
    for dev in DEV_SETS:
        for path in sorted((root / "tests" / "data" / dev / "articles").glob("*")):
            text = path.read_text("utf-8", errors="replace")
            out.append(text)
            for s, e in paragraphs(text, 0, len(text)):
                para = text[s:e]
                out.append(para)
                cuts = [0, *(m.end() for m in SENTENCE_END.finditer(para)), len(para)]
                out += [para[a:b] for a, b in pairwise(cuts) if para[a:b]]
    return out


def test_gated_stages_find_the_same_dates_on_every_dev_text(root: Path) -> None:
    pieces = _pieces(root)
    skipped = 0
    dates = 0
    for text in pieces:
        gated = finder._find_dates(text, True)
        assert gated == finder._find_dates(text, False), text
        skipped += bool(finder._skippable(text))
        dates += len(gated)
    assert dates > 1_000
    assert skipped > len(pieces) // 4  # the gates do skip work


def test_each_gate_keeps_its_own_kind() -> None:
    for text, kind in [
        ("Talks resumed on 3 March after a pause.", "day_month"),
        ("Output fell in 2019 and recovered later.", "year"),
        ("The ministry met on Tuesday to review it.", "weekday"),
    ]:
        assert kind not in finder._skippable(text)
        assert [d.kind for d in finder._find_dates(text, True)] == [kind]
    for text, kind in [
        ("Sales rose in the third quarter.", "quarter"),
        ("It closed two weeks ago.", "ago"),
        ("Crops failed last summer.", "season"),
        ("Talks resume early next week.", "relative_unit"),
    ]:
        assert kind not in finder._skippable(text)
        assert kind in {d.kind for d in finder._find_dates(text, True)}
    nothing = finder._skippable("Nothing dated here at all.")
    assert nothing >= finder.NEEDS_MONTH | finder.NEEDS_YEAR | finder.NEEDS_WEEKDAY
    assert {"quarter", "ago", "season", "relative_unit", "edge_of"} <= nothing
