"""`claims run`: ingest, extract and validate in one go, for the common case."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claims.extract import DEFAULT_MODEL
from claims.extract.corpus import ExtractReport, extract
from claims.ingest import DEFAULT_MAX_BYTES
from claims.ingest.corpus import IngestReport, ingest
from claims.validate.tables import ValidationReport, validate


@dataclass
class RunReport:
    ingest: IngestReport
    validation: ValidationReport
    extraction: ExtractReport | None = None


def run(
    sources: list[str | Path],
    out: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    model: str = DEFAULT_MODEL,
    processes: int = 1,
) -> RunReport:
    """Build `out/` from the sources; validation covers every table written."""
    ingested = ingest(sources, out, max_bytes=max_bytes)
    if not ingested.path:
        return RunReport(ingested, ValidationReport())
    extraction = extract(out, model=model, processes=processes, progress=True, check=False)
    return RunReport(ingested, validate([out]), extraction)
