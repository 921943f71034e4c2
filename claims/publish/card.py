"""The dataset card (README.md): metadata from huggingface_hub's DatasetCardData, then the body.

The body the tool writes sits between two markers; whatever the maintainers write outside them is
kept from version to version. A hand edit inside the markers is refused, never overwritten.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from datasets import ClassLabel, DatasetInfo, Features, List, SplitDict, SplitInfo
from datasets.info import DatasetInfosDict
from huggingface_hub import DatasetCard, DatasetCardData

from claims.errors import UsageError
from claims.publish.licenses import License
from claims.publish.tables import ARTICLE_COLUMNS, CONFIG_CATEGORIES, SPLITS, VERDICT_COLUMNS
from schemas import SCHEMA_VERSION
from schemas.tables import TABLES

BEGIN = "<!-- claims:begin generated — edit outside these markers; publish rewrites inside -->"
END = "<!-- claims:end generated -->"
CONFIG_TABLE = {
    "claims": "claims",
    "articles": "articles",
    "annotations": "annotations",
    "missed_claims": "missed_claims",
}
TOP = 20


@dataclass
class SplitSizes:
    rows: int
    num_bytes: int
    download_size: int
    files: list[str]


@dataclass
class CardInfo:
    """Everything the card says; gathered by claims.publish.publisher."""

    version: str
    pretty_name: str
    license: License
    repo_id: str | None
    features: dict[str, Features]  # config -> published features
    splits: dict[str, dict[str, SplitSizes]]  # config -> non-empty split -> sizes
    label_counts: dict[str, dict[str, list[tuple[str, int]]]]  # column -> split -> counts
    verification: dict[str, int]
    extractors: list[tuple[str, int]]
    sources: dict[str, Any]
    changes: str
    example: dict[str, Any]
    annotators: int = 0
    agreement: dict[str, Any] | None = None
    evaluation: dict[str, Any] | None = None
    proportions: tuple[float, ...] = field(default=(0.8, 0.1, 0.1))
    curators: str | None = None
    contact: str | None = None

    def rows(self, config: str) -> dict[str, int]:
        return {s: (self.splits[config][s].rows if s in self.splits[config] else 0) for s in SPLITS}


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


def metadata(info: CardInfo, extra: dict[str, Any] | None = None) -> DatasetCardData:
    """The YAML header, built by huggingface_hub and datasets (configs, features, sizes)."""
    configs = []
    infos = {}
    for config, feats in info.features.items():
        entry: dict[str, Any] = {"config_name": config}
        if config == "claims":
            entry["default"] = True
        entry["data_files"] = [
            {"split": s, "path": f"data/{config}/{s}-*.parquet"} for s in info.splits[config]
        ]
        configs.append(entry)
        split_dict = SplitDict()
        for s, sizes in info.splits[config].items():
            split_dict.add(SplitInfo(name=s, num_bytes=sizes.num_bytes, num_examples=sizes.rows))
        infos[config] = DatasetInfo(
            features=feats,
            splits=split_dict,
            download_size=sum(x.download_size for x in info.splits[config].values()),
            dataset_size=sum(x.num_bytes for x in info.splits[config].values()),
            config_name=config,
        )
    kept: dict[str, Any] = {k: v for k, v in (extra or {}).items() if k not in _OURS}
    if info.license.id == "other":
        kept.update(license_name=info.license.name, license_link=info.license.link)
    data = DatasetCardData(
        pretty_name=info.pretty_name,
        license=info.license.id,
        language=["en"],
        language_creators=["found"],
        annotations_creators=(
            ["machine-generated", "expert-generated"]
            if info.verification["verified"]
            else ["machine-generated"]
        ),
        multilinguality=["monolingual"],
        source_datasets=["original"],
        task_categories=["text-classification", "token-classification"],
        task_ids=["fact-checking", "named-entity-recognition"],
        size_categories=[size_category(sum(info.rows("claims").values()))],
        tags=["fact-checking", "claim-extraction", "news", "sanctions"],
        configs=configs,
        **kept,
    )
    DatasetInfosDict(infos).to_dataset_card_data(data)
    return data


_OURS = {
    "pretty_name",
    "license",
    "license_name",
    "license_link",
    "language",
    "language_creators",
    "annotations_creators",
    "multilinguality",
    "source_datasets",
    "task_categories",
    "task_ids",
    "size_categories",
    "tags",
    "configs",
    "dataset_info",
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


def _valid(column: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """Present: not null, and for a ClassLabel code not the missing code (-1)."""
    if pa.types.is_integer(column.type):
        return pc.fill_null(pc.greater_equal(column, 0), False)
    return pc.is_valid(column)


def label_counts(summary: pa.Table) -> dict[str, dict[str, list[tuple[str, int]]]]:
    """Per column (type, verdict, segment, outlet), per split: counts.

    A label column may hold names or ClassLabel codes (-1 or null: missing).
    """
    out: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for column, missing in (
        ("claim_type", "(none)"),
        ("verdict", "(no verdict)"),
        ("segment", "(none)"),
        ("outlet", "(unknown)"),
    ):
        grouped = summary.group_by(["split", column]).aggregate([([], "count_all")])
        names = CONFIG_CATEGORIES["claims"].get(column, ())
        coded = pa.types.is_integer(summary.schema.field(column).type)
        per: dict[str, dict[str, int]] = {"all": {}}
        for code, value, count in zip(
            grouped["split"].to_pylist(),
            grouped[column].to_pylist(),
            grouped["count_all"].to_pylist(),
            strict=True,
        ):
            if coded and value is not None:
                value = names[value] if value >= 0 else None
            name = missing if value is None else str(value)
            split = per.setdefault(SPLITS[code], {})
            split[name] = split.get(name, 0) + count
            per["all"][name] = per["all"].get(name, 0) + count
        out[column] = {
            s: sorted(v.items(), key=lambda p: (-p[1], p[0]))
            for s, v in per.items()
            if s == "all" or v
        }
    return out


def verification(summary: pa.Table) -> dict[str, int]:
    """How many claims a person verified, how many are tied and wait, how many nobody judged."""
    verdict_valid = _valid(summary["verdict"])
    tied = pc.and_(pc.invert(verdict_valid), pc.fill_null(summary["needs_adjudication"], False))
    judged = pc.and_(_valid(summary["extraction"]), pc.invert(verdict_valid))
    extraction_only = pc.and_(judged, pc.invert(tied))
    n = summary.num_rows
    verified = pc.sum(verdict_valid).as_py() or 0
    waiting = pc.sum(tied).as_py() or 0
    only = pc.sum(extraction_only).as_py() or 0
    return {
        "claims": n,
        "verified": verified,
        "tied": waiting,
        "extraction_only": only,
        "unverified": n - verified - waiting - only,
    }


# ---------------------------------------------------------------- body


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}%" if n else "0%"


def _type_name(feature: Any) -> str:
    if isinstance(feature, ClassLabel):
        return f"ClassLabel({', '.join(feature.names)}; -1 missing)"
    if isinstance(feature, List):
        inner = feature.feature
        if isinstance(inner, dict):
            return "list<{" + ", ".join(f"{k}: {_type_name(v)}" for k, v in inner.items()) + "}>"
        return f"list<{_type_name(inner)}>"
    dtype = getattr(feature, "dtype", None)
    return str(dtype or feature)


def _describe(config: str, column: str) -> str:
    if config == "claims" and column in ARTICLE_COLUMNS:
        return "Article: " + TABLES["articles"].descriptions[column]
    if config == "claims" and column in VERDICT_COLUMNS.values():
        src = {v: k for k, v in VERDICT_COLUMNS.items()}[column]
        return "Verdict: " + TABLES["verdicts"].descriptions[src] + " Missing when no verdict."
    return TABLES[CONFIG_TABLE[config]].descriptions.get(column, "")


def schema_table(config: str, feats: Features) -> str:
    rows = ["| column | type | meaning |", "|---|---|---|"]
    rows += [
        f"| `{name}` | {_type_name(f)} | {_describe(config, name)} |" for name, f in feats.items()
    ]
    return "\n".join(rows)


def counts_table(title: str, pairs: list[tuple[str, int]], unit: str = "claims") -> str:
    shown = pairs[:TOP]
    rest = sum(c for _, c in pairs[TOP:])
    lines = [f"| {title} | {unit} |", "|---|---:|"] + [f"| {v} | {c} |" for v, c in shown]
    if rest:
        lines.append(f"| ({len(pairs) - TOP} more) | {rest} |")
    return "\n".join(lines)


def split_counts_table(title: str, by_split: dict[str, list[tuple[str, int]]]) -> str:
    splits = [s for s in SPLITS if s in by_split]
    values = [v for v, _ in by_split["all"]][:TOP]
    lines = [
        f"| {title} | " + " | ".join(splits) + " | all |",
        "|---|" + "---:|" * (len(splits) + 1),
    ]
    for v in values:
        cells = [str(dict(by_split[s]).get(v, 0)) for s in [*splits, "all"]]
        lines.append(f"| {v} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _flatten(value: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    if isinstance(value, dict):
        out = []
        for k in sorted(value):
            out += _flatten(value[k], (*path, str(k)))
        return out
    return [(path, value)]


def agreement_table(agreement: dict[str, Any] | None) -> str:
    """Krippendorff's alpha (and whatever else the report holds) one measure per row."""
    if not agreement:
        return "No inter-annotator agreement was computed for this version."
    report = agreement.get("agreement", agreement)
    lines = [
        "| judgment | scope | group | alpha | claims judged by 2+ |",
        "|---|---|---|---:|---:|",
    ]
    other = []
    for judgment, scopes in sorted(report.items()) if isinstance(report, dict) else []:
        if not isinstance(scopes, dict) or "overall" not in scopes:
            other += _flatten({judgment: scopes})
            continue
        rows = [("overall", "", scopes["overall"])]
        for scope in ("by_claim_type", "by_annotator"):
            rows += [(scope.replace("_", " "), g, v) for g, v in (scopes.get(scope) or {}).items()]
        for scope, group, v in rows:
            alpha = v.get("alpha") if isinstance(v, dict) else v
            units = v.get("units", "") if isinstance(v, dict) else ""
            shown = (
                "n/a" if alpha is None else f"{alpha:.3f}" if isinstance(alpha, float) else alpha
            )
            lines.append(f"| {judgment} | {scope} | {group} | {shown} | {units} |")
    table = "\n".join(lines)
    for key in ("progress", "judgments"):
        if isinstance(agreement.get(key), dict):
            other += _flatten({key: agreement[key]})
    if other:
        table += "\n\n| measure | value |\n|---|---|\n" + "\n".join(
            f"| {'.'.join(p)} | {v} |" for p, v in other
        )
    return table


