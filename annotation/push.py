"""`claims annotate push`: send claims to a Label Studio project, each claim once, resumably.

What the project already holds is read back from the server before anything is sent, so a re-run
adds nothing, an interrupted push picks up where it stopped, and a new extractor version only adds
predictions next to the existing tasks (annotations are never touched).
"""

from __future__ import annotations

import contextlib
import gc
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotation import config, tasks
from annotation.client import LabelStudio
from claims import store
from claims.errors import InvalidData, ServiceError

log = logging.getLogger(__name__)

BATCH = 1000
Progress = Callable[[int], None]


@dataclass
class PushReport:
    project_id: int
    url: str
    selected: int = 0
    present: int = 0
    imported: int = 0
    refreshed: int = 0


def project_fields(title: str, overlap: int) -> dict[str, Any]:
    """The project's settings: the claims config, and annotators working blind on pre-filled tasks.

    Pre-annotations are copied into each draft (`show_collab_predictions`, shown at once), nobody
    sees another annotator's history, and skip is offered. What Label Studio Community cannot
    enforce (any member may open the Data Manager and look at every annotation) is in the README.
    """
    return {
        "title": title,
        "label_config": config.labeling_config(),
        "expert_instruction": config.guidelines_html(),
        "show_instruction": True,
        "maximum_annotations": overlap,
        "show_skip_button": True,
        "show_collab_predictions": True,
        "reveal_preannotations_interactively": False,
        "show_annotation_history": False,
        "show_overlap_first": True,
        "enable_empty_annotation": False,
    }


def ensure_project(client: LabelStudio, title: str, overlap: int) -> dict[str, Any]:
    """Find the project by title or create it; keep its config, guidelines and overlap current."""
    fields = project_fields(title, overlap)
    found = client.find_project(title)
    if found is None:
        return client.create_project(fields)
    changed = {k: v for k, v in fields.items() if found.get(k) != v}
    changed.pop("title", None)
    return client.update_project(found["id"], changed) if changed else found


def existing_tasks(client: LabelStudio, project_id: int) -> dict[str, int]:
    """claim_id -> task id, as the server holds them now."""
    held: dict[str, int] = {}
    for task in client.task_data(project_id):
        claim_id = (task.get("data") or {}).get("claim_id")
        if claim_id and claim_id not in held:
            held[claim_id] = int(task["id"])
    return held


def prediction_versions(
    client: LabelStudio, project_id: int, tasks_held: int, current: set[str]
) -> dict[int, set[str]] | None:
    """task id -> model versions of its predictions; None if every task has the one current one."""
    counts = client.model_versions(project_id)
    if set(counts) == current and len(current) == 1 and sum(counts.values()) >= tasks_held:
        return None
    versions: dict[int, set[str]] = {}
    for pred in client.predictions(project_id):
        versions.setdefault(int(pred["task"]), set()).add(str(pred.get("model_version")))
    return versions


def _batches(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def import_new(
    client: LabelStudio,
    project_id: int,
    payloads: list[dict[str, Any]],
    size: int,
    progress: Progress | None = None,
) -> int:
    """Import in batches; each batch is one server transaction, so a failure splits none."""
    done = 0
    for batch in _batches(payloads, size):
        try:
            client.import_tasks(project_id, batch)
        except ServiceError as exc:
            raise ServiceError(
                f"{exc.reason}; {done} of {len(payloads)} new tasks were imported before it failed."
                " Run the same push again to resume (nothing is imported twice)"
            ) from None
        done += len(batch)
        if progress:
            progress(len(batch))
    return done


def refresh_predictions(
    client: LabelStudio,
    project_id: int,
    stale: Sequence[tuple[int, Mapping[str, Any], Mapping[str, Any]]],
    size: int,
) -> int:
    """Add the current extractor's prediction to tasks that only have older ones."""
    items = []
    for task_id, claim, article in stale:
        payload = tasks.task_payload(claim, article)["predictions"][0]
        items.append({"task": task_id, **payload})
    for batch in _batches(items, size):
        client.import_predictions(project_id, batch)
    return len(items)


@contextlib.contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while tens of thousands of small dicts are built.

    The payloads hold no reference cycles, so reference counting frees them all the same; the
    collector would only rescan the growing list again and again (four times the build's cost).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def load(
    data: Path, types: Iterable[str], segments: Iterable[str] = tasks.DEFAULT_SEGMENTS
) -> tuple[list[Mapping[str, Any]], dict[str, dict[str, Any]]]:
    """The selected claims of DATA and the articles they come from (text, title, outlet, date)."""
    claims = list(tasks.select(store.iter_rows(data / "claims.parquet"), types, segments))
    wanted = {c["article_id"] for c in claims}
    columns = ["article_id", "title", "outlet", "published", "text"]
    articles = {
        a["article_id"]: a
        for a in store.iter_rows(data / "articles.parquet", columns)
        if a["article_id"] in wanted
    }
    missing = sorted(wanted - articles.keys())
    if missing:
        raise InvalidData(
            f"claims point at article(s) missing from articles.parquet: {', '.join(missing[:3])}",
            data / "claims.parquet",
        )
    return claims, articles


def push(
    data_dir: str | Path,
    project: str,
    client: LabelStudio,
    types: Iterable[str] = (),
    segments: Iterable[str] = tasks.DEFAULT_SEGMENTS,
    limit: int | None = None,
    overlap: int = 1,
    batch_size: int = BATCH,
    progress: Progress | None = None,
) -> PushReport:
    """Push the selected claims of DATA to the project; only what is missing is sent.

    Body and title claims by default; captions, teasers and feeds only when `segments` names them.

    `limit` caps the new tasks of this push, so repeating `--limit 500` sends the next 500.
    """
    with cyclic_gc_paused():
        claims, articles = load(Path(data_dir), types, segments)
    proj = ensure_project(client, project, overlap)
    report = PushReport(
        project_id=int(proj["id"]), url=f"{client.url}/projects/{proj['id']}/", selected=len(claims)
    )
    held = existing_tasks(client, report.project_id)
    with cyclic_gc_paused():
        new = [
            tasks.task_payload(c, articles[c["article_id"]])
            for c in claims
            if c["claim_id"] not in held
        ]
    fresh = new[:limit]
    current = {str(c["extractor"]) for c in claims}
    versions = prediction_versions(client, report.project_id, len(held), current) if held else None
    stale = [
        (held[c["claim_id"]], c, articles[c["article_id"]])
        for c in claims
        if versions is not None
        and c["claim_id"] in held
        and str(c["extractor"]) not in versions.get(held[c["claim_id"]], set())
    ]
    report.present = len(claims) - len(new)
    report.imported = import_new(client, report.project_id, fresh, batch_size, progress)
    report.refreshed = refresh_predictions(client, report.project_id, stale, batch_size)
    if claims:
        latest = Counter(str(c["extractor"]) for c in claims).most_common(1)[0][0]
        if proj.get("model_version") != latest:
            client.update_project(report.project_id, {"model_version": latest})
    log.info(
        "push: %d selected, %d imported, %d already there",
        report.selected,
        report.imported,
        report.present,
    )
    return report
