"""The Label Studio labeling config, generated from the schema's enums so the two never drift.

Every stored choice is a value of `schemas.enums` (the Choice `alias`); what the annotator reads is
the readable label (the Choice `value`). The correction fields are free-text boxes pre-filled with
the machine's values by the task's prediction, so the annotator edits rather than retypes; pull
parses and checks them. Only top-level, always visible controls carry hotkeys, every one of them
explicit: Label Studio gives a key to any Choice, Label or Number that has none, visible or not,
which is why the correction fields hold no Choices or Numbers.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from importlib import resources

from schemas import enums
from schemas.claims import ARROW_SCHEMA as CLAIM_COLUMNS
from schemas.enums import (
    CLAIM_TYPES,
    DATE_GRANULARITIES,
    EXTRACTION_JUDGMENTS,
    HEDGES,
    QUANTITY_BOUNDS,
    SANCTION_STATUSES,
    TARGET_KINDS,
    VERDICTS,
)

#: The object tag every control points at: the paragraph around the claim, shown as plain text.
TEXT = "paragraph"
SPAN = "span"
SPAN_LABEL = "claim"
#: Labels for claims the extractor missed: stored value -> (readable label, hotkey, colour).
MISSED_LABELS = {f"missed_{t}": t for t in CLAIM_TYPES}
EXTRACTION = "extraction"
VERDICT = "verdict"
CLAIM_TYPE = "claim_type"
NOTE = "correction_note"
MISSED_FIELDS = "missed_fields"
EVIDENCE = "evidence_urls"
RATIONALE = "rationale"

EXTRACTION_LABELS = {
    "correct": "Correct",
    "corrected": "Needs a correction",
    "not_a_claim": "Not a claim",
}
VERDICT_LABELS = {
    "supported": "Supported",
    "refuted": "Refuted",
    "not_enough_evidence": "Not enough evidence",
    "conflicting": "Sources conflict",
}
TYPE_LABELS = {"quantity": "Quantity", "date": "Date", "sanction": "Sanction"}

#: Every hotkey of the screen; guidelines.md lists the same keys (a test checks it).
EXTRACTION_KEYS = dict(zip(EXTRACTION_JUDGMENTS, ("1", "2", "3"), strict=True))
VERDICT_KEYS = dict(zip(VERDICTS, ("s", "r", "n", "c"), strict=True))
TYPE_KEYS = dict(zip(CLAIM_TYPES, ("7", "8", "9"), strict=True))
LABEL_KEYS = {SPAN_LABEL: "l", "missed_quantity": "q", "missed_date": "t", "missed_sanction": "x"}

#: Quantity fields another change may add to the claims table; offered once the column exists.
QUANTITY_CHANGES: tuple[str, ...] | None = getattr(enums, "QUANTITY_CHANGES", None)
OPTIONAL_QUANTITY = tuple(
    field
    for field, kind in (
        ("quantity_change", QUANTITY_CHANGES),
        ("quantity_per", "text"),
    )
    if kind is not None and field in CLAIM_COLUMNS.names
)

#: The claim fields an annotator can correct, by claim type ("" = every type), with their kind:
#: text, number, date, a tuple of allowed values, "list" (one per line) or "targets".
FieldKind = str | tuple[str, ...]
CORRECTABLE: dict[str, tuple[tuple[str, FieldKind], ...]] = {
    "": (("subject", "text"), ("predicate", "text"), ("attribution", "text"), ("hedge", HEDGES)),
    "quantity": (
        ("quantity_value", "number"),
        ("quantity_bound", QUANTITY_BOUNDS),
        ("quantity_low", "number"),
        ("quantity_high", "number"),
        ("quantity_unit", "text"),
        ("quantity_item", "text"),
        *(
            (name, QUANTITY_CHANGES if name == "quantity_change" and QUANTITY_CHANGES else "text")
            for name in OPTIONAL_QUANTITY
        ),
    ),
    "date": (
        ("date_text", "text"),
        ("date_start", "date"),
        ("date_end", "date"),
        ("date_granularity", DATE_GRANULARITIES),
    ),
    "sanction": (
        ("sanction_authorities", "list"),
        ("sanction_status", SANCTION_STATUSES),
        ("sanction_targets", "targets"),
        ("sanction_date", "date"),
    ),
}
FIELD_KINDS: dict[str, FieldKind] = {
    name: kind for fields in CORRECTABLE.values() for name, kind in fields
}

WRAP_CSS = (
    ".lsf-richtext, .lsf-richtext *, .htx-text, .lsf-main-view__annotation *"
    " { overflow-wrap: anywhere; word-break: break-word; }"
)


def _hint(name: str, kind: FieldKind) -> str:
    """The box's heading: the field in words and what it accepts."""
    words = name.replace("_", " ")
    if isinstance(kind, tuple):
        return f"{words} (one of: {', '.join(kind)})"
    return {
        "number": f"{words} (a number)",
        "date": f"{words} (YYYY-MM-DD)",
        "list": f"{words} (one per line)",
        "targets": f"{words} (one group per line: kind | count | names; names | nationality;"
        f" kind is one of {', '.join(TARGET_KINDS)})",
    }.get(str(kind), words)