def evaluation_table(evaluation: dict[str, Any] | None) -> str:
    if not evaluation or not isinstance(evaluation.get("types"), dict):
        return (
            "No measured accuracy of the extractor was supplied with this version (put the JSON "
            "of `claims evaluate --format json` on a held-out set in the data folder as "
            "`evaluation.json`)."
        )
    lines = [
        "| type | precision | recall | detection F1 | strict F1 |",
        "|---|---:|---:|---:|---:|",
    ]
    rows = [*evaluation["types"].items(), ("overall", evaluation.get("overall") or {})]
    for name, s in rows:
        cells = [s.get(k) for k in ("precision", "recall", "f1", "strict_f1")]
        lines.append(
            f"| {name} | " + " | ".join("" if c is None else f"{c:.3f}" for c in cells) + " |"
        )
    scored = evaluation.get("articles_scored")
    return (
        "Measured with `claims evaluate` against hand-made gold claims"
        + (f" on {scored} articles" if scored else "")
        + ":\n\n"
        + "\n".join(lines)
    )


def guidelines() -> str:
    """The annotation guidelines shipped to annotators, in full (headings moved down a level)."""
    text = resources.files("annotation").joinpath("guidelines.md").read_text(encoding="utf-8")
    return "\n".join("###" + line if line.startswith("#") else line for line in text.splitlines())


