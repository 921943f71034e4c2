"""Cumulative sanction statements: 'the listings bring the number of Belarusian individuals
under EU sanctions to 261, and entities to 49'. The counts belong to the sanction claim."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claims import numbers
from claims.aliases import core_authorities
from claims.targets import Target, kind_of_word

TOTAL_WORDS = ("number", "total", "tally")


def is_cumulative(tok: Token) -> bool:
    """tok is 'number'/'total' in a sentence that speaks of sanctions and counts 'to N'."""
    if tok.lower_ not in TOTAL_WORDS or tok.pos_ != "NOUN":
        return False
    sent = tok.sent
    words = [t.lower_ for t in sent]
    return any(w.startswith("sanction") for w in words) and _count_after(sent, tok.i) is not None


def _count_after(sent: Span, i: int) -> tuple[int, int] | None:
    """(value, token index) of the first 'to N' after token i in the sentence."""
    for t in sent:
        if t.i > i and t.lower_ == "to" and t.i + 1 < sent.end and t.nbor().like_num:
            value = numbers.parse_tokens([t.nbor().text])
            if value is not None:
                return int(value), t.i + 1
    return None


def cumulative_targets(tok: Token) -> tuple[list[Target], set[int], list[str]]:
    """Targets (each kind word with the 'to N' after it), their tokens, and the authorities
    named on the sanctions word ('EU sanctions', "Seoul's sanctions")."""
    sent = tok.sent
    targets: list[Target] = []
    tokens: set[int] = set()
    kinds = [t for t in sent if t.i > tok.i and t.lower_ in kind_of_word()]
    for n, k in enumerate(kinds):
        limit = kinds[n + 1].i if n + 1 < len(kinds) else sent.end
        found = _count_after(sent, k.i)
        if found is not None and found[1] < limit:
            targets.append(Target(kind_of_word()[k.lower_], found[0]))
            tokens |= {k.i, found[1]}
    sanctions = [t for t in sent if t.lower_.startswith("sanction")]
    authorities = [a for s in sanctions for a in core_authorities(s)]
    return targets, tokens, list(dict.fromkeys(authorities))
