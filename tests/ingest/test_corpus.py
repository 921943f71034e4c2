"""Ingest through the CLI: the seed's structure, every input kind, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims import store
from claims.cli.root import cli

HTML = """<html><head><title>Tokyo freezes assets of shipping firms</title>
<meta name="author" content="Kenji Sato"><meta property="article:published_time" content="2025-02-11">
<script>document.write('<p>injected</p>')</script><style>p { color: red }</style></head>
<body><nav>Home | World</nav><article><h1>Tokyo freezes assets of shipping firms</h1>
<p>Japan froze the assets of three shipping firms on Tuesday, saying they had helped move oil to North Korea.</p>
<p>The finance ministry said the firms had operated at least four tankers that switched off their transponders.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


def test_seed_is_ingested_with_structure(tmp_path: Path, seeds_dir: Path) -> None:
    result = run("ingest", str(seeds_dir), "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    row = store.read_table(tmp_path / "articles.parquet").iloc[0]
    assert row["source"] == "000_d61fa797c0f56db3.txt"
    assert row["title"].startswith("South Korea sanctions Russian organizations")
    assert list(row["authors"]) == ["Dinara Khalilova", "The Kyiv Independent news desk"]
    assert row["published"] == dt.date(2024, 4, 2)
    assert row["text"] == (seeds_dir / "000_d61fa797c0f56db3.txt").read_text("utf-8")
    kinds = {s["kind"] for s in row["segments"]}
    assert {"title", "byline", "caption", "body", "related", "feed", "boilerplate"} <= kinds


def test_html_jsonl_and_duplicates(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.html").write_text(HTML, "utf-8")
    text = "Oil tanker seized\n\nBy Ana Ruiz | Gulf Post | June 3, 2024\n\nCoast guards seized a tanker.\n"
    (src / "b.txt").write_text(text, "utf-8")
    lines = [
        {"text": text, "source": "copy-of-b"},
        {
            "text": "Second story\n\nTwo ships were stopped.",
            "url": "https://example.org/2",
            "title": "Given title",
            "published": "2024-07-01",
            "source": "feed/2",
        },
    ]
    (src / "c.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")
    result = run("ingest", str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "1 duplicate(s)" in result.output
    frame = store.read_table(tmp_path / "out" / "articles.parquet").set_index("source")
    html = frame.loc["a.html"]
    assert "three shipping firms" in html["text"] and "injected" not in html["text"]
    assert "color: red" not in html["text"] and html["published"] == dt.date(2025, 2, 11)
    assert frame.loc["b.txt", "published"] == dt.date(2024, 6, 3)
    given = frame.loc["feed/2"]
    assert (given["title"], given["url"], given["published"]) == (
        "Given title",
        "https://example.org/2",
        dt.date(2024, 7, 1),
    )
    assert given["text"] == "Second story\n\nTwo ships were stopped."


def test_same_input_gives_identical_bytes(tmp_path: Path, seeds_dir: Path) -> None:
    run("ingest", str(seeds_dir), "--out", str(tmp_path / "a"))
    run("ingest", str(seeds_dir), "--out", str(tmp_path / "b"))
    assert (tmp_path / "a/articles.parquet").read_bytes() == (
        tmp_path / "b/articles.parquet"
    ).read_bytes()


BAD_FILES = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n ", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "latin1.txt": (
        "Caf\u00e9 owners said".encode("latin-1"),
        "not valid UTF-8 (byte 0xe9 at offset 3)",
    ),
    "scripts.html": (
        b"<html><head><script>var a = 1;</script><style>body{}</style></head><body><script>x()</script></body></html>",
        "no article text found",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_rejected_but_good_ones_kept(tmp_path: Path, name: str) -> None:
    data, reason = BAD_FILES[name]
    src = tmp_path / "in"
    src.mkdir()
    (src / name).write_bytes(data)
    (src / "good.txt").write_text(
        "Port reopens\n\nThe port reopened on Monday after two weeks.\n", "utf-8"
    )
    result = run("ingest", str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"Error: {name}: {reason}" in result.output
    assert "Traceback" not in result.output
    assert list(store.read_table(tmp_path / "out/articles.parquet")["source"]) == ["good.txt"]


def test_twenty_megabyte_file_is_refused_with_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Word soup and more words.\n" * 800_000)
    result = run("ingest", str(big), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert f"Error: {big}: file is 20.8 MB, over the 10.0 MB limit (--max-bytes)" in result.output
    assert not (tmp_path / "out/articles.parquet").exists()


def test_jsonl_broken_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"text": "Ferry stopped\n\nA ferry was stopped at sea.", "source": "ferry"})
    path.write_text(
        good + '\n{"text": "unterminated\n' + json.dumps({"title": "no text"}) + "\n", "utf-8"
    )
    result = run("ingest", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"Error: {path}:2: invalid JSON" in result.output
    assert f"Error: {path}:3: needs a 'text' or 'html' string field" in result.output
    assert list(store.read_table(tmp_path / "out/articles.parquet")["source"]) == ["ferry"]


def test_folder_with_no_articles(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# nothing", "utf-8")
    result = run("ingest", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "no articles found" in result.output and str(tmp_path) in result.output


def test_missing_source(tmp_path: Path) -> None:
    result = run("ingest", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and "no such file or folder" in result.output


def test_failed_run_keeps_previous_table(tmp_path: Path, seeds_dir: Path) -> None:
    run("ingest", str(seeds_dir), "--out", str(tmp_path))
    before = (tmp_path / "articles.parquet").read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("ingest", str(empty), "--out", str(tmp_path))
    assert result.exit_code == 2
    assert (tmp_path / "articles.parquet").read_bytes() == before
