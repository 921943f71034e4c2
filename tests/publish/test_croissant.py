"""Croissant fields: arrays, nested structs and references to the label record sets."""

from __future__ import annotations

import pyarrow as pa

from claims.publish import croissant
from schemas.tables import TABLES


def test_nested_list_of_struct_becomes_array_with_subfields() -> None:
    field = croissant._field(
        "claims/train",
        "sanction_targets",
        TABLES["claims"].arrow.field("sanction_targets").type,
        "f.parquet",
        "sanction_targets",
        {"sanction_targets.kind": "claims.sanction_targets.kind.labels"},
    )
    assert field["isArray"] is True
    names = [sub["name"] for sub in field["subField"]]
    assert names == ["kind", "count", "names", "nationality"]
    assert field["subField"][2]["isArray"] is True
    # mlcroissant applies a sub-field's jsonPath to each element: the path is relative to it
    assert [sub["source"]["transform"]["jsonPath"] for sub in field["subField"]] == names
    assert field["subField"][0]["references"] == {
        "field": {"@id": "claims.sanction_targets.kind.labels/code"}
    }


def test_enum_columns_reference_their_label_record_set() -> None:
    schema = pa.schema([("claim_type", pa.int64()), ("span_text", pa.string())])
    record = croissant._record_set("claims/train", "claims", "train", schema, "f.parquet")
    by_name = {f["name"]: f for f in record["field"]}
    assert by_name["claim_type"]["references"] == {
        "field": {"@id": "claims.claim_type.labels/code"}
    }
    assert "references" not in by_name["span_text"]
    labels = croissant._enumeration("claims", "claim_type", ("quantity", "date"))
    assert labels["data"][1] == {
        "claims.claim_type.labels/code": 1,
        "claims.claim_type.labels/name": "date",
    }
