"""A second annotator's gold read as predictions, so `claims evaluate` scores how far two gold
folders for the same pages agree (inter-annotator agreement) with the extractor's own measure:
what an extractor can be asked to reach on a field is bounded by what two careful readers of
CLAIMS.md agree on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from claims.errors import InputError
from claims.evaluate.gold import GoldArticle, locate

#: Gold field -> the claims-table column the scorer reads for it.
COLUMNS = {
    "value": "quantity_value",
    "bound": "quantity_bound",
    "item": "quantity_item",
    "unit": "quantity_unit",
    "start": "date_start",
    "end": "date_end",
    "authority": "sanction_authorities",
    "status": "sanction_status",
    "targets": "sanction_targets",
}
#: Where a claim outside the body is placed: a segment the scorer leaves out by default.
OUTSIDE_BODY = "related"


def gold_as_rows(
    gold: list[GoldArticle], articles: Mapping[str, Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Claim rows, one per gold claim, located in the article's text the way gold is located.
    `articles`: article rows by gold file name (needs `article_id` and `text`)."""
    rows: list[dict[str, Any]] = []
    for article in gold:
        art = articles.get(article.file)
        if art is None:
            raise InputError(f"no article for {article.file!r} in the data folder", article.path)
        text = str(art["text"])
        for claim in article.claims:
            found = locate(text, claim.anchor, claim.occurrence)
            if found is None:
                raise InputError(
                    f"anchor {claim.anchor!r} not in the article", claim.path, claim.line
                )
            row: dict[str, Any] = {
                "article_id": art["article_id"],
                "claim_type": claim.type,
                "span_start": found[0],
                "span_end": found[1],
                "span_text": text[found[0] : found[1]],
                "segment": "body" if claim.in_body else OUTSIDE_BODY,
            }
            row.update({COLUMNS[k]: v for k, v in claim.fields.items() if k in COLUMNS})
            rows.append(row)
    return rows
