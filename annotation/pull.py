"""`claims annotate pull`: every judgment from the export API -> annotations and verdicts tables.

Pure conversion in the middle (export JSON -> rows -> verdicts), I/O at the edges: the whole
tables are rebuilt from the server on every pull: edits are picked up, a re-pull is idempotent.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandera.errors

from annotation import config
from annotation.client import LabelStudio
from claims import store
from claims.errors import InvalidData
from claims.ids import digest
from schemas.tables import TABLES

log = logging.getLogger(__name__)

CORRECTABLE = [name for fields in config.CORRECTABLE.values() for name, _ in fields]
LIST_FIELDS = {"sanction_authorities"}


@dataclass
class PullReport:
    tasks: int = 0
    annotations: int = 0
    skipped: int = 0
    incomplete: int = 0
    verdicts: int = 0
    tied: int = 0
    foreign: int = 0


def known_claims(data: Path) -> set[str] | None:
    """The claim ids of DATA/claims.parquet, when there is one (judgments must point into it)."""
    path = data / "claims.parquet"
    return {r["claim_id"] for r in store.iter_rows(path, ["claim_id"])} if path.exists() else None


def pseudonym(user: Mapping[str, Any] | None, user_id: int) -> str:
    """A stable pseudonymous annotator id: a hash of the email (or id), never the email itself."""
    email = (user or {}).get("email")
    return "ann-" + (
        digest("annotator", str(email).strip().lower())
        if email
        else digest("annotator-id", user_id)
    )


def _value(item: Mapping[str, Any]) -> Any:
    value = item.get("value") or {}
    kind = item.get("type")
    if kind == "choices":
        return (value.get("choices") or [None])[0]
    if kind == "textarea":
        return [t for t in value.get("text") or [] if str(t).strip()]
    if kind == "number":
        return value.get("number")
    if kind == "datetime":
        return value.get("datetime")
    return None


def answers(result: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """from_name -> the annotator's answer, for every control the annotation filled in."""
    return {str(item["from_name"]): _value(item) for item in result if item.get("from_name")}


def corrections(given: Mapping[str, Any], claim_type: str | None) -> str:
    """The corrected claim fields as a JSON object; the claim type only when it changed."""
    fixed: dict[str, Any] = {}
    if given.get(config.CLAIM_TYPE) not in (None, claim_type):
        fixed["claim_type"] = given[config.CLAIM_TYPE]
    for name in CORRECTABLE:
        value = given.get(name)
        if isinstance(value, list):
            text = "\n".join(str(v) for v in value).strip()
            value = (
                [s.strip() for s in re.split(r"[\n;]", text) if s.strip()]
                if name in LIST_FIELDS
                else text
            )
        if value not in (None, "", []):
            fixed[name] = value
    return json.dumps(fixed, sort_keys=True, ensure_ascii=False)


def _time(text: str | None) -> datetime:
    if not text:
        return datetime(1970, 1, 1, tzinfo=UTC)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def annotation_row(
    task: Mapping[str, Any], ann: Mapping[str, Any], users: Mapping[int, Any]
) -> dict[str, Any]:
    """One annotations-table row from one exported annotation."""
    data = task.get("data") or {}
    given = answers(ann.get("result") or [])
    skipped = bool(ann.get("was_cancelled"))
    extraction = None if skipped else given.get(config.EXTRACTION)
    urls = [u for text in given.get(config.EVIDENCE) or [] for u in str(text).split()]
    created, updated = _time(ann.get("created_at")), _time(ann.get("updated_at"))
    lead = ann.get("lead_time")
    user_id = int(ann.get("completed_by") or 0)
    return {
        "annotation_id": str(ann["id"]),
        "claim_id": data.get("claim_id"),
        "task_id": int(task["id"]),
        "annotator": pseudonym(users.get(user_id), user_id),
        "status": "skipped" if skipped else "submitted",
        "extraction": extraction,
        "verdict": None if skipped else given.get(config.VERDICT),
        "corrected_fields": corrections(given, data.get("claim_type"))
        if extraction == "corrected"
        else None,
        "evidence_urls": [u for u in urls if u.startswith(("http://", "https://"))],
        "rationale": "\n".join(given.get(config.RATIONALE) or []) or None,
        "created_at": created,
        "updated_at": max(created, updated),
        "lead_time": float(lead) if lead is not None and lead >= 0 else None,
    }


