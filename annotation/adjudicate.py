"""`claims annotate adjudicate`: send ties and low-agreement claims to a lead, in a project of their own.

The adjudication project is named `<project> adjudication`, uses the same screen, and holds one
task per claim to decide, with the annotators' votes summed up in the task (no names). Each task
is judged once; `claims annotate pull` reads the lead's decision and records it with
method = adjudicated. A re-run adds only claims not already there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotation import push as pushing
from annotation import tasks
from annotation.client import LabelStudio
from annotation.pull import ADJUDICATION_SUFFIX
from claims import store
from claims.errors import UsageError


@dataclass
class AdjudicationReport:
    project_id: int
    url: str
    selected: int = 0
    imported: int = 0
    present: int = 0


def to_decide(
    verdicts: Sequence[Mapping[str, Any]], min_agreement: float
) -> list[Mapping[str, Any]]:
    """Verdict rows a lead must settle: ties, and majorities below `min_agreement`."""
    return [
        v
        for v in verdicts
        if v["method"] != "adjudicated"
        and (
            bool(v["needs_adjudication"])
            or (
                v["agreement"] is not None
                and v["n_annotations"] > 1
                and float(v["agreement"]) < min_agreement
            )
        )
    ]


def votes_line(rows: list[Mapping[str, Any]]) -> str:
    """The annotators' answers in a few words, e.g. 'verdicts: supported 1, refuted 1'."""
    submitted = [r for r in rows if r["status"] == "submitted"]
    parts = []
    for name in ("extraction", "verdict"):
        counts = Counter(str(r[name]) for r in submitted if r[name])
        if counts:
            said = ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in sorted(counts.items()))
            parts.append(f"{name}: {said}")
    return "Annotators said: " + ("; ".join(parts) or "nothing")


def adjudicate(
    data_dir: str | Path, project: str, client: LabelStudio, min_agreement: float = 0.67
) -> AdjudicationReport:
    """Create or extend `<project> adjudication` with the claims pull left undecided."""
    data = Path(data_dir)
    verdicts_path = data / "verdicts.parquet"
    if not verdicts_path.exists():
        raise UsageError("no verdicts.parquet here: run `claims annotate pull` first", data)
    verdicts = list(store.iter_rows(verdicts_path))
    wanted = {v["claim_id"] for v in to_decide(verdicts, min_agreement)}
    rows: dict[str, list[Mapping[str, Any]]] = {}
    for row in store.iter_rows(data / "annotations.parquet"):
        rows.setdefault(row["claim_id"], []).append(row)
    claims, articles = pushing.load(data, (), segments=tuple(tasks.SEGMENT_WORDS))
    chosen = [c for c in claims if c["claim_id"] in wanted]
    proj = pushing.ensure_project(client, project + ADJUDICATION_SUFFIX, 1)
    report = AdjudicationReport(
        int(proj["id"]), f"{client.url}/projects/{proj['id']}/", selected=len(chosen)
    )
    held = pushing.existing_tasks(client, report.project_id)
    payloads = []
    for claim in chosen:
        if claim["claim_id"] in held:
            continue
        payload = tasks.task_payload(claim, articles[claim["article_id"]])
        payload["data"]["reading"] += " · " + votes_line(rows.get(claim["claim_id"], []))
        payloads.append(payload)
    report.present = len(chosen) - len(payloads)
    report.imported = pushing.import_new(client, report.project_id, payloads, pushing.BATCH)
    if chosen:
        latest = str(chosen[0]["extractor"])
        if proj.get("model_version") != latest:
            client.update_project(report.project_id, {"model_version": latest})
    return report
