"""Small vectorised helpers shared by the table models (kept here so each model stays readable)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

HEX16 = r"^[0-9a-f]{16}$"
HEX64 = r"^[0-9a-f]{64}$"


def present(series: pd.Series) -> np.ndarray:
    """True where a value is there (not null/NaN); works on object, string and float columns."""
    return series.notna().to_numpy()


def nonempty_list(series: pd.Series) -> np.ndarray:
    """True where a list-valued cell holds at least one element."""
    return np.fromiter(
        (v is not None and len(v) > 0 for v in series), dtype=bool, count=len(series)
    )


def each(series: pd.Series, ok: Any) -> pd.Series:
    """Apply a per-cell predicate (for list and struct columns, which pandas cannot vectorise)."""
    return pd.Series([bool(ok(v)) for v in series], index=series.index, dtype=bool)


def list_items(value: Any) -> Iterable[Any]:
    """The elements of a list cell, whatever container Arrow handed back."""
    return () if value is None else value
