"""Calibrated confidences: ranks become the share of right predictions measured on the dev sets."""

from __future__ import annotations

from pathlib import Path

import spacy

from claims.extract.calibration import Counts, calibrated, measure, table
from claims.extract.run import run
from claims.resources import load_data

ROOT = Path(__file__).resolve().parents[2]


def test_table_smooths_the_share_of_matches() -> None:
    counts: Counts = {"quantity": {"0.85": [9, 10], "0.5": [0, 0]}}
    built = table(counts)["quantity"]
    assert built["0.85"] == {"confidence": round(10 / 12, 3), "matched": 9, "predicted": 10}
    assert built["0.5"]["confidence"] == 0.5  # never seen: no evidence either way


def test_packaged_ranks_map_to_their_measured_share() -> None:
    packaged = load_data("confidence")["types"]
    rank, entry = next(iter(packaged["quantity"].items()))
    assert calibrated("quantity", float(rank)) == entry["confidence"]
    assert calibrated("quantity", 0.123) == 0.123  # an unmeasured rank passes through
    assert calibrated("quantity", float(rank), name="") == float(rank)


def test_components_calibrate_unless_told_not_to() -> None:
    text = "The talks ended on 3 March 2024."
    plain = spacy.blank("en")
    plain.add_pipe("claims_dates", config={"calibration": ""})
    [raw] = plain(text)._.claims
    default = spacy.blank("en")
    default.add_pipe("claims_dates")
    [row] = default(text)._.claims
    assert raw["confidence"] == 0.85
    assert row["confidence"] == load_data("confidence")["types"]["date"]["0.85"]["confidence"]


def test_measure_counts_body_predictions_against_the_seed_gold(tmp_path: Path) -> None:
    report = run([ROOT / "seeds"], tmp_path / "seeds")
    assert report.extraction is not None and report.extraction.total > 0
    counts: Counts = {}
    measure(tmp_path / "seeds", ROOT / "tests" / "data" / "seeds" / "gold", counts)
    tallies = [t for ranks in counts.values() for t in ranks.values()]
    assert sum(t[1] for t in tallies) > 0
    assert all(0 <= matched <= predicted for matched, predicted in tallies)
    assert sum(t[0] for t in tallies) > 0  # the seed gold is matched by most predictions
