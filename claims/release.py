"""The published tables: claims joined with their article and verdict, splits, ClassLabel codes.

Everything here is vectorised with pyarrow/numpy: a million claims must publish in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from claims.errors import InvalidData, UsageError
from schemas.enums import CATEGORIES

SPLITS = ("train", "validation", "test")
DEFAULT_SPLITS = (0.8, 0.1, 0.1)
ARTICLE_COLUMNS = ("url", "title", "outlet", "published")
#: verdicts.parquet column -> column of the published claims config.
VERDICT_COLUMNS = {
    "verdict": "verdict",
    "extraction": "extraction",
    "n_annotations": "n_annotations",
    "agreement": "agreement",
    "method": "verdict_method",
    "needs_adjudication": "needs_adjudication",
}
#: Enum columns of each published config, column -> names (the ClassLabel order).
CONFIG_CATEGORIES: dict[str, dict[str, tuple[str, ...]]] = {
    "claims": {
        **CATEGORIES["claims"],
        **{VERDICT_COLUMNS[c]: names for c, names in CATEGORIES["verdicts"].items()},
    },
    "articles": dict(CATEGORIES["articles"]),
    "annotations": dict(CATEGORIES["annotations"]),
}
_ABSOLUTE = r"^(?:file://)?(?:/|[A-Za-z]:[\\/]|~)(?:.*[\\/])?"
_HEX = np.full(256, -1, dtype=np.int64)
_HEX[np.frombuffer(b"0123456789abcdef", dtype=np.uint8)] = np.arange(16)


@dataclass(frozen=True)
class Release:
    """The tables of one release, still with enum values as strings, each with a split code."""

    claims: pa.Table
    articles: pa.Table
    annotations: pa.Table | None
    claim_splits: np.ndarray
    article_splits: np.ndarray
    annotation_splits: np.ndarray | None


def parse_splits(text: str) -> tuple[float, float, float]:
    """'0.8,0.1,0.1' -> proportions of train, validation, test (they must sum to 1)."""
    try:
        parts = tuple(float(p) for p in text.split(","))
    except ValueError:
        raise UsageError(f"--splits must be three numbers like 0.8,0.1,0.1, got {text!r}") from None
    if len(parts) != 3 or any(p < 0 for p in parts) or abs(sum(parts) - 1.0) > 1e-6:
        raise UsageError(
            f"--splits needs three non-negative proportions summing to 1, got {text!r}"
        )
    return (parts[0], parts[1], parts[2])


def split_codes(
    article_ids: pa.Array | pa.ChunkedArray, proportions: tuple[float, ...]
) -> np.ndarray:
    """0/1/2 (train/validation/test) per row from the article id alone, so it never changes.

    article_id is 16 hex digits of a SHA-256 digest: its first 32 bits are already a uniform,
    stable hash, read here without a Python loop.
    """
    ids = pc.cast(article_ids, pa.string())
    arr = ids.combine_chunks() if isinstance(ids, pa.ChunkedArray) else ids
    n = len(arr)
    if n == 0:
        return np.zeros(0, dtype=np.int8)
    lengths = pc.binary_length(arr)
    if arr.null_count or pc.min(lengths).as_py() != 16 or pc.max(lengths).as_py() != 16:
        raise InvalidData("article_id must be 16 lower-case hex digits to assign splits")
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int32)[arr.offset : arr.offset + 1]
    raw = np.frombuffer(arr.buffers()[2], dtype=np.uint8)[offsets[0] : offsets[0] + 16 * n]
    nibbles = _HEX[raw.reshape(n, 16)[:, :8]]
    if (nibbles < 0).any():
        raise InvalidData("article_id must be 16 lower-case hex digits to assign splits")
    value = (nibbles << np.arange(28, -1, -4, dtype=np.int64)).sum(axis=1)
    fraction = value / float(1 << 32)
    cuts = np.cumsum(proportions)[:2]
    return np.searchsorted(cuts, fraction, side="right").astype(np.int8)


def _check_unique(table: pa.Table, key: str, name: str) -> None:
    if pc.count_distinct(table[key]).as_py() != table.num_rows:
        raise InvalidData(f"{name}: {key} is not unique")


def _lookup(keys: pa.ChunkedArray, table: pa.Table, key: str) -> pa.Array:
    """Row index in `table` of each key (null where missing): a join without Acero."""
    return pc.index_in(keys, value_set=table[key].combine_chunks())


def sanitize_sources(articles: pa.Table) -> pa.Table:
    """Absolute local paths in `source` become the file name: no machine path is published."""
    source = pc.replace_substring_regex(articles["source"], pattern=_ABSOLUTE, replacement="")
    return articles.set_column(articles.schema.get_field_index("source"), "source", source)


def article_rows(claims: pa.Table, articles: pa.Table) -> pa.Array:
    """Row of each claim's article in `articles`; claims of unknown articles are an error."""
    _check_unique(articles, "article_id", "articles")
    where = _lookup(claims["article_id"], articles, "article_id")
    if where.null_count:
        raise InvalidData(f"claims: {where.null_count} claim(s) name an article not in articles")
    return where


