"""The dataset card (README.md): YAML metadata `datasets` reads, then a body people read."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import yaml

from claims.publish.tables import (
    ARTICLE_COLUMNS,
    CONFIG_CATEGORIES,
    SPLITS,
    VERDICT_COLUMNS,
)
from schemas import SCHEMA_VERSION
from schemas.tables import TABLES


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
    header = yaml.safe_dump(metadata(info), sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{header}---\n\n" + body(info)


CONFIG_TABLE = {"claims": "claims", "articles": "articles", "annotations": "annotations"}
TOP = 20

GUIDELINES = """\
A claim is a checkable statement in a news article, of one of three types:
- **quantity**: a number that counts or measures something real (weapons, money, people,
  ships, percentages), with its value, bound (eq, approx, gt, gte, lt, lte, range) and the
  counted item. Years, ordinals in names, reading times and phone numbers are not quantities.
- **date**: a date expression that dates a reported event, resolved against the publication
  date to an inclusive start and end with a granularity (day, month, year, other).
- **sanction**: an authority imposing, planning, extending or lifting sanctions on targets
  (persons, organizations, vessels, aircraft), with the authorities, status and target groups.

Annotators first judge the extraction (correct, corrected, not_a_claim), then the claim itself:
supported, refuted, not_enough_evidence or conflicting, citing evidence URLs. Several judgments
of one claim are combined into one verdict by majority; ties are adjudicated by a person."""

LIMITATIONS = """\
- Claims are extracted automatically; unverified claims (null `verdict`) may be wrong or
  incomplete, and the extractor misses claims it cannot parse.
- The articles come from a small, hand-picked set of outlets and topics, in English only; they
  are not a representative sample of news.
- A verdict reflects the evidence the annotators found at annotation time.
- Splits are assigned per article, so claims from one article never straddle splits, but
  related articles about the same event can fall into different splits."""


def _describe(config: str, column: str) -> str:
    if config == "claims" and column in ARTICLE_COLUMNS:
        text = TABLES["articles"].descriptions[column]
        return "Article: " + text
    if config == "claims" and column in VERDICT_COLUMNS.values():
        src = {v: k for k, v in VERDICT_COLUMNS.items()}[column]
        return "Verdict: " + TABLES["verdicts"].descriptions[src] + " Null when unverified."
    return TABLES[CONFIG_TABLE[config]].descriptions.get(column, "")


def pretty_type(t: pa.DataType) -> str:
    """A type as `datasets` users read it: float64, date32, list<struct{kind: string, ...}>."""
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return f"list<{pretty_type(t.value_type)}>"
    if pa.types.is_struct(t):
        inner = ", ".join(
            f"{t.field(i).name}: {pretty_type(t.field(i).type)}" for i in range(t.num_fields)
        )
        return "struct{" + inner + "}"
    if pa.types.is_date32(t):
        return "date32"
    if pa.types.is_floating(t):
        return f"float{t.bit_width}"
    return str(t)


def _type_name(config: str, f: pa.Field) -> str:
    names = CONFIG_CATEGORIES[config].get(f.name)
    return f"ClassLabel({', '.join(names)})" if names else pretty_type(f.type)


def schema_table(config: str, schema: pa.Schema) -> str:
    rows = ["| column | type | meaning |", "|---|---|---|"]
    rows += [
        f"| `{f.name}` | {_type_name(config, f)} | {_describe(config, f.name)} |" for f in schema
    ]
    return "\n".join(rows)


def counts_table(title: str, pairs: list[tuple[str, int]], unit: str = "claims") -> str:
    shown = pairs[:TOP]
    rest = sum(c for _, c in pairs[TOP:])
    lines = [f"| {title} | {unit} |", "|---|---:|"] + [f"| {v} | {c} |" for v, c in shown]
    if rest:
        lines.append(f"| ({len(pairs) - TOP} more) | {rest} |")
    return "\n".join(lines)


def agreement_table(agreement: dict[str, Any] | None) -> str:
    if not agreement:
        return "No inter-annotator agreement was computed for this version."
    lines = ["| measure | value |", "|---|---|"]
    for key, value in sorted(agreement.items()):
        shown = round(value, 3) if isinstance(value, float) else value
        if isinstance(value, dict | list):
            shown = json.dumps(value, sort_keys=True)
        lines.append(f"| {key} | {shown} |")
    return "\n".join(lines)


def _loading(info: CardInfo) -> str:
    where = info.repo_id or "path/to/this/repository"
    configs = ", ".join(f"`{c}`" for c in info.schemas)
    return f"""\
