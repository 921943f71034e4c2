"""The one loader of the data files shipped in `claims/data/` (patterns, word lists, alias tables).

Rules are data: every stage reads its word lists through `load_data`, so a file is parsed once per
process and a missing or broken file fails in one place.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_data(name: str) -> dict[str, Any]:
    """The JSON data file `claims/data/<name>.json`."""
    text = resources.files("claims").joinpath(f"data/{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
