"""Deterministic ids: the same content always gets the same id, across runs and machines."""

from __future__ import annotations

import hashlib


def digest(*parts: object) -> str:
    """16 hex characters of SHA-256 over the parts, joined unambiguously."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def article_id(text: str) -> str:
    """Id of an article from its stored text, so the same article given twice is stored once."""
    return digest("article", text)


def claim_id(article: str, claim_type: str, start: int, end: int) -> str:
    """Id of a claim from (article_id, claim_type, span)."""
    return digest("claim", article, claim_type, start, end)
