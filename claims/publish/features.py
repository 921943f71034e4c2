"""The `datasets` Features of each published config, written into every Parquet file.

Parquet files carry them under the `huggingface` schema metadata key (as `datasets` itself writes
them), so `load_dataset("parquet", ...)`, the Hub viewer and `Features.from_arrow_schema` all see
ClassLabels, nested ones included, instead of bare integer codes.
"""

from __future__ import annotations

import pyarrow as pa
from datasets import ClassLabel, Features, List
from datasets.features.features import FeatureType, generate_from_arrow_type

from claims import store
from claims.publish.tables import CONFIG_CATEGORIES, NESTED_CATEGORIES
from schemas import SCHEMA_VERSION


def _nested(t: pa.DataType, fields: dict[str, tuple[str, ...]]) -> FeatureType:
    """list<struct> with ClassLabels for the enum fields of the struct."""
    inner = t.value_type
    struct = {
        inner.field(i).name: (
            ClassLabel(names=list(fields[inner.field(i).name]))
            if inner.field(i).name in fields
            else generate_from_arrow_type(inner.field(i).type)
        )
        for i in range(inner.num_fields)
    }
    return List(struct)


def features(config: str, schema: pa.Schema) -> Features:
    """Features of `config` from its contract-typed (string enum) Arrow schema."""
    out: dict[str, FeatureType] = {}
    for f in schema:
        if f.name in CONFIG_CATEGORIES[config]:
            out[f.name] = ClassLabel(names=list(CONFIG_CATEGORIES[config][f.name]))
        elif f.name in NESTED_CATEGORIES[config]:
            out[f.name] = _nested(f.type, NESTED_CATEGORIES[config][f.name])
        else:
            out[f.name] = generate_from_arrow_type(f.type)
    return Features(out)


def arrow_schema(feats: Features) -> pa.Schema:
    """The Parquet schema: the features' Arrow types, their JSON and our schema version."""
    schema = feats.arrow_schema
    meta = dict(schema.metadata or {})
    meta[store.VERSION_KEY] = SCHEMA_VERSION.encode()
    return schema.with_metadata(meta)
