"""`claims annotate status`: progress of a project and the agreement of its annotators.

The agreement report also goes to DATA/agreement.json, so CI and the dataset card can read it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from annotation import agreement
from annotation.client import LabelStudio
from annotation.pull import judgments, known_claims, users_by_id
from claims import store


def progress(export: Sequence[Mapping[str, Any]], overlap: int) -> dict[str, int]:
    """Tasks, done (judged by `overlap` annotators; skips count as handled), remaining."""
    done = sum(1 for task in export if len(task.get("annotations") or []) >= max(overlap, 1))
    return {"tasks": len(export), "done": done, "remaining": len(export) - done}


def status(data_dir: str | Path, project: str, client: LabelStudio) -> dict[str, Any]:
    """Progress and Krippendorff's alpha, written to DATA/agreement.json and returned.

    Judgments are counted exactly as pull counts them (same function, same claims table).
    """
    proj = client.project(project)
    export = client.export(int(proj["id"]))
    found = judgments(export, users_by_id(client), known_claims(Path(data_dir)))
    rows = found.rows
    claim_types = {
        str(t["data"]["claim_id"]): str(t["data"].get("claim_type"))
        for t in export
        if (t.get("data") or {}).get("claim_id")
    }
    result = {
        "project": project,
        "progress": progress(export, int(proj.get("maximum_annotations") or 1)),
        "judgments": {
            "submitted": sum(r["status"] == "submitted" for r in rows),
            "skipped": sum(r["status"] == "skipped" for r in rows),
            "left_out": found.report.incomplete + found.report.unchanged + found.report.foreign,
        },
        "agreement": agreement.report(rows, claim_types),
    }
    with store.atomic_path(Path(data_dir) / "agreement.json") as tmp:
        tmp.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return result


def _alpha(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render(result: Mapping[str, Any]) -> str:
    """A short human summary of the status result."""
    p = result["progress"]
    lines = [
        f"{result['project']}: {p['tasks']} tasks, {p['done']} done, {p['remaining']} remaining"
        f" ({result['judgments']['submitted']} judgments, {result['judgments']['skipped']} skipped)"
    ]
    for field, parts in result["agreement"].items():
        overall = parts["overall"]
        lines.append(f"alpha {field}: {_alpha(overall['alpha'])} over {overall['units']} claim(s)")
        for claim_type, value in parts["by_claim_type"].items():
            lines.append(f"  {claim_type}: {_alpha(value['alpha'])} ({value['units']})")
        for annotator, value in parts["by_annotator"].items():
            lines.append(f"  {annotator}: {_alpha(value['alpha'])} ({value['units']})")
    return "\n".join(lines)