def loading(info: CardInfo) -> str:
    """How to read this version; the tests run these exact lines."""
    v = f"v{info.version}"
    missed = (
        f'\nmissed = load_dataset("claims-{v}", "missed_claims")'
        if "missed_claims" in info.features
        else ""
    )
    hub = ""
    if info.repo_id:
        hub = f"""From the Hub (`revision` pins the version tag):

```python
from datasets import load_dataset

claims = load_dataset("{info.repo_id}", revision="{v}")
articles = load_dataset("{info.repo_id}", "articles", revision="{v}")
```

"""
    return f"""{hub}From a local copy of this repository (`datasets` ignores `revision` for a local folder,
so check the version out into a folder of its own first):

```bash
claims checkout path/to/this/repository {v} claims-{v}
```

```python
from datasets import load_dataset

claims = load_dataset("claims-{v}")
articles = load_dataset("claims-{v}", "articles"){missed}
name = claims["train"].features["claim_type"].int2str(claims["train"][0]["claim_type"])
```

(`claims checkout` is `git clone --branch {v} path/to/this/repository claims-{v}`; plain git
works the same way.) Configs: {", ".join(f"`{c}`" for c in info.features)}. Enum columns are
`ClassLabel`s, nested ones too; a missing label is `-1`. The Parquet files carry the features, so
`load_dataset("parquet", data_files=...)` and pandas/pyarrow readers see the same labels."""