```python
from datasets import load_dataset

claims = load_dataset("{where}", revision="v{info.version}")             # default config: claims
articles = load_dataset("{where}", "articles", revision="v{info.version}")
label = claims["train"].features["claim_type"].int2str(claims["train"][0]["claim_type"])
```

Configs: {configs}. Every version is a git tag `vX.Y.Z`; pass it as `revision=` to pin one
(a local clone works too: check out the tag, then `load_dataset("path/to/clone")`).
Enum columns are `ClassLabel`s: integers whose names are in the features."""


def _splits(info: CardInfo) -> str:
    props = ", ".join(f"{s} {p:g}" for s, p in zip(SPLITS, info.proportions, strict=True))
    lines = ["| config | " + " | ".join(SPLITS) + " |", "|---|" + "---:|" * len(SPLITS)]
    for config, rows in info.rows.items():
        lines.append(f"| {config} | " + " | ".join(str(rows[s]) for s in SPLITS) + " |")
    return (
        f"Splits are assigned per article from its id (a SHA-256 digest), with proportions "
        f"{props}: no article is in two splits and a claim keeps its split across versions.\n\n"
        + "\n".join(lines)
    )


def _provenance(info: CardInfo) -> str:
    src = info.sources
    span = (
        f"{src['first_published']} to {src['last_published']}"
        if src["first_published"]
        else "unknown"
    )
    return "\n\n".join(
        [
            f"{src['articles']} articles from {src['outlets']} outlet(s), published {span}. "
            f"Tables follow schema version {SCHEMA_VERSION} of the `claims` toolkit; "
            "article `source` keeps only a file name or URL.",
            counts_table("extractor (tool and model versions)", info.extractors),
            counts_table("outlet", src["by_outlet"], unit="articles"),
        ]
    )


def body(info: CardInfo) -> str:
    """The Markdown body of the card."""
    schemas = "\n\n".join(f"### `{c}`\n\n{schema_table(c, s)}" for c, s in info.schemas.items())
    stats = "\n\n".join(counts_table(k, v) for k, v in info.stats.items())
    n_claims = sum(info.rows["claims"].values())
    verified = "with" if "annotations" in info.schemas else "without"
    return f"""# {info.pretty_name} (v{info.version})

Checkable claims (quantities, dates and sanctions) extracted from English news articles, each
grounded by exact character offsets into the stored article text, {verified} human verification
in Label Studio. {n_claims} claims in this version. Each claim row carries its article's url,
title, outlet and publication date and, when the claim was verified, its verdict.

## How to load

{_loading(info)}

## Splits

{_splits(info)}

## Schema

{schemas}

## Statistics

{stats}

### Inter-annotator agreement

{agreement_table(info.agreement)}

## Changes in this version

{info.changes}

## Provenance

{_provenance(info)}

{_closing(info)}"""


def _closing(info: CardInfo) -> str:
    """Guidelines, license, limitations and citation."""
    key = "claims_dataset_v" + info.version.replace(".", "_")
    return f"""## Annotation guidelines

{GUIDELINES}

Annotator identities are pseudonymized (`annotator-01`, ...), numbered by first judgment.

## License

{info.license}. The article texts remain the work of their publishers and are included for
research on claim verification; claims, annotations and verdicts are released under the license
above.

## Limitations

{LIMITATIONS}

## Citation

```bibtex
@misc{{{key},
  title  = {{{info.pretty_name}}},
  note   = {{Version {info.version}}},
  year   = {{{info.sources.get("year", "")}}},
  howpublished = {{{info.repo_id or "dataset repository"}}}
}}
```
"""
