"""Push, annotate, pull and agreement against the real Label Studio server (one per session)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from annotation import config
from annotation.client import LabelStudio
from annotation.pull import pull
from annotation.push import push
from annotation.server import Server, check_credentials, free_port
from annotation.status import status
from annotation.tasks import DEFAULT_SEGMENTS
from claims import store
from claims.cli.root import cli
from claims.errors import ServiceError

pytestmark = pytest.mark.labelstudio

PROJECT = "seed claims"


def choice(name: str, value: str) -> dict[str, Any]:
    return {
        "from_name": name,
        "to_name": config.TEXT,
        "type": "choices",
        "value": {"choices": [value]},
    }


def text(name: str, *values: str) -> dict[str, Any]:
    return {
        "from_name": name,
        "to_name": config.TEXT,
        "type": "textarea",
        "value": {"text": list(values)},
    }


def number(name: str, value: float) -> dict[str, Any]:
    return {"from_name": name, "to_name": config.TEXT, "type": "number", "value": {"number": value}}


def judge(
    client: LabelStudio,
    task: int,
    user: int,
    extraction: str,
    verdict: str | None = None,
    *extra: dict[str, Any],
) -> dict[str, Any]:
    result = [choice(config.EXTRACTION, extraction), *extra]
    if verdict:
        result.append(choice(config.VERDICT, verdict))
    return client.create_annotation(
        task, {"result": result, "completed_by": user, "lead_time": 12.5}
    )


@pytest.fixture(scope="module")
def annotated(
    ls_client: LabelStudio, seed_data: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """Seed claims pushed with overlap 3, then judged by three annotators made through the API."""
    data = tmp_path_factory.mktemp("annotated")
    for name in ("articles.parquet", "claims.parquet"):
        shutil.copy(seed_data / name, data / name)
    report = push(data, PROJECT, ls_client, overlap=3)
    tasks = {t["data"]["claim_id"]: t["id"] for t in ls_client.export(report.project_id)}
    claims = {
        c["span_text"]: c["claim_id"]
        for c in store.iter_rows(data / "claims.parquet")
        if c["segment"] in DEFAULT_SEGMENTS
    }
    ids = {
        "q": pick(data, "quantity", "over 3 million artillery shells"),
        "d": pick(data, "date", "April 2"),
        "s": pick(data, "sanction", "imposed new sanctions against two Russian organizations"),
    }
    users = [
        ls_client.create_user(f"annotator{i}@example.org", f"annotator{i}")["id"] for i in (1, 2, 3)
    ]
    q, d, s = (tasks[ids[k]] for k in "qds")
    url = text(config.EVIDENCE, "https://example.org/statement not-a-url")
    judge(
        ls_client,
        q,
        users[0],
        "correct",
        "supported",
        url,
        text(config.RATIONALE, "The ministry says so."),
    )
    judge(ls_client, q, users[1], "correct", "supported")
    judge(
        ls_client,
        q,
        users[2],
        "corrected",
        "supported",
        number("quantity_value", 3_500_000),
        choice(config.CLAIM_TYPE, "quantity"),
    )
    judge(ls_client, d, users[0], "correct", "supported")
    disagree = judge(ls_client, d, users[1], "correct", "refuted")
    ls_client.create_annotation(d, {"result": [], "was_cancelled": True, "completed_by": users[2]})
    judge(ls_client, s, users[0], "correct", "supported")
    return {
        "data": data,
        "report": report,
        "claims": claims,
        "ids": ids,
        "n": len(claims),
        "tasks": tasks,
        "disagree": disagree,
        "users": users,
    }


def pick(data: Path, claim_type: str, prefix: str) -> str:
    """The id of the extracted claim of this type whose span starts with `prefix`."""
    return next(
        c["claim_id"]
        for c in store.iter_rows(data / "claims.parquet")
        if c["claim_type"] == claim_type and c["span_text"].startswith(prefix)
    )


def count_claims(data: Path) -> int:
    """The claims a default push sends: those in the body and the title."""
    segments = store.read_table(data / "claims.parquet", ["segment"])["segment"]
    return int(segments.isin(DEFAULT_SEGMENTS).sum())


def test_labeling_config_is_accepted_by_the_server(ls_client: LabelStudio) -> None:
    ls_client.validate_config(config.labeling_config())


def test_push_creates_one_task_per_claim_with_tagged_predictions(
    ls_client: LabelStudio, annotated: dict[str, Any]
) -> None:
    report, n = annotated["report"], annotated["n"]
    assert (report.selected, report.imported, report.present) == (n, n, 0)
    assert set(annotated["tasks"]) == set(annotated["claims"].values())
    extractor = store.read_table(annotated["data"] / "claims.parquet")["extractor"].iloc[0]
    assert ls_client.model_versions(report.project_id) == {extractor: n}
    project = ls_client.project(PROJECT)
    assert project["maximum_annotations"] == 3
    assert "Verifying extracted claims" in project["expert_instruction"]


def test_markup_in_a_sentence_is_stored_and_shown_as_text(
    ls_client: LabelStudio, annotated: dict[str, Any]
) -> None:
    export = ls_client.export(annotated["report"].project_id)
    task = next(t for t in export if "<script>" in t["data"]["paragraph"])
    assert "<script>alert('x')</script>" in task["data"]["paragraph"]
    assert "<img src=x onerror=alert(1)>" in task["data"]["paragraph"]
    # Text (not HyperText) renders its value as plain characters.
    assert "HyperText" not in config.labeling_config()


def test_pull_writes_valid_annotations_and_verdicts(
    ls_client: LabelStudio, annotated: dict[str, Any]
) -> None:
    data, ids = annotated["data"], annotated["ids"]
    report = pull(data, PROJECT, ls_client)
    assert (report.annotations, report.skipped, report.verdicts, report.tied) == (7, 1, 3, 1)
    rows = store.read_table(data / "annotations.parquet")
    assert not rows["annotator"].str.contains("@").any()
    assert rows["annotator"].nunique() == 3
    corrected = rows[rows["extraction"] == "corrected"].iloc[0]
    assert json.loads(corrected["corrected_fields"]) == {"quantity_value": 3_500_000}
    first = rows[rows["rationale"].notna()].iloc[0]
    assert list(first["evidence_urls"]) == ["https://example.org/statement"]
    assert any("evidence 'not-a-url' is not an http(s) URL" in d for d in report.dropped)
    assert (data / "missed_claims.parquet").exists()
    skipped = rows[rows["status"] == "skipped"]
    assert list(skipped["claim_id"]) == [ids["d"]]
    verdicts = store.read_table(data / "verdicts.parquet").set_index("claim_id")
    q = verdicts.loc[ids["q"]]
    assert (q["verdict"], q["extraction"], q["n_annotations"], q["method"]) == (
        "supported",
        "correct",
        3,
        "majority",
    )
    assert q["agreement"] == 1.0
    d = verdicts.loc[ids["d"]]
    assert d["needs_adjudication"] and pd.isna(d["verdict"]) and d["n_annotations"] == 2
    s = verdicts.loc[ids["s"]]
    assert (s["method"], s["verdict"]) == ("single", "supported")
    from claims.validate.tables import validate

    assert validate([data]).ok


def test_status_reports_progress_and_alpha(
    ls_client: LabelStudio, annotated: dict[str, Any]
) -> None:
    result = status(annotated["data"], PROJECT, ls_client)
    n = annotated["n"]
    assert result["progress"] == {"tasks": n, "done": 2, "remaining": n - 2}
    # By hand: verdict units {s,s,s}, {s,r}: o_ss=3, o_sr=o_rs=1, n=5, alpha = 1 - 4*2/(2*4*1) = 0.
    assert result["agreement"]["verdict"]["overall"] == {"alpha": 0.0, "units": 2}
    assert result["agreement"]["extraction"]["overall"]["alpha"] == 0.0
    assert set(result["agreement"]["verdict"]["by_claim_type"]) == {"quantity", "date", "sanction"}
    assert len(result["agreement"]["verdict"]["by_annotator"]) == 3
    written = json.loads((annotated["data"] / "agreement.json").read_text())
    assert written["progress"] == result["progress"]
    pulled = pull(annotated["data"], PROJECT, ls_client)
    judged = result["judgments"]
    assert (judged["submitted"] + judged["skipped"], judged["skipped"]) == (
        pulled.annotations,
        pulled.skipped,
    )


def test_repull_picks_up_edits_and_is_idempotent(
    ls_client: LabelStudio, annotated: dict[str, Any]
) -> None:
    data = annotated["data"]
    disagree = annotated["disagree"]
    result = [choice(config.EXTRACTION, "correct"), choice(config.VERDICT, "supported")]
    ls_client.update_annotation(disagree["id"], {"result": result})
    pull(data, PROJECT, ls_client)
    first = (data / "verdicts.parquet").read_bytes(), (data / "annotations.parquet").read_bytes()
    verdicts = store.read_table(data / "verdicts.parquet").set_index("claim_id")
    d = verdicts.loc[annotated["ids"]["d"]]
    assert (d["verdict"], d["needs_adjudication"], d["agreement"]) == ("supported", False, 1.0)
    pull(data, PROJECT, ls_client)
    assert (
        (data / "verdicts.parquet").read_bytes(),
        (data / "annotations.parquet").read_bytes(),
    ) == first


def test_cli_pull_leaves_out_judgments_on_claims_not_in_data(
    ls_server: Server, annotated: dict[str, Any], tmp_path: Path
) -> None:
    shutil.copy(annotated["data"] / "articles.parquet", tmp_path / "articles.parquet")
    claims = store.read_table(annotated["data"] / "claims.parquet")
    q = annotated["ids"]["q"]
    store.write_table("claims", claims[claims["claim_id"] != q], tmp_path)
    token = ls_server.env["LABEL_STUDIO_USER_TOKEN"]
    result = run_cli(
        ["annotate", "pull", str(tmp_path), "--project", PROJECT], ls_server.url, token
    )
    assert result.exit_code == 0, result.output
    assert "3 on claims not in DATA/claims.parquet left out" in result.output
    from claims.validate.tables import validate

    assert validate([tmp_path]).ok
    assert q not in set(store.read_table(tmp_path / "verdicts.parquet")["claim_id"])


def test_push_again_adds_nothing(ls_client: LabelStudio, annotated: dict[str, Any]) -> None:
    report = push(annotated["data"], PROJECT, ls_client, overlap=3)
    n = annotated["n"]
    assert (report.imported, report.present, report.refreshed) == (0, n, 0)
    assert len(ls_client.export(report.project_id)) == n


def test_new_extractor_refreshes_predictions_and_keeps_annotations(
    ls_client: LabelStudio, annotated: dict[str, Any], tmp_path: Path
) -> None:
    for name in ("articles.parquet", "claims.parquet"):
        shutil.copy(annotated["data"] / name, tmp_path / name)
    claims = store.read_table(tmp_path / "claims.parquet")
    claims["extractor"] = "claims-test-fixture 0.2"
    store.write_table("claims", claims, tmp_path)
    before = sum(len(t["annotations"]) for t in ls_client.export(annotated["report"].project_id))
    report = push(tmp_path, PROJECT, ls_client, overlap=3)
    assert (report.imported, report.refreshed) == (0, annotated["n"])
    assert ls_client.model_versions(report.project_id)["claims-test-fixture 0.2"] == annotated["n"]
    assert sum(len(t["annotations"]) for t in ls_client.export(report.project_id)) == before
    assert push(tmp_path, PROJECT, ls_client, overlap=3).refreshed == 0


def test_interrupted_push_resumes_without_duplicates(
    ls_client: LabelStudio, seed_data: Path
) -> None:
    first = push(seed_data, "resume", ls_client, limit=2, batch_size=1)
    assert first.imported == 2
    again = push(seed_data, "resume", ls_client, limit=2, batch_size=1)
    assert (again.imported, again.present) == (2, 2)  # --limit sends the next ones
    rest = push(seed_data, "resume", ls_client, batch_size=2)
    n = count_claims(seed_data)
    assert (rest.imported, rest.present) == (n - 4, 4)
    ids = [t["data"]["claim_id"] for t in ls_client.export(rest.project_id)]
    assert len(ids) == len(set(ids)) == n
    paged = ls_client.task_data(rest.project_id, page_size=2)
    assert sorted(t["data"]["claim_id"] for t in paged) == sorted(ids)


def test_filters_select_claims(ls_client: LabelStudio, seed_data: Path) -> None:
    report = push(seed_data, "dates only", ls_client, types=["date", "sanction"], segments=["body"])
    claims = store.read_table(seed_data / "claims.parquet")
    wanted = claims["claim_type"].isin(["date", "sanction"]) & (claims["segment"] == "body")
    assert 0 < report.imported == int(wanted.sum()) < len(claims)


def run_cli(args: list[str], url: str, token: str) -> Any:
    env = {"LABEL_STUDIO_URL": url, "LABEL_STUDIO_API_KEY": token}
    return CliRunner().invoke(cli, args, env=env)


def test_cli_push_and_status(ls_server: Server, seed_data: Path, tmp_path: Path) -> None:
    token = ls_server.env["LABEL_STUDIO_USER_TOKEN"]
    for name in ("articles.parquet", "claims.parquet"):
        shutil.copy(seed_data / name, tmp_path / name)
    pushed = run_cli(
        ["annotate", "push", str(tmp_path), "--project", "cli", "--limit", "3"],
        ls_server.url,
        token,
    )
    assert pushed.exit_code == 0, pushed.output
    assert "3 imported" in pushed.output
    shown = run_cli(["annotate", "status", str(tmp_path), "--project", "cli"], ls_server.url, token)
    assert shown.exit_code == 0, shown.output
    assert "3 tasks, 0 done, 3 remaining" in shown.output
    assert (tmp_path / "agreement.json").exists()


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("down", "Error: Label Studio is not answering at http://127.0.0.1:"),
        ("token", "Error: Label Studio at http://127.0.0.1:"),
        ("project", "Error: no Label Studio project named 'missing'"),
        ("scheme", "Error: LABEL_STUDIO_URL '127.0.0.1:"),
        ("port", "Error: LABEL_STUDIO_URL 'http://127.0.0.1:99999' has an invalid port"),
    ],
)
def test_service_errors_are_one_line(
    ls_server: Server, seed_data: Path, tmp_path: Path, case: str, message: str
) -> None:
    token = ls_server.env["LABEL_STUDIO_USER_TOKEN"]
    url = ls_server.url
    if case == "down":
        url = f"http://127.0.0.1:{free_port()}"
    if case == "token":
        token = "wrong-token-0123456789"
    if case == "scheme":
        url = url.removeprefix("http://")
    if case == "port":
        url = "http://127.0.0.1:99999"
    result = run_cli(["annotate", "pull", str(tmp_path), "--project", "missing"], url, token)
    assert result.exit_code == (2 if case in ("scheme", "port") else 3)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), result.output
    assert token not in result.output
    assert not (tmp_path / "annotations.parquet").exists()


def test_credentials_a_server_does_not_hold_are_refused_with_the_reason(
    ls_server: Server, tmp_path: Path
) -> None:
    """Label Studio keeps the admin and token of its first start; new ones must not pass silently."""
    check_credentials(ls_server.url, ls_server.env, ls_server.data_dir)
    changed = {**ls_server.env, "LABEL_STUDIO_USER_TOKEN": "another-token-0123456789"}
    with pytest.raises(ServiceError, match="keeps the admin and token of its first start"):
        check_credentials(ls_server.url, changed, ls_server.data_dir)
    other_admin = {**ls_server.env, "LABEL_STUDIO_USERNAME": "someone.else@example.org"}
    with pytest.raises(ServiceError, match="not LABEL_STUDIO_USERNAME"):
        check_credentials(ls_server.url, other_admin, ls_server.data_dir)


def test_server_restarted_mid_push_loses_and_duplicates_nothing(
    ls_server: Server, ls_client: LabelStudio, seed_data: Path
) -> None:
    """Runs last: stops the session's server after the first batch, then starts it again."""

    def stop_after_first_batch(done: int) -> None:
        ls_server.stop()

    n = count_claims(seed_data)
    with pytest.raises(ServiceError, match=rf"1 of {n} new tasks were imported before it failed"):
        push(seed_data, "restart", ls_client, batch_size=1, progress=stop_after_first_batch)
    ls_server.start()
    ls_server.wait()
    report = push(seed_data, "restart", ls_client, batch_size=1)
    assert (report.imported, report.present) == (n - 1, 1)
    ids = [t["data"]["claim_id"] for t in ls_client.export(report.project_id)]
    assert len(ids) == len(set(ids)) == n