def _verification(info: CardInfo) -> str:
    v = info.verification
    n = v["claims"]
    return (
        f"{v['verified']} of {n} claims ({_pct(v['verified'], n)}) have a verdict from human "
        f"annotators; {v['tied']} were judged with tied votes and have no verdict yet "
        f"(`needs_adjudication` true, `verdict` -1: nothing in this release adjudicates them); "
        f"{v['extraction_only']} have an extraction judgment but no verdict; {v['unverified']} "
        f"({_pct(v['unverified'], n)}) were not judged by anyone and are machine output only."
    )


def _missed(info: CardInfo) -> str:
    """The missed_claims config, when annotators marked any."""
    if "missed_claims" not in info.features:
        return ""
    rows = sum(info.rows("missed_claims").values())
    return (
        f"\n\nWhile judging, annotators also marked {rows} claim(s) the extractor missed, with the "
        "words' offsets into the article text and the fields they gave (JSON): the "
        "`missed_claims` config, split by article like the claims. They are not rows of `claims` "
        "(no extractor found them) and tell where its recall falls short."
    )


def _example(info: CardInfo) -> str:
    return (
        "```json\n" + json.dumps(info.example, indent=2, ensure_ascii=False, default=str) + "\n```"
    )


def _sizes(info: CardInfo) -> str:
    props = ", ".join(f"{s} {p:g}" for s, p in zip(SPLITS, info.proportions, strict=True))
    lines = ["| config | " + " | ".join(SPLITS) + " | files |", "|---|" + "---:|" * 4]
    for config in info.features:
        rows = info.rows(config)
        files = sum(len(x.files) for x in info.splits[config].values())
        lines.append(f"| {config} | " + " | ".join(str(rows[s]) for s in SPLITS) + f" | {files} |")
    return (
        f"Splits are assigned per article from its id (a SHA-256 digest), with proportions "
        f"{props}: no article is in two splits and a claim keeps its split across versions "
        f"unless the proportions change (the changelog then says how many moved).\n\n"
        + "\n".join(lines)
    )


