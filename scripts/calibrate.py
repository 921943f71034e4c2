"""Rebuild claims/data/confidence.json: run the extractor with raw ranks over the development sets
(every set with floors in tests/data/thresholds.json, read by scripts/devsets.py; never a held-out
set) and record, per claim type and rank, the share of predictions that matched a gold claim (see
claims.extract.calibration).

    .venv/bin/python scripts/calibrate.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from devsets import dev_sets

ROOT = Path(__file__).resolve().parent.parent
SETS = dev_sets()
OUT = ROOT / "claims" / "data" / "confidence.json"


def main() -> None:
    import spacy

    from claims.extract import DEFAULT_MODEL
    from claims.extract.calibration import Counts, measure, table
    from claims.extract.corpus import extract
    from claims.extract.pipeline import CLAIM_PIPES, UNUSED
    from claims.ingest.corpus import ingest

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print, do not write")
    args = parser.parse_args()
    counts: Counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw-pipeline"
        nlp = spacy.load(DEFAULT_MODEL, exclude=list(UNUSED))
        for pipe in CLAIM_PIPES:
            nlp.add_pipe(pipe, config={"calibration": ""})
        nlp.to_disk(raw)
        for name, (articles, gold) in SETS.items():
            out = Path(tmp) / name
            ingest([articles], out)
            extract(out, model=str(raw), check=False)
            measure(out, gold, counts)
    data = {
        "_doc": "Confidence per claim type and rule rank: the share of the rank's predictions on the "
        "dev sets that matched a gold claim, Laplace-smoothed; written by scripts/calibrate.py "
        "(claims.extract.calibration). A rank not listed keeps its value.",
        "_sets": sorted(SETS),
        "types": table(counts),
    }
    text = json.dumps(data, indent=1) + "\n"
    if args.check:
        sys.stdout.write(text)
    else:
        OUT.write_text(text, "utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
