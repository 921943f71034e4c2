"""The closed vocabularies of the table contract.

Everything that shows a choice to a person or a machine (the pandera models, the Label Studio
labeling config, the Hugging Face ClassLabel features) reads these tuples, so they never drift.
"""

from __future__ import annotations

CLAIM_TYPES = ("quantity", "date", "sanction")
SEGMENT_KINDS = ("title", "byline", "body", "caption", "related", "feed", "boilerplate")
HEDGES = ("asserted", "reported", "estimated", "speculative")
QUANTITY_BOUNDS = ("eq", "approx", "gt", "gte", "lt", "lte", "range")
QUANTITY_CHANGES = ("increase", "decrease")
DATE_GRANULARITIES = ("day", "month", "year", "other")
SANCTION_STATUSES = ("imposed", "planned", "lifted", "extended")
TARGET_KINDS = ("person", "organization", "vessel", "aircraft", "other")
EXTRACTION_JUDGMENTS = ("correct", "corrected", "not_a_claim")
VERDICTS = ("supported", "refuted", "not_enough_evidence", "conflicting")
VERDICT_METHODS = ("single", "majority", "adjudicated")
ANNOTATION_STATUSES = ("submitted", "skipped")

#: Category columns of every table, by table: the publish step turns each into a ClassLabel.
CATEGORIES: dict[str, dict[str, tuple[str, ...]]] = {
    "articles": {},
    "claims": {
        "claim_type": CLAIM_TYPES,
        "segment": SEGMENT_KINDS,
        "hedge": HEDGES,
        "quantity_bound": QUANTITY_BOUNDS,
        "quantity_change": QUANTITY_CHANGES,
        "date_granularity": DATE_GRANULARITIES,
        "sanction_status": SANCTION_STATUSES,
    },
    "annotations": {
        "status": ANNOTATION_STATUSES,
        "extraction": EXTRACTION_JUDGMENTS,
        "verdict": VERDICTS,
    },
    "verdicts": {
        "verdict": VERDICTS,
        "extraction": EXTRACTION_JUDGMENTS,
        "method": VERDICT_METHODS,
    },
}
