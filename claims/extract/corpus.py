"""`claims extract`: articles.parquet in, claims.parquet out, streaming so memory stays flat.

The articles are cut into shards (a few hundred rows each); `extract_rows` is the one extraction
function: each article is cut into claim-bearing paragraphs (chunking), parsed with `nlp.pipe` and
the claim components (pipeline), and its rows finished in input order (offsets shifted into
articles.text, ids, sanction authorities carried over from earlier sentences). An engine
(claims.extract.engines: this process, a process pool, or Ray Data) runs `run_shard` on every
shard, which writes one claims part; the parts become claims.parquet (or the claims/ shards),
then the folder is validated. Finished parts survive an interruption, so `--resume` redoes only
the rest.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import logging
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, cast

import pyarrow as pa
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from claims import engines, store
from claims.errors import UsageError
from claims.extract import DEFAULT_MODEL
from claims.extract.chunking import Chunk, chunks, dateline, is_english, language_sample
from claims.extract.dates.finder import fiscal_home, fiscal_start, season_start, writes_day_first
from claims.extract.dates.headings import (
    dateline_days,
    day_headings,
    entry_days,
    implied_day,
    reference_day,
    report_heading_day,
    sent_days,
    signed_days,
)
from claims.extract.list_items import mark_deck_clauses, mark_items
from claims.extract.pipeline import load, version
from claims.extract.quantities.finder import named_currencies
from claims.extract.rejoin import (
    Shift,
    Words,
    column_text,
    in_one_piece,
    on_page,
    rejoin,
    squeezed,
    unescaped,
)
from claims.extract.sanctions.carry import carry_sanctions
from claims.extract.syntax import made_from
from claims.ids import claim_id
from claims.ingest.markup import plain_text, shows_entities, spoken_forms
from claims.ingest.wrapping import reading_text
from claims.progress import Progress
from claims.validate.tables import ValidationReport, validate
from schemas.claims import ARROW_SCHEMA, ClaimRow

log = logging.getLogger(__name__)

COLUMNS = [f.name for f in ARROW_SCHEMA]
WRITE_EVERY = 2_000


@dataclass
class ExtractReport:
    """Counters of one run (datatrove style): what was read, kept, skipped and why."""

    articles: int = 0
    skipped_non_english: int = 0
    chunks: int = 0
    claims: Counter[str] = field(default_factory=Counter)
    segments: Counter[tuple[str, str]] = field(default_factory=Counter)
    rejections: Counter[str] = field(default_factory=Counter)
    path: Path | None = None
    validation: ValidationReport | None = None

    @property
    def total(self) -> int:
        return sum(self.claims.values())

    def as_stats(self) -> dict[str, Any]:
        """The counters as JSON, to travel from a worker or sit beside a finished shard."""
        return {
            "articles": self.articles,
            "skipped_non_english": self.skipped_non_english,
            "chunks": self.chunks,
            "claims": dict(self.claims),
            "segments": [[t, k, n] for (t, k), n in sorted(self.segments.items())],
            "rejections": dict(self.rejections),
        }

    def add_stats(self, stats: dict[str, Any]) -> None:
        self.articles += stats["articles"]
        self.skipped_non_english += stats["skipped_non_english"]
        self.chunks += stats["chunks"]
        self.claims.update(stats["claims"])
        self.segments.update({(t, k): n for t, k, n in stats["segments"]})
        self.rejections.update(stats["rejections"])


@dataclass
class _Article:
    article_id: str
    text: str
    title: str | None
    seq: int = 0
    expected: int = 0
    received: int = 0
    done: bool = False
    raw: list[tuple[Chunk, ClaimRow]] = field(default_factory=list)
    # quantities a sanction's targets took: (chunk, that sanction's span start, end, row)
    withheld: list[tuple[Chunk, int, int, ClaimRow]] = field(default_factory=list)
    # words rejoined over line breaks, by chunk start: how the parsed offsets map to the page
    shifts: dict[int, tuple[Shift, ...]] = field(default_factory=dict)
    # character references decoded ('&nbsp;', '&#8217;'), by chunk start: read before the above
    decoded: dict[int, tuple[Shift, ...]] = field(default_factory=dict)
    # gaps of blanked markup closed up ('<b>12</b>'), by chunk start: read between the two above
    closed: dict[int, tuple[Shift, ...]] = field(default_factory=dict)


class _Finisher:
    """Turns component rows into table rows, one article at a time, in input order."""

    def __init__(self, extractor: str, report: ExtractReport):
        self.extractor = extractor
        self.report = report

    def rows(self, art: _Article) -> list[ClaimRow]:
        ordered = sorted(
            art.raw, key=lambda cr: (cr[0].start + cr[1]["span_start"], cr[1]["claim_type"])
        )
        rows = [self.row(art, chunk, raw) for chunk, raw in ordered]
        carry_sanctions([r for r in rows if r["claim_type"] == "sanction"], art.text)
        kept: list[ClaimRow] = []
        dropped: set[tuple[int, int]] = set()
        for row in rows:
            if row["claim_type"] == "sanction" and not row["sanction_authorities"]:
                self.report.rejections["sanction:no_authority"] += 1
                dropped.add((row["span_start"], row["span_end"]))
                continue
            kept.append(row)
        if dropped and art.withheld:
            kept = self._give_back(art, kept, dropped)
        out: list[ClaimRow] = []
        seen: set[str] = set()
        for row in kept:
            if row["claim_id"] in seen:
                continue
            seen.add(row["claim_id"])
            out.append(row)
            self.report.claims[row["claim_type"]] += 1
            self.report.segments[(row["claim_type"], row["segment"])] += 1
        return out

    def _give_back(
        self, art: _Article, rows: list[ClaimRow], dropped: set[tuple[int, int]]
    ) -> list[ClaimRow]:
        """The quantities a dropped sanction's target counts had taken, back among the rows in
        text order: what the quantity rules read there had the sanction never been found."""
        back = [
            self.row(art, chunk, raw)
            for chunk, start, end, raw in art.withheld
            if _span_on_page(art, chunk, start, end) in dropped
        ]
        if not back:
            return rows
        return sorted(rows + back, key=lambda r: (r["span_start"], r["claim_type"]))

    def row(self, art: _Article, chunk: Chunk, raw: ClaimRow) -> ClaimRow:
        row = cast(ClaimRow, dict.fromkeys(COLUMNS))
        row.update(raw)
        row["span_start"], row["span_end"] = _span_on_page(
            art, chunk, raw["span_start"], raw["span_end"]
        )
        row["sentence_start"], row["sentence_end"] = _on_page(
            art, chunk, raw["sentence_start"], raw["sentence_end"]
        )
        row["span_text"] = art.text[row["span_start"] : row["span_end"]]
        row["sentence"] = art.text[row["sentence_start"] : row["sentence_end"]]
        row["segment"] = chunk.segment
        row["article_id"] = art.article_id
        row["claim_id"] = claim_id(
            art.article_id, row["claim_type"], row["span_start"], row["span_end"]
        )
        row["extractor"] = self.extractor
        row["date_start"] = _as_date(row["date_start"])
        row["date_end"] = _as_date(row["date_end"])
        row["sanction_date"] = _as_date(row["sanction_date"])
        row["sanction_authorities"] = row["sanction_authorities"] or []
        row["sanction_targets"] = row["sanction_targets"] or []
        return row


def _on_page(art: _Article, chunk: Chunk, start: int, end: int) -> tuple[int, int]:
    """A chunk's offsets as the page's: words rejoined over line breaks shifted back."""
    shifts = art.shifts.get(chunk.start, ())
    decoded = art.decoded.get(chunk.start, ())
    start, end = on_page(decoded, start), on_page(decoded, end)
    closed = art.closed.get(chunk.start, ())
    start, end = on_page(closed, start), on_page(closed, end)
    return chunk.start + on_page(shifts, start), chunk.start + on_page(shifts, end)


def _span_on_page(art: _Article, chunk: Chunk, start: int, end: int) -> tuple[int, int]:
    """A claim's span on the page; a column's claim stays on its side of the gutter."""
    start, end = _on_page(art, chunk, start, end)
    return in_one_piece(art.text, chunk.pieces, start, end) if chunk.pieces else (start, end)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    """Components keep dates as ISO strings (JSON-safe across processes); the table wants dates."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value) if value else None
    return value


