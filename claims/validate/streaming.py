"""Validation that streams: tables are checked a batch at a time, so memory stays flat as the corpus
grows. What needs the whole table is kept small: 64-bit hashes of the key column (uniqueness,
"this claim's article exists"), and for the span checks the article texts of one claims batch at a
time, found through an index of which row group holds which article.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from claims import store
from schemas.relations import (
    Failure,
    claims_against_articles,
    keyed_by_claims,
    missed_against_articles,
)
from schemas.tables import TABLES

#: Rows per batch for each table: article rows carry whole texts.
BATCH_ROWS = {"articles": 1_000}
DEFAULT_BATCH = 20_000
EXAMPLES = 5
CLAIM_SPAN_COLUMNS = [
    "claim_id",
    "article_id",
    "span_start",
    "span_end",
    "span_text",
    "sentence_start",
    "sentence_end",
    "sentence",
]
CACHED_GROUPS = 4


def batch_rows(name: str) -> int:
    return BATCH_ROWS.get(name, DEFAULT_BATCH)


def hashes(values: pd.Series | np.ndarray) -> np.ndarray:
    """64-bit hashes of string keys (stable across runs), the compact stand-in for the keys."""
    return pd.util.hash_array(np.asarray(values, dtype=object))


class FailureSet:
    """Failures of one table merged across batches: one entry per (column, check)."""

    def __init__(self, table: str):
        self.table = table
        self._by_key: dict[tuple[str, str], Failure] = {}

    def add(self, failures: list[Failure]) -> None:
        for f in failures:
            key = (f.column, f.check)
            old = self._by_key.get(key)
            if old is None:
                self._by_key[key] = Failure(
                    f.table, f.column, f.check, list(f.rows), f.examples[:EXAMPLES]
                )
            else:
                old.rows.extend(f.rows)
                old.examples.extend(e for e in f.examples if len(old.examples) < EXAMPLES)

    def drop(self, column: str, check: str) -> None:
        self._by_key.pop((column, check), None)

    def list(self) -> list[Failure]:
        return [self._by_key[k] for k in sorted(self._by_key)]


@dataclass
class KeyIndex:
    """Hashes of a table's key column in row order, plus where each row lives (file, row group)."""

    hashes: list[np.ndarray] = field(default_factory=list)
    places: list[np.ndarray] = field(default_factory=list)

    def sorted(self) -> tuple[np.ndarray, np.ndarray]:
        h = np.concatenate(self.hashes) if self.hashes else np.empty(0, dtype=np.uint64)
        p = np.concatenate(self.places) if self.places else np.empty(0, dtype=np.int64)
        order = np.argsort(h, kind="stable")
        return h[order], p[order]


def duplicate_rows(h: np.ndarray) -> list[int]:
    """Row numbers (in table order) whose key hash occurs before: what 'unique' rejects."""
    if len(h) < 2:
        return []
    order = np.argsort(h, kind="stable")
    sorted_h = h[order]
    repeat = np.zeros(len(h), dtype=bool)
    repeat[1:] = sorted_h[1:] == sorted_h[:-1]
    first_dupe = np.zeros(len(h), dtype=bool)
    first_dupe[:-1] = repeat[1:]
    bad = order[repeat | first_dupe]
    return sorted(int(i) for i in bad)


def frames(
    located: store.Located, columns: list[str] | None = None
) -> Iterator[tuple[Path, pd.DataFrame]]:
    """(file, DataFrame) batches of a table with a global row index across its files."""
    offset = 0
    for file in located.files:
        for batch in store.iter_file_batches(file, columns, batch_rows(located.name)):
            frame = pa.Table.from_batches([batch]).to_pandas()
            frame.index = pd.RangeIndex(offset, offset + len(frame))
            offset += len(frame)
            yield file, frame


def article_places(located: store.Located) -> tuple[np.ndarray, np.ndarray]:
    """Sorted article_id hashes and, for each, a place number = (file index << 32) | row group."""
    index = KeyIndex()
    for f_idx, file in enumerate(located.files):
        pf = store.open_parquet(file)
        for group in range(pf.metadata.num_row_groups):
            ids = store.read_row_group(file, group, ["article_id"]).column(0).to_pandas()
            index.hashes.append(hashes(ids.fillna("")))
            index.places.append(np.full(len(ids), (f_idx << 32) | group, dtype=np.int64))
    return index.sorted()


