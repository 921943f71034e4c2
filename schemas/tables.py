"""The registry of the contract's tables: each one's Arrow schema, pandera model and key.

The Parquet store writes each table with its Arrow schema and the schema version in the file
metadata; `claims validate` runs the models.
"""

from dataclasses import dataclass

import pandera.pandas as pa
import pyarrow

from schemas import SCHEMA_VERSION, articles, claims, missed_claims, verdicts
from schemas import annotations as annotations_table  # no __future__ import here: it would shadow


@dataclass(frozen=True)
class Table:
    """One table of the contract."""

    name: str
    arrow: pyarrow.Schema
    model: type[pa.DataFrameModel]
    descriptions: dict[str, str]
    key: str

    @property
    def filename(self) -> str:
        return f"{self.name}.parquet"


TABLES: dict[str, Table] = {
    "articles": Table(
        "articles",
        articles.ARROW_SCHEMA,
        articles.ArticlesModel,
        articles.DESCRIPTIONS,
        "article_id",
    ),
    "claims": Table(
        "claims", claims.ARROW_SCHEMA, claims.ClaimsModel, claims.DESCRIPTIONS, "claim_id"
    ),
    "annotations": Table(
        "annotations",
        annotations_table.ARROW_SCHEMA,
        annotations_table.AnnotationsModel,
        annotations_table.DESCRIPTIONS,
        "annotation_id",
    ),
    "verdicts": Table(
        "verdicts", verdicts.ARROW_SCHEMA, verdicts.VerdictsModel, verdicts.DESCRIPTIONS, "claim_id"
    ),
    "missed_claims": Table(
        "missed_claims",
        missed_claims.ARROW_SCHEMA,
        missed_claims.MissedClaimsModel,
        missed_claims.DESCRIPTIONS,
        "missed_id",
    ),
}


def blank_row(table: str, **fields: object) -> dict[str, object]:
    """A row of `table` with every column empty (None, or [] for lists), then `fields` filled in.

    Builders of rows (the extractor, tests, benches) name only the columns they know.
    """
    row: dict[str, object] = {
        f.name: [] if pyarrow.types.is_list(f.type) else None for f in TABLES[table].arrow
    }
    unknown = set(fields) - row.keys()
    if unknown:
        raise KeyError(f"not columns of {table}: {sorted(unknown)}")
    row.update(fields)
    return row


__all__ = ["SCHEMA_VERSION", "TABLES", "Table", "blank_row"]
