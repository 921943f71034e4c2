"""Read and check gold files (CLAIMS.md): one `<stem>.jsonl` + `<stem>.meta.json` per article.

Every problem is an InputError naming the file and line, so `claims evaluate` stops in one line.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.errors import InputError, UsageError
from schemas.enums import CLAIM_TYPES, QUANTITY_BOUNDS, SANCTION_STATUSES, TARGET_KINDS

COMMON = ("file", "type", "anchor")


@dataclass(frozen=True)
class GoldClaim:
    """One gold claim; `path` and `line` say where it was written, for error messages."""

    file: str
    type: str
    anchor: str
    fields: dict[str, Any]
    path: str
    line: int
    occurrence: int = 1
    in_body: bool = True
    unsure: bool = False


@dataclass
class GoldArticle:
    """The gold of one article: its meta.json and its claims (possibly none)."""

    file: str
    claims: list[GoldClaim] = field(default_factory=list)
    published: dt.date | None = None
    title: str | None = None
    path: str = ""


def _fail(reason: str, path: str | Path, line: int | None = None) -> InputError:
    return InputError(reason, path, line)


def parse_date(value: Any, name: str, path: Path, line: int) -> dt.date | None:
    """An ISO date string or null; anything else is a gold error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _fail(
            f"{name!r} must be an ISO date (YYYY-MM-DD) or null, got {value!r}", path, line
        ) from None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_quantity(obj: dict[str, Any], path: Path, line: int) -> None:
    if not _is_number(obj.get("value")):
        raise _fail("quantity needs a numeric 'value'", path, line)
    if obj.get("bound") not in QUANTITY_BOUNDS:
        raise _fail(f"quantity 'bound' must be one of {', '.join(QUANTITY_BOUNDS)}", path, line)
    if not isinstance(obj.get("item"), str) or not obj["item"].strip():
        raise _fail("quantity needs a non-empty 'item' string", path, line)
    if obj.get("unit") is not None and not isinstance(obj["unit"], str):
        raise _fail("quantity 'unit' must be a string or null", path, line)
    if obj["bound"] == "range" and not (_is_number(obj.get("low")) and _is_number(obj.get("high"))):
        raise _fail("a 'range' quantity needs numeric 'low' and 'high'", path, line)


def _check_date(obj: dict[str, Any], path: Path, line: int) -> None:
    if not isinstance(obj.get("surface"), str):
        raise _fail("date needs a 'surface' string", path, line)
    for key in ("start", "end"):
        if key not in obj:
            raise _fail(f"date needs {key!r} (an ISO date or null)", path, line)
    start = parse_date(obj["start"], "start", path, line)
    end = parse_date(obj["end"], "end", path, line)
    if start and end and start > end:
        raise _fail("date 'start' is after 'end'", path, line)


def _check_targets(targets: Any, path: Path, line: int) -> None:
    if not isinstance(targets, list):
        raise _fail("sanction 'targets' must be a list", path, line)
    for target in targets:
        if not isinstance(target, dict) or target.get("kind") not in TARGET_KINDS:
            raise _fail(f"each target needs a 'kind' in {', '.join(TARGET_KINDS)}", path, line)
        count = target.get("count")
        if count is not None and (
            not isinstance(count, int) or isinstance(count, bool) or count < 0
        ):
            raise _fail("a target 'count' must be a non-negative integer or null", path, line)


def _check_sanction(obj: dict[str, Any], path: Path, line: int) -> None:
    authority = obj.get("authority")
    names = [authority] if isinstance(authority, str) else authority
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
        raise _fail("sanction 'authority' must be a name or a non-empty list of names", path, line)
    if obj.get("status") not in SANCTION_STATUSES:
        raise _fail(f"sanction 'status' must be one of {', '.join(SANCTION_STATUSES)}", path, line)
    _check_targets(obj.get("targets", []), path, line)
    parse_date(obj.get("date"), "date", path, line)