def annotation_rows(
    export: Iterable[Mapping[str, Any]], users: Mapping[int, Any], report: PullReport
) -> list[dict[str, Any]]:
    rows = []
    for task in export:
        report.tasks += 1
        if not (task.get("data") or {}).get("claim_id"):
            continue
        for ann in task.get("annotations") or []:
            row = annotation_row(task, ann, users)
            if row["status"] == "submitted" and row["extraction"] is None:
                report.incomplete += 1  # saved without the required extraction judgment
                continue
            rows.append(row)
    rows.sort(key=lambda r: (r["claim_id"], int(r["annotation_id"])))
    report.annotations = len(rows)
    report.skipped = sum(r["status"] == "skipped" for r in rows)
    return rows


def majority(values: Sequence[str]) -> tuple[str | None, float | None, bool]:
    """(winner, share agreeing with it, tied?) of the given votes."""
    if not values:
        return None, None, False
    ranked = Counter(values).most_common()
    top = ranked[0][1]
    tied = len(ranked) > 1 and ranked[1][1] == top
    return (None if tied else ranked[0][0]), top / len(values), tied


def verdict_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per judged claim: majority verdict and extraction; ties flagged for adjudication."""
    by_claim: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        by_claim[row["claim_id"]].append(row)
    out = []
    for claim_id in sorted(by_claim):
        judged = [r for r in by_claim[claim_id] if r["status"] == "submitted"]
        extraction, ex_share, ex_tied = majority([r["extraction"] for r in judged])
        verdict, v_share, v_tied = majority([r["verdict"] for r in judged if r["verdict"]])
        method = None
        if verdict or extraction:
            method = "single" if len(judged) == 1 else "majority"
        out.append(
            {
                "claim_id": claim_id,
                "verdict": verdict,
                "extraction": extraction,
                "n_annotations": len(judged),
                "agreement": v_share if v_share is not None else ex_share,
                "method": method,
                "needs_adjudication": ex_tied or v_tied,
            }
        )
    return out


def checked(name: str, rows: list[dict[str, Any]], target: Path) -> None:
    """Validate rows against the table's pandera model before anything is written."""
    frame = store.to_arrow(name, rows).to_pandas()
    try:
        TABLES[name].model.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        first = exc.failure_cases.iloc[0]
        raise InvalidData(
            f"pulled {name} break the schema ({first['check']} on {first['column']})", target
        ) from None


def pull(data_dir: str | Path, project: str, client: LabelStudio) -> PullReport:
    """Write DATA/annotations.parquet and DATA/verdicts.parquet from the project's export."""
    data = Path(data_dir)
    proj = client.project(project)
    users = {int(u["id"]): u for u in client.users()}
    report = PullReport()
    rows = annotation_rows(client.export(int(proj["id"])), users, report)
    known = known_claims(data)
    if known is not None:
        kept = [r for r in rows if r["claim_id"] in known]
        report.foreign = len(rows) - len(kept)
        rows = kept
        report.annotations = len(rows)
        report.skipped = sum(r["status"] == "skipped" for r in rows)
    verdicts = verdict_rows(rows)
    report.verdicts = len(verdicts)
    report.tied = sum(v["needs_adjudication"] for v in verdicts)
    checked("annotations", rows, data / "annotations.parquet")
    checked("verdicts", verdicts, data / "verdicts.parquet")
    store.write_table("annotations", rows, data)
    store.write_table("verdicts", verdicts, data)
    log.info(
        "pull: %d judgment(s) on %d task(s), %d verdict(s)",
        report.annotations,
        report.tasks,
        report.verdicts,
    )
    return report
