"""The published tables: claims joined with their article and verdict, splits, ClassLabel codes.

A missing label is the code -1, as `datasets` has it for ClassLabel.

Everything here is vectorised with pyarrow/numpy: a million claims must publish in seconds.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from claims.errors import InvalidData, UsageError
from schemas.enums import CATEGORIES, SEGMENT_KINDS, TARGET_KINDS

SPLITS = ("train", "validation", "test")
DEFAULT_SPLITS = (0.8, 0.1, 0.1)
ARTICLE_COLUMNS = ("url", "title", "outlet", "published")
#: The article columns the claims are joined with (and the card's source statistics read).
JOIN_ARTICLE_COLUMNS = ("article_id", *ARTICLE_COLUMNS)
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
    "missed_claims": {"claim_type": CATEGORIES["claims"]["claim_type"]},
}
#: Enum fields inside list-of-struct columns: config -> column -> struct field -> names.
NESTED_CATEGORIES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "claims": {"sanction_targets": {"kind": TARGET_KINDS}},
    "articles": {"segments": {"kind": SEGMENT_KINDS}},
    "annotations": {},
    "missed_claims": {},
}
#: Claims columns read as Arrow dictionaries (few distinct values by the contract: the enums,
#: the article of each claim, the extractor's version): the Parquet file already holds them as
#: dictionary pages, so reading them so skips decoding a string per row, and label codes, the
#: article join and the split filters then work on the small integer indices.
DICTIONARY_COLUMNS = (*CATEGORIES["claims"], "article_id", "extractor")
#: The ClassLabel code of a missing label (the `datasets` convention).
MISSING = -1
_ABSOLUTE = r"^(?:file://)?(?:/|[A-Za-z]:[\\/]|~)(?:.*[\\/])?"
_HEX = np.full(256, -1, dtype=np.int64)
_HEX[np.frombuffer(b"0123456789abcdef", dtype=np.uint8)] = np.arange(16)


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


def sanitize_sources(articles: pa.Table) -> pa.Table:
    """Absolute local paths in `source` become the file name: no machine path is published."""
    if "source" not in articles.column_names:
        return articles
    source = pc.replace_substring_regex(articles["source"], pattern=_ABSOLUTE, replacement="")
    return articles.set_column(articles.schema.get_field_index("source"), "source", source)


def join_claims(
    claims: pa.Table,
    articles: pa.Table,
    verdicts: pa.Table | None,
    where: pa.Array,
    vwhere: pa.Array | None,
) -> pa.Table:
    """Each claim with its article's url, title, outlet, published date and its verdict if any.

    `where`/`vwhere` are the rows of each claim's article and verdict (a join without Acero,
    which cannot carry list columns). claim_id uniqueness is the contract's (`claims validate`).
    """
    out = claims
    for col in ARTICLE_COLUMNS:
        out = out.append_column(articles.schema.field(col), articles[col].take(where))
    for src, dst in VERDICT_COLUMNS.items():
        field = pa.field(dst, _verdict_type(src))
        if verdicts is None or vwhere is None:
            column = pa.nulls(claims.num_rows, field.type)
        else:
            column = verdicts[src].take(vwhere)
        out = out.append_column(field, column)
    return out


def _verdict_type(column: str) -> pa.DataType:
    from schemas.tables import TABLES

    return TABLES["verdicts"].arrow.field(column).type


def pseudonym(key: bytes, annotator: str) -> str:
    """A keyed hash (HMAC-SHA256) of the annotator: stable across versions, not guessable without
    the key, which never leaves the publishing machine (see claims.publish.privacy)."""
    return "annotator-" + hmac.new(key, annotator.encode("utf-8"), hashlib.sha256).hexdigest()[:12]


def pseudonymize(annotations: pa.Table, key: bytes) -> pa.Table:
    """Every annotator becomes its keyed pseudonym (computed once per distinct annotator)."""
    if annotations.num_rows == 0:
        return annotations
    names = pc.unique(annotations["annotator"])
    aliases = pa.array([pseudonym(key, n) for n in names.to_pylist()], pa.string())
    alias = aliases.take(pc.index_in(annotations["annotator"], value_set=names))
    return annotations.set_column(
        annotations.schema.get_field_index("annotator"), "annotator", alias
    )


@dataclass(frozen=True)
class Joiner:
    """What every batch of claims is joined with; read-only, so batches can run in threads."""

    articles: pa.Table  # sanitized, one chunk
    article_ids: pa.Array
    article_splits: np.ndarray
    verdicts: pa.Table | None
    #: The verdict columns under their published names, labels already codes, plus one last
    #: all-missing row that claims without a verdict point at (so a take needs no fill).
    verdict_rows: pa.Table
    #: Each article's outlet as a dictionary code, so the summary never copies outlet names.
    outlets: pa.DictionaryArray

    @classmethod
    def prepare(
        cls, articles: pa.Table, verdicts: pa.Table | None, proportions: tuple[float, float, float]
    ) -> Joiner:
        _check_unique(articles, "article_id", "articles")
        if verdicts is not None:
            _check_unique(verdicts, "claim_id", "verdicts")
            verdicts = verdicts.combine_chunks()
        articles = sanitize_sources(articles).combine_chunks()
        ids = articles["article_id"].combine_chunks()
        outlets = pc.dictionary_encode(articles["outlet"]).combine_chunks()
        splits = split_codes(ids, proportions)
        return cls(articles, ids, splits, verdicts, _verdict_rows(verdicts), outlets)

    def join(self, claims: pa.Table) -> tuple[pa.Table, np.ndarray]:
        """A batch of claims joined with its articles and verdicts, and its split codes."""
        where = self._article_rows(claims)
        vwhere = None
        if self.verdicts is not None:
            vwhere = pc.index_in(claims["claim_id"], value_set=self.verdicts["claim_id"])
        codes = self.article_splits[where]
        return join_claims(claims, self.articles, self.verdicts, pa.array(where), vwhere), codes

    def _article_rows(self, claims: pa.Table) -> np.ndarray:
        return self.article_rows_of(claims["article_id"])

    def article_rows_of(self, article_ids: pa.Array | pa.ChunkedArray) -> np.ndarray:
        """Each claim's row in `articles`. Publish looks up the whole claims table at once (see
        `verdict_rows_of`); an article unknown to the articles table is an error."""
        where = index_in(article_ids, self.article_ids)
        if where.null_count:
            raise InvalidData(
                f"claims: {where.null_count} claim(s) name an article not in articles"
            )
        return where.to_numpy(zero_copy_only=False)

    def verdict_rows_of(self, claim_ids: pa.Array | pa.ChunkedArray) -> np.ndarray:
        """Each claim's row in `verdict_rows` (the last, all-missing row for a claim without a
        verdict). Publish looks up the whole claims table at once: `pc.index_in` hashes every
        verdict id anew on each call, which per batch cost more than the lookups themselves."""
        none = self.verdict_rows.num_rows - 1
        if self.verdicts is None:
            return np.full(len(claim_ids), none, dtype=np.int64)
        found = pc.index_in(claim_ids, value_set=self.verdicts["claim_id"])
        return np.asarray(pc.fill_null(found, none).to_numpy(), dtype=np.int64)

    def split(
        self, claims: pa.Table, rows: tuple[np.ndarray, np.ndarray] | None = None
    ) -> tuple[dict[str, pa.Table], pa.Table]:
        """A batch of claims joined, encoded and cut into its splits, and its summary columns.

        The same rows as `split_table(encode_labels(join(claims)))`, but the article and verdict
        columns are taken straight into each split (one copy, not a join and then a filter).
        `rows`: the batch's `article_rows_of` and `verdict_rows_of`, if already looked up.
        """
        if rows is None:
            rows = self._article_rows(claims), self.verdict_rows_of(claims["claim_id"])
        where, vrows = rows
        codes = self.article_splits[where]
        encoded = encode_labels(claims, "claims")
        names = [*encoded.column_names, *ARTICLE_COLUMNS, *self.verdict_rows.column_names]
        parts = {}
        for i, split in enumerate(SPLITS):
            mask = codes == i
            rows, vpart = where[mask], vrows[mask]
            columns = [
                *encoded.filter(pa.array(mask)).columns,
                *(self.articles[c].take(rows) for c in ARTICLE_COLUMNS),
                *(self.verdict_rows[c].take(vpart) for c in self.verdict_rows.column_names),
            ]
            parts[split] = pa.Table.from_arrays([_dense(c) for c in columns], names=names)
        verdict = self.verdict_rows.select(SUMMARY_VERDICT).take(vrows)
        summary = pa.Table.from_arrays(
            [
                encoded["claim_id"],
                pa.array(codes, pa.int8()),
                encoded["claim_type"],
                encoded["segment"],
                *verdict.columns,
                self.outlets.take(where),
                encoded["extractor"],
            ],
            names=["claim_id", "split", "claim_type", "segment", *SUMMARY_VERDICT, "outlet",
                   "extractor"],
        )  # fmt: skip
        return parts, summary


def _dense(column: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """A column read as a dictionary (see DICTIONARY_COLUMNS) back to its plain type; decoding
    after the split filters copies each value once, into its split."""
    if pa.types.is_dictionary(column.type):
        return column.cast(column.type.value_type)
    return column


#: Verdict columns in the summary (labels as codes, -1 missing).
SUMMARY_VERDICT = ["verdict", "extraction", "needs_adjudication"]


def _verdict_rows(verdicts: pa.Table | None) -> pa.Table:
    from schemas.tables import TABLES

    schema = TABLES["verdicts"].arrow
    fields = [pa.field(dst, schema.field(src).type) for src, dst in VERDICT_COLUMNS.items()]
    missing = pa.table([pa.nulls(1, f.type) for f in fields], schema=pa.schema(fields))
    if verdicts is None:
        rows = missing
    else:
        rows = pa.concat_tables(
            [verdicts.select(list(VERDICT_COLUMNS)).rename_columns(missing.column_names), missing]
        )
    return encode_labels(rows, "claims").combine_chunks()


def annotation_splits(
    annotations: pa.Table, claim_ids: pa.Array, claim_splits: np.ndarray
) -> np.ndarray:
    """Each judgment goes to its claim's split; judgments of unknown claims are an error."""
    where = pc.index_in(annotations["claim_id"], value_set=claim_ids)
    if where.null_count:
        raise InvalidData(f"annotations: {where.null_count} row(s) name a claim not in claims")
    return claim_splits[where.to_numpy(zero_copy_only=False)]


