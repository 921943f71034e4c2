"""The Label Studio labeling config, generated from the schema's enums so the two never drift.

Every choice an annotator can make is a value of `schemas.enums`; the pull step maps the stored
values straight back into the annotations table, so a renamed enum value shows up here at once.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from importlib import resources

from schemas.enums import (
    CLAIM_TYPES,
    DATE_GRANULARITIES,
    EXTRACTION_JUDGMENTS,
    HEDGES,
    QUANTITY_BOUNDS,
    SANCTION_STATUSES,
    VERDICTS,
)

#: The object tag every control points at: the paragraph around the claim, shown as plain text.
TEXT = "paragraph"
SPAN = "span"
SPAN_LABEL = "claim"
EXTRACTION = "extraction"
VERDICT = "verdict"
CLAIM_TYPE = "claim_type"
EVIDENCE = "evidence_urls"
RATIONALE = "rationale"

#: Hotkeys: digits for the extraction judgment, letters for the verdict.
EXTRACTION_KEYS = dict(zip(EXTRACTION_JUDGMENTS, ("1", "2", "3"), strict=True))
VERDICT_KEYS = dict(zip(VERDICTS, ("s", "r", "n", "c"), strict=True))

#: The claim fields an annotator can correct, by claim type ("" = every type); a tuple is a choice.
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
    ),
    "date": (
        ("date_text", "text"),
        ("date_start", "date"),
        ("date_end", "date"),
        ("date_granularity", DATE_GRANULARITIES),
    ),
    "sanction": (
        ("sanction_authorities", "text"),
        ("sanction_status", SANCTION_STATUSES),
        ("sanction_date", "date"),
    ),
}


def _choices(
    parent: ET.Element,
    name: str,
    values: tuple[str, ...],
    keys: dict[str, str] | None = None,
    required: bool = False,
) -> None:
    attrs = {"name": name, "toName": TEXT, "choice": "single-radio", "showInline": "true"}
    if required:
        attrs["required"] = "true"
    node = ET.SubElement(parent, "Choices", attrs)
    for value in values:
        choice = {"value": value}
        if keys:
            choice["hotkey"] = keys[value]
        ET.SubElement(node, "Choice", choice)


def _field(parent: ET.Element, name: str, kind: FieldKind) -> None:
    """One correctable claim field as the control that fits its type."""
    ET.SubElement(parent, "Header", {"value": name.replace("_", " "), "size": "6"})
    if isinstance(kind, tuple):
        _choices(parent, name, kind)
    elif kind == "number":
        ET.SubElement(parent, "Number", {"name": name, "toName": TEXT})
    elif kind == "date":
        ET.SubElement(parent, "DateTime", {"name": name, "toName": TEXT, "only": "date"})
    else:
        ET.SubElement(
            parent,
            "TextArea",
            {"name": name, "toName": TEXT, "maxSubmissions": "1", "editable": "true", "rows": "1"},
        )


def _corrections(parent: ET.Element) -> None:
    """Shown only when the extraction is 'corrected': the claim type, then that type's fields."""
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
        box, "Header", {"value": "Corrected claim (fields left empty are kept)", "size": "5"}
    )
    _choices(box, CLAIM_TYPE, CLAIM_TYPES)
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
    """The labeling XML: article context, the highlighted span, then the questions."""
    root = ET.Element("View")
    ET.SubElement(root, "Header", {"value": "$title"})
    ET.SubElement(root, "Text", {"name": "source", "value": "$source_line"})
    ET.SubElement(root, "Header", {"value": "The machine read:", "size": "5"})
    ET.SubElement(root, "Text", {"name": "reading", "value": "$reading"})
    labels = ET.SubElement(root, "Labels", {"name": SPAN, "toName": TEXT})
    # An explicit hotkey: Label Studio would otherwise give the label "1", the first extraction key.
    ET.SubElement(labels, "Label", {"value": SPAN_LABEL, "background": "#ffd54f", "hotkey": "l"})
    ET.SubElement(root, "Text", {"name": TEXT, "value": "$paragraph", "granularity": "symbol"})
    ET.SubElement(root, "Header", {"value": "Is this extraction right?", "size": "5"})
    _choices(root, EXTRACTION, EXTRACTION_JUDGMENTS, EXTRACTION_KEYS, required=True)
    _corrections(root)
    ET.SubElement(root, "Header", {"value": "Verdict", "size": "5"})
    _choices(root, VERDICT, VERDICTS, VERDICT_KEYS)
    ET.SubElement(root, "Header", {"value": "Evidence URLs (one per line)", "size": "6"})
    ET.SubElement(
        root, "TextArea", {"name": EVIDENCE, "toName": TEXT, "editable": "true", "rows": "2"}
    )
    ET.SubElement(root, "Header", {"value": "Rationale", "size": "6"})
    ET.SubElement(
        root,
        "TextArea",
        {"name": RATIONALE, "toName": TEXT, "maxSubmissions": "1", "editable": "true", "rows": "3"},
    )
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