def join_claims(
    claims: pa.Table, articles: pa.Table, verdicts: pa.Table | None, where: pa.Array
) -> pa.Table:
    """Each claim with its article's url, title, outlet, published date and its verdict if any.

    claim_id uniqueness is the contract's (`claims validate`); re-checking it here would cost
    more than the whole join.
    """
    out = claims
    for col in ARTICLE_COLUMNS:
        out = out.append_column(articles.schema.field(col), articles[col].take(where))
    if verdicts is not None:
        _check_unique(verdicts, "claim_id", "verdicts")
        vwhere = _lookup(claims["claim_id"], verdicts, "claim_id")
    for src, dst in VERDICT_COLUMNS.items():
        field = pa.field(dst, _verdict_type(src))
        if verdicts is None:
            column = pa.nulls(claims.num_rows, field.type)
        else:
            column = verdicts[src].take(vwhere)
        out = out.append_column(field, column)
    return out


def _verdict_type(column: str) -> pa.DataType:
    from schemas import TABLES

    return TABLES["verdicts"].arrow.field(column).type


def pseudonymize(annotations: pa.Table) -> pa.Table:
    """Annotators become annotator-01, -02... by first judgment: stable, not reversible."""
    if annotations.num_rows == 0:
        return annotations
    first = annotations.group_by("annotator").aggregate([("created_at", "min")])
    order = first.sort_by([("created_at_min", "ascending"), ("annotator", "ascending")])
    names = order["annotator"].combine_chunks()
    width = max(2, len(str(len(names))))
    aliases = pa.array([f"annotator-{i + 1:0{width}d}" for i in range(len(names))])
    alias = aliases.take(pc.index_in(annotations["annotator"], value_set=names))
    return annotations.set_column(
        annotations.schema.get_field_index("annotator"), "annotator", alias
    )


def build(
    claims: pa.Table,
    articles: pa.Table,
    verdicts: pa.Table | None,
    annotations: pa.Table | None,
    proportions: tuple[float, float, float] = DEFAULT_SPLITS,
) -> Release:
    """The release tables with split codes; raises InvalidData if the tables do not fit together."""
    articles = sanitize_sources(articles)
    where = article_rows(claims, articles)
    joined = join_claims(claims, articles, verdicts, where)
    article_splits = split_codes(articles["article_id"], proportions)
    claim_splits = article_splits[where.to_numpy(zero_copy_only=False)]
    ann_splits = None
    if annotations is not None:
        claim_rows = _lookup(annotations["claim_id"], claims, "claim_id")
        if claim_rows.null_count:
            raise InvalidData(
                f"annotations: {claim_rows.null_count} row(s) name a claim not in claims"
            )
        annotations = pseudonymize(annotations)
        ann_splits = claim_splits[claim_rows.to_numpy(zero_copy_only=False)]
    return Release(
        claims=joined,
        articles=articles,
        annotations=annotations,
        claim_splits=claim_splits,
        article_splits=article_splits,
        annotation_splits=ann_splits,
    )


def encode_labels(table: pa.Table, categories: dict[str, tuple[str, ...]]) -> pa.Table:
    """Enum strings -> int64 ClassLabel codes (null stays null); unknown values are an error."""
    for column, names in categories.items():
        if column not in table.column_names:
            continue
        values = table[column]
        codes = pc.index_in(values, value_set=pa.array(names, pa.string()))
        unknown = pc.sum(pc.and_(pc.is_valid(values), pc.is_null(codes))).as_py() or 0
        if unknown:
            raise InvalidData(f"{column}: {unknown} value(s) outside {', '.join(names)}")
        idx = table.schema.get_field_index(column)
        table = table.set_column(idx, pa.field(column, pa.int64()), pc.cast(codes, pa.int64()))
    return table


def split_table(table: pa.Table, codes: np.ndarray) -> dict[str, pa.Table]:
    """The rows of each split, in input order: one stable reorder, then zero-copy slices."""
    order = np.argsort(codes, kind="stable")
    ordered = table.take(pa.array(order))
    bounds = np.searchsorted(codes[order], np.arange(len(SPLITS) + 1), side="left")
    return {
        name: ordered.slice(int(bounds[i]), int(bounds[i + 1] - bounds[i]))
        for i, name in enumerate(SPLITS)
    }