def index_in(values: pa.Array | pa.ChunkedArray, value_set: pa.Array) -> pa.Array | pa.ChunkedArray:
    """`pc.index_in`, but a dictionary column is looked up once per distinct value (its
    dictionary), then the positions are taken by its indices: no string is hashed per row."""
    if not pa.types.is_dictionary(values.type):
        return pc.index_in(values, value_set=value_set)

    def one(chunk: pa.DictionaryArray) -> pa.Array:
        return pc.index_in(chunk.dictionary, value_set=value_set).take(chunk.indices)

    if not isinstance(values, pa.ChunkedArray):
        return one(values)
    if values.num_chunks <= 1:
        return pa.chunked_array([one(c) for c in values.chunks], pa.int32())
    # one lookup of all the chunks' dictionaries: pc.index_in hashes the value set on each call
    found = pc.index_in(
        pa.concat_arrays([c.dictionary for c in values.chunks]), value_set=value_set
    )
    out, start = [], 0
    for chunk in values.chunks:
        out.append(found.slice(start, len(chunk.dictionary)).take(chunk.indices))
        start += len(chunk.dictionary)
    return pa.chunked_array(out, pa.int32())


def _codes(values: pa.Array | pa.ChunkedArray, names: tuple[str, ...], column: str) -> pa.Array:
    """Enum strings -> int64 codes; null -> MISSING; a value outside `names` is an error."""
    codes = index_in(values, pa.array(names, pa.string()))
    unknown = pc.sum(pc.and_(pc.is_valid(values), pc.is_null(codes))).as_py() or 0
    if unknown:
        raise InvalidData(f"{column}: {unknown} value(s) outside {', '.join(names)}")
    out = pc.fill_null(pc.cast(codes, pa.int64()), MISSING)
    return out.combine_chunks() if isinstance(out, pa.ChunkedArray) else out


