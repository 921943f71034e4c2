"""The missed_claims table: claims annotators marked in Label Studio that the extractor missed."""

from __future__ import annotations

import json

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

from schemas._checks import HEX16
from schemas.enums import CLAIM_TYPES

ARROW_SCHEMA = pyarrow.schema(
    [
        ("missed_id", pyarrow.string()),
        ("article_id", pyarrow.string()),
        ("claim_type", pyarrow.string()),
        ("span_start", pyarrow.int64()),
        ("span_end", pyarrow.int64()),
        ("span_text", pyarrow.string()),
        ("fields", pyarrow.string()),
        ("annotator", pyarrow.string()),
        ("created_at", pyarrow.timestamp("us", tz="UTC")),
        ("annotation_id", pyarrow.string()),
        ("claim_id", pyarrow.string()),
    ]
)

DESCRIPTIONS = {
    "missed_id": "Id of the marked claim (stable across pulls).",
    "article_id": "The article it is in (articles.article_id).",
    "claim_type": "quantity, date or sanction.",
    "span_start": "Start offset of the marked words in the article text.",
    "span_end": "End offset (exclusive) of the marked words.",
    "span_text": "The marked words, equal to text[span_start:span_end].",
    "fields": "JSON object of the claim fields the annotator gave (as for corrections).",
    "annotator": "Pseudonymous annotator id.",
    "created_at": "When the judgment holding the mark was first submitted (UTC).",
    "annotation_id": "The judgment the mark belongs to (annotations.annotation_id).",
    "claim_id": "The claim whose task the mark was made in (claims.claim_id).",
}


def _json_object(value: object) -> bool:
    try:
        return isinstance(json.loads(str(value)), dict)
    except ValueError:
        return False


class MissedClaimsModel(pa.DataFrameModel):
    """pandera model of missed_claims.parquet."""

    missed_id: Series[str] = pa.Field(unique=True, str_matches=HEX16)
    article_id: Series[str] = pa.Field(str_matches=HEX16)
    claim_type: Series[str] = pa.Field(isin=CLAIM_TYPES)
    span_start: Series[int] = pa.Field(ge=0)
    span_end: Series[int] = pa.Field(ge=0)
    span_text: Series[str] = pa.Field(str_length={"min_value": 1})
    fields: Series[str] = pa.Field()
    annotator: Series[str] = pa.Field(str_length={"min_value": 1})
    created_at: Series[pd.DatetimeTZDtype] = pa.Field(dtype_kwargs={"unit": "us", "tz": "UTC"})
    annotation_id: Series[str] = pa.Field(str_length={"min_value": 1})
    claim_id: Series[str] = pa.Field(nullable=True, str_matches=HEX16)

    class Config:
        strict = False
        name = "missed_claims"

    @pa.check("fields", name="fields_are_a_json_object")
    def fields_json(cls, series: pd.Series) -> pd.Series:
        return pd.Series([_json_object(v) for v in series], index=series.index, dtype=bool)

    @pa.dataframe_check(name="span_ordered_and_matches_length")
    def span_ok(cls, df: pd.DataFrame) -> pd.Series:
        start, end = df["span_start"].to_numpy(), df["span_end"].to_numpy()
        lengths = df["span_text"].str.len().to_numpy()
        return pd.Series((start < end) & (end - start == lengths), index=df.index)
