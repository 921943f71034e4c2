"""`claims annotate pull`: every judgment from the export -> annotations, verdicts, missed claims.

Pure conversion in the middle (export JSON -> rows -> verdicts), I/O at the edges: the tables are
rebuilt from the server on every pull, so edits are picked up and a re-pull is idempotent. Every
value an annotator entered that cannot be stored (a number that is not one, an evidence entry
that is not a URL, a mark outside the paragraph) is reported, never dropped in silence.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandera.errors

from annotation import config
from annotation.client import LabelStudio
from claims import store
from claims.errors import InvalidData
from claims.ids import digest
from claims.progress import Progress
from schemas.enums import CLAIM_TYPES, TARGET_KINDS
from schemas.tables import TABLES

log = logging.getLogger(__name__)

#: What a correction box holds to say "this field has no value" (an emptied box keeps the value).
CLEAR = "-"
#: The adjudication project of a project is found by this suffix on its title.
ADJUDICATION_SUFFIX = " adjudication"


@dataclass
class PullReport:
    tasks: int = 0
    annotations: int = 0
    skipped: int = 0
    incomplete: int = 0
    unchanged: int = 0
    verdicts: int = 0
    tied: int = 0
    adjudicated: int = 0
    foreign: int = 0
    missed: int = 0
    dropped: list[str] = field(default_factory=list)


def known_claims(data: Path) -> set[str] | None:
    """The claim ids of DATA/claims.parquet, when there is one (judgments must point into it)."""
    path = data / "claims.parquet"
    return (
        {r["claim_id"] for r in store.iter_rows(path, ["claim_id"])} if store.exists(path) else None
    )


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
        return "\n".join(str(t) for t in value.get("text") or []).strip()
    if kind == "number":
        return value.get("number")
    if kind == "datetime":
        return value.get("datetime")
    return None


def answers(result: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """from_name -> the annotator's answer, for every whole-task control the annotation filled in."""
    return {
        str(item["from_name"]): _value(item)
        for item in result
        if item.get("from_name")
        and item.get("type") != "labels"
        and "start" not in (item.get("value") or {})
    }