def _has_byline(segments: list[dict[str, Any]] | None) -> bool:
    return any(s["kind"] == "byline" for s in segments or [])


def _docs(
    nlp: Language,
    articles: Iterator[dict[str, Any]],
    pending: dict[int, _Article],
    report: ExtractReport,
    prefilter: bool = True,
) -> Iterator[tuple[Doc, tuple[int, Chunk]]]:
    """(Doc, (article seq, chunk)) for every claim-bearing chunk; every article is queued, even
    without chunks, and marked done once all its chunks are out (contexts pickle: n_process)."""
    own_tokenizer = type(nlp.tokenizer) is Tokenizer  # spaCy's: a Doc's text is what it was given
    words = Words.of(nlp)  # the lemma tables that tell a hyphenated word from a compound
    for seq, row in enumerate(articles):
        report.articles += 1
        text = row["text"] or ""
        art = _Article(row["article_id"], text, row.get("title"), seq)
        pending[seq] = art
        if is_english(language_sample(text, row["segments"])):
            line = dateline(text) if not _has_byline(row["segments"]) else None
            when = row["published"] or (line[0] if line else None) or report_heading_day(text)
            when = when or implied_day(text)  # 'in the Spring 2024 issue': from its first day
            day_first = writes_day_first(text)  # '06/04/2010' below a page's '14 October'
            headings = sorted(
                [
                    *day_headings(text, when),  # a live page's entries speak from their day
                    *sent_days(text, when),  # so do quoted emails
                    *dateline_days(text, when),  # and dated statements
                    *signed_days(text, when),  # and signed field notes
                    *entry_days(text, when, day_first),  # and stamped posts
                ]
            )
            currencies = named_currencies(text)  # 'crowns' in a story that names Swedish crowns
            season = season_start(text)  # '2025/26' on a page whose crop year began in October
            entities = shows_entities(text)
            marked = plain_text(text) != text  # a page saved with its markup: tags, links
            fiscal = fiscal_start(text)  # 'H1 F2026' on a page that names its half's months
            home = fiscal_home(text)  # 'fiscal 2023-24' on a page from Karachi: July to June
            for chunk in chunks(text, row["segments"], line[1:] if line else None, prefilter):
                art.expected += 1
                report.chunks += 1
                if chunk.pieces:  # a column of a page whose columns share its lines
                    paragraph, shifts = column_text(text, chunk.pieces)
                else:
                    paragraph, shifts = rejoin(  # wraps, page breaks, hyphenated words
                        text[chunk.start : chunk.end],
                        (text if chunk.lines else reading_text(text))[chunk.start : chunk.end],
                        words,
                    )
                if shifts:
                    art.shifts[chunk.start] = shifts
                if marked and not chunk.pieces:  # the blanked markup's gaps closed up
                    spoken = tuple(  # '<say-as interpret-as="date" format="dm">3-4</say-as>'
                        (s - chunk.start, e - chunk.start, read)
                        for s, e, read in spoken_forms(text)
                        if chunk.start <= s and e <= chunk.end
                    )
                    paragraph, closed = squeezed(text[chunk.start : chunk.end], paragraph, spoken)
                    art.closed[chunk.start] = closed
                if entities:  # a page saved with its character references undecoded
                    paragraph, decoded = unescaped(paragraph)
                    art.decoded[chunk.start] = decoded
                doc = nlp.make_doc(paragraph)
                mark_items(doc, text[chunk.start : chunk.end])  # 'Key points: | a | b | c'
                mark_deck_clauses(doc, text[chunk.start : chunk.end])  # 'X frozen; Y barred'
                if own_tokenizer:
                    made_from(doc, paragraph)  # the claim rules read its text without a join
                day = reference_day(headings, chunk.start, when)
                doc._.published = day.isoformat() if day else None
                doc._.lines_before = text[max(0, chunk.start - 600) : chunk.start]
                doc._.lines_after = text[chunk.end : chunk.end + 200]
                doc._.currencies = currencies
                doc._.day_first = day_first
                doc._.season_start = season
                doc._.fiscal_start = fiscal
                doc._.fiscal_home = home
                doc._.story = (art.article_id, art.expected)  # paragraphs in text order
                yield doc, (seq, chunk)
        else:
            report.skipped_non_english += 1
        art.done = True