def _encode_nested(
    column: pa.ChunkedArray, fields: dict[str, tuple[str, ...]], name: str
) -> pa.Array:
    """A list<struct> column with the enum fields of its structs turned into codes."""
    lists = column.combine_chunks()
    structs = lists.values
    children = []
    for i in range(structs.type.num_fields):
        child = structs.field(i)
        field_name = structs.type.field(i).name
        if field_name in fields:
            child = _codes(child, fields[field_name], f"{name}.{field_name}")
        children.append(child)
    names = [structs.type.field(i).name for i in range(structs.type.num_fields)]
    rebuilt = pa.StructArray.from_arrays(children, names=names, mask=structs.is_null())
    return pa.ListArray.from_arrays(lists.offsets, rebuilt, mask=lists.is_null())


def encode_labels(table: pa.Table, config: str) -> pa.Table:
    """Every enum column (nested ones too) of a published config as ClassLabel codes."""
    for column, names in CONFIG_CATEGORIES[config].items():
        if column not in table.column_names:
            continue
        idx = table.schema.get_field_index(column)
        table = table.set_column(
            idx, pa.field(column, pa.int64()), _codes(table[column], names, column)
        )
    for column, fields in NESTED_CATEGORIES[config].items():
        if column not in table.column_names:
            continue
        encoded = _encode_nested(table[column], fields, column)
        idx = table.schema.get_field_index(column)
        table = table.set_column(idx, pa.field(column, encoded.type), encoded)
    return table


def split_table(table: pa.Table, codes: np.ndarray) -> dict[str, pa.Table]:
    """The rows of each split, in input order (a filter copies runs: claims of an article are
    consecutive, so this is cheaper than a reorder)."""
    return {name: table.filter(pa.array(codes == i)) for i, name in enumerate(SPLITS)}
