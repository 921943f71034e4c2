"""The spaCy side: model loading and the claim components, registered as factories so anyone can
add them to their own pipeline (`nlp.add_pipe("claims_quantities")`).

Each component matches first (the extraction functions never change the Doc), then sets
annotations: rows on `doc._.claims` (plain JSON-safe dicts, so they survive `n_process`),
spans in `doc.spans["claims"]` labelled with the claim type, and rejection counts on
`doc._.claim_rejections`. Dates resolve against `doc._.published` (ISO string or None).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from claims.errors import UsageError
from claims.extract import DEFAULT_MODEL
from claims.extract.context import describe, sentence_of
from claims.extract.dates import finder as dates
from claims.extract.quantities import finder as quantities
from claims.extract.quantities import sanctioned
from claims.extract.sanctions import finder as sanctions
from schemas.claims import ClaimRow

UNUSED = ("ner",)
CLAIM_PIPES = ("claims_dates", "claims_sanctions", "claims_quantities")

for _name, _default in (("published", None), ("claims", None), ("claim_rejections", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _published(doc: Doc) -> dt.date | None:
    value = doc._.published
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value) if value else None


def _add(
    doc: Doc, claim_type: str, start: int, end: int, fields: ClaimRow, confidence: float
) -> None:
    row: ClaimRow = {
        "claim_type": claim_type,
        "span_start": start,
        "span_end": end,
        "confidence": round(confidence, 3),
    }
    row.update(describe(doc, start, end))
    row.update(fields)
    if doc._.claims is None:
        doc._.claims = []
    doc._.claims.append(row)
    span = doc.char_span(start, end, label=claim_type, alignment_mode="expand")
    if span is not None:
        doc.spans.setdefault("claims", []).append(span)  # type: ignore[attr-defined]


def _count(doc: Doc, counter: Counter[str]) -> None:
    if counter:
        merged = Counter(doc._.claim_rejections or {})
        merged.update(counter)
        doc._.claim_rejections = dict(merged)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


class DateComponent:
    """Date expressions resolved against the publication date."""

    def __call__(self, doc: Doc) -> Doc:
        published = _published(doc)
        for match, res in dates.iter_dates(doc.text, published):
            fields: ClaimRow = {
                "date_text": doc.text[match.surface_start : match.end],
                "date_start": _iso(res.start),
                "date_end": _iso(res.end),
                "date_granularity": res.granularity,
                "date_unresolved_reason": res.reason,
            }
            _add(doc, "date", match.start, match.end, fields, 0.85 if res.start else 0.6)
        return doc


class SanctionComponent:
    """One sanction claim per sentence stating a sanction action; targets kept for quantities."""

    def __call__(self, doc: Doc) -> Doc:
        counter: Counter[str] = Counter()
        published = _published(doc)
        targets: list[Span] = []
        sentences: list[Span] = []
        for claim in sanctions.extract(doc, counter):
            sent = sentence_of(doc, claim.start, claim.end)
            when = [
                r.start for m, r in dates.iter_dates(sent.text, published) if r.granularity == "day"
            ]
            fields = claim.fields() | {"sanction_date": _iso(when[0]) if when else None}
            _add(doc, "sanction", claim.start, claim.end, fields, claim.confidence)
            targets += [doc[i : i + 1] for i in sorted(claim.target_tokens)]
            sentences.append(sent)
        doc.spans["sanction_targets"] = targets
        doc.spans["sanction_sentences"] = sentences
        _count(doc, counter)
        return doc


class QuantityComponent:
    """Quantities, skipping numbers that count a sanction's own targets (read from the sanctions
    component's spans, or found afresh when it is not in the pipeline)."""

    def __init__(self, nlp: Language) -> None:
        self.patterns = quantities.packaged_patterns(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        counter: Counter[str] = Counter()
        exclude = sanctioned.target_counts(doc)
        for q in quantities.extract(doc, exclude, counter, self.patterns):
            _add(doc, "quantity", q.start, q.end, q.fields(), q.confidence)
        _count(doc, counter)
        return doc


@Language.factory("claims_dates", requires=[], assigns=["doc._.claims", "doc.spans"])
def make_dates(nlp: Language, name: str) -> DateComponent:
    return DateComponent()


@Language.factory(
    "claims_sanctions", requires=["token.pos", "token.dep"], assigns=["doc._.claims", "doc.spans"]
)
def make_sanctions(nlp: Language, name: str) -> SanctionComponent:
    return SanctionComponent()


@Language.factory(
    "claims_quantities",
    requires=["token.pos", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.claims", "doc._.claim_rejections", "doc.spans"],
)
def make_quantities(nlp: Language, name: str) -> QuantityComponent:
    return QuantityComponent(nlp)


def load(model: str = DEFAULT_MODEL) -> Language:
    """The model without the components claims do not use, plus the claim components."""
    try:
        nlp = spacy.load(model, exclude=list(UNUSED))
    except (OSError, ImportError) as exc:
        raise UsageError(
            f"cannot load spaCy model {model!r} ({str(exc).splitlines()[0][:160]})"
        ) from None
    for pipe in CLAIM_PIPES:
        nlp.add_pipe(pipe)
    return nlp


def version(nlp: Language) -> str:
    """Tool and model versions, for the `extractor` column."""
    from claims import __version__

    meta = nlp.meta
    model = f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"
    return f"claims {__version__}; spacy {spacy.__version__}; {model}"
