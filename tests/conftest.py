"""Fixtures shared by every test folder: paths, and the spaCy pipeline loaded once per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claims.extract.pipeline import load

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load()


@pytest.fixture(scope="session")
def parse(nlp: Language) -> Callable[..., Doc]:
    """Run the whole claims pipeline on a text, dates resolved against `published`."""

    def run(text: str, published: str | None = "2024-04-02") -> Doc:
        doc = nlp.make_doc(text)
        doc._.published = published
        return nlp(doc)

    return run


@pytest.fixture(scope="session")
def claims_of(parse: Callable[..., Doc]) -> Callable[..., list[dict[str, Any]]]:
    """The claim rows of one type the components put on a text."""

    def rows(
        text: str, claim_type: str, published: str | None = "2024-04-02"
    ) -> list[dict[str, Any]]:
        doc = parse(text, published)
        return [r for r in (doc._.claims or []) if r["claim_type"] == claim_type]

    return rows