def _choices(
    parent: ET.Element,
    name: str,
    labels: dict[str, str],
    keys: dict[str, str],
    required: bool = False,
) -> None:
    attrs = {"name": name, "toName": TEXT, "choice": "single-radio", "showInline": "true"}
    if required:
        attrs["required"] = "true"
        attrs["requiredMessage"] = f"Choose an answer for '{name.replace('_', ' ')}'."
    node = ET.SubElement(parent, "Choices", attrs)
    for value, label in labels.items():
        ET.SubElement(node, "Choice", {"value": label, "alias": value, "hotkey": keys[value]})


def _box(parent: ET.Element, name: str, rows: str = "1", **extra: str) -> None:
    ET.SubElement(
        parent,
        "TextArea",
        {
            "name": name,
            "toName": TEXT,
            "maxSubmissions": "1",
            "editable": "true",
            "rows": rows,
            **extra,
        },
    )


def _field(parent: ET.Element, name: str, kind: FieldKind) -> None:
    """One correctable claim field: a heading and a box the prediction fills with the machine value."""
    ET.SubElement(parent, "Header", {"value": _hint(name, kind), "size": "6"})
    _box(parent, name, rows="3" if kind in ("list", "targets") else "1")


def _corrections(parent: ET.Element) -> None:
    """Shown only for 'Needs a correction': a required note, then the claim type's fields."""
    box = ET.SubElement(
        parent,
        "View",
        {
            "visibleWhen": "choice-selected",
            "whenTagName": EXTRACTION,
            "whenChoiceValue": "corrected",
        },
    )
    ET.SubElement(
        box,
        "Header",
        {
            "value": "What is wrong? (required; then edit the boxes below that are wrong)",
            "size": "5",
        },
    )
    _box(
        box,
        NOTE,
        required="true",
        requiredMessage="Say what is wrong, then edit the wrong fields (or choose Correct).",
    )
    for name, kind in CORRECTABLE[""]:
        _field(box, name, kind)
    for claim_type in CLAIM_TYPES:
        part = ET.SubElement(
            box,
            "View",
            {
                "visibleWhen": "choice-selected",
                "whenTagName": CLAIM_TYPE,
                "whenChoiceValue": claim_type,
            },
        )
        for name, kind in CORRECTABLE[claim_type]:
            _field(part, name, kind)


def labeling_config() -> str:
    """The labeling XML: where the claim sits, the machine's reading, the paragraph, the questions."""
    root = ET.Element("View")
    ET.SubElement(root, "Style").text = WRAP_CSS
    ET.SubElement(root, "Header", {"value": "$title"})
    ET.SubElement(root, "Text", {"name": "source", "value": "$source_line"})
    ET.SubElement(root, "Header", {"value": "The machine read:", "size": "5"})
    ET.SubElement(root, "Text", {"name": "reading", "value": "$reading"})
    labels = ET.SubElement(root, "Labels", {"name": SPAN, "toName": TEXT, "choice": "single"})
    ET.SubElement(
        labels,
        "Label",
        {"value": "The claim", "alias": SPAN_LABEL, "background": "#ffd54f", "hotkey": "l"},
    )
    colours = dict(zip(CLAIM_TYPES, ("#90caf9", "#a5d6a7", "#ce93d8"), strict=True))
    for alias, claim_type in MISSED_LABELS.items():
        ET.SubElement(
            labels,
            "Label",
            {
                "value": f"Missed {claim_type}",
                "alias": alias,
                "background": colours[claim_type],
                "hotkey": LABEL_KEYS[alias],
            },
        )
    ET.SubElement(root, "Text", {"name": TEXT, "value": "$paragraph", "granularity": "symbol"})
    ET.SubElement(
        root,
        "Header",
        {
            "value": "Fields of the selected missed claim (optional, name: value per line)",
            "size": "6",
        },
    )
    _box(
        root,
        MISSED_FIELDS,
        rows="2",
        perRegion="true",
        placeholder="e.g. quantity_value: 12",
    )
    ET.SubElement(root, "Header", {"value": "Is this extraction right?", "size": "5"})
    _choices(root, EXTRACTION, EXTRACTION_LABELS, EXTRACTION_KEYS, required=True)
    ET.SubElement(root, "Header", {"value": "Claim type", "size": "6"})
    _choices(root, CLAIM_TYPE, TYPE_LABELS, TYPE_KEYS)
    _corrections(root)
    ET.SubElement(root, "Header", {"value": "Verdict", "size": "5"})
    _choices(root, VERDICT, VERDICT_LABELS, VERDICT_KEYS)
    ET.SubElement(root, "Header", {"value": "Evidence URLs (one per line)", "size": "6"})
    _box(root, EVIDENCE, rows="2")
    ET.SubElement(root, "Header", {"value": "Rationale", "size": "6"})
    _box(root, RATIONALE, rows="3")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode")


def guidelines_markdown() -> str:
    return resources.files("annotation").joinpath("guidelines.md").read_text(encoding="utf-8")


def guidelines_html() -> str:
    """The guidelines as the small HTML Label Studio shows as project instructions (all escaped)."""
    out: list[str] = []
    for block in guidelines_markdown().split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines()]
        if not lines:
            continue
        if lines[0].startswith("#"):
            out.append(f"<h3>{html.escape(lines[0].lstrip('#').strip())}</h3>")
            lines = lines[1:]
        items = [line[2:] for line in lines if line.startswith("- ")]
        if items:
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")
        elif lines:
            out.append(f"<p>{html.escape(' '.join(lines))}</p>")
    return "\n".join(out)
