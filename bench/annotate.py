"""Speed of `claims annotate push` and `pull` against a Label Studio this script starts itself.

Push 10,000 claims, pull 10,000 annotations, and compare each with the raw SDK call underneath
measured in the same run: one bulk import of the same task payloads (pre-filled predictions
included), one export of the same project.
Last line: ratio=<push seconds / raw import seconds>.

    PYTHONPATH=. /work/main/.venv/bin/python bench/annotate.py [--claims 10000]
"""

from __future__ import annotations

import argparse
import os
import secrets
import tempfile
import time
from pathlib import Path
from typing import Any

from annotation import config
from annotation.client import LabelStudio
from annotation.pull import pull
from annotation.push import project_fields, push
from annotation.server import Server, free_port
from annotation.tasks import task_payload
from claims import store
from claims.ids import article_id, claim_id
from schemas.tables import blank_row

PER_ARTICLE = 50
ITEMS = ("tonnes of grain", "artillery shells", "barrels of oil", "containers", "drones")


def synthetic(n_claims: int, out: Path) -> None:
    """Articles of our own words, each holding PER_ARTICLE quantity claims, as valid tables."""
    articles, claims = [], []
    for a in range((n_claims + PER_ARTICLE - 1) // PER_ARTICLE):
        sentences, spans = [], []
        offset = len(f"Shipping report {a}\n\n")
        for i in range(min(PER_ARTICLE, n_claims - a * PER_ARTICLE)):
            amount = f"{(a * PER_ARTICLE + i) % 9000 + 100:,} {ITEMS[i % len(ITEMS)]}"
            sentence = f"Officials in port {a} said {amount} were moved in week {i}."
            start = offset + sentence.index(amount)
            spans.append(
                (offset, offset + len(sentence), start, start + len(amount), amount, sentence)
            )
            sentences.append(sentence)
            offset += len(sentence) + 1
        text = f"Shipping report {a}\n\n" + "\n".join(sentences) + "\n"
        aid = article_id(text)
        articles.append(
            {
                "article_id": aid,
                "source": f"bench/{a}.txt",
                "url": None,
                "title": f"Shipping report {a}",
                "outlet": "Bench Wire",
                "authors": [],
                "published": None,
                "text": text,
                "segments": [{"kind": "body", "start": 0, "end": len(text)}],
                "content_sha256": aid * 4,
            }
        )
        for s0, s1, start, end, amount, sentence in spans:
            value = float(amount.split()[0].replace(",", ""))
            claims.append(
                blank_row("claims")
                | {
                    "claim_id": claim_id(aid, "quantity", start, end),
                    "article_id": aid,
                    "claim_type": "quantity",
                    "span_start": start,
                    "span_end": end,
                    "span_text": amount,
                    "sentence_start": s0,
                    "sentence_end": s1,
                    "sentence": sentence,
                    "segment": "body",
                    "attribution": "officials",
                    "hedge": "reported",
                    "quantity_value": value,
                    "quantity_bound": "eq",
                    "quantity_item": " ".join(amount.split()[1:]),
                    "confidence": 0.5,
                    "extractor": "bench 1.0",
                }
            )
    store.write_table("articles", articles, out)
    store.write_table("claims", claims, out)


def payloads(data: Path) -> list[dict[str, Any]]:
    articles = {a["article_id"]: a for a in store.iter_rows(data / "articles.parquet")}
    return [
        task_payload(c, articles[c["article_id"]]) for c in store.iter_rows(data / "claims.parquet")
    ]


def judged(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same tasks, each with one submitted judgment, to import in bulk."""
    result = [
        {
            "from_name": config.EXTRACTION,
            "to_name": config.TEXT,
            "type": "choices",
            "value": {"choices": ["correct"]},
        },
        {
            "from_name": config.VERDICT,
            "to_name": config.TEXT,
            "type": "choices",
            "value": {"choices": ["supported"]},
        },
    ]
    return [{**t, "annotations": [{"result": result}]} for t in tasks]


def timed(label: str, n: int, fn: Any) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.2f} s, {n / seconds:.0f} tasks/s", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    n = parser.parse_args().claims
    with tempfile.TemporaryDirectory(prefix="claims-bench-") as tmp:
        root = Path(tmp)
        synthetic(n, root / "data")
        token = secrets.token_hex(20)
        env = {
            **os.environ,
            "LABEL_STUDIO_USERNAME": "bench@example.org",
            "LABEL_STUDIO_PASSWORD": secrets.token_urlsafe(16),
            "LABEL_STUDIO_USER_TOKEN": token,
        }
        with Server(root / "ls", port=free_port(), environ=env) as server:
            client = LabelStudio(server.url, token)
            tasks = payloads(root / "data")
            raw = client.create_project(project_fields("raw import", 1))
            raw_s = timed(
                "raw import",
                n,
                lambda: client.sdk.projects.import_tasks(
                    raw["id"],
                    request=tasks,  # type: ignore[arg-type]
                    return_task_ids=True,
                ),
            )
            push_s = timed("push", n, lambda: push(root / "data", "bench push", client))
            done = client.create_project(project_fields("bench pull", 1))
            client.import_tasks(done["id"], judged(tasks))
            export_s = timed(
                "raw export",
                n,
                lambda: b"".join(
                    client.sdk.projects.exports.download_sync(
                        done["id"], export_type="JSON", download_all_tasks=True
                    )
                ),
            )
            pull_s = timed("pull", n, lambda: pull(root / "data", "bench pull", client))
            print(f"pull/raw export ratio: {pull_s / export_s:.2f}")
            print(f"ratio={push_s / raw_s:.2f}")


if __name__ == "__main__":
    main()