ARTICLE_COLUMNS = ["article_id", "text", "title", "published", "segments"]
SHARD_ROWS = 500


def extract_rows(
    nlp: Language,
    articles: Iterable[dict[str, Any]],
    extractor: str,
    batch_size: int = 64,
    prefilter: bool = True,
) -> tuple[list[ClaimRow], ExtractReport]:
    """The extraction function both engines call: article rows in, claim rows out (in article
    order, then text order), with the run's counters. Pure: no reading or writing."""
    finisher = _Finisher(extractor, ExtractReport())
    report = finisher.report
    pending: dict[int, _Article] = {}
    out: list[ClaimRow] = []

    def flush_ready(final: bool = False) -> None:
        while pending:
            art = pending[next(iter(pending))]
            if not final and not (art.done and art.received >= art.expected):
                break
            del pending[art.seq]
            out.extend(finisher.rows(art))

    stream = nlp.pipe(
        _docs(nlp, iter(articles), pending, report, prefilter),
        as_tuples=True,
        batch_size=batch_size,
    )
    for doc, (seq, chunk) in stream:
        art = pending[seq]
        art.received += 1
        art.raw += [(chunk, raw) for raw in (doc._.claims or [])]
        art.withheld += [(chunk, s, e, raw) for s, e, raw in (doc._.withheld or [])]
        report.rejections.update(doc._.claim_rejections or {})
        flush_ready()
    flush_ready(final=True)
    return out, report


