"""The dataset card: huggingface_hub metadata, every section from the data, truthful numbers, and
the maintainers' own text kept."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from huggingface_hub import DatasetCard

from claims import store
from claims.publish import card
from claims.publish.licenses import License
from claims.publish.publisher import publish


def test_card_metadata_meets_the_hub_guide(published: Path) -> None:
    data = DatasetCard.load(published / "README.md").data.to_dict()
    for key in (
        "pretty_name",
        "license",
        "language",
        "task_categories",
        "task_ids",
        "annotations_creators",
        "language_creators",
        "multilinguality",
        "source_datasets",
        "size_categories",
        "configs",
        "dataset_info",
    ):
        assert data.get(key), key
    assert data["license"] == "cc-by-nc-4.0"
    assert "expert-generated" in data["annotations_creators"]
    default = [c for c in data["configs"] if c.get("default")]
    assert [c["config_name"] for c in default] == ["claims"]


def test_card_sections_come_from_the_data(published: Path, data_v1: Path) -> None:
    text = (published / "README.md").read_text()
    for heading in (
        "## How to load",
        "### Example record",
        "### Labels per split",
        "### Curation rationale",
        "### Source data",
        "### Annotations",
        "## Personal and sensitive information",
        "## Uses",
        "Out of scope",
        "## Bias, risks and limitations",
        "## Citation",
        "## Curators and contact",
        "## License",
    ):
        assert heading in text, heading
    # the guidelines annotators saw, in full
    guidelines = (Path(__file__).parents[2] / "annotation" / "guidelines.md").read_text()
    for line in guidelines.splitlines():
        if line and not line.startswith("#"):
            assert line in text, line
    # the example record is a real row, labels by name
    example = json.loads(text.split("### Example record")[1].split("```json\n")[1].split("```")[0])
    claims = store.read_table(data_v1 / "claims.parquet")
    row = claims[claims["claim_id"] == example["claim_id"]].iloc[0]
    assert example["span_text"] == row["span_text"] and example["claim_type"] == row["claim_type"]
    assert "ties are adjudicated by a person" not in text


def _with_ties(data_v1: Path, folder: Path) -> Path:
    """3 of the 10 judged claims tie (no verdict, needs_adjudication)."""
    shutil.copytree(data_v1, folder)
    verdicts = store.read_table(folder / "verdicts.parquet")
    tied = verdicts.index[:3]
    verdicts.loc[tied, "verdict"] = None
    verdicts.loc[tied, "extraction"] = None
    verdicts.loc[tied, "needs_adjudication"] = True
    verdicts.loc[tied, "agreement"] = 0.5
    store.write_table("verdicts", verdicts, folder)
    return folder


def test_verification_statistics_are_truthful(tmp_path: Path, data_v1: Path, helpers: Any) -> None:
    data = _with_ties(data_v1, tmp_path / "data")
    validate = helpers.run_cli("validate", str(data))
    assert validate.exit_code == 0, validate.output
    helpers.publish_first(data, tmp_path / "repo")
    text = (tmp_path / "repo" / "README.md").read_text()
    assert "7 of 60 claims (11.7%) have a verdict" in text
    assert "3 were judged with tied votes and have no verdict yet" in text
    assert "50 (83.3%) were not judged by anyone" in text
    assert "with human verification" not in text


def test_agreement_is_a_readable_table_with_pseudonyms(
    tmp_path: Path, data_v1: Path, helpers: Any
) -> None:
    data = tmp_path / "data"
    shutil.copytree(data_v1, data)
    report = {
        "project": "claims",
        "progress": {"tasks": 10, "done": 10, "remaining": 0},
        "agreement": {
            "verdict": {
                "overall": {"alpha": 0.8123, "units": 10},
                "by_claim_type": {"quantity": {"alpha": 0.8123, "units": 10}},
                "by_annotator": {name: {"alpha": 0.8, "units": 10} for name in helpers.NAMES},
            }
        },
    }
    (data / "agreement.json").write_text(json.dumps(report))
    helpers.publish_first(data, tmp_path / "repo")
    text = (tmp_path / "repo" / "README.md").read_text()
    section = text.split("#### Inter-annotator agreement")[1].split("\n## ")[0]
    assert "| verdict | overall |  | 0.812 | 10 |" in section
    assert "| verdict | by claim type | quantity | 0.812 | 10 |" in section
    assert "{" not in section  # no raw JSON in a cell
    for name in helpers.NAMES:
        assert name not in text
    annotators = {
        r["annotator"]
        for r in store.iter_rows(
            next((tmp_path / "repo" / "data" / "annotations").glob("train-*.parquet"))
        )
    }
    for pseudonym in annotators:
        assert f"| verdict | by annotator | {pseudonym} | 0.800 | 10 |" in section


def test_extractor_accuracy_is_reported_when_measured(
    tmp_path: Path, data_v1: Path, helpers: Any
) -> None:
    data = tmp_path / "data"
    shutil.copytree(data_v1, data)
    scores = {"precision": 0.95, "recall": 0.9, "f1": 0.9243, "strict_f1": 0.71}
    (data / "evaluation.json").write_text(
        json.dumps({"articles_scored": 8, "types": {"quantity": scores}, "overall": scores})
    )
    helpers.publish_first(data, tmp_path / "repo")
    text = (tmp_path / "repo" / "README.md").read_text()
    assert "| quantity | 0.950 | 0.900 | 0.924 | 0.710 |" in text and "on 8 articles" in text


def test_user_sections_are_kept_and_hand_edits_inside_refused(
    tmp_path: Path, data_v1: Path, data_v2: Path, helpers: Any
) -> None:
    repo = tmp_path / "repo"
    publish(
        data_v1,
        repo,
        version="1.0.0",
        splits=helpers.SPLITS,
        today=helpers.TODAY,
        license=helpers.LICENSE,
        curators="Ana Lima",
        contact="claims@example.org",
    )
    readme = repo / "README.md"
    text = readme.read_text()
    text = text.replace(
        card.BEGIN, "## A note from the curators\n\nRead this first.\n\n" + card.BEGIN
    )
    text = text.replace("homepage", "homepage") + "\n## Funding\n\nA small grant.\n"
    readme.write_text(text)
    helpers.git(repo, "commit", "-qam", "Curators' notes")
    publish(data_v2, repo, version="1.1.0", today=helpers.TODAY)
    kept = readme.read_text()
    assert "Read this first." in kept and "## Funding\n\nA small grant." in kept
    assert "# Claims (v1.1.0)" in kept and kept.count(card.BEGIN) == 1
    assert "Ana Lima" in kept and "claims@example.org" in kept  # remembered from v1.0.0
    readme.write_text(kept.replace("### Curation rationale", "### Why we did it"))
    helpers.git(repo, "commit", "-qam", "Edit inside the generated block")
    before = helpers.tree_hash(repo)
    result = helpers.publish_cli(data_v2, repo, "--version", "1.2.0")
    assert result.exit_code == 2 and "edited by hand" in result.output
    assert helpers.tree_hash(repo) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "--license is required"),
        (("--license", "cc-by-4.0-ish"), "not a Hugging Face Hub license id"),
        (("--license", "other"), "--license-name"),
        (("--license", "mit", "--license-name", "x"), "go with --license other"),
    ],
)
def test_license_is_never_assumed_and_must_be_a_hub_id(
    tmp_path: Path, data_v1: Path, helpers: Any, args: tuple[str, ...], message: str
) -> None:
    result = helpers.publish_cli(data_v1, tmp_path / "repo", "--version", "1.0.0", *args)
    assert result.exit_code == 2 and message in result.output
    assert not (tmp_path / "repo").exists()


def test_other_license_with_name_and_link(tmp_path: Path, data_v1: Path, helpers: Any) -> None:
    result = helpers.publish_cli(
        data_v1,
        tmp_path / "repo",
        "--version",
        "1.0.0",
        "--license",
        "other",
        "--license-name",
        "Outlet research terms",
        "--license-link",
        "https://example.org/terms",
    )
    assert result.exit_code == 0, result.output
    data = DatasetCard.load(tmp_path / "repo" / "README.md").data.to_dict()
    assert data["license"] == "other" and data["license_name"] == "Outlet research terms"
    assert data["license_link"] == "https://example.org/terms"
    doc = json.loads((tmp_path / "repo" / "croissant.json").read_text())
    assert doc["license"] == "https://example.org/terms"


def test_size_categories_and_split_count_table() -> None:
    assert card.size_category(999) == "n<1K"
    assert card.size_category(1_000_000) == "1M<n<10M"
    by_split = {
        "all": [("date", 3), ("quantity", 1)],
        "train": [("date", 2)],
        "test": [("date", 1), ("quantity", 1)],
    }
    table = card.split_counts_table("claim type", by_split)
    assert "| date | 2 | 1 | 3 |" in table and "| quantity | 0 | 1 | 1 |" in table


def test_verification_counts_add_up() -> None:
    summary = pa.table(
        {
            "verdict": ["supported", None, None, None],
            "extraction": ["correct", None, "correct", None],
            "needs_adjudication": [False, True, False, None],
        }
    )
    counts = card.verification(summary)
    assert counts == {"claims": 4, "verified": 1, "tied": 1, "extraction_only": 1, "unverified": 1}
    assert License("cc-by-4.0").url == "https://creativecommons.org/licenses/by/4.0/"


def test_hub_readers_are_shown_revision_local_readers_a_checkout(published: Path) -> None:
    """`revision=` only where datasets honours it (the Hub), never for a local folder."""
    from dataclasses import replace

    text = (published / "README.md").read_text()
    info_text = text.split("## How to load")[1].split("## Dataset structure")[0]
    assert "revision=" not in info_text and "claims checkout" in info_text
    dummy = card.CardInfo(
        version="1.2.0", pretty_name="Claims", license=License("mit"), repo_id=None,
        features={"claims": {}}, splits={"claims": {}}, label_counts={}, verification={},
        extractors=[], sources={}, changes="", example={},
    )  # fmt: skip
    on_hub = card.loading(replace(dummy, repo_id="org/claims"))
    assert 'load_dataset("org/claims", revision="v1.2.0")' in on_hub
    assert 'load_dataset("org/claims", "articles", revision="v1.2.0")' in on_hub
    assert "claims checkout path/to/this/repository v1.2.0 claims-v1.2.0" in on_hub


def test_label_counts_per_split_match_the_data(published: Path, helpers: Any) -> None:
    text = (published / "README.md").read_text()
    section = text.split("### Labels per split")[1].split("\n## ")[0]
    ds = helpers.load(published)
    names = ds["train"].features["claim_type"].names
    for name in names:
        row = next(line for line in section.splitlines() if line.startswith(f"| {name} |"))
        cells = [int(c) for c in row.strip("|").split("|")[1:]]
        want = [sum(1 for v in ds[s]["claim_type"] if names[v] == name) for s in ds]
        assert cells == [*want, sum(want)], name


def test_a_readme_of_your_own_is_kept_and_lost_markers_refused(
    tmp_path: Path, data_v1: Path, data_v2: Path, helpers: Any
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    helpers.git(repo, "init", "-q", "-b", "main")
    (repo / "README.md").write_text("---\nhomepage: https://example.org\n---\n# Our data\n\nHi.\n")
    helpers.git(repo, "add", "README.md")
    helpers.git(repo, "-c", "user.name=a", "-c", "user.email=a@b.c", "commit", "-qm", "start")
    publish(data_v1, repo, version="1.0.0", splits=helpers.SPLITS, today=helpers.TODAY,
            license=helpers.LICENSE)  # fmt: skip
    text = (repo / "README.md").read_text()
    assert text.index("# Our data\n\nHi.") < text.index(card.BEGIN)
    assert DatasetCard(text).data.to_dict()["homepage"] == "https://example.org"
    (repo / "README.md").write_text(text.replace(card.BEGIN, "").replace(card.END, ""))
    helpers.git(repo, "commit", "-qam", "markers gone")
    before = helpers.tree_hash(repo)
    result = helpers.publish_cli(data_v2, repo, "--bump", "minor")
    assert result.exit_code == 2 and "lost its" in result.output
    assert helpers.tree_hash(repo) == before


def test_a_card_from_before_the_markers_is_replaced(
    tmp_path: Path, data_v1: Path, data_v2: Path, helpers: Any
) -> None:
    repo = tmp_path / "repo"
    publish(data_v1, repo, version="1.0.0", splits=helpers.SPLITS, today=helpers.TODAY,
            license=helpers.LICENSE)  # fmt: skip
    release = json.loads((repo / "release.json").read_text())
    del release["card_block_sha256"]  # as an earlier publish wrote it
    (repo / "release.json").write_text(json.dumps(release))
    old = (repo / "README.md").read_text()
    (repo / "README.md").write_text(old.replace(card.BEGIN + "\n", "").replace(card.END, ""))
    helpers.git(repo, "commit", "-qam", "as an earlier version of the tool left it")
    publish(data_v2, repo, version="1.1.0", today=helpers.TODAY)
    text = (repo / "README.md").read_text()
    assert text.count("# Claims (v") == 1 and "# Claims (v1.1.0)" in text
