"""The articles table: one row per ingested article; every claim offset points into `text`."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

from schemas._checks import HEX16, HEX64, each, list_items
from schemas.enums import SEGMENT_KINDS

SEGMENT_TYPE = pyarrow.struct(
    [("kind", pyarrow.string()), ("start", pyarrow.int64()), ("end", pyarrow.int64())]
)

ARROW_SCHEMA = pyarrow.schema(
    [
        ("article_id", pyarrow.string()),
        ("source", pyarrow.string()),
        ("url", pyarrow.string()),
        ("title", pyarrow.string()),
        ("outlet", pyarrow.string()),
        ("authors", pyarrow.list_(pyarrow.string())),
        ("published", pyarrow.date32()),
        ("text", pyarrow.string()),
        ("segments", pyarrow.list_(SEGMENT_TYPE)),
        ("content_sha256", pyarrow.string()),
    ]
)

DESCRIPTIONS = {
    "article_id": "Deterministic id from the article text: the same article always gets the same id.",
    "source": "The input path as given (relative to the input root) or the URL.",
    "url": "Canonical URL of the article, when known.",
    "title": "Headline, when known.",
    "outlet": "Publishing outlet, when known.",
    "authors": "Authors from the byline.",
    "published": "Publication date (byline, dateline, HTML metadata or JSONL field).",
    "text": "The article text that every offset points into.",
    "segments": "Structure of the text: kind (title, byline, body, caption, related, feed, "
    "boilerplate) with start and end offsets.",
    "content_sha256": "SHA-256 of the raw input bytes.",
}


def _segments_ok(segments: object, text: object) -> bool:
    if not isinstance(text, str):
        return False
    previous_end = 0
    for seg in list_items(segments):
        start, end = seg["start"], seg["end"]
        if seg["kind"] not in SEGMENT_KINDS or start is None or end is None:
            return False
        if not previous_end <= start <= end <= len(text):
            return False
        previous_end = end
    return True


class ArticlesModel(pa.DataFrameModel):
    """pandera model of articles.parquet."""

    article_id: Series[str] = pa.Field(unique=True, str_matches=HEX16)
    source: Series[str] = pa.Field(str_length={"min_value": 1})
    url: Series[str] = pa.Field(nullable=True)
    title: Series[str] = pa.Field(nullable=True)
    outlet: Series[str] = pa.Field(nullable=True)
    authors: Series[object] = pa.Field()
    published: Series[object] = pa.Field(nullable=True)
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    segments: Series[object] = pa.Field()
    content_sha256: Series[str] = pa.Field(str_matches=HEX64)

    class Config:
        strict = False
        name = "articles"

    @pa.check("authors", name="authors_are_strings")
    def authors_are_strings(cls, series: pd.Series) -> pd.Series:
        return each(series, lambda v: all(isinstance(a, str) and a for a in list_items(v)))

    @pa.dataframe_check(name="segments_ordered_and_inside_text")
    def segments_inside_text(cls, df: pd.DataFrame) -> pd.Series:
        ok = [_segments_ok(s, t) for s, t in zip(df["segments"], df["text"], strict=True)]
        return pd.Series(ok, index=df.index, dtype=bool)
