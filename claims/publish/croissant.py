"""croissant.json: Croissant 1.1 metadata with real sha256 checksums and the label names kept.

Written by hand (no mlcroissant at run time); the tests validate it with mlcroissant.
Each Parquet file is a FileObject with its checksum; each (config, split) is a RecordSet; each
ClassLabel is an enumeration RecordSet whose rows map the integer code to its name, and the
column that holds the code `references` it.
"""

from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyarrow as pa

from claims.publish.tables import CONFIG_CATEGORIES, NESTED_CATEGORIES

CONFORMS_TO = "http://mlcommons.org/croissant/1.1"
PARQUET = "application/x-parquet"
LICENSES = {
    "cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "cc-by-sa-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "cc0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "mit": "https://opensource.org/licenses/MIT",
}

CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

#: Threads hashing the data files (the machine's cores, at most 4).
HASH_THREADS = min(4, os.cpu_count() or 1)


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _data_type(t: pa.DataType) -> str:
    if pa.types.is_integer(t):
        return "sc:Integer"
    if pa.types.is_floating(t):
        return "sc:Float"
    if pa.types.is_boolean(t):
        return "sc:Boolean"
    if pa.types.is_date(t):
        return "sc:Date"
    if pa.types.is_timestamp(t):
        return "sc:DateTime"
    return "sc:Text"


def _field(
    record: str,
    name: str,
    t: pa.DataType,
    file_id: str,
    column: str,
    labels: dict[str, str],
    parent: str = "",
) -> dict:
    """One Field; lists become arrays, structs subFields reading the same column.

    mlcroissant applies a subField's jsonPath to each element of its parent's array, so the path
    is the field's own name, relative to the struct it sits in.
    """
    uid = f"{record}/{parent}{name}"
    out: dict[str, Any] = {"@type": "cr:Field", "@id": uid, "name": name}
    source: dict[str, Any] = {"fileObject": {"@id": file_id}, "extract": {"column": column}}
    if parent:
        source["transform"] = {"jsonPath": name}
    inner = t
    if pa.types.is_list(t):
        out["isArray"] = True
        out["arrayShape"] = "-1"
        inner = t.value_type
    if pa.types.is_struct(inner):
        out["subField"] = [
            _field(
                record,
                inner.field(i).name,
                inner.field(i).type,
                file_id,
                column,
                labels,
                f"{parent}{name}/",
            )
            for i in range(inner.num_fields)
        ]
    else:
        out["dataType"] = _data_type(inner)
    key = f"{parent}{name}".replace("/", ".")
    if key in labels:
        out["references"] = {"field": {"@id": f"{labels[key]}/code"}}
    out["source"] = source
    return out


def _label_sets(config: str, schema: pa.Schema) -> dict[str, tuple[str, ...]]:
    """column or column.field -> ClassLabel names, for every enum of the config."""
    out = {c: n for c, n in CONFIG_CATEGORIES[config].items() if c in schema.names}
    for column, fields in NESTED_CATEGORIES[config].items():
        if column in schema.names:
            out.update({f"{column}.{f}": n for f, n in fields.items()})
    return out


def _enumeration(config: str, column: str, names: tuple[str, ...]) -> dict:
    rid = f"{config}.{column}.labels"
    return {
        "@type": "cr:RecordSet",
        "@id": rid,
        "name": rid,
        "description": f"Names of the ClassLabel codes of {config}.{column} (-1: missing).",
        "dataType": "sc:Enumeration",
        "key": {"@id": f"{rid}/code"},
        "field": [
            {"@type": "cr:Field", "@id": f"{rid}/code", "name": "code", "dataType": "sc:Integer"},
            {"@type": "cr:Field", "@id": f"{rid}/name", "name": "name", "dataType": "sc:Text"},
        ],
        "data": [{f"{rid}/code": i, f"{rid}/name": n} for i, n in enumerate(names)],
    }


def record_set_id(config: str, split: str, shard: int, shards: int) -> str:
    return f"{config}/{split}" if shards == 1 else f"{config}/{split}/{shard:05d}"


def _record_set(rid: str, config: str, split: str, schema: pa.Schema, file_id: str) -> dict:
    labels = {k: f"{config}.{k}.labels" for k in _label_sets(config, schema)}
    return {
        "@type": "cr:RecordSet",
        "@id": rid,
        "name": rid,
        "description": f"The {split} split of the {config} config.",
        "field": [_field(rid, f.name, f.type, file_id, f.name, labels) for f in schema],
    }


def build(
    root: Path,
    files: dict[str, dict[str, list[str]]],
    schemas: dict[str, pa.Schema],
    *,
    name: str,
    description: str,
    version: str,
    license: str,
    license_url: str | None,
    url: str | None,
    cite_as: str,
    date_published: str,
) -> dict[str, Any]:
    """The Croissant document for the files (config -> split -> path relative to `root`)."""
    distribution, record_sets = [], []
    rels = [rel for splits in files.values() for shards in splits.values() for rel in shards]
    # hashlib frees the GIL while it hashes: the files are hashed side by side, not one by one
    with ThreadPoolExecutor(max_workers=HASH_THREADS) as pool:
        checksums = dict(zip(rels, pool.map(sha256_file, (root / r for r in rels)), strict=True))
    for config, splits in files.items():
        for key, names in _label_sets(config, schemas[config]).items():
            record_sets.append(_enumeration(config, key, names))
        for split, shards in splits.items():
            for i, rel in enumerate(shards):
                distribution.append(
                    {
                        "@type": "cr:FileObject",
                        "@id": rel,
                        "name": rel,
                        "contentUrl": rel,
                        "encodingFormat": PARQUET,
                        "sha256": checksums[rel],
                    }
                )
                rid = record_set_id(config, split, i, len(shards))
                record_sets.append(_record_set(rid, config, split, schemas[config], rel))
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": name,
        "description": description,
        "version": version,
        "license": license_url or license,
        "citeAs": cite_as,
        "datePublished": date_published,
        "distribution": distribution,
        "recordSet": record_sets,
    }
    if url:
        doc["url"] = url
    return doc


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
