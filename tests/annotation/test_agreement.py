"""Krippendorff's alpha against values computed by hand."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from annotation.agreement import alpha_nominal, coincidences, report

N = None


def test_perfect_agreement_is_one() -> None:
    assert alpha_nominal([("a", "a"), ("b", "b", "b"), ("c", "c")]) == 1.0


def test_small_matrix_by_hand() -> None:
    # o_aa=2, o_ab=o_ba=1, o_bb=4; n_a=3, n_b=5, n=8: alpha = 1 - 7*2/(2*3*5) = 16/30.
    units = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]
    o, categories = coincidences(units)
    assert categories == ["a", "b"]
    np.testing.assert_array_equal(o, [[2, 1], [1, 4]])
    assert alpha_nominal(units) == pytest.approx(16 / 30)


def test_systematic_disagreement_is_negative() -> None:
    # o_ab=o_ba=2, n_a=n_b=2, n=4: alpha = 1 - 3*4/(2*2*2) = -0.5.
    assert alpha_nominal([("a", "b"), ("b", "a")]) == pytest.approx(-0.5)


def test_textbook_example_with_missing_values() -> None:
    # Krippendorff's reliability-data example: 4 observers, 12 units, nominal alpha 0.743.
    a = [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N]
    b = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3]
    c = [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N]
    d = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]
    assert alpha_nominal(list(zip(a, b, c, d, strict=True))) == pytest.approx(0.743, abs=5e-4)


def test_undefined_without_pairs_or_variation() -> None:
    assert alpha_nominal([("a",), ("b", None)]) is None
    assert alpha_nominal([("a", "a"), ("a", "a")]) is None


def test_report_groups_by_type_and_annotator() -> None:
    rows: list[dict[str, Any]] = [
        {
            "claim_id": "q",
            "annotator": "x",
            "status": "submitted",
            "verdict": "supported",
            "extraction": "correct",
        },
        {
            "claim_id": "q",
            "annotator": "y",
            "status": "submitted",
            "verdict": "supported",
            "extraction": "correct",
        },
        {
            "claim_id": "d",
            "annotator": "x",
            "status": "submitted",
            "verdict": "refuted",
            "extraction": "correct",
        },
        {
            "claim_id": "d",
            "annotator": "y",
            "status": "submitted",
            "verdict": "refuted",
            "extraction": "corrected",
        },
        {
            "claim_id": "d",
            "annotator": "z",
            "status": "skipped",
            "verdict": None,
            "extraction": None,
        },
    ]
    out = report(rows, {"q": "quantity", "d": "date"})
    assert out["verdict"]["overall"] == {"alpha": 1.0, "units": 2}
    assert out["verdict"]["by_claim_type"]["date"] == {"alpha": None, "units": 1}
    assert set(out["verdict"]["by_annotator"]) == {"x", "y"}
    # extraction: o_cc=2 (q) , o_c,cd=o_cd,c=1 (d); n_c=3, n_cd=1, n=4: alpha = 1 - 3*2/(2*3) = 0.
    assert out["extraction"]["overall"]["alpha"] == pytest.approx(0.0)
