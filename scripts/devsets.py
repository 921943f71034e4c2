"""The development sets the scripts train and calibrate on: the ones the regression guard holds
floors for in tests/data/thresholds.json (held-out sets never have floors, so they never tune
anything). One list, kept with the floors."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
THRESHOLDS = DATA / "thresholds.json"


def dev_sets() -> dict[str, tuple[Path, Path]]:
    """Name -> (articles folder, gold folder) of every dev set, seeds first as listed."""
    names = json.loads(THRESHOLDS.read_text("utf-8"))["sets"]
    return {
        name: (
            ROOT / "seeds" if name == "seeds" else DATA / name / "articles",
            DATA / name / "gold",
        )
        for name in names
    }
