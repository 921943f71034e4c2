"""The dataset card's YAML features are what `datasets` reads back, types and label names kept."""

from __future__ import annotations

import datasets
import pyarrow as pa

from claims.publish import card
from schemas.enums import CATEGORIES
from schemas.tables import TABLES


def test_features_yaml_round_trips_through_datasets() -> None:
    schema = TABLES["claims"].arrow
    categories = CATEGORIES["claims"]
    features = datasets.Features._from_yaml_list(card.features_yaml(schema, categories))
    assert features["hedge"] == datasets.ClassLabel(names=list(categories["hedge"]))
    assert features["date_start"] == datasets.Value("date32")
    assert features["quantity_value"] == datasets.Value("float64")
    assert features["sanction_authorities"] == datasets.List(datasets.Value("string"))
    target = features["sanction_targets"].feature
    assert target["names"] == datasets.List(datasets.Value("string"))
    assert target["count"] == datasets.Value("int64")


def test_timestamps_and_nested_structs_spelled_for_datasets() -> None:
    schema = pa.schema([("t", pa.timestamp("us", tz="UTC")), ("s", pa.struct([("a", pa.int64())]))])
    features = datasets.Features._from_yaml_list(card.features_yaml(schema, {}))
    assert features["t"] == datasets.Value("timestamp[us, tz=UTC]")
    assert features["s"] == {"a": datasets.Value("int64")}


def test_size_categories() -> None:
    assert card.size_category(999) == "n<1K"
    assert card.size_category(1_000_000) == "1M<n<10M"
