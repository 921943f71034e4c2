"""The spaCy side: model loading and the claim components, registered as factories so anyone can
add them to their own pipeline (`nlp.add_pipe("claims_quantities")`).

Each component is configured the way spaCy's `SpanRuler` is: `default_config` names its pattern
files (`pattern_files`: packaged names such as "quantities" for claims/data/patterns/quantities.json,
or paths to JSON files), `overwrite` and `calibration` (the table in claims/data that turns a
rule's rank into a confidence measured on the dev sets, see claims.extract.calibration; "" keeps
the ranks); `add_patterns` adds constructions at run time; and
`to_disk`/`from_disk` save and restore the patterns with the pipeline, so `nlp.to_disk(path)` then
`spacy.load(path)` keeps a user's own constructions. The compiled patterns are the component's
`patterns` (a `PatternSet`); where they matched is on `doc._.claim_matches[<component name>]`
(pattern id -> lists of token indices), for the rules and for `claims explain`.

Each component matches first (the extraction functions never change the Doc), then sets
annotations: rows on `doc._.claims` (plain JSON-safe dicts, so they survive `n_process`),
spans in `doc.spans["claims"]` labelled with the claim type, rejection counts on
`doc._.claim_rejections` and the rejected candidates themselves (reason, offsets, text) on
`doc._.claim_rejected`. Dates resolve against `doc._.published` (ISO string or None).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from claims.errors import UsageError
from claims.extract import DEFAULT_MODEL, blas, lemmas, rulememo
from claims.extract.calibration import DEFAULT as CALIBRATION
from claims.extract.calibration import calibrated
from claims.extract.columns import columns
from claims.extract.context import SentenceMemo, describe, sentence_of
from claims.extract.dates import finder as dates
from claims.extract.gates import PatternGate, matching
from claims.extract.lastseen import LastSeen
from claims.extract.lexicon import split_note_marks
from claims.extract.patterns import Match, PatternSet
from claims.extract.quantities import finder as quantities
from claims.extract.quantities import sanctioned
from claims.extract.rejections import Rejections
from claims.extract.sanctions import finder as sanctions
from claims.extract.sanctions.words import cue_words
from claims.extract.syntax import doc_text
from claims.resources import load_data
from schemas.claims import ClaimRow

log = logging.getLogger(__name__)

UNUSED = ("ner",)
CLAIM_PIPES = ("claims_dates", "claims_sanctions", "claims_quantities")

PATTERNS_FILE = "patterns.json"
MAX_SUBSETS = 256  # compiled subsets of a component's patterns kept for reuse
# lines_before: the article text just before a doc parsed on its own (a table row's heading);
# lines_after: the article text just after such a doc (the label lines under a heading);
# currencies: (word, code) pairs the article gives bare currency words ('crowns': SEK);
# day_first: whether the whole article writes days before months ('14 October'), None if unknown;
# season_start: (first, last month) of the season or crop year the article states, None if none;
# fiscal_start: the fiscal year the article sets out (dates.finder.PageFiscal), None if none;
# fiscal_home: the article's home country for its fiscal years (dates.json 'fiscal_years'), or None;
# story: the article a doc is a paragraph of (its id), so its earlier paragraphs are known;
# withheld: (sanction span start, end, quantity row) for numbers a sanction's targets took
_EXTENSIONS = (
    "published",
    "claims",
    "claim_rejections",
    "claim_rejected",
    "claim_matches",
    "lines_before",
    "lines_after",
    "currencies",
    "day_first",
    "season_start",
    "fiscal_start",
    "fiscal_home",
    "story",
    "withheld",
)
for _name, _default in ((n, None) for n in _EXTENSIONS):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


#: The Doc described last and what describe() worked out for its sentences: the three components
#: describe claims of the same sentences of one Doc in turn (its parse never changes meanwhile).
_described: LastSeen[Doc, SentenceMemo] = LastSeen(lambda _doc: {})


def _published(doc: Doc) -> dt.date | None:
    value = doc._.published
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value) if value else None


def _row(
    doc: Doc,
    claim_type: str,
    start: int,
    end: int,
    fields: ClaimRow,
    confidence: float,
    text: str | None = None,
    memo: SentenceMemo | None = None,
) -> ClaimRow:
    """A component's row: the claim's span, its sentence and context, its own fields."""
    row: ClaimRow = {
        "claim_type": claim_type,
        "span_start": start,
        "span_end": end,
        "confidence": round(confidence, 3),
    }
    row.update(describe(doc, start, end, text, memo))
    row.update(fields)
    return row


def _add(
    doc: Doc,
    claim_type: str,
    start: int,
    end: int,
    fields: ClaimRow,
    confidence: float,
    text: str | None = None,
    memo: SentenceMemo | None = None,
) -> None:
    row = _row(doc, claim_type, start, end, fields, confidence, text, memo)
    underscore = doc._  # a new object on every access: read once
    rows = underscore.claims
    if rows is None:
        rows = underscore.claims = []
    rows.append(row)
    bounds = columns(doc).expand(start, end)  # doc.char_span's tokens, without making them
    if bounds is not None and bounds[0] > bounds[1]:
        doc.char_span(start, end, alignment_mode="expand")  # fails as char_span would
    span = Span(doc, *bounds, label=claim_type) if bounds is not None else None
    if span is not None:
        # Not doc.spans.setdefault: it makes a new SpanGroup on every call, to throw away.
        group = doc.spans.get("claims")
        if group is None:
            doc.spans["claims"] = [span]
        else:
            group.append(span)


def _count(doc: Doc, rejections: Rejections) -> None:
    if not rejections and not rejections.candidates:
        return
    underscore = doc._
    if rejections:
        merged = Counter(underscore.claim_rejections or {})
        merged.update(dict(rejections))
        underscore.claim_rejections = dict(merged)
    if rejections.candidates:
        underscore.claim_rejected = list(underscore.claim_rejected or []) + [
            dict(c) for c in rejections.candidates
        ]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def read_patterns(references: Iterable[str], vocab: Any) -> PatternSet:
    """The patterns of every file named: a packaged name ("dates") or a path to a JSON file.
    A packaged file that does not exist yet is an empty set (the rules then work from code)."""
    entries: list[dict[str, Any]] = []
    for ref in references:
        if ref.endswith(".json") or "/" in ref:
            path = Path(ref)
            try:
                raw = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise UsageError(f"cannot read pattern file ({exc})", path) from None
        else:
            try:
                raw = load_data(f"patterns/{ref}")
            except FileNotFoundError:
                log.debug("no packaged pattern file %r: no patterns from it", ref)
                continue
        entries += list(raw.get("patterns", []))
    try:
        return PatternSet.from_raw({"patterns": entries}, vocab)
    except (KeyError, ValueError) as exc:
        raise UsageError(f"bad pattern in {list(references)} ({exc})") from None


class ClaimComponent:
    """What the three claim components share: pattern files, matches, overwrite, serialization."""

    claim_type = ""
    _packaged: tuple[PatternSet, bool] | None = None
    _gate: PatternGate | None = None
    _subsets: dict[tuple[int, ...], PatternSet]
    _found: tuple[Doc, dict[str, list[Match]]] | None = None  # the Doc matched last, its matches

    def __init__(
        self,
        nlp: Language,
        name: str,
        pattern_files: Sequence[str],
        overwrite: bool,
        calibration: str = CALIBRATION,
    ) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.pattern_files = list(pattern_files)
        self.overwrite = overwrite
        self.calibration = calibration
        self.patterns = read_patterns(self.pattern_files, self.vocab)

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Add constructions ({"id", "kind", "example", "pattern"}) to the ones already loaded."""
        raw = self.patterns.to_raw()
        raw["patterns"] += [dict(p) for p in patterns]
        self.patterns = PatternSet.from_raw(raw, self.vocab)

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite:
            self._clear(doc)
        found = self._match(doc) if self.patterns.patterns else {}
        underscore = doc._
        matches = dict(underscore.claim_matches or {})
        matches[self.name] = {pid: [list(m.tokens) for m in ms] for pid, ms in found.items()}
        underscore.claim_matches = matches
        self._found = (doc, found)
        rejections = Rejections(doc)
        self.extract(doc, rejections)
        _count(doc, rejections)
        return doc

    def _matches(self, doc: Doc) -> dict[str, list[Match]]:
        """This component's matches on `doc._.claim_matches` as `Match`es: those __call__ has
        just found when the Doc is the one it matched (the same values, without rebuilding
        them from the lists stored on the Doc)."""
        last = self._found
        if last is not None and last[0] is doc:
            return {pid: list(ms) for pid, ms in last[1].items()}
        found = (doc._.claim_matches or {}).get(self.name, {})
        return {pid: [Match(pid, tuple(t)) for t in ms] for pid, ms in found.items()}

    def _match(self, doc: Doc) -> dict[str, list[Match]]:
        """The patterns' matches: the matchers run only the patterns the gate shows may match
        (claims.extract.gates), and not at all when none may."""
        if self._gate is None or self._gate.patterns is not self.patterns:
            self._gate = PatternGate(self.patterns)
            self._subsets = {}
        passing = self._gate.passing(doc)
        if not passing:
            return {}
        subset = self.patterns
        if len(passing) < len(self.patterns.patterns):
            # A pattern's matches do not depend on the others in the matcher: run only these.
            found = self._subsets.get(passing)
            if found is None:
                if len(self._subsets) >= MAX_SUBSETS:
                    self._subsets.clear()
                chosen = [self.patterns.patterns[i] for i in passing]
                found = self._subsets[passing] = PatternSet(chosen, self.vocab)
            subset = found
        with matching(doc):  # custom attributes read for the whole Doc, not token by token
            return subset(doc)

    def _is(self, packaged: PatternSet) -> bool:
        """Whether this component's patterns are exactly `packaged` (a finder's own set)."""
        if self._packaged is None or self._packaged[0] is not self.patterns:
            self._packaged = (self.patterns, _signature(self.patterns) == _signature(packaged))
        return self._packaged[1]

    def extract(self, doc: Doc, rejections: Rejections) -> None:
        raise NotImplementedError

    def confidence(self, rank: float) -> float:
        """The rule's rank as the share of its predictions that were right on the dev sets."""
        return calibrated(self.claim_type, rank, self.calibration)

    def _clear(self, doc: Doc) -> None:
        """overwrite=True: this component's earlier claims on the doc go before it adds its own."""
        if doc._.claims:
            doc._.claims = [r for r in doc._.claims if r["claim_type"] != self.claim_type]
        if "claims" in doc.spans:
            keep = [s for s in doc.spans["claims"] if s.label_ != self.claim_type]
            doc.spans["claims"] = keep

    # Serialization, the SpanRuler way: the patterns travel with the pipeline.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self.patterns.to_raw()).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> ClaimComponent:
        self.patterns = PatternSet.from_raw(json.loads(data.decode("utf-8")), self.vocab)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.patterns.to_raw(), ensure_ascii=False, indent=1)
        (folder / PATTERNS_FILE).write_text(text + "\n", "utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClaimComponent:
        file = Path(path) / PATTERNS_FILE
        if file.exists():
            self.patterns = read_patterns([str(file)], self.vocab)
        return self


class DateComponent(ClaimComponent):
    """Date expressions resolved against the publication date."""

    claim_type = "date"

    def __init__(
        self,
        nlp: Language,
        name: str,
        pattern_files: Sequence[str],
        overwrite: bool,
        calibration: str = CALIBRATION,
    ) -> None:
        super().__init__(nlp, name, pattern_files, overwrite, calibration)
        self._nlp = nlp
        #: (the pipeline's tokenizer, what its extra special cases start with, or None when it
        #: tokenizes by other rules than the finder's tokenizer)
        self._alike: tuple[Any, tuple[str, ...] | None] | None = None

    def _given(self, doc: Doc) -> dict[str, list[Match]] | None:
        """The date token patterns' matches __call__ just found, for the finder to use instead of
        tokenizing the Doc's text again and matching it once more: only when these are the
        packaged patterns the finder runs and the pipeline tokenizes this text exactly as the
        finder's tokenizer does: by the same rules, or by the same rules plus special cases
        (the kept abbreviations, claims/data/tokens.json) none of which can apply to this text."""
        tokenizer = self._nlp.tokenizer
        if self._alike is None or self._alike[0] is not tokenizer:
            own = dates.token_patterns()[0].tokenizer
            self._alike = (tokenizer, _extra_cases(tokenizer, own))
        starts = self._alike[1]
        if starts is None or not self._is(dates.token_patterns()[1]):
            return None
        if starts:
            text = doc_text(doc)
            if any(start in text for start in starts):
                return None  # one of the pipeline's own special cases may split it otherwise
        return self._matches(doc)

    def _match(self, doc: Doc) -> dict[str, list[Match]]:
        """The packaged date patterns each need a trigger word or a year (dates.json
        'token_pattern_triggers', tested): text without one is not matched, as in the finder."""
        if self._is(dates.token_patterns()[1]) and not dates.token_triggered(doc_text(doc)):
            return {}
        return super()._match(doc)

    def extract(self, doc: Doc, rejections: Rejections) -> None:
        published = _published(doc)
        text = doc_text(doc)
        memo = _described.get(doc)
        given = self._given(doc)
        with dates.given_doc(text, doc, given) if given is not None else nullcontext():
            self._extract(doc, text, published, memo)

    def _extract(self, doc: Doc, text: str, published: dt.date | None, memo: SentenceMemo) -> None:
        for match, res in dates.iter_dates_over_box(
            text,
            doc._.lines_after,
            published,
            doc._.lines_before,
            doc._.day_first,
            doc._.season_start,
            doc._.fiscal_start,
            doc._.fiscal_home,
        ):
            fields: ClaimRow = {
                "date_text": text[match.surface_start : match.end],
                "date_start": _iso(res.start),
                "date_end": _iso(res.end),
                "date_granularity": res.granularity,
                "date_unresolved_reason": res.reason,
            }
            rank = 0.85 if res.start else 0.6
            _add(doc, "date", match.start, match.end, fields, self.confidence(rank), text, memo)


def _tokenizer_bytes(tokenizer: Any, exclude: Sequence[str] = ()) -> bytes | None:
    """A tokenizer's rules (prefixes, suffixes, infixes, exceptions, ...), to compare two."""
    try:
        return bytes(tokenizer.to_bytes(exclude=["vocab", *exclude]))
    except (AttributeError, TypeError, ValueError):
        return None  # a custom tokenizer: never taken for the finder's


def _extra_cases(tokenizer: Any, own: Tokenizer) -> tuple[str, ...] | None:
    """When `tokenizer` has every rule of `own` (the date finder's) plus special cases of its
    own: the first token each of those is cut into without special cases (empty when there are
    none). spaCy applies a special case where the whole case stands in the text, and looks for
    it where those pieces follow one another; either way its first piece stands there, so on a
    text holding none of these the two make the same tokens. None when they differ otherwise."""
    if _tokenizer_bytes(tokenizer, ["exceptions"]) != _tokenizer_bytes(own, ["exceptions"]):
        return None
    if not isinstance(tokenizer, Tokenizer) or _tokenizer_bytes(tokenizer) is None:
        return None
    rules, base = tokenizer.rules or {}, own.rules or {}
    if any(rules.get(word) != value for word, value in base.items()):
        return None
    extra = [word for word in rules if word not in base]
    if any(not word.strip() or len(word.split()) > 1 for word in extra):
        return None  # a case with white space: not worked out
    bare = Tokenizer(  # own's affix rules without any special case
        own.vocab,
        prefix_search=own.prefix_search,
        suffix_search=own.suffix_search,
        infix_finditer=own.infix_finditer,
        token_match=own.token_match,
        url_match=own.url_match,
    )
    return tuple(sorted({bare(word)[0].text for word in extra}))


def _signature(patterns: PatternSet) -> list[tuple[str, str, str]]:
    return [(p.id, p.kind, json.dumps(p.pattern, sort_keys=True)) for p in patterns.patterns]


class SanctionComponent(ClaimComponent):
    """One sanction claim per sentence stating a sanction action; targets kept for quantities."""

    claim_type = "sanction"

    def _packaged_matches(self, doc: Doc) -> dict[str, list[Match]] | None:
        """The matches __call__ just found, when this component's patterns are the packaged ones
        the finder would run again (None: the finder matches its own)."""
        if not self._is(sanctions.packaged_patterns(self.vocab)):  # what the finder would run
            return None
        return self._matches(doc)

    def extract(self, doc: Doc, rejections: Rejections) -> None:
        published = _published(doc)
        targets: list[Span] = []
        sentences: list[Span] = []
        text: str | None = None
        memo = _described.get(doc)
        for claim in sanctions.extract(doc, rejections, self._packaged_matches(doc)):
            text = doc_text(doc) if text is None else text
            sent = sentence_of(doc, claim.start, claim.end)
            said = text[sent.start_char : sent.end_char]  # sent.text, without joining tokens
            when = [r.start for m, r in dates.iter_dates(said, published) if r.granularity == "day"]
            fields = claim.fields() | {"sanction_date": _iso(when[0]) if when else None}
            confidence = self.confidence(claim.confidence)
            _add(doc, "sanction", claim.start, claim.end, fields, confidence, text, memo)
            targets += [doc[i : i + 1] for i in sorted(claim.target_tokens)]
            sentences.append(sent)
        doc.spans["sanction_targets"] = targets
        doc.spans["sanction_sentences"] = sentences


class QuantityComponent(ClaimComponent):
    """Quantities, skipping numbers that count a sanction's own targets (read from the sanctions
    component's spans, or found afresh when it is not in the pipeline)."""

    claim_type = "quantity"

    def extract(self, doc: Doc, rejections: Rejections) -> None:
        exclude = sanctioned.target_counts(doc)
        matches = self._matches(doc)
        text: str | None = None
        memo = _described.get(doc)
        kept: list[tuple[int, int]] = []
        for q in quantities.extract(doc, exclude, rejections, self.patterns, matches):
            text = doc_text(doc) if text is None else text
            confidence = self.confidence(q.confidence)
            _add(doc, "quantity", q.start, q.end, q.fields(), confidence, text, memo)
            kept.append((q.start, q.end))
        if exclude:
            self._withhold(doc, kept, matches, memo)

    def _withhold(
        self,
        doc: Doc,
        kept: list[tuple[int, int]],
        matches: dict[str, list[Match]],
        memo: SentenceMemo,
    ) -> None:
        """The quantities a sanction's target counts took, as rows kept on the Doc beside the
        sanction that took them: the extractor gives them back if it drops that sanction (no
        authority), so a number is never lost to a claim that is not written. Only sanctions
        read in a sentence with no word of a sanction action (a list line under a heading) are
        asked: one that states its action ('added 14 firms') is a sanction whose authority went
        unread, and its counts stay its targets. Counts a freezing word acts on stay withheld
        (`sanctioned.standing_counts`): they are no quantity whether or not a sanction claim is
        written. Only such Docs pay for the second scan."""
        cues = cue_words()
        owners = [
            (r["sentence_start"], r["sentence_end"], r["span_start"], r["span_end"])
            for r in doc._.claims or []
            if r["claim_type"] == "sanction"
            and not any(t.lower_ in cues for t in sentence_of(doc, r["span_start"], r["span_end"]))
        ]
        if not owners:
            return
        text = doc_text(doc)
        held: list[tuple[int, int, ClaimRow]] = []
        standing = sanctioned.standing_counts(doc)
        for q in quantities.extract(doc, standing, Rejections(doc), self.patterns, matches):
            if any(q.start < end and start < q.end for start, end in kept):
                continue
            owner = _owner(owners, q.start)
            if owner is None:
                continue
            confidence = self.confidence(q.confidence)
            row = _row(doc, "quantity", q.start, q.end, q.fields(), confidence, text, memo)
            held.append((*owner, row))
        doc._.withheld = held or None


def _owner(owners: list[tuple[int, int, int, int]], at: int) -> tuple[int, int] | None:
    """The sanction (span start, end) whose sentence holds character `at`, else the last one
    before it (a partitive count read after a sanction sentence)."""
    inside = [(s, e) for lo, hi, s, e in owners if lo <= at < hi]
    before = [(s, e) for lo, _hi, s, e in owners if lo <= at]
    found = inside or before
    return found[-1] if found else None


def _config(name: str) -> dict[str, Any]:
    return {"pattern_files": [name], "overwrite": False, "calibration": CALIBRATION}


@Language.factory(
    "claims_dates",
    requires=[],
    assigns=["doc._.claims", "doc.spans"],
    default_config=_config("dates"),
)
def make_dates(
    nlp: Language, name: str, pattern_files: list[str], overwrite: bool, calibration: str
) -> DateComponent:
    return DateComponent(nlp, name, pattern_files, overwrite, calibration)


@Language.factory(
    "claims_sanctions",
    requires=["token.pos", "token.dep"],
    assigns=["doc._.claims", "doc.spans"],
    default_config=_config("sanctions"),
)
def make_sanctions(
    nlp: Language, name: str, pattern_files: list[str], overwrite: bool, calibration: str
) -> SanctionComponent:
    return SanctionComponent(nlp, name, pattern_files, overwrite, calibration)


@Language.factory(
    "claims_quantities",
    requires=["token.pos", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.claims", "doc._.claim_rejections", "doc.spans"],
    default_config=_config("quantities"),
)
def make_quantities(
    nlp: Language, name: str, pattern_files: list[str], overwrite: bool, calibration: str
) -> QuantityComponent:
    return QuantityComponent(nlp, name, pattern_files, overwrite, calibration)


def _keep_abbreviations(nlp: Language) -> None:
    """Titles the model's tokenizer splits from their period ('Col.', 'Brig.') kept whole: the
    lone period would end a sentence in the middle of a name (claims/data/tokens.json)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for word in load_data("tokens")["kept_abbreviations"]:
        tokenizer.add_special_case(word, [{ORTH: word}])


def load(model: str = DEFAULT_MODEL) -> Language:
    """The model without the components claims do not use, plus the claim components."""
    try:
        nlp = spacy.load(model, exclude=list(UNUSED))
    except (OSError, ImportError) as exc:
        raise UsageError(
            f"cannot load spaCy model {model!r} ({str(exc).splitlines()[0][:160]})"
        ) from None
    for _, component in nlp.pipeline:  # the same annotations, set with less overhead
        if isinstance(component, AttributeRuler):
            rulememo.speed_up(component)
        elif isinstance(component, Lemmatizer):
            lemmas.speed_up(component)
    blas.speed_up(nlp)  # the model's matrix products through numpy's BLAS, on one thread
    _keep_abbreviations(nlp)
    split_note_marks(nlp.tokenizer)
    for pipe in CLAIM_PIPES:
        if pipe not in nlp.pipe_names:  # a pipeline saved with its claim components has them
            nlp.add_pipe(pipe)
    return nlp


def version(nlp: Language) -> str:
    """Tool and model versions, for the `extractor` column."""
    from claims import __version__

    meta = nlp.meta
    model = f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"
    return f"claims {__version__}; spacy {spacy.__version__}; {model}"