def body(info: CardInfo) -> str:
    """The generated Markdown (inside the markers)."""
    schemas = "\n\n".join(f"### `{c}`\n\n{schema_table(c, f)}" for c, f in info.features.items())
    labels = "\n\n".join(
        split_counts_table(column.replace("_", " "), by_split)
        for column, by_split in info.label_counts.items()
    )
    src = info.sources
    span = (
        f"{src['first_published']} to {src['last_published']}"
        if src["first_published"]
        else "unknown dates"
    )
    lic = info.license
    license_text = (
        f"[{lic.name}]({lic.link}) (`other`)"
        if lic.id == "other"
        else f"`{lic.id}`" + (f" ({lic.url})" if lic.url else "")
    )
    key = "claims_dataset_v" + info.version.replace(".", "_")
    url = f"https://huggingface.co/datasets/{info.repo_id}" if info.repo_id else "(not on the Hub)"
    return f"""# {info.pretty_name} (v{info.version})

Checkable claims (quantities, dates and sanctions) extracted automatically from English news
articles, each grounded by exact character offsets into the stored article text. {_verification(info)}
Each claim row carries its article's url, title, outlet and publication date and its verdict when
there is one.

## How to load

{loading(info)}

## Dataset structure

### Example record (`claims`, first row of the first split)

{_example(info)}

### Sizes and splits

{_sizes(info)}

### Schema

{schemas}

### Labels per split

{labels}

## Dataset creation

### Curation rationale

Fact-checkers and researchers need claims they can check: a number, a date or a sanction stated in
the news, with the exact words and the article around them. This dataset collects such claims with
their provenance so that claim detection and verification can be trained and measured.

### Source data

{src["articles"]} articles from {src["outlets"]} outlet(s), published {span}, collected by the
curators and ingested with the `claims` toolkit (schema version {SCHEMA_VERSION}). The article texts
are written by the outlets' journalists (`language_creators: found`); `source` keeps only a file name
or URL.

{counts_table("outlet", src["by_outlet"], unit="articles")}

Claims were extracted by rule-based spaCy pipelines:

{counts_table("extractor (tool and model versions)", info.extractors)}

### Annotations

Claims are verified in Label Studio by {info.annotators} annotator(s) (the curators and
volunteers they trained; identities are replaced by keyed pseudonyms). Each annotator judges the
extraction, then the claim, following these guidelines, shown here in full:

{guidelines()}

Several judgments of one claim are combined into one verdict by majority; a tie leaves the claim
without a verdict and marked `needs_adjudication`.{_missed(info)}

{_verification(info)}

#### Inter-annotator agreement

{agreement_table(info.agreement)}

## Personal and sensitive information

- `articles.authors` holds the journalists' names from the bylines, and article texts name
  people in the news (officials, sanctioned persons).
- Annotator rationales (`annotations.rationale`) are free text written by the annotators.
- Annotators appear only as pseudonyms: an HMAC-SHA256 of their account under a secret key that
  stays with the curators, so a guessed e-mail cannot be confirmed and a pseudonym stays the same
  across versions.

## Uses

- Training and evaluating claim detection (which spans are checkable claims) and structured
  extraction (values, bounds, dates, sanction authorities and targets).
- Studying verification: which extracted claims annotators found supported or refuted.

Out of scope: judging the truth of news today (verdicts reflect the evidence found at annotation
time), profiling the journalists or people named, and any use as a representative sample of news.

## Bias, risks and limitations

- Claims are machine-extracted; claims without a verdict may be wrong or incomplete, and the
  extractor misses claims it cannot parse. Its measured accuracy:

{evaluation_table(info.evaluation)}

- The articles come from a small, hand-picked set of outlets and topics, in English only.
- Splits are per article, but related articles about one event can fall into different splits.

## Changes in this version

{info.changes}

## License

{license_text}. The article texts remain the work of their publishers and are included for
research on claim verification; check the outlets' terms before any other use.

## Citation

```bibtex
@misc{{{key},
  author = {{{info.curators or "the dataset curators"}}},
  title  = {{{info.pretty_name}}},
  note   = {{Version {info.version}}},
  year   = {{{src.get("year", "")}}},
  url    = {{{url}}}
}}
```

## Curators and contact

Curated by {info.curators or "the maintainers of this repository"}. Contact: {info.contact or "open an issue or discussion on the repository"}."""


def block_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _split_previous(previous: str) -> tuple[dict[str, Any], str, str, str | None]:
    """Previous README -> (its YAML data, text before the block, after it, the block)."""
    card = DatasetCard(previous)
    content = card.text
    if BEGIN in content and END in content:
        before, rest = content.split(BEGIN, 1)
        block, after = rest.split(END, 1)
        return card.data.to_dict(), before, after, block
    return card.data.to_dict(), "", "", None


def render(
    info: CardInfo, previous: str | None, previous_hash: str | None, legacy: bool = False
) -> tuple[str, str]:
    """The whole README.md and the hash of its generated block.

    Text outside the markers and YAML keys the tool does not own are kept; a generated block that
    changed since it was written (a hand edit) is refused rather than overwritten. A README
    without markers is the maintainers' own (kept above the generated part), unless `legacy`: a
    card an earlier publish wrote whole, before there were markers.
    """
    extra: dict[str, Any] = {}
    before, after = "", "\n"
    if previous is not None:
        extra, before, after, block = _split_previous(previous)
        if block is None and previous_hash:
            raise UsageError(
                f"README.md lost its `{END}` markers; put them back around the generated part "
                "so publish knows what it may rewrite"
            )
        if block is None:
            before = "" if legacy else DatasetCard(previous).text.strip("\n") + "\n\n"
            after = "\n"
        elif previous_hash and block_hash(block) != previous_hash:
            raise UsageError(
                "README.md: the generated part between the claims markers was edited by hand; "
                "move your text outside the markers (publish rewrites everything inside)"
            )
    generated = "\n" + body(info) + "\n"
    text = f"{before}{BEGIN}{generated}{END}{after}"
    data = metadata(info, extra)
    readme = f"---\n{data.to_yaml()}\n---\n\n{text.lstrip(chr(10))}"
    DatasetCard(readme)  # parses back (raises on broken YAML)
    return readme, block_hash(generated)
