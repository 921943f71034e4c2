"""The dataset card (README.md): YAML metadata `datasets` reads, then a body people read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import yaml

from claims.release import CONFIG_CATEGORIES, SPLITS


@dataclass
class CardInfo:
    """Everything the card says; gathered by claims.publish."""

    version: str
    pretty_name: str
    license: str
    repo_id: str | None
    schemas: dict[str, pa.Schema]  # config -> published Arrow schema (codes, not strings)
    rows: dict[str, dict[str, int]]  # config -> split -> rows
    sizes: dict[str, dict[str, int]]  # config -> split -> bytes on disk
    stats: dict[str, list[tuple[str, int]]]
    extractors: list[tuple[str, int]]
    sources: dict[str, Any]
    changes: str
    agreement: dict[str, Any] | None = None
    proportions: tuple[float, ...] = field(default=(0.8, 0.1, 0.1))


def _dtype(t: pa.DataType) -> Any:
    """The `datasets` YAML spelling of one Arrow type (nested lists and structs included)."""
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        inner = _dtype(t.value_type)
        return {"list": inner["struct"] if isinstance(inner, dict) and "struct" in inner else inner}
    if pa.types.is_struct(t):
        return {"struct": [_feature(t.field(i).name, t.field(i).type) for i in range(t.num_fields)]}
    if pa.types.is_date32(t):
        return "date32"
    if pa.types.is_floating(t):
        return f"float{t.bit_width}"
    return str(t)


def _feature(name: str, t: pa.DataType, names: tuple[str, ...] | None = None) -> dict[str, Any]:
    if names is not None:
        return {
            "name": name,
            "dtype": {"class_label": {"names": {str(i): n for i, n in enumerate(names)}}},
        }
    spelled = _dtype(t)
    if isinstance(spelled, dict):
        ((kind, inner),) = spelled.items()
        return {"name": name, kind: inner}
    return {"name": name, "dtype": spelled}


def features_yaml(
    schema: pa.Schema, categories: dict[str, tuple[str, ...]]
) -> list[dict[str, Any]]:
    """dataset_info.features: ClassLabel for enum columns, every other type as Arrow has it."""
    return [_feature(f.name, f.type, categories.get(f.name)) for f in schema]


def size_category(n: int) -> str:
    for limit, label in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
        (10_000_000, "1M<n<10M"),
    ):
        if n < limit:
            return label
    return "10M<n<100M"


def data_path(config: str, split: str) -> str:
    return f"data/{config}/{split}-00000-of-00001.parquet"


def metadata(info: CardInfo) -> dict[str, Any]:
    """The YAML header: configs with data_files per split, and typed features per config."""
    configs, infos = [], []
    for config, schema in info.schemas.items():
        entry: dict[str, Any] = {"config_name": config}
        if config == "claims":
            entry["default"] = True
        present = [s for s in SPLITS if info.rows[config][s]]
        entry["data_files"] = [
            {"split": s, "path": f"data/{config}/{s}-*.parquet"} for s in present
        ]
        configs.append(entry)
        infos.append(
            {
                "config_name": config,
                "features": features_yaml(schema, CONFIG_CATEGORIES[config]),
                "splits": [
                    {
                        "name": s,
                        "num_bytes": info.sizes[config][s],
                        "num_examples": info.rows[config][s],
                    }
                    for s in present
                ],
                "download_size": sum(info.sizes[config].values()),
            }
        )
    return {
        "pretty_name": info.pretty_name,
        "license": info.license,
        "language": ["en"],
        "task_categories": ["text-classification", "token-classification"],
        "tags": ["fact-checking", "claim-extraction", "news"],
        "size_categories": [size_category(sum(info.rows["claims"].values()))],
        "configs": configs,
        "dataset_info": infos,
    }


def value_counts(
    column: pa.ChunkedArray | pa.Array, missing: str = "(none)"
) -> list[tuple[str, int]]:
    """(value, count) most frequent first, ties by value; nulls counted under `missing`."""
    counts = pc.value_counts(column)
    pairs = [
        (missing if v is None else str(v), int(c))
        for v, c in zip(
            counts.field("values").to_pylist(), counts.field("counts").to_pylist(), strict=True
        )
    ]
    return sorted(pairs, key=lambda p: (-p[1], p[0]))


def stats(claims: pa.Table) -> dict[str, list[tuple[str, int]]]:
    """Claims per type, verdict, segment and outlet (claims table with string enums)."""
    return {
        "claim type": value_counts(claims["claim_type"]),
        "verdict": value_counts(claims["verdict"], "(unverified)"),
        "segment": value_counts(claims["segment"]),
        "outlet": value_counts(claims["outlet"], "(unknown)"),
    }


def render(info: CardInfo) -> str:
    """The whole README.md."""
    from claims.card_body import body

    header = yaml.safe_dump(metadata(info), sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{header}---\n\n" + body(info)