class ArticleTexts:
    """Article texts by id, reading only the row groups asked for, a few cached at a time."""

    def __init__(self, located: store.Located):
        self.located = located
        self.ids, self.places = article_places(located)
        self._cache: OrderedDict[int, pd.DataFrame] = OrderedDict()

    def exists(self, h: np.ndarray) -> np.ndarray:
        pos = np.searchsorted(self.ids, h)
        pos = np.minimum(pos, max(len(self.ids) - 1, 0))
        return (self.ids[pos] == h) if len(self.ids) else np.zeros(len(h), dtype=bool)

    def _group(self, place: int) -> pd.DataFrame:
        if place in self._cache:
            self._cache.move_to_end(place)
            return self._cache[place]
        file = self.located.files[place >> 32]
        group = place & 0xFFFFFFFF
        table = store.read_row_group(file, group, ["article_id", "text"])
        frame = table.to_pandas()
        self._cache[place] = frame
        if len(self._cache) > CACHED_GROUPS:
            self._cache.popitem(last=False)
        return frame

    def subset(self, article_ids: pd.Series) -> pd.DataFrame:
        """(article_id, text) of those of `article_ids` that exist, each once."""
        wanted = article_ids.dropna().drop_duplicates()
        h = hashes(wanted)
        pos = np.searchsorted(self.ids, h)
        pos = np.minimum(pos, max(len(self.ids) - 1, 0))
        found = (self.ids[pos] == h) if len(self.ids) else np.zeros(len(h), dtype=bool)
        keep = set(wanted[found])
        parts = []
        for place in sorted({int(p) for p in self.places[pos[found]]}):
            frame = self._group(place)
            parts.append(frame[frame["article_id"].isin(keep)])
        if not parts:
            return pd.DataFrame({"article_id": pd.Series([], dtype=object), "text": []})
        return pd.concat(parts, ignore_index=True).drop_duplicates("article_id")


def check_claims_spans(
    claims: store.Located, articles: store.Located, failures: FailureSet
) -> None:
    """Every claim's article exists and its span and sentence are the article's text there,
    holding one claims batch and the texts of the articles it names at a time."""
    texts = ArticleTexts(articles)
    for _, frame in frames(claims, CLAIM_SPAN_COLUMNS):
        subset = texts.subset(frame["article_id"])
        try:
            failures.add(claims_against_articles(frame, subset))
        except (TypeError, ValueError) as exc:  # offsets of a wrong type: pandera said so already
            failures.add(
                [Failure("claims", "(table)", f"cross-table checks skipped ({exc})", [], [])]
            )
            return


MISSED_SPAN_COLUMNS = ["missed_id", "article_id", "span_start", "span_end", "span_text"]


def check_missed_spans(
    missed: store.Located, articles: store.Located, failures: FailureSet
) -> None:
    """Claims annotators added point into articles that exist, a batch at a time."""
    texts = ArticleTexts(articles)
    for _, frame in frames(missed, MISSED_SPAN_COLUMNS):
        try:
            failures.add(missed_against_articles(frame, texts.subset(frame["article_id"])))
        except (TypeError, ValueError) as exc:  # offsets of a wrong type: pandera said so already
            failures.add(
                [Failure("missed_claims", "(table)", f"cross-table checks skipped ({exc})", [], [])]
            )
            return


def check_keyed(
    name: str, located: store.Located, claim_hashes: np.ndarray, failures: FailureSet
) -> None:
    """Annotations and verdicts only name claims that exist (claim ids held as hashes)."""
    known = np.sort(claim_hashes)
    for _, frame in frames(located, ["claim_id"]):
        ids = frame["claim_id"].fillna("")
        h = hashes(ids)
        pos = np.minimum(np.searchsorted(known, h), max(len(known) - 1, 0))
        hit = (known[pos] == h) if len(known) else np.zeros(len(h), dtype=bool)
        present = pd.DataFrame({"claim_id": ids[hit].drop_duplicates()})
        failures.add(keyed_by_claims(name, frame, present))


def key_column(name: str) -> str:
    return TABLES[name].key
