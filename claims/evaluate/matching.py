"""Pairing predictions with gold claims (CLAIMS.md): same article and type, overlapping spans,
one to one, largest overlap first."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """Something with characters in an article: a located gold claim or a prediction row."""

    start: int
    end: int
    index: int

    def overlap(self, other: Span) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


def match(gold: list[Span], preds: list[Span]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, largest overlap first; ties by position."""
    candidates = sorted(
        (-g.overlap(p), g.start, p.start, g.index, p.index)
        for g in gold
        for p in preds
        if g.overlap(p) > 0
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs
