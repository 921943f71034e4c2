"""`claims run`: ingest, extract and validate in one go, for the common case."""

from __future__ import annotations

import contextlib
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
    processes: int | None = None,
    engine: str = "local",
    address: str | None = None,
    resume: bool = False,
) -> RunReport:
    """Build `out/` from the sources; validation covers every table written. With the ray
    engine, ingest and extract share one Ray session (one local instance, or the cluster)."""
    session: contextlib.AbstractContextManager[object] = contextlib.nullcontext()
    if engine == "ray":
        from claims.engines import ray_session

        session = ray_session(address, processes)
    with session:
        ingested = ingest(
            sources,
            out,
            max_bytes=max_bytes,
            engine=engine,
            processes=processes,
            address=address,
            progress=True,
        )
        if not ingested.path:
            return RunReport(ingested, ValidationReport())
        extraction = extract(
            out,
            model=model,
            processes=processes,
            progress=True,
            check=False,
            engine=engine,
            address=address,
            resume=resume,
        )
    return RunReport(ingested, validate([out]), extraction)
