"""The verdicts table: one adjudicated row per claim, derived from its annotations."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

from schemas._checks import HEX16, present
from schemas.enums import EXTRACTION_JUDGMENTS, VERDICT_METHODS, VERDICTS

ARROW_SCHEMA = pyarrow.schema(
    [
        ("claim_id", pyarrow.string()),
        ("verdict", pyarrow.string()),
        ("extraction", pyarrow.string()),
        ("n_annotations", pyarrow.int64()),
        ("agreement", pyarrow.float64()),
        ("method", pyarrow.string()),
        ("needs_adjudication", pyarrow.bool_()),
    ]
)

DESCRIPTIONS = {
    "claim_id": "The claim (claims.claim_id).",
    "verdict": "Majority or adjudicated verdict; null while a tie awaits adjudication.",
    "extraction": "Majority extraction judgment: correct, corrected or not_a_claim.",
    "n_annotations": "Number of submitted (not skipped) judgments.",
    "agreement": "Share of judgments agreeing with the verdict.",
    "method": "single, majority or adjudicated.",
    "needs_adjudication": "True when the judgments tie and a person must decide.",
}


class VerdictsModel(pa.DataFrameModel):
    """pandera model of verdicts.parquet."""

    claim_id: Series[str] = pa.Field(unique=True, str_matches=HEX16)
    verdict: Series[str] = pa.Field(nullable=True, isin=VERDICTS)
    extraction: Series[str] = pa.Field(nullable=True, isin=EXTRACTION_JUDGMENTS)
    n_annotations: Series[int] = pa.Field(ge=0)
    agreement: Series[float] = pa.Field(nullable=True, ge=0.0, le=1.0)
    method: Series[str] = pa.Field(nullable=True, isin=VERDICT_METHODS)
    needs_adjudication: Series[bool] = pa.Field()

    class Config:
        strict = False
        name = "verdicts"

    @pa.dataframe_check(name="resolved_verdict_has_method")
    def resolved_has_method(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series(~present(df["verdict"]) | present(df["method"]), index=df.index)

    @pa.dataframe_check(name="single_method_has_one_annotation")
    def single_is_single(cls, df: pd.DataFrame) -> pd.Series:
        single = (df["method"] == "single").to_numpy()
        return pd.Series(~single | (df["n_annotations"] == 1).to_numpy(), index=df.index)
