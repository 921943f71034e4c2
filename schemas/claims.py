"""The claims table: one row per extracted claim, grounded by exact offsets into articles.text."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

from schemas._checks import HEX16, each, list_items, nonempty_list, present
from schemas.enums import (
    CLAIM_TYPES,
    DATE_GRANULARITIES,
    HEDGES,
    QUANTITY_BOUNDS,
    QUANTITY_CHANGES,
    SANCTION_STATUSES,
    SEGMENT_KINDS,
    TARGET_KINDS,
)

TARGET_TYPE = pyarrow.struct(
    [
        ("kind", pyarrow.string()),
        ("count", pyarrow.int64()),
        ("names", pyarrow.list_(pyarrow.string())),
        ("nationality", pyarrow.string()),
    ]
)

ARROW_SCHEMA = pyarrow.schema(
    [
        ("claim_id", pyarrow.string()),
        ("article_id", pyarrow.string()),
        ("claim_type", pyarrow.string()),
        ("span_start", pyarrow.int64()),
        ("span_end", pyarrow.int64()),
        ("span_text", pyarrow.string()),
        ("sentence_start", pyarrow.int64()),
        ("sentence_end", pyarrow.int64()),
        ("sentence", pyarrow.string()),
        ("segment", pyarrow.string()),
        ("subject", pyarrow.string()),
        ("predicate", pyarrow.string()),
        ("attribution", pyarrow.string()),
        ("hedge", pyarrow.string()),
        ("quantity_value", pyarrow.float64()),
        ("quantity_low", pyarrow.float64()),
        ("quantity_high", pyarrow.float64()),
        ("quantity_bound", pyarrow.string()),
        ("quantity_unit", pyarrow.string()),
        ("quantity_item", pyarrow.string()),
        ("quantity_change", pyarrow.string()),
        ("quantity_per", pyarrow.string()),
        ("date_text", pyarrow.string()),
        ("date_start", pyarrow.date32()),
        ("date_end", pyarrow.date32()),
        ("date_granularity", pyarrow.string()),
        ("date_unresolved_reason", pyarrow.string()),
        ("sanction_authorities", pyarrow.list_(pyarrow.string())),
        ("sanction_status", pyarrow.string()),
        ("sanction_targets", pyarrow.list_(TARGET_TYPE)),
        ("sanction_date", pyarrow.date32()),
        ("confidence", pyarrow.float64()),
        ("extractor", pyarrow.string()),
    ]
)


class TargetRow(TypedDict):
    """One sanction target group, as stored in `sanction_targets`."""

    kind: str
    count: int | None
    names: list[str]
    nationality: str | None


class ClaimRow(TypedDict, total=False):
    """One row of the claims table as the extractor builds it (every column of ARROW_SCHEMA).

    Components fill the fields they know; the extractor completes the rest before writing.
    """

    claim_id: str
    article_id: str
    claim_type: str
    span_start: int
    span_end: int
    span_text: str
    sentence_start: int
    sentence_end: int
    sentence: str
    segment: str
    subject: str | None
    predicate: str | None
    attribution: str | None
    hedge: str
    quantity_value: float | None
    quantity_low: float | None
    quantity_high: float | None
    quantity_bound: str | None
    quantity_unit: str | None
    quantity_item: str | None
    quantity_change: str | None
    quantity_per: str | None
    date_text: str | None
    date_start: dt.date | str | None  # ISO string on a Doc, a date in the table
    date_end: dt.date | str | None
    date_granularity: str | None
    date_unresolved_reason: str | None
    sanction_authorities: list[str]
    sanction_status: str | None
    sanction_targets: list[TargetRow]
    sanction_date: dt.date | str | None
    confidence: float
    extractor: str
    restated: bool  # a component's note to the extractor, never written
    elsewhere: list[str]  # the same: authorities the sentence gives another action
    holdings: bool  # the same: its group of kind other counts holdings frozen


DESCRIPTIONS = {
    "claim_id": "Deterministic id from (article_id, claim_type, span).",
    "article_id": "The article the claim comes from (articles.article_id).",
    "claim_type": "quantity, date or sanction.",
    "span_start": "Start offset of the key expression in the article text.",
    "span_end": "End offset (exclusive) of the key expression.",
    "span_text": "The key expression, equal to text[span_start:span_end].",
    "sentence_start": "Start offset of the sentence holding the span.",
    "sentence_end": "End offset of that sentence.",
    "sentence": "The sentence holding the span.",
    "segment": "Segment kind the span lies in (body, caption, related, feed, ...).",
    "subject": "Who or what the claim is about.",
    "predicate": "What is said of the subject.",
    "attribution": "Who says so, when the text names a source.",
    "hedge": "asserted, reported, estimated or speculative.",
    "quantity_value": "Central value of a quantity.",
    "quantity_low": "Lower end of a range.",
    "quantity_high": "Upper end of a range.",
    "quantity_bound": "eq, approx, gt, gte, lt, lte or range.",
    "quantity_unit": "Unit or currency (USD, %, barrels, tonnes), when there is one.",
    "quantity_item": "What is counted, as a lower-case noun phrase.",
    "quantity_change": "increase or decrease when the number states a change ('rose 14%'), else null.",
    "quantity_per": "The period or base of a rate ('day', 'year', 'capita'), else null.",
    "date_text": "The date words as written.",
    "date_start": "First day the date expression covers (resolved, inclusive).",
    "date_end": "Last day the date expression covers (resolved, inclusive).",
    "date_granularity": "day, month, year or other.",
    "date_unresolved_reason": "Why a date could not be resolved, when it could not.",
    "sanction_authorities": "Canonical short names of the sanctioning authorities.",
    "sanction_status": "imposed, planned, lifted or extended.",
    "sanction_targets": "Target groups: kind, count, names, nationality.",
    "sanction_date": "Date of the sanction action, when given or implied.",
    "confidence": "Extractor confidence in [0, 1].",
    "extractor": "Tool and model versions that produced the row.",
}


def _where(df: pd.DataFrame, claim_type: str) -> np.ndarray:
    return (df["claim_type"] == claim_type).to_numpy()


def _target_ok(target: object) -> bool:
    if not isinstance(target, dict) or target.get("kind") not in TARGET_KINDS:
        return False
    count = target.get("count")
    return count is None or count >= 0


class ClaimsModel(pa.DataFrameModel):
    """pandera model of claims.parquet; the cross-table rules live in schemas.relations."""

    claim_id: Series[str] = pa.Field(unique=True, str_matches=HEX16)
    article_id: Series[str] = pa.Field(str_matches=HEX16)
    claim_type: Series[str] = pa.Field(isin=CLAIM_TYPES)
    span_start: Series[int] = pa.Field(ge=0)
    span_end: Series[int] = pa.Field(ge=0)
    span_text: Series[str] = pa.Field(str_length={"min_value": 1})
    sentence_start: Series[int] = pa.Field(ge=0)
    sentence_end: Series[int] = pa.Field(ge=0)
    sentence: Series[str] = pa.Field(str_length={"min_value": 1})
    segment: Series[str] = pa.Field(isin=SEGMENT_KINDS)
    subject: Series[str] = pa.Field(nullable=True)
    predicate: Series[str] = pa.Field(nullable=True)
    attribution: Series[str] = pa.Field(nullable=True)
    hedge: Series[str] = pa.Field(isin=HEDGES)
    quantity_value: Series[float] = pa.Field(nullable=True)
    quantity_low: Series[float] = pa.Field(nullable=True)
    quantity_high: Series[float] = pa.Field(nullable=True)
    quantity_bound: Series[str] = pa.Field(nullable=True, isin=QUANTITY_BOUNDS)
    quantity_unit: Series[str] = pa.Field(nullable=True)
    quantity_item: Series[str] = pa.Field(nullable=True)
    quantity_change: Series[str] = pa.Field(nullable=True, isin=QUANTITY_CHANGES)
    quantity_per: Series[str] = pa.Field(nullable=True)
    date_text: Series[str] = pa.Field(nullable=True)
    date_start: Series[object] = pa.Field(nullable=True)
    date_end: Series[object] = pa.Field(nullable=True)
    date_granularity: Series[str] = pa.Field(nullable=True, isin=DATE_GRANULARITIES)
    date_unresolved_reason: Series[str] = pa.Field(nullable=True)
    sanction_authorities: Series[object] = pa.Field()
    sanction_status: Series[str] = pa.Field(nullable=True, isin=SANCTION_STATUSES)
    sanction_targets: Series[object] = pa.Field()
    sanction_date: Series[object] = pa.Field(nullable=True)
    confidence: Series[float] = pa.Field(ge=0.0, le=1.0)
    extractor: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = False
        name = "claims"

    @pa.check("sanction_targets", name="targets_well_formed")
    def targets_well_formed(cls, series: pd.Series) -> pd.Series:
        return each(series, lambda v: all(_target_ok(t) for t in list_items(v)))

    @pa.dataframe_check(name="quantity_has_value_bound_item")
    def quantity_fields(cls, df: pd.DataFrame) -> pd.Series:
        need = (
            present(df["quantity_value"])
            & present(df["quantity_bound"])
            & present(df["quantity_item"])
        )
        return pd.Series(~_where(df, "quantity") | need, index=df.index)

    @pa.dataframe_check(name="date_has_date_text")
    def date_fields(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series(~_where(df, "date") | present(df["date_text"]), index=df.index)

    @pa.dataframe_check(name="sanction_has_authority_and_status")
    def sanction_fields(cls, df: pd.DataFrame) -> pd.Series:
        need = nonempty_list(df["sanction_authorities"]) & present(df["sanction_status"])
        return pd.Series(~_where(df, "sanction") | need, index=df.index)

    @pa.dataframe_check(name="range_has_low_and_high")
    def range_bounds(cls, df: pd.DataFrame) -> pd.Series:
        is_range = (df["quantity_bound"] == "range").to_numpy()
        need = present(df["quantity_low"]) & present(df["quantity_high"])
        return pd.Series(~is_range | need, index=df.index)

    @pa.dataframe_check(name="low_le_value_le_high")
    def value_order(cls, df: pd.DataFrame) -> pd.Series:
        low, value, high = (
            df[c].to_numpy(dtype=float) for c in ("quantity_low", "quantity_value", "quantity_high")
        )
        with np.errstate(invalid="ignore"):
            ok_low = np.isnan(low) | np.isnan(value) | (low <= value)
            ok_high = np.isnan(high) | np.isnan(value) | (value <= high)
            ok_range = np.isnan(low) | np.isnan(high) | (low <= high)
        return pd.Series(ok_low & ok_high & ok_range, index=df.index)

    @pa.dataframe_check(name="date_start_le_date_end")
    def date_order(cls, df: pd.DataFrame) -> pd.Series:
        ok = [
            s is None or e is None or s <= e
            for s, e in zip(df["date_start"], df["date_end"], strict=True)
        ]
        return pd.Series(ok, index=df.index, dtype=bool)

    @pa.dataframe_check(name="span_inside_sentence")
    def span_inside_sentence(cls, df: pd.DataFrame) -> pd.Series:
        ss, s0, s1, se = (
            df[c].to_numpy() for c in ("sentence_start", "span_start", "span_end", "sentence_end")
        )
        return pd.Series((ss <= s0) & (s0 < s1) & (s1 <= se), index=df.index)

    @pa.dataframe_check(name="span_text_matches_sentence")
    def span_matches_sentence(cls, df: pd.DataFrame) -> pd.Series:
        rows = zip(
            df["sentence"], df["span_text"], df["span_start"], df["sentence_start"], strict=True
        )
        ok = [
            isinstance(sent, str) and sent[a - s : a - s + len(span)] == span
            for sent, span, a, s in rows
        ]
        lengths = (df["span_end"] - df["span_start"]).to_numpy() == df[
            "span_text"
        ].str.len().to_numpy()
        sent_len = (df["sentence_end"] - df["sentence_start"]).to_numpy() == df[
            "sentence"
        ].str.len().to_numpy()
        return pd.Series(np.array(ok, dtype=bool) & lengths & sent_len, index=df.index)
