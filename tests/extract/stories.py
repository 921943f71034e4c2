"""Articles told paragraph by paragraph, as the corpus parses them: for the rules that remember
what a story's earlier paragraphs named (claims.extract.story)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

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
