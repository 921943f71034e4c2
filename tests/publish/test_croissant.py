"""Croissant fields: arrays, nested structs and references to the label record sets."""

from __future__ import annotations

from pathlib import Path

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


def _plain(value: object) -> object:
    """mlcroissant's spelling of a value -> the Parquet one (bytes as str, timestamps as dates)."""
    import datetime as dt

    import pandas as pd

    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, dict):
        return {k.rsplit("/", 1)[-1]: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    return value


def test_every_record_reads_back_value_by_value(published: Path) -> None:
    """Each field, nested ones included, equals the Parquet value, for every record set."""
    _reads_back(published, {"claims", "articles", "annotations"})


def test_missed_claims_read_back_value_by_value(published_missed: Path) -> None:
    _reads_back(published_missed, {"claims", "articles", "annotations", "missed_claims"})


def _reads_back(published: Path, configs: set[str]) -> None:
    import json

    import mlcroissant as mlc
    import pyarrow.parquet as pq

    doc = json.loads((published / "croissant.json").read_text())
    dataset = mlc.Dataset(jsonld=published / "croissant.json")
    assert not dataset.metadata.ctx.issues.errors
    sets = [r for r in doc["recordSet"] if "data" not in r]
    assert {r["@id"].split("/")[0] for r in sets} == configs
    for record_set in sets:
        rid = record_set["@id"]
        path = published / record_set["field"][0]["source"]["fileObject"]["@id"]
        expected = pq.read_table(path).to_pylist()
        got = list(dataset.records(rid))
        assert len(got) == len(expected), rid
        for want, row in zip(expected, got, strict=True):
            for name, value in want.items():
                read = _plain(row[f"{rid}/{name}"])
                assert read == _plain(value), (rid, name, value, read)
        nested = [f["name"] for f in record_set["field"] if "subField" in f]
        if rid.startswith(("claims", "articles")):
            assert nested  # sanction_targets / segments: really compared above
    targets = [
        t
        for r in pq.read_table(published / "data/claims/train-00000-of-00001.parquet").to_pylist()
        for t in r["sanction_targets"]
    ]
    assert targets and all(t["kind"] is not None for t in targets)


def test_every_file_object_carries_the_sha256_of_its_own_file(tmp_path: Path) -> None:
    """The files are hashed side by side: each checksum must still belong to its own file."""
    import hashlib

    schema = pa.schema([("claim_type", pa.int64())])
    files: dict[str, dict[str, list[str]]] = {"claims": {}, "missed_claims": {}}
    for config, splits in files.items():
        for split in ("train", "validation", "test"):
            rel = f"data/{config}/{split}-00000-of-00001.parquet"
            (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / rel).write_bytes(f"{config} {split} ".encode() * (3 << 18))
            splits[split] = [rel]
    doc = croissant.build(
        tmp_path,
        files,
        {"claims": schema, "missed_claims": schema},
        name="Claims",
        description="test",
        version="1.0.0",
        license="mit",
        license_url=None,
        url=None,
        cite_as="Claims",
        date_published="2026-01-01",
    )
    sums = {d["contentUrl"]: d["sha256"] for d in doc["distribution"]}
    assert len(set(sums.values())) == 6
    for rel, digest in sums.items():
        assert digest == hashlib.sha256((tmp_path / rel).read_bytes()).hexdigest()