def regions(result: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The marked spans of an annotation: label, offsets in the paragraph, and per-region text."""
    marks: dict[str, dict[str, Any]] = {}
    for item in result:
        value = item.get("value") or {}
        if "start" not in value or "end" not in value:
            continue
        mark = marks.setdefault(str(item.get("id")), {"id": str(item.get("id"))})
        mark.update(start=int(value["start"]), end=int(value["end"]))
        if item.get("type") == "labels":
            mark["label"] = (value.get("labels") or [None])[0]
            mark["text"] = value.get("text")
        elif item.get("type") == "textarea":
            mark["fields"] = "\n".join(str(t) for t in value.get("text") or [])
    return [m for m in marks.values() if m.get("label")]


# -- parsing what the annotator typed ---------------------------------------------------------


class Refused(ValueError):
    """A value that cannot be stored; the message says why, for the pull report."""


def _number(text: str) -> float:
    try:
        number = float(text.replace(",", "").replace("_", "").strip())
    except ValueError:
        raise Refused(f"{text!r} is not a number") from None
    if not math.isfinite(number):
        raise Refused(f"{text!r} is not a finite number")
    return number


def _date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise Refused(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _target(line: str) -> dict[str, Any]:
    parts = [p.strip() for p in line.split("|")] + ["", "", ""]
    kind, count, names, nationality = parts[:4]
    if kind not in TARGET_KINDS:
        raise Refused(f"target kind {kind!r} is not one of {', '.join(TARGET_KINDS)}")
    if count and not count.isdigit():
        raise Refused(f"target count {count!r} is not a whole number")
    return {
        "kind": kind,
        "count": int(count) if count else None,
        "names": [n.strip() for n in names.split(";") if n.strip()],
        "nationality": nationality or None,
    }


def parse_field(name: str, text: str) -> Any:
    """The typed value of a correction box (None when emptied), or Refused."""
    kind = config.FIELD_KINDS[name]
    text = text.strip()
    if kind == "list":
        return [s.strip() for s in re.split(r"[\n;]", text) if s.strip()]
    if kind == "targets":
        return [_target(line) for line in text.splitlines() if line.strip()]
    if not text:
        return None
    if kind == "number":
        return _number(text)
    if kind == "date":
        return _date(text)
    if isinstance(kind, tuple) and text not in kind:
        raise Refused(f"{text!r} is not one of {', '.join(kind)}")
    return text


def _same(name: str, given: Any, shown: str) -> bool:
    """Whether a parsed value equals what the box started with."""
    try:
        return bool(given == parse_field(name, shown))
    except Refused:
        return False


def corrections(
    given: Mapping[str, Any],
    data: Mapping[str, Any],
    marks: Sequence[Mapping[str, Any]],
    dropped: list[str],
    where: str,
) -> dict[str, Any]:
    """The fields the annotator changed, typed; what cannot be stored goes to `dropped`."""
    machine: Mapping[str, str] = data.get("machine") or {}
    fixed: dict[str, Any] = {}
    claim_type = given.get(config.CLAIM_TYPE) or data.get("claim_type")
    if claim_type != data.get("claim_type") and claim_type in CLAIM_TYPES:
        fixed["claim_type"] = claim_type
    names = [n for n, _ in config.CORRECTABLE[""]]
    names += [n for n, _ in config.CORRECTABLE.get(str(claim_type), ())]
    for name in names:
        if name not in given:
            continue  # a box the annotator did not fill keeps the machine's value
        raw = given[name]
        text = "" if raw is None or str(raw).strip() == CLEAR else str(raw)
        try:
            value = parse_field(name, text)
        except Refused as exc:
            dropped.append(f"{where}: {name}: {exc}")
            continue
        if name in machine and _same(name, value, machine[name]):
            continue
        if name not in machine and value in (None, []):
            continue
        fixed[name] = value
    span = [m for m in marks if m.get("label") == config.SPAN_LABEL]
    offset = int(data.get("offset") or 0)
    if not span:
        dropped.append(f"{where}: the claim's span was removed; the machine's span is kept")
    else:
        start, end = span[0]["start"] + offset, span[0]["end"] + offset
        if (start, end) != (data.get("span_start"), data.get("span_end")):
            fixed.update(span_start=start, span_end=end, span_text=span[0].get("text"))
        if len(span) > 1:
            dropped.append(f"{where}: {len(span) - 1} extra claim span(s) ignored (one per claim)")
    return fixed


def _time(text: str | None) -> datetime:
    if not text:
        return datetime(1970, 1, 1, tzinfo=UTC)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def _evidence(text: str, dropped: list[str], where: str) -> list[str]:
    urls = []
    for word in text.split():
        if word.startswith(("http://", "https://")):
            urls.append(word)
        else:
            dropped.append(f"{where}: evidence {word[:80]!r} is not an http(s) URL")
    return urls


@dataclass
class Judgment:
    """One exported annotation turned into rows: its annotations row and its missed claims."""

    row: dict[str, Any]
    missed: list[dict[str, Any]]
    complete: bool
    changed: bool


def judgment(
    task: Mapping[str, Any],
    ann: Mapping[str, Any],
    users: Mapping[int, Any],
    dropped: list[str],
) -> Judgment:
    """One annotations-table row (and the claims it marks as missed) from one exported annotation."""
    data = task.get("data") or {}
    result = ann.get("result") or []
    given = answers(result)
    marks = regions(result)
    skipped = bool(ann.get("was_cancelled"))
    where = f"task {task['id']} annotation {ann['id']}"
    extraction = None if skipped else given.get(config.EXTRACTION)
    fixed = corrections(given, data, marks, dropped, where) if extraction == "corrected" else None
    created, updated = _time(ann.get("created_at")), _time(ann.get("updated_at"))
    lead = ann.get("lead_time")
    user_id = int(ann.get("completed_by") or 0)
    annotator = pseudonym(users.get(user_id), user_id)
    row = {
        "annotation_id": str(ann["id"]),
        "claim_id": data.get("claim_id"),
        "task_id": int(task["id"]),
        "annotator": annotator,
        "status": "skipped" if skipped else "submitted",
        "extraction": extraction,
        "verdict": None if skipped else given.get(config.VERDICT),
        "corrected_fields": None
        if fixed is None
        else json.dumps(fixed, sort_keys=True, ensure_ascii=False),
        "evidence_urls": []
        if skipped
        else _evidence(given.get(config.EVIDENCE) or "", dropped, where),
        "rationale": None if skipped else (given.get(config.RATIONALE) or None),
        "created_at": created,
        "updated_at": max(created, updated),
        "lead_time": float(lead) if lead is not None and lead >= 0 else None,
    }
    missed = [] if skipped else missed_rows(data, marks, row, dropped, where)
    return Judgment(row, missed, skipped or extraction is not None, fixed != {})


def _fields_text(text: str, claim_type: str, dropped: list[str], where: str) -> dict[str, Any]:
    """'name: value' lines of a missed claim, checked like corrections."""
    allowed = {n for n, _ in config.CORRECTABLE[""]} | {
        n for n, _ in config.CORRECTABLE[claim_type]
    }
    out: dict[str, Any] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        name, sep, value = line.partition(":")
        name = name.strip().replace(" ", "_")
        if not sep or name not in allowed:
            dropped.append(
                f"{where}: missed-claim line {line.strip()[:80]!r} names no {claim_type} field"
            )
            continue
        try:
            parsed = parse_field(name, value)
        except Refused as exc:
            dropped.append(f"{where}: missed-claim {name}: {exc}")
            continue
        if parsed not in (None, []):
            out[name] = parsed
    return out


def missed_rows(
    data: Mapping[str, Any],
    marks: Sequence[Mapping[str, Any]],
    row: Mapping[str, Any],
    dropped: list[str],
    where: str,
) -> list[dict[str, Any]]:
    """The missed-claim marks of one judgment as missed_claims rows (article offsets)."""
    offset = int(data.get("offset") or 0)
    out = []
    for mark in marks:
        claim_type = config.MISSED_LABELS.get(str(mark.get("label")))
        if claim_type is None:
            continue
        text = str(mark.get("text") or "")
        if not text or mark["end"] - mark["start"] != len(text):
            dropped.append(f"{where}: a missed-claim mark without its text was ignored")
            continue
        start = mark["start"] + offset
        out.append(
            {
                "missed_id": digest("missed", row["annotation_id"], mark["id"]),
                "article_id": data.get("article_id"),
                "claim_type": claim_type,
                "span_start": start,
                "span_end": start + len(text),
                "span_text": text,
                "fields": json.dumps(
                    _fields_text(mark.get("fields") or "", claim_type, dropped, where),
                    sort_keys=True,
                    ensure_ascii=False,
                ),
                "annotator": row["annotator"],
                "created_at": row["created_at"],
                "annotation_id": row["annotation_id"],
                "claim_id": data.get("claim_id"),
            }
        )
    return out


@dataclass
class Judgments:
    """What a project's export holds, counted the same way by pull and by status."""

    rows: list[dict[str, Any]]
    missed: list[dict[str, Any]]
    report: PullReport


def judgments(
    export: Iterable[Mapping[str, Any]],
    users: Mapping[int, Any],
    known: set[str] | None = None,
) -> Judgments:
    """Every stored judgment of the export; incomplete ones and foreign claims are counted, not kept."""
    report = PullReport()
    rows: list[dict[str, Any]] = []
    missed: list[dict[str, Any]] = []
    for task in export:
        report.tasks += 1
        claim_id = (task.get("data") or {}).get("claim_id")
        if not claim_id:
            continue
        for ann in task.get("annotations") or []:
            if known is not None and claim_id not in known:
                report.foreign += 1
                continue
            found = judgment(task, ann, users, report.dropped)
            if not found.complete:
                report.incomplete += 1  # saved without the required extraction judgment
                continue
            if not found.changed:
                report.unchanged += 1  # "corrected" with every field as the machine had it
                continue
            rows.append(found.row)
            missed.extend(found.missed)
    rows.sort(key=lambda r: (r["claim_id"], int(r["annotation_id"])))
    missed.sort(key=lambda r: (r["article_id"], r["span_start"], r["missed_id"]))
    report.annotations = len(rows)
    report.skipped = sum(r["status"] == "skipped" for r in rows)
    report.missed = len(missed)
    return Judgments(rows, missed, report)


def annotation_rows(
    export: Iterable[Mapping[str, Any]], users: Mapping[int, Any], report: PullReport
) -> list[dict[str, Any]]:
    """The annotations rows of an export (kept for callers that need only those)."""
    found = judgments(export, users)
    report.__dict__.update(found.report.__dict__)
    return found.rows


def majority(values: Sequence[str]) -> tuple[str | None, float | None, bool]:
    """(winner, share agreeing with it, tied?) of the given votes."""
    if not values:
        return None, None, False
    ranked = Counter(values).most_common()
    top = ranked[0][1]
    tied = len(ranked) > 1 and ranked[1][1] == top
    return (None if tied else ranked[0][0]), top / len(values), tied


def verdict_rows(
    rows: Iterable[Mapping[str, Any]],
    adjudicated: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """One row per claim with a submitted judgment: majority, or the adjudicator's decision.

    A claim only skipped gets no row: nobody judged it.
    """
    by_claim: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["status"] == "submitted":
            by_claim[row["claim_id"]].append(row)
    decided = adjudicated or {}
    out = []
    for claim_id in sorted(by_claim):
        judged = by_claim[claim_id]
        extraction, ex_share, ex_tied = majority([r["extraction"] for r in judged])
        verdict, v_share, v_tied = majority([r["verdict"] for r in judged if r["verdict"]])
        method = "single" if len(judged) == 1 else "majority"
        tied = ex_tied or v_tied
        lead = decided.get(claim_id)
        if lead is not None:
            extraction = lead["extraction"] or extraction
            verdict = lead["verdict"]
            method, tied = "adjudicated", False
        out.append(
            {
                "claim_id": claim_id,
                "verdict": verdict,
                "extraction": extraction,
                "n_annotations": len(judged),
                "agreement": v_share if v_share is not None else ex_share,
                "method": method,
                "needs_adjudication": tied,
            }
        )
    return out


def adjudications(
    export: Iterable[Mapping[str, Any]], users: Mapping[int, Any]
) -> dict[str, dict[str, Any]]:
    """claim_id -> the latest submitted decision in an adjudication project."""
    found = judgments(export, users)
    decided: dict[str, dict[str, Any]] = {}
    for row in sorted(found.rows, key=lambda r: r["updated_at"]):
        if row["status"] == "submitted":
            decided[row["claim_id"]] = row
    return decided


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


def users_by_id(client: LabelStudio) -> dict[int, dict[str, Any]]:
    return {int(u["id"]): u for u in client.users()}


def _counted(tasks: Iterable[Mapping[str, Any]], bar: Progress) -> Iterator[Mapping[str, Any]]:
    for task in tasks:
        bar.update(1)
        yield task


def pull(
    data_dir: str | Path, project: str, client: LabelStudio, progress: bool = True
) -> PullReport:
    """Write DATA/annotations.parquet, verdicts.parquet and missed_claims.parquet from the project.

    The decisions of the project's adjudication project (`claims annotate adjudicate`), when
    there is one, settle the claims they cover (method = adjudicated).
    """
    data = Path(data_dir)
    proj = client.project(project)
    users = users_by_id(client)
    with Progress(None, "pull", "task", enabled=progress) as bar:  # shown on a terminal only
        found = judgments(_counted(client.export(int(proj["id"])), bar), users, known_claims(data))
    report = found.report
    lead = client.find_project(project + ADJUDICATION_SUFFIX)
    decided = adjudications(client.export(int(lead["id"])), users) if lead else {}
    verdicts = verdict_rows(found.rows, decided)
    report.verdicts = len(verdicts)
    report.tied = sum(v["needs_adjudication"] for v in verdicts)
    report.adjudicated = sum(v["method"] == "adjudicated" for v in verdicts)
    checked("annotations", found.rows, data / "annotations.parquet")
    checked("verdicts", verdicts, data / "verdicts.parquet")
    checked("missed_claims", found.missed, data / "missed_claims.parquet")
    store.write_table("annotations", found.rows, data)
    store.write_table("verdicts", verdicts, data)
    store.write_table("missed_claims", found.missed, data)
    for line in report.dropped:
        log.warning("pull: not stored: %s", line)
    return report
