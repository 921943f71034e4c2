"""Gold from what people verified in Label Studio: the loop from verification back to extraction.

An article is gold once somebody judged one of its claims or marked a claim the extractor missed.
Its gold claims are the claims judged correct, the corrected ones with their corrections applied,
and the missed ones; claims judged "not a claim" are left out (a prediction there is a false
positive). Claims of such an article nobody judged, ties not settled and missed claims given
without their scored fields are `unsure`: neither credited nor penalized (CLAIMS.md).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from claims import store
from claims.errors import InputError, UsageError
from claims.evaluate.gold import GoldArticle, GoldClaim, parse_claim

log = logging.getLogger(__name__)

BODY = ("body", "title")
NEEDED = ("verdicts.parquet", "annotations.parquet", "claims.parquet", "articles.parquet")


def _iso(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, dt.date) else value


def _targets(value: Any) -> list[dict[str, Any]]:
    return [
        {
            "kind": t.get("kind"),
            "count": None if t.get("count") is None else int(t["count"]),
            "names": list(t.get("names") or []),
            "nationality": t.get("nationality"),
        }
        for t in value or []
    ]


def gold_fields(row: Mapping[str, Any]) -> dict[str, Any]:
    """A claim row's fields under their gold names (CLAIMS.md)."""
    kind = row.get("claim_type")
    if kind == "quantity":
        fields = {
            "value": row.get("quantity_value"),
            "bound": row.get("quantity_bound"),
            "item": row.get("quantity_item"),
            "unit": row.get("quantity_unit"),
        }
        if row.get("quantity_bound") == "range":
            fields.update(low=row.get("quantity_low"), high=row.get("quantity_high"))
        for name in ("change", "per"):
            if row.get(f"quantity_{name}") is not None:
                fields[name] = row[f"quantity_{name}"]
        return fields
    if kind == "date":
        return {
            "surface": row.get("date_text"),
            "start": _iso(row.get("date_start")),
            "end": _iso(row.get("date_end")),
            "granularity": row.get("date_granularity"),
        }
    return {
        "authority": list(row.get("sanction_authorities") or []),
        "status": row.get("sanction_status"),
        "targets": _targets(row.get("sanction_targets")),
        "date": _iso(row.get("sanction_date")),
    }


def occurrence(text: str, anchor: str, start: int) -> int:
    """Which verbatim occurrence of `anchor` in `text` starts at `start` (1-based)."""
    return text.count(anchor, 0, start) + 1 if text.find(anchor, start) == start else 1


def merged_corrections(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Per field, the correction most annotators gave (the latest among equals)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    latest: dict[tuple[str, str], Any] = {}
    for row in sorted(rows, key=lambda r: r["updated_at"]):
        for name, value in json.loads(row["corrected_fields"] or "{}").items():
            key = json.dumps(value, sort_keys=True)
            votes[name][key] += 1
            latest[(name, key)] = dt.datetime.timestamp(row["updated_at"])
    return {
        name: json.loads(max(counts, key=lambda k: (counts[k], latest[(name, k)])))
        for name, counts in votes.items()
    }


def _claim(obj: dict[str, Any], source: Path, line: int, unsure: bool) -> GoldClaim:
    """A gold claim checked like a gold file line; one that fails the checks becomes unsure."""
    if not unsure:
        try:
            return parse_claim(json.dumps(obj, default=str), source, line)
        except InputError as exc:
            log.info("verified gold: %s; kept as unsure", exc)
    rest = {k: v for k, v in obj.items() if k not in ("file", "type", "anchor", "occurrence")}
    rest.pop("in_body", None)
    return GoldClaim(
        file=obj["file"],
        type=obj["type"],
        anchor=obj["anchor"],
        fields=rest,
        path=str(source),
        line=line,
        occurrence=obj["occurrence"],
        in_body=obj["in_body"],
        unsure=True,
    )


def _segment(article: Mapping[str, Any], start: int) -> str:
    for seg in article.get("segments") or []:
        if seg["start"] <= start < seg["end"]:
            return str(seg["kind"])
    return "body"


def verified_gold(data_dir: str | Path) -> list[GoldArticle]:
    """Gold articles built from DATA's verdicts, annotations and missed claims."""
    data = Path(data_dir)
    for name in NEEDED:
        if not (data / name).exists():
            raise UsageError(f"no {name} here: push, annotate and pull first", data)
    verdicts = {v["claim_id"]: v for v in store.iter_rows(data / "verdicts.parquet")}
    fixes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.iter_rows(data / "annotations.parquet"):
        if row["status"] == "submitted" and row["extraction"] == "corrected":
            fixes[row["claim_id"]].append(row)
    missed_path = data / "missed_claims.parquet"
    missed = list(store.iter_rows(missed_path)) if missed_path.exists() else []
    claims = list(store.iter_rows(data / "claims.parquet"))
    wanted = {c["article_id"] for c in claims if c["claim_id"] in verdicts}
    wanted |= {m["article_id"] for m in missed}
    articles = {
        a["article_id"]: a
        for a in store.iter_rows(
            data / "articles.parquet", ["article_id", "source", "text", "segments"]
        )
        if a["article_id"] in wanted
    }
    gold: dict[str, GoldArticle] = {
        aid: GoldArticle(file=str(a["source"]), path=str(data)) for aid, a in articles.items()
    }
    source = data / "verdicts.parquet"
    for line, claim in enumerate(claims, start=1):
        article = articles.get(claim["article_id"])
        if article is None:
            continue
        verdict = verdicts.get(claim["claim_id"])
        extraction = verdict["extraction"] if verdict else None
        if extraction == "not_a_claim":
            continue
        row = dict(claim)
        if extraction == "corrected":
            row.update(merged_corrections(fixes.get(claim["claim_id"], [])))
        settled = extraction in ("correct", "corrected") and not (
            verdict and verdict["needs_adjudication"]
        )
        anchor = str(row["span_text"])
        obj = {
            "file": str(article["source"]),
            "type": row["claim_type"],
            "anchor": anchor,
            "occurrence": occurrence(article["text"], anchor, int(row["span_start"])),
            "in_body": row.get("segment") in BODY,
            **gold_fields(row),
        }
        gold[claim["article_id"]].claims.append(_claim(obj, source, line, unsure=not settled))
    seen: set[tuple[str, str, int, int]] = set()
    for line, mark in enumerate(missed, start=1):
        key = (mark["article_id"], mark["claim_type"], mark["span_start"], mark["span_end"])
        article = articles[mark["article_id"]]
        if key in seen:
            continue
        seen.add(key)
        given = json.loads(mark["fields"] or "{}")
        if mark["claim_type"] == "date":
            given.setdefault("date_text", mark["span_text"])  # the marked words are the surface
        obj = {
            "file": str(article["source"]),
            "type": mark["claim_type"],
            "anchor": mark["span_text"],
            "occurrence": occurrence(article["text"], mark["span_text"], int(mark["span_start"])),
            "in_body": _segment(article, int(mark["span_start"])) in BODY,
            **gold_fields({"claim_type": mark["claim_type"], **given}),
        }
        gold[mark["article_id"]].claims.append(_claim(obj, missed_path, line, unsure=False))
    log.info("verified gold: %d article(s) from %s", len(gold), data)
    return [gold[aid] for aid in sorted(gold, key=lambda a: str(articles[a]["source"]))]
