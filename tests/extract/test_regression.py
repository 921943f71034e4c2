"""Regression guard: the extractor's scores on the development sets must not fall below the floors
recorded in tests/data/thresholds.json.

Each dev set (seeds, dev, dev_b … dev_z, dev_aa to dev_bv; never a held-out set) is ingested and
extracted once per session, then scored against its gold: body-claim detection F1 and strict F1 per
claim type. The floors were set from the scores measured when the guard was written, minus a margin of 0.02; raise
them when the rules improve (print today's scores with
`.venv/bin/python tests/extract/test_regression.py`), never lower them to let a change through.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
THRESHOLDS = DATA / "thresholds.json"
HELD_OUT = ("holdout", "holdout_b", "holdout_ab")
SETS = {
    "seeds": (ROOT / "seeds", DATA / "seeds" / "gold"),
    "dev": (DATA / "dev" / "articles", DATA / "dev" / "gold"),
    "dev_b": (DATA / "dev_b" / "articles", DATA / "dev_b" / "gold"),
    "dev_c": (DATA / "dev_c" / "articles", DATA / "dev_c" / "gold"),
    "dev_d": (DATA / "dev_d" / "articles", DATA / "dev_d" / "gold"),
    "dev_e": (DATA / "dev_e" / "articles", DATA / "dev_e" / "gold"),
    "dev_f": (DATA / "dev_f" / "articles", DATA / "dev_f" / "gold"),
    "dev_g": (DATA / "dev_g" / "articles", DATA / "dev_g" / "gold"),
    "dev_h": (DATA / "dev_h" / "articles", DATA / "dev_h" / "gold"),
    "dev_i": (DATA / "dev_i" / "articles", DATA / "dev_i" / "gold"),
    "dev_j": (DATA / "dev_j" / "articles", DATA / "dev_j" / "gold"),
    "dev_k": (DATA / "dev_k" / "articles", DATA / "dev_k" / "gold"),
    "dev_l": (DATA / "dev_l" / "articles", DATA / "dev_l" / "gold"),
    "dev_m": (DATA / "dev_m" / "articles", DATA / "dev_m" / "gold"),
    "dev_n": (DATA / "dev_n" / "articles", DATA / "dev_n" / "gold"),
    "dev_o": (DATA / "dev_o" / "articles", DATA / "dev_o" / "gold"),
    "dev_p": (DATA / "dev_p" / "articles", DATA / "dev_p" / "gold"),
    "dev_q": (DATA / "dev_q" / "articles", DATA / "dev_q" / "gold"),
    "dev_r": (DATA / "dev_r" / "articles", DATA / "dev_r" / "gold"),
    "dev_s": (DATA / "dev_s" / "articles", DATA / "dev_s" / "gold"),
    "dev_t": (DATA / "dev_t" / "articles", DATA / "dev_t" / "gold"),
    "dev_u": (DATA / "dev_u" / "articles", DATA / "dev_u" / "gold"),
    "dev_v": (DATA / "dev_v" / "articles", DATA / "dev_v" / "gold"),
    "dev_w": (DATA / "dev_w" / "articles", DATA / "dev_w" / "gold"),
    "dev_x": (DATA / "dev_x" / "articles", DATA / "dev_x" / "gold"),
    "dev_y": (DATA / "dev_y" / "articles", DATA / "dev_y" / "gold"),
    "dev_z": (DATA / "dev_z" / "articles", DATA / "dev_z" / "gold"),
    "dev_aa": (DATA / "dev_aa" / "articles", DATA / "dev_aa" / "gold"),
    "dev_ab": (DATA / "dev_ab" / "articles", DATA / "dev_ab" / "gold"),
    "dev_ac": (DATA / "dev_ac" / "articles", DATA / "dev_ac" / "gold"),
    "dev_ad": (DATA / "dev_ad" / "articles", DATA / "dev_ad" / "gold"),
    "dev_ae": (DATA / "dev_ae" / "articles", DATA / "dev_ae" / "gold"),
    "dev_af": (DATA / "dev_af" / "articles", DATA / "dev_af" / "gold"),
    "dev_ag": (DATA / "dev_ag" / "articles", DATA / "dev_ag" / "gold"),
    "dev_ah": (DATA / "dev_ah" / "articles", DATA / "dev_ah" / "gold"),
    "dev_ai": (DATA / "dev_ai" / "articles", DATA / "dev_ai" / "gold"),
    "dev_aj": (DATA / "dev_aj" / "articles", DATA / "dev_aj" / "gold"),
    "dev_ak": (DATA / "dev_ak" / "articles", DATA / "dev_ak" / "gold"),
    "dev_al": (DATA / "dev_al" / "articles", DATA / "dev_al" / "gold"),
    "dev_am": (DATA / "dev_am" / "articles", DATA / "dev_am" / "gold"),
    "dev_an": (DATA / "dev_an" / "articles", DATA / "dev_an" / "gold"),
    "dev_ao": (DATA / "dev_ao" / "articles", DATA / "dev_ao" / "gold"),
    "dev_ap": (DATA / "dev_ap" / "articles", DATA / "dev_ap" / "gold"),
    "dev_aq": (DATA / "dev_aq" / "articles", DATA / "dev_aq" / "gold"),
    "dev_ar": (DATA / "dev_ar" / "articles", DATA / "dev_ar" / "gold"),
    "dev_as": (DATA / "dev_as" / "articles", DATA / "dev_as" / "gold"),
    "dev_at": (DATA / "dev_at" / "articles", DATA / "dev_at" / "gold"),
    "dev_au": (DATA / "dev_au" / "articles", DATA / "dev_au" / "gold"),
    "dev_av": (DATA / "dev_av" / "articles", DATA / "dev_av" / "gold"),
    "dev_aw": (DATA / "dev_aw" / "articles", DATA / "dev_aw" / "gold"),
    "dev_ax": (DATA / "dev_ax" / "articles", DATA / "dev_ax" / "gold"),
    "dev_ay": (DATA / "dev_ay" / "articles", DATA / "dev_ay" / "gold"),
    "dev_az": (DATA / "dev_az" / "articles", DATA / "dev_az" / "gold"),
    "dev_ba": (DATA / "dev_ba" / "articles", DATA / "dev_ba" / "gold"),
    "dev_bb": (DATA / "dev_bb" / "articles", DATA / "dev_bb" / "gold"),
    "dev_bc": (DATA / "dev_bc" / "articles", DATA / "dev_bc" / "gold"),
    "dev_bd": (DATA / "dev_bd" / "articles", DATA / "dev_bd" / "gold"),
    "dev_be": (DATA / "dev_be" / "articles", DATA / "dev_be" / "gold"),
    "dev_bf": (DATA / "dev_bf" / "articles", DATA / "dev_bf" / "gold"),
    "dev_bg": (DATA / "dev_bg" / "articles", DATA / "dev_bg" / "gold"),
    "dev_bh": (DATA / "dev_bh" / "articles", DATA / "dev_bh" / "gold"),
    "dev_bi": (DATA / "dev_bi" / "articles", DATA / "dev_bi" / "gold"),
    "dev_bj": (DATA / "dev_bj" / "articles", DATA / "dev_bj" / "gold"),
    "dev_bk": (DATA / "dev_bk" / "articles", DATA / "dev_bk" / "gold"),
    "dev_bl": (DATA / "dev_bl" / "articles", DATA / "dev_bl" / "gold"),
    "dev_bm": (DATA / "dev_bm" / "articles", DATA / "dev_bm" / "gold"),
    "dev_bn": (DATA / "dev_bn" / "articles", DATA / "dev_bn" / "gold"),
    "dev_bo": (DATA / "dev_bo" / "articles", DATA / "dev_bo" / "gold"),
    "dev_bp": (DATA / "dev_bp" / "articles", DATA / "dev_bp" / "gold"),
    "dev_bq": (DATA / "dev_bq" / "articles", DATA / "dev_bq" / "gold"),
    "dev_br": (DATA / "dev_br" / "articles", DATA / "dev_br" / "gold"),
    "dev_bs": (DATA / "dev_bs" / "articles", DATA / "dev_bs" / "gold"),
    "dev_bt": (DATA / "dev_bt" / "articles", DATA / "dev_bt" / "gold"),
    "dev_bu": (DATA / "dev_bu" / "articles", DATA / "dev_bu" / "gold"),
    "dev_bv": (DATA / "dev_bv" / "articles", DATA / "dev_bv" / "gold"),
}
METRICS = ("f1", "strict_f1")


def measure(name: str, out: Path) -> dict[str, dict[str, float]]:
    """Detection F1 and strict F1 per claim type of one dev set, extracted into `out`."""
    from claims.evaluate.scoring import evaluate
    from claims.extract.run import run

    assert name not in HELD_OUT
    articles, gold = SETS[name]
    report = run([articles], out)
    assert report.validation.ok
    scores = evaluate(out, gold)
    return {
        t: {"f1": round(s.f1, 4), "strict_f1": round(s.strict_f1, 4)}
        for t, s in scores.types.items()
    }


def floors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(THRESHOLDS.read_text("utf-8"))
    return data


@pytest.fixture(scope="session")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, dict[str, float]]]:
    base = tmp_path_factory.mktemp("regression")
    return {name: measure(name, base / name) for name in floors()["sets"]}


def test_the_guard_covers_every_dev_set_and_no_held_out_one() -> None:
    recorded = floors()["sets"]
    assert sorted(recorded) == sorted(SETS)
    assert not set(recorded) & set(HELD_OUT)
    for name, types in recorded.items():
        assert sorted(types) == ["date", "quantity", "sanction"], name
        for metric in types.values():
            assert sorted(metric) == sorted(METRICS) and all(0 <= v <= 1 for v in metric.values())


def test_dev_set_scores_stay_above_their_floors(
    scores: dict[str, dict[str, dict[str, float]]],
) -> None:
    drops = [
        f"{name} {claim_type} {metric}: {scores[name][claim_type][metric]:.4f} < {floor:.4f}"
        for name, types in floors()["sets"].items()
        for claim_type, metrics in types.items()
        for metric, floor in metrics.items()
        if scores[name][claim_type][metric] < floor
    ]
    for name, types in scores.items():  # the run's scores, for the log of a failing run
        print(name, json.dumps(types))
    assert not drops, "scores fell below tests/data/thresholds.json:\n" + "\n".join(drops)


if __name__ == "__main__":
    # Print today's scores and the floors they would give (score - margin), as JSON.
    margin = floors()["margin"]
    with tempfile.TemporaryDirectory() as tmp:
        today = {name: measure(name, Path(tmp) / name) for name in SETS}
    proposed = {
        name: {
            t: {m: max(0.0, round(v - margin, 3)) for m, v in ms.items()} for t, ms in ts.items()
        }
        for name, ts in today.items()
    }
    json.dump({"measured": today, "floors": proposed}, sys.stdout, indent=1)
    print()
