"""`claims extract`: articles.parquet in, claims.parquet out, streaming so memory stays flat.

Articles are read a batch at a time, cut into claim-bearing paragraphs (claims.chunks), parsed
with `nlp.pipe` and the claim components (claims.nlp); each article's rows are finished in input
order (offsets shifted into articles.text, ids, sanction authorities carried over from earlier
sentences) and streamed to Parquet with store.TableWriter, then the folder is validated.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc
from tqdm import tqdm

from claims import store
from claims.extract import DEFAULT_MODEL
from claims.extract.chunking import Chunk, chunks, dateline, is_english, language_sample
from claims.extract.pipeline import load, version
from claims.extract.sanctions.carry import carry_sanctions
from claims.ids import claim_id
from claims.validate.tables import ValidationReport, validate
from schemas.claims import ARROW_SCHEMA, ClaimRow

log = logging.getLogger(__name__)

COLUMNS = [f.name for f in ARROW_SCHEMA]
WRITE_EVERY = 2_000
PROGRESS_MIN = 50


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
        carry_sanctions([r for r in rows if r["claim_type"] == "sanction"])
        out: list[ClaimRow] = []
        seen: set[str] = set()
        for row in rows:
            if row["claim_type"] == "sanction" and not row["sanction_authorities"]:
                self.report.rejections["sanction:no_authority"] += 1
                continue
            if row["claim_id"] in seen:
                continue
            seen.add(row["claim_id"])
            out.append(row)
            self.report.claims[row["claim_type"]] += 1
            self.report.segments[(row["claim_type"], row["segment"])] += 1
        return out

    def row(self, art: _Article, chunk: Chunk, raw: ClaimRow) -> ClaimRow:
        row = cast(ClaimRow, dict.fromkeys(COLUMNS))
        row.update(raw)
        off = chunk.start
        row["span_start"] = raw["span_start"] + off
        row["span_end"] = raw["span_end"] + off
        row["sentence_start"] = raw["sentence_start"] + off
        row["sentence_end"] = raw["sentence_end"] + off
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
) -> Iterator[tuple[Doc, tuple[int, Chunk]]]:
    """(Doc, (article seq, chunk)) for every claim-bearing chunk; every article is queued, even
    without chunks, and marked done once all its chunks are out (contexts pickle: n_process)."""
    for seq, row in enumerate(articles):
        report.articles += 1
        text = row["text"] or ""
        art = _Article(row["article_id"], text, row.get("title"), seq)
        pending[seq] = art
        if is_english(language_sample(text, row["segments"])):
            line = dateline(text) if not _has_byline(row["segments"]) else None
            when = row["published"] or (line[0] if line else None)
            published = when.isoformat() if when else None
            for chunk in chunks(text, row["segments"], line[1:] if line else None):
                art.expected += 1
                report.chunks += 1
                doc = nlp.make_doc(text[chunk.start : chunk.end])
                doc._.published = published
                yield doc, (seq, chunk)
        else:
            report.skipped_non_english += 1
        art.done = True


def extract(
    data_dir: str | Path,
    model: str = DEFAULT_MODEL,
    batch_size: int = 64,
    processes: int = 1,
    progress: bool = False,
    check: bool = True,
) -> ExtractReport:
    """Extract claims from DATA/articles.parquet into DATA/claims.parquet, then validate DATA."""
    data = Path(data_dir)
    source = data / "articles.parquet"
    total = store.open_parquet(source).metadata.num_rows
    nlp = load(model)
    finisher = _Finisher(version(nlp), ExtractReport())
    report = finisher.report
    pending: dict[int, _Article] = {}
    articles = store.iter_rows(
        source, columns=["article_id", "text", "title", "published", "segments"]
    )
    bar = tqdm(
        total=total, unit="article", disable=not progress or total < PROGRESS_MIN, leave=False
    )
    with store.TableWriter("claims", data / "claims.parquet") as writer:
        buffer: list[ClaimRow] = []

        def flush_ready(final: bool = False) -> None:
            while pending:
                art = pending[next(iter(pending))]
                if not final and not (art.done and art.received >= art.expected):
                    break
                del pending[art.seq]
                buffer.extend(finisher.rows(art))
                bar.update(1)
            if len(buffer) >= WRITE_EVERY or final:
                writer.write(buffer)
                buffer.clear()

        stream = nlp.pipe(
            _docs(nlp, articles, pending, report),
            as_tuples=True,
            batch_size=batch_size,
            n_process=processes,
        )
        for doc, (seq, chunk) in stream:
            art = pending[seq]
            art.received += 1
            art.raw += [(chunk, raw) for raw in (doc._.claims or [])]
            report.rejections.update(doc._.claim_rejections or {})
            flush_ready()
        flush_ready(final=True)
    bar.close()
    report.path = data / "claims.parquet"
    if check:
        report.validation = validate([data])
    log.info(
        "extract: %d article(s), %d claim(s), %d paragraph(s) parsed",
        report.articles,
        report.total,
        report.chunks,
    )
    return report