@dataclass(frozen=True)
class Shard:
    """Articles start..stop-1 of the articles table, extracted into claims part `index`."""

    index: int
    start: int
    stop: int


def plan(total: int, shard_rows: int = SHARD_ROWS) -> list[Shard]:
    return [
        Shard(i, start, min(start + shard_rows, total))
        for i, start in enumerate(range(0, total, shard_rows))
    ]


def run_shard(
    nlp: Language, source: Path, staging: Path, shard: Shard, extractor: str, batch_size: int
) -> dict[str, Any]:
    """Read one shard's articles, extract, write its claims part; returns its counters (JSON).
    Run again after a crash it writes the same part over itself, so retries never duplicate."""
    articles = store.read_slice(source, shard.start, shard.stop, ARTICLE_COLUMNS)
    rows, report = extract_rows(nlp, articles, extractor, batch_size)
    stats = report.as_stats()
    store.write_shard(store.to_arrow("claims", rows), staging, shard.index, stats)
    return stats


#: A short article of every kind of claim, extracted once when a process loads its pipeline.
WARM_UP = {
    "article_id": "warm-up",
    "title": None,
    "published": None,
    "segments": None,
    "text": (
        "Published: 4 June 2024\n\n"
        "The council imposed sanctions on three shipping firms and 12 tankers on Tuesday, "
        "officials said, a week after exports fell 5% to 1.2 million barrels a day.\n"
        "Last year the ministry froze the assets of two banks; more listings are expected "
        "by the end of March."
    ),
}


@cache
def warm_pipeline(model: str) -> Language:
    """One pipeline per process: the driver's (for the version) doubles as the local worker's.
    It extracts one short article before it is handed out: the rules compile their regexes and
    matchers on first use, a cost of every process, not of its first shard's articles.
    What is alive then (the model, the compiled rules) lives as long as the process: it is
    moved out of the garbage collector's reach (`gc.freeze`), so the collector's full passes
    during extraction no longer walk the model's objects (about 0.2 CPU s a pass)."""
    nlp = load(model)
    extract_rows(nlp, [dict(WARM_UP)], "warm-up")
    gc.freeze()
    return nlp


@dataclass(frozen=True)
class Job:
    """What every worker needs to extract shards: plain values, so it pickles to any process."""

    model: str
    source: Path
    staging: Path
    extractor: str
    batch_size: int