CHECKS = {"quantity": _check_quantity, "date": _check_date, "sanction": _check_sanction}


def parse_claim(text: str, path: Path, line: int) -> GoldClaim:
    """One gold line as a GoldClaim, or an InputError saying what is wrong with it."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(f"invalid JSON ({exc.msg} at column {exc.colno})", path, line) from None
    if not isinstance(obj, dict):
        raise _fail("each line must be a JSON object", path, line)
    for key in COMMON:
        if not isinstance(obj.get(key), str) or not obj[key]:
            raise _fail(f"missing or empty {key!r}", path, line)
    if obj["type"] not in CLAIM_TYPES:
        raise _fail(f"unknown type {obj['type']!r} (expected {', '.join(CLAIM_TYPES)})", path, line)
    occurrence = obj.get("occurrence", 1)
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        raise _fail("'occurrence' must be a positive integer", path, line)
    for flag in ("in_body", "unsure"):
        if flag in obj and not isinstance(obj[flag], bool):
            raise _fail(f"{flag!r} must be true or false", path, line)
    if "in_body" not in obj:
        raise _fail("missing 'in_body' (true or false)", path, line)
    CHECKS[obj["type"]](obj, path, line)
    rest = {k: v for k, v in obj.items() if k not in (*COMMON, "occurrence", "in_body", "unsure")}
    return GoldClaim(
        file=obj["file"],
        type=obj["type"],
        anchor=obj["anchor"],
        fields=rest,
        path=str(path),
        line=line,
        occurrence=occurrence,
        in_body=obj["in_body"],
        unsure=obj.get("unsure", False),
    )


def read_meta(path: Path) -> dict[str, Any]:
    """A `<stem>.meta.json`: an object with 'file', 'published' (ISO or null) and 'title'."""
    if not path.exists():
        raise _fail("missing meta file (every gold .jsonl needs a .meta.json beside it)", path)
    try:
        meta = json.loads(path.read_text("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise _fail(f"invalid JSON ({exc})", path) from None
    if not isinstance(meta, dict) or not isinstance(meta.get("file"), str):
        raise _fail("meta must be an object with a 'file' string", path)
    parse_date(meta.get("published"), "published", path, 1)
    return meta


def read_gold_file(path: Path) -> GoldArticle:
    """One article's gold: the claims of `path` and its meta file, which must name the same file."""
    meta_path = path.with_name(path.name[: -len(".jsonl")] + ".meta.json")
    meta = read_meta(meta_path)
    try:
        lines = path.read_text("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise _fail(f"not valid UTF-8 ({exc.reason})", path) from None
    claims = [parse_claim(t, path, n) for n, t in enumerate(lines, start=1) if t.strip()]
    for claim in claims:
        if claim.file != meta["file"]:
            raise _fail(
                f"'file' is {claim.file!r} but the meta file says {meta['file']!r}",
                path,
                claim.line,
            )
    published = parse_date(meta.get("published"), "published", meta_path, 1)
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    return GoldArticle(meta["file"], claims, published, title, str(path))


def read_gold(gold_dir: str | Path) -> list[GoldArticle]:
    """Every gold article in a folder, in file-name order."""
    root = Path(gold_dir)
    if not root.is_dir():
        raise UsageError("gold folder not found", root)
    files = sorted(root.glob("*.jsonl"))
    if not files:
        raise UsageError("no gold .jsonl files in the folder", root)
    articles = [read_gold_file(p) for p in files]
    seen: dict[str, str] = {}
    for art in articles:
        if art.file in seen:
            raise _fail(
                f"two gold files for the article {art.file!r} (also {seen[art.file]})", art.path
            )
        seen[art.file] = art.path
    return articles


def locate(text: str, anchor: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Offsets of the Nth verbatim occurrence of `anchor` in `text`, or None."""
    start = -1
    for _ in range(occurrence):
        start = text.find(anchor, start + 1)
        if start < 0:
            return None
    return start, start + len(anchor)
