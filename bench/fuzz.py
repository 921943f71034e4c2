"""Fuzz the CLI entry points with generated hostile input and count crashes.

Each input goes through one in-process `claims` invocation: `claims ingest` on random bytes,
random Unicode in odd encodings, control characters and NULs, deep HTML, BOMs and broken JSONL;
`claims evaluate` on damaged gold files; `claims validate` on damaged Parquet (truncated, bytes
overwritten, wrong magic, wrong column types, another schema version). A crash is a traceback
(an exception other than the exit), an exit code outside 0-2, or a stderr line that is not a
one-line `Error: ...`. The last line is `crashes=<n>`.

    .venv/bin/python bench/fuzz.py --inputs 10000
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import store  # noqa: E402
from claims.cli.root import cli  # noqa: E402
from claims.ids import article_id, claim_id  # noqa: E402
from schemas.tables import blank_row  # noqa: E402

GOOD = (
    "Relief convoys reached Kherson on Thursday after engineers repaired 14 bridges, and the "
    "agency said 2,300 families had received food parcels since March."
)
NASTY = ["\x00", "\u202e", "\ufeff", "\r", "\u2028", "\x1b[2J", "\ud7ff", "\U0010ffff", "\x7f"]


def noise(rng: random.Random, size: int) -> str:
    pool = [*NASTY, *"abc ,.;{}[]\"'\\<>&#:/0123456789\n\t"]
    return "".join(
        rng.choice(pool) if rng.random() < 0.5 else chr(rng.randint(1, 0x2FFF)) for _ in range(size)
    )


def hostile_bytes(rng: random.Random) -> bytes:
    kind = rng.randrange(5)
    if kind == 0:
        return rng.randbytes(rng.randint(0, 3_000))
    text = noise(rng, rng.randint(0, 500)) + rng.choice(["", GOOD])
    enc = rng.choice(["utf-8", "utf-16", "utf-32", "latin-1", "cp1252"])
    bom = rng.choice([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])
    data = bom + text.encode(enc, errors="replace")
    if kind == 1:
        data += "café".encode("latin-1") + GOOD.encode()
    if kind == 2:
        cut = rng.randint(0, len(data))
        data = data[:cut] + b"\x00" * rng.randint(1, 8) + data[cut:]
    return data


def deep_html(rng: random.Random) -> bytes:
    depth = rng.choice([1, 10, 100, 1_000, 10_000, 50_000])
    tag = rng.choice(["div", "p", "table", "span", "x"])
    body = rng.choice(["", GOOD, "<script>x()</script>", "&#0;&#xD800;&nope;", noise(rng, 50)])
    closing = f"</{tag}>" * depth if rng.random() < 0.5 else ""
    return (f"<html><body>{f'<{tag}>' * depth}{body}{closing}").encode(errors="replace")


def json_value(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(7 if depth < 3 else 4)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False, 0, -1, 1e308, 2**70, float("nan")])
    if kind in (2, 3):
        return noise(rng, rng.randint(0, 40))
    if kind == 4:
        return [json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    keys = ["text", "html", "published", "title", "authors", "url", "source", noise(rng, 5)]
    return {rng.choice(keys): json_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def broken_jsonl(rng: random.Random) -> bytes:
    lines = []
    for _ in range(rng.randint(0, 6)):
        kind = rng.randrange(5)
        if kind == 0:
            lines.append(json.dumps(json_value(rng)).encode())
        elif kind == 1:
            whole = json.dumps({"text": GOOD, "published": noise(rng, 10)})
            lines.append(whole[: rng.randint(0, len(whole))].encode())
        elif kind == 2:
            lines.append(rng.randbytes(rng.randint(0, 200)).replace(b"\n", b" "))
        elif kind == 3:
            lines.append(b"[" * rng.choice([10, 1_000, 100_000]))
        else:
            lines.append(json.dumps({"text": GOOD + noise(rng, 20)}).encode())
    return b"\n".join(lines)


def ingest_case(rng: random.Random, tmp: Path) -> list[str]:
    src = tmp / "in"
    src.mkdir()
    maker, suffix = rng.choice(
        [
            (hostile_bytes, ".txt"),
            (hostile_bytes, ".html"),
            (deep_html, ".html"),
            (broken_jsonl, ".jsonl"),
            (hostile_bytes, ".jsonl"),
        ]
    )
    (src / f"input{suffix}").write_bytes(maker(rng))
    return ["ingest", str(src), "--out", str(tmp / "out")]


def valid_data(folder: Path) -> None:
    """A tiny valid data folder: three articles, one claim each (no model needed)."""
    articles, claims = [], []
    for n in range(3):
        text = f"Update {n}.\n{GOOD}"
        aid = article_id(text)
        a = text.index("14 bridges")
        s = text.index(GOOD)
        articles.append(
            blank_row(
                "articles",
                article_id=aid,
                source=f"{n}.txt",
                text=text,
                content_sha256="0" * 64,
                segments=[{"kind": "body", "start": 0, "end": len(text)}],
            )
        )
        claims.append(
            blank_row(
                "claims",
                claim_id=claim_id(aid, "quantity", a, a + 10),
                article_id=aid,
                claim_type="quantity",
                span_start=a,
                span_end=a + 10,
                span_text="14 bridges",
                sentence_start=s,
                sentence_end=len(text),
                sentence=GOOD,
                segment="body",
                hedge="reported",
                quantity_value=14.0,
                quantity_bound="eq",
                quantity_item="bridges",
                confidence=0.9,
                extractor="fuzz",
            )
        )
    store.write_table("articles", articles, folder)
    store.write_table("claims", claims, folder)


def validate_case(rng: random.Random, tmp: Path, valid: Path) -> list[str]:
    data = tmp / "data"
    shutil.copytree(valid, data)
    path = data / f"{rng.choice(['articles', 'claims'])}.parquet"
    raw = bytearray(path.read_bytes())
    kind = rng.randrange(5)
    if kind == 0:
        path.write_bytes(bytes(raw[: rng.randint(0, len(raw) - 1)]))
    elif kind == 1:
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(raw))
            raw[at : at + 4] = rng.randbytes(rng.randint(1, 4))
        path.write_bytes(bytes(raw))
    elif kind == 2:
        raw[0:4] = rng.randbytes(4)
        path.write_bytes(bytes(raw))
    else:
        table = store.read_arrow(path)
        if kind == 3:  # a column of the wrong type
            i = rng.randrange(table.num_columns)
            values = [None if rng.random() < 0.3 else noise(rng, 3) for _ in range(table.num_rows)]
            table = table.set_column(i, table.field(i).name, pa.array(values, pa.string()))
        else:  # another schema version, or none
            meta = dict(table.schema.metadata or {})
            meta[store.VERSION_KEY] = rng.choice([b"2.0.0", b"", b"x", b"0.9.1"])
            table = table.replace_schema_metadata(meta)
        pq.write_table(table, path)
    return ["validate", str(data)]


def evaluate_case(rng: random.Random, tmp: Path, valid: Path) -> list[str]:
    gold = tmp / "gold"
    gold.mkdir()
    stem = "g"
    meta = {"file": "0.txt", "published": rng.choice(["2024-05-01", None, noise(rng, 8), 7])}
    meta_text = json.dumps(meta) if rng.random() < 0.7 else noise(rng, 60)
    (gold / f"{stem}.meta.json").write_bytes(meta_text.encode("utf-8", errors="replace"))
    lines = []
    for _ in range(rng.randint(0, 4)):
        obj = {
            "file": rng.choice(["0.txt", noise(rng, 4)]),
            "type": rng.choice(["quantity", "date", "sanction", noise(rng, 4)]),
            "anchor": rng.choice(["14 bridges", "", noise(rng, 10)]),
            "in_body": rng.choice([True, False, "yes", None]),
            rng.choice(["value", "bound", "item", "targets", "start", "authority"]): json_value(
                rng
            ),
        }
        lines.append(json.dumps(obj) if rng.random() < 0.8 else noise(rng, 40))
    gold_bytes = "\n".join(lines).encode("utf-8", errors="replace")
    if rng.random() < 0.2:
        gold_bytes = rng.randbytes(rng.randint(0, 200))
    (gold / f"{stem}.jsonl").write_bytes(gold_bytes)
    return ["evaluate", str(valid), "--gold", str(gold)]


def crashed(result: object) -> str | None:
    """Why an invocation counts as a crash, or None when it ended cleanly."""
    exc = getattr(result, "exception", None)
    if exc is not None and not isinstance(exc, SystemExit):
        return f"traceback: {type(exc).__name__}: {str(exc)[:120]}"
    code = getattr(result, "exit_code", None)
    if code not in (0, 1, 2):
        return f"exit code {code}"
    lines = [line for line in getattr(result, "stderr", "").splitlines() if line.strip()]
    bad = [line for line in lines if not line.startswith("Error: ")]
    if bad:
        return f"stderr line not an Error: {bad[0][:120]!r}"
    if code != 0 and not lines:
        return "non-zero exit without an Error: line"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    runner = CliRunner()
    crashes: Counter[str] = Counter()
    runs: Counter[str] = Counter()
    examples: dict[str, str] = {}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp_root:
        valid = Path(tmp_root) / "valid"
        valid_data(valid)
        cases: list[tuple[str, Callable[[random.Random, Path], list[str]]]] = [
            ("ingest", ingest_case),
            ("validate", lambda r, t: validate_case(r, t, valid)),
            ("evaluate", lambda r, t: evaluate_case(r, t, valid)),
        ]
        for n in range(args.inputs):
            name, make = cases[0] if n % 10 < 6 else cases[1] if n % 10 < 8 else cases[2]
            with tempfile.TemporaryDirectory(dir=tmp_root) as tmp:
                argv = make(rng, Path(tmp))
                result = runner.invoke(cli, argv, catch_exceptions=True)
            runs[name] += 1
            why = crashed(result)
            if why:
                crashes[name] += 1
                examples.setdefault(name, f"input {n}: {why}")
    secs = time.perf_counter() - start
    for name in ("ingest", "validate", "evaluate"):
        print(f"{name}: {runs[name]} input(s), {crashes[name]} crash(es)")
        if name in examples:
            print(f"  first: {examples[name]}")
    print(f"inputs={sum(runs.values())} seconds={secs:.0f}")
    print(f"crashes={sum(crashes.values())}")


if __name__ == "__main__":
    main()
