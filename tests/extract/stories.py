"""Articles told paragraph by paragraph, as the corpus parses them: for the rules that remember
what a story's earlier paragraphs named (claims.extract.story); and whole pages run through
ingest and extract, for rules that need the page's lines parsed apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language

from claims import store
from claims.extract.corpus import extract
from claims.ingest.corpus import ingest

PUBLISHED = "2025-03-07"


def story_rows(
    nlp: Language, paragraphs: list[str], claim_type: str, joined: bool = True
) -> list[dict[str, Any]]:
    """The `claim_type` rows of the last paragraph, each paragraph parsed alone with the text before
    it and marked as the article's next paragraph (or each as an article of its own when not
    joined)."""
    text = ""
    rows: list[dict[str, Any]] = []
    for n, paragraph in enumerate(paragraphs):
        doc = nlp.make_doc(paragraph)
        doc._.published = PUBLISHED
        doc._.lines_before = text[-600:]
        doc._.story = ("story", n) if joined else (f"article {n}", 0)
        doc = nlp(doc)
        rows = [r for r in doc._.claims or [] if r["claim_type"] == claim_type]
        text += paragraph + "\n\n"
    return rows


def page_rows(tmp_path: Path, text: str, claim_type: str) -> list[dict[str, Any]]:
    """The `claim_type` rows of one article run through ingest and extract."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(text, "utf-8")
    data = tmp_path / "data"
    ingest([src], data)
    extract(data)
    rows = store.read_table(data / "claims.parquet").to_dict("records")
    return [r for r in rows if r["claim_type"] == claim_type]
