"""The annotations table: one row per annotator judgment pulled from Label Studio."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

from schemas._checks import HEX16, each, list_items, present
from schemas.enums import ANNOTATION_STATUSES, EXTRACTION_JUDGMENTS, VERDICTS

ARROW_SCHEMA = pyarrow.schema(
    [
        ("annotation_id", pyarrow.string()),
        ("claim_id", pyarrow.string()),
        ("task_id", pyarrow.int64()),
        ("annotator", pyarrow.string()),
        ("status", pyarrow.string()),
        ("extraction", pyarrow.string()),
        ("verdict", pyarrow.string()),
        ("corrected_fields", pyarrow.string()),
        ("evidence_urls", pyarrow.list_(pyarrow.string())),
        ("rationale", pyarrow.string()),
        ("created_at", pyarrow.timestamp("us", tz="UTC")),
        ("updated_at", pyarrow.timestamp("us", tz="UTC")),
        ("lead_time", pyarrow.float64()),
    ]
)

DESCRIPTIONS = {
    "annotation_id": "Id of the judgment (stable across pulls).",
    "claim_id": "The claim judged (claims.claim_id).",
    "task_id": "Label Studio task id.",
    "annotator": "Pseudonymous annotator id.",
    "status": "submitted, or skipped when the annotator skipped or cancelled the task.",
    "extraction": "correct, corrected or not_a_claim.",
    "verdict": "supported, refuted, not_enough_evidence or conflicting.",
    "corrected_fields": "JSON object of the claim fields the annotator corrected.",
    "evidence_urls": "URLs the annotator cited as evidence.",
    "rationale": "The annotator's free-text reason.",
    "created_at": "When the judgment was first submitted (UTC).",
    "updated_at": "When it was last changed (UTC).",
    "lead_time": "Seconds the annotator spent on the task.",
}


class AnnotationsModel(pa.DataFrameModel):
    """pandera model of annotations.parquet."""

    annotation_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    claim_id: Series[str] = pa.Field(str_matches=HEX16)
    task_id: Series[int] = pa.Field(ge=0)
    annotator: Series[str] = pa.Field(str_length={"min_value": 1})
    status: Series[str] = pa.Field(isin=ANNOTATION_STATUSES)
    extraction: Series[str] = pa.Field(nullable=True, isin=EXTRACTION_JUDGMENTS)
    verdict: Series[str] = pa.Field(nullable=True, isin=VERDICTS)
    corrected_fields: Series[str] = pa.Field(nullable=True)
    evidence_urls: Series[object] = pa.Field()
    rationale: Series[str] = pa.Field(nullable=True)
    created_at: Series[pd.DatetimeTZDtype] = pa.Field(dtype_kwargs={"unit": "us", "tz": "UTC"})
    updated_at: Series[pd.DatetimeTZDtype] = pa.Field(dtype_kwargs={"unit": "us", "tz": "UTC"})
    lead_time: Series[float] = pa.Field(nullable=True, ge=0)

    class Config:
        strict = False
        name = "annotations"

    @pa.check("evidence_urls", name="evidence_urls_are_urls")
    def urls(cls, series: pd.Series) -> pd.Series:
        return each(
            series,
            lambda v: all(
                isinstance(u, str) and u.startswith(("http://", "https://")) for u in list_items(v)
            ),
        )

    @pa.dataframe_check(name="submitted_has_extraction")
    def submitted_judged(cls, df: pd.DataFrame) -> pd.Series:
        submitted = (df["status"] == "submitted").to_numpy()
        return pd.Series(~submitted | present(df["extraction"]), index=df.index)

    @pa.dataframe_check(name="updated_not_before_created")
    def times_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series(
            (df["updated_at"] >= df["created_at"]).to_numpy(dtype=bool), index=df.index
        )

    @pa.dataframe_check(name="corrected_has_fields")
    def corrected_fields_present(cls, df: pd.DataFrame) -> pd.Series:
        corrected = (df["extraction"] == "corrected").to_numpy()
        return pd.Series(~corrected | present(df["corrected_fields"]), index=df.index)
