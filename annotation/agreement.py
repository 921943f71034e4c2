"""Krippendorff's alpha (nominal) with numpy, and the agreement report of a set of judgments.

Written here rather than imported: the `krippendorff` package is GPL-3.0.
alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c * n_k, from the coincidence matrix o
of pairable values (units with at least two values). Undefined (None) when fewer than two values
are pairable or when every value is the same category (no variation to agree about).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

Unit = Sequence[Hashable | None]


def coincidences(units: Iterable[Unit]) -> tuple[np.ndarray, list[Hashable]]:
    """The coincidence matrix of the pairable values and the category of each of its rows."""
    values = [[v for v in unit if v is not None] for unit in units]
    categories = sorted({v for unit in values for v in unit}, key=repr)
    index = {c: i for i, c in enumerate(categories)}
    o = np.zeros((len(categories), len(categories)))
    for unit in values:
        m = len(unit)
        if m < 2:
            continue
        counts = np.bincount([index[v] for v in unit], minlength=len(categories)).astype(float)
        o += (np.outer(counts, counts) - np.diag(counts)) / (m - 1)
    return o, categories


def alpha_nominal(units: Iterable[Unit]) -> float | None:
    """Krippendorff's alpha for nominal data; each unit lists its values (None = missing)."""
    o, _ = coincidences(units)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    if n < 2:
        return None
    observed = o.sum() - np.trace(o)
    expected = n_c.sum() ** 2 - (n_c**2).sum()
    if expected == 0:
        return None
    return float(1.0 - (n - 1) * observed / expected)


def _units(rows: Iterable[Mapping[str, Any]], field: str) -> dict[str, dict[str, Any]]:
    """claim_id -> {annotator: value} for the submitted judgments that give `field`."""
    units: dict[str, dict[str, Any]] = defaultdict(dict)
    for row in rows:
        if row.get("status") == "submitted" and row.get(field) is not None:
            units[row["claim_id"]][row["annotator"]] = row[field]
    return units


def _alphas(units: dict[str, dict[str, Any]], keep: Iterable[str] | None = None) -> dict[str, Any]:
    chosen = units if keep is None else {k: units[k] for k in keep if k in units}
    pairable = sum(1 for v in chosen.values() if len(v) >= 2)
    return {"alpha": alpha_nominal(list(v.values()) for v in chosen.values()), "units": pairable}


def report(rows: Sequence[Mapping[str, Any]], claim_types: Mapping[str, str]) -> dict[str, Any]:
    """Alpha for the verdict and extraction judgments: overall, per claim type, per annotator.

    Per annotator: alpha over the claims that annotator judged (with every judge of those claims).
    """
    out: dict[str, Any] = {}
    for field in ("verdict", "extraction"):
        units = _units(rows, field)
        by_type: dict[str, list[str]] = defaultdict(list)
        by_annotator: dict[str, list[str]] = defaultdict(list)
        for claim_id, judges in units.items():
            by_type[claim_types.get(claim_id, "unknown")].append(claim_id)
            for annotator in judges:
                by_annotator[annotator].append(claim_id)
        out[field] = {
            "overall": _alphas(units),
            "by_claim_type": {t: _alphas(units, ids) for t, ids in sorted(by_type.items())},
            "by_annotator": {a: _alphas(units, ids) for a, ids in sorted(by_annotator.items())},
        }
    return out
