"""`claims explain`: everything the extractor saw and decided on one piece of text, the tool for
fixing a miss. The tokens with lemma, tag, dependency and head; which construction patterns
matched; the claims made; and every candidate a rule turned down, with its reason.

The text goes through the same components as `claims extract` and then the same article-level
step (sanction authorities carried over between sentences, claims without one dropped), so what
it shows is what a run over an article made of this text would keep.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any, cast

from spacy.language import Language

from claims.extract import DEFAULT_MODEL
from claims.extract.quantities.ranker import Explained, explaining
from claims.extract.rejections import Rejected
from schemas.claims import ClaimRow

log = logging.getLogger(__name__)

#: Row keys every claim carries; the rest are the claim type's own fields.
CONTEXT = ("subject", "predicate", "attribution", "hedge")


@dataclass(frozen=True)
class TokenView:
    """One token as the parser left it."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int


@dataclass(frozen=True)
class PatternHit:
    """A construction pattern of a component that matched, and the words it bound."""

    component: str
    pattern: str
    tokens: tuple[int, ...]
    text: str


@dataclass
class Explanation:
    """What `explain` found: tokens, pattern hits, claims kept and candidates rejected."""

    text: str
    published: str | None
    tokens: list[TokenView] = field(default_factory=list)
    patterns: list[PatternHit] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    items: list[Explained] = field(default_factory=list)  # the item chooser's picks


def explain(
    text: str,
    published: dt.date | None = None,
    nlp: Language | None = None,
    model: str = DEFAULT_MODEL,
) -> Explanation:
    """Run the claim pipeline on `text` (dates resolved against `published`) and keep its traces."""
    from claims.extract.corpus import carry_sanctions
    from claims.extract.pipeline import load

    nlp = nlp or load(model)
    doc = nlp.make_doc(text)
    doc._.published = published.isoformat() if published else None
    with explaining() as chosen:
        doc = nlp(doc)
    out = Explanation(text, doc._.published, items=list(chosen))
    out.tokens = [TokenView(t.i, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for t in doc]
    for component, hits in (doc._.claim_matches or {}).items():
        for pattern, matches in hits.items():
            for tokens in matches:
                words = " ".join(doc[i].text for i in sorted(tokens))
                out.patterns.append(PatternHit(component, pattern, tuple(tokens), words))
    out.patterns.sort(key=lambda h: (min(h.tokens), h.component, h.pattern))
    rows = sorted(doc._.claims or [], key=lambda r: (r["span_start"], r["claim_type"]))
    for row in rows:
        row["span_text"] = text[row["span_start"] : row["span_end"]]
    rejected = [cast(Rejected, dict(c)) for c in doc._.claim_rejected or []]
    carry_sanctions([r for r in rows if r["claim_type"] == "sanction"], text)
    for row in rows:
        if row["claim_type"] == "sanction" and not row.get("sanction_authorities"):
            start, end = row["span_start"], row["span_end"]
            rejected.append(
                {
                    "reason": "sanction:no_authority",
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                }
            )
        else:
            out.claims.append(row)
    out.rejected = sorted(rejected, key=lambda r: (r["start"], r["reason"]))
    log.info(
        "explain: %d token(s), %d pattern hit(s), %d claim(s), %d rejected",
        len(out.tokens),
        len(out.patterns),
        len(out.claims),
        len(out.rejected),
    )
    return out


def _value(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, str) else str(value)


def _fields(row: ClaimRow) -> str:
    prefix = f"{row['claim_type']}_"
    raw = cast(dict[str, Any], row)
    own = [f"{k[len(prefix) :]}={_value(v)}" for k, v in raw.items() if k.startswith(prefix)]
    own = [f for f in own if not f.endswith("=None") and not f.endswith("=[]")]
    context = [f"{k}={_value(raw[k])}" for k in CONTEXT if raw.get(k) is not None]
    return " ".join([*own, f"confidence={raw['confidence']}", *context])


def render(ex: Explanation) -> str:
    """The explanation as plain text, one section after the other."""
    lines = [f"text: {ex.text}", f"published: {ex.published or '-'}", "", "tokens:"]
    width = max((len(t.text) for t in ex.tokens), default=4)
    lemma_width = max((len(t.lemma) for t in ex.tokens), default=5)
    lines.append(
        f"  {'i':>3}  {'text':<{width}}  {'lemma':<{lemma_width}}  {'pos':<5} {'tag':<5} "
        f"{'dep':<10} head"
    )
    for t in ex.tokens:
        head = "ROOT" if t.head == t.i else f"{t.head} {ex.tokens[t.head].text}"
        lines.append(
            f"  {t.i:>3}  {t.text:<{width}}  {t.lemma:<{lemma_width}}  {t.pos:<5} {t.tag:<5} "
            f"{t.dep:<10} {head}"
        )
    lines += ["", "patterns matched:"]
    lines += [
        f"  {h.component}/{h.pattern}: {h.text!r} (tokens {','.join(map(str, h.tokens))})"
        for h in ex.patterns
    ] or ["  (none)"]
    lines += ["", "claims:"]
    lines += [
        f"  {r['claim_type']} {r['span_text']!r} [{r['span_start']}:{r['span_end']}] {_fields(r)}"
        for r in ex.claims
    ] or ["  (none)"]
    lines += ["", "item choices (score; runner-up; the rules' item):"]
    lines += [
        f"  {c.number!r}: {c.chosen!r} {c.score}; "
        + (f"{c.runner_up!r} {c.runner_up_score}" if c.runner_up is not None else "-")
        + f"; rules {c.rules!r}"
        for c in ex.items
    ] or ["  (none)"]
    lines += ["", "rejected candidates:"]
    lines += [
        f"  {r['reason']}: {r['text']!r}"
        + (f" [{r['start']}:{r['end']}]" if r["start"] >= 0 else "")
        for r in ex.rejected
    ] or ["  (none)"]
    return "\n".join(lines)