class ShardWorker:
    """The worker every engine builds once per process or Ray actor: loads the spaCy pipeline
    once, then extracts one shard per call."""

    def __init__(self, job: Job):
        self.job = job
        self.nlp = warm_pipeline(job.model)

    def __call__(self, item: dict[str, Any]) -> dict[str, Any]:
        shard = Shard(int(item["index"]), int(item["start"]), int(item["stop"]))
        j = self.job
        return run_shard(self.nlp, j.source, j.staging, shard, j.extractor, j.batch_size)


def _fingerprint(source: Path, extractor: str, shard_rows: int) -> dict[str, Any]:
    """What a resumed run must share with the interrupted one: the articles (by id, in order,
    so re-ingesting the same sources still resumes), the extractor and the shard size."""
    digest = hashlib.sha256()
    for batch in store.iter_batches(source, columns=["article_id"], batch_size=50_000):
        for value in batch.column(0).to_pylist():
            digest.update(f"{value}\n".encode())
    return {"articles": digest.hexdigest(), "extractor": extractor, "shard_rows": shard_rows}


def _prepare_staging(staging: Path, fingerprint: dict[str, Any], resume: bool) -> None:
    manifest = staging / "manifest.json"
    if resume and manifest.exists():
        if json.loads(manifest.read_text("utf-8")) != fingerprint:
            raise UsageError(
                "cannot resume: the articles, the model or --shard-size changed since the "
                "interrupted run (run again without --resume)",
                staging,
            )
        return
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    manifest.write_text(json.dumps(fingerprint), "utf-8")


def extract(
    data_dir: str | Path,
    model: str = DEFAULT_MODEL,
    batch_size: int = 64,
    processes: int | None = None,
    progress: bool = False,
    check: bool = True,
    engine: str = "local",
    address: str | None = None,
    resume: bool = False,
    shard_rows: int = SHARD_ROWS,
    sharded: bool | None = None,
) -> ExtractReport:
    """Extract claims from DATA/articles.parquet into DATA/claims.parquet (or DATA/claims/
    shards), then validate DATA. Work is cut into shards of `shard_rows` articles, each written
    as soon as it is done, so `resume=True` redoes only the shards an interrupted run left."""
    engines.check(engine, address)
    data = Path(data_dir)
    source = data / "articles.parquet"
    if not store.exists(source):
        raise UsageError("no articles.parquet here (run `claims ingest` first)", data)
    total = store.num_rows(source)
    target = data / "claims.parquet"
    staging = store.staging_dir(target)
    extractor = version(warm_pipeline(model))
    _prepare_staging(staging, _fingerprint(source, extractor, shard_rows), resume)
    shards = plan(total, shard_rows)
    done = store.finished_shards(staging)
    todo = [s for s in shards if s.index not in done]
    report = ExtractReport()
    with Progress(total, "extract", "article", enabled=progress) as bar:
        for stats in done.values():
            report.add_stats(stats)
            bar.update(stats["articles"])
        job = Job(model, source, staging, extractor, batch_size)
        items = [{"index": s.index, "start": s.start, "stop": s.stop} for s in todo]
        for stats in engines.run(engine, ShardWorker, job, items, processes, address):
            report.add_stats(stats)
            bar.update(stats["articles"])
    if sharded if sharded is not None else engine == "ray":
        store.drop_stats(staging)
        (staging / "manifest.json").unlink()
        report.path = store.commit_shards(staging, target)
    else:
        with store.TableWriter("claims", target) as writer:
            for shard in shards:
                part = staging / store.part_name(shard.index)
                for batch in store.iter_batches(part, batch_size=WRITE_EVERY):
                    writer.write_arrow(pa.Table.from_batches([batch]))
        shutil.rmtree(staging, ignore_errors=True)
        report.path = target
    if check:
        report.validation = validate([data], progress=progress)
    log.info(
        "extract: %d article(s), %d claim(s), %d paragraph(s) parsed, %d shard(s) resumed",
        report.articles,
        report.total,
        report.chunks,
        len(done),
    )
    return report
