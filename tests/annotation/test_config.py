"""The labeling config follows the enums and shows article text as inert text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from annotation import config
from schemas.enums import CLAIM_TYPES, EXTRACTION_JUDGMENTS, VERDICTS


def choices(root: ET.Element, name: str) -> list[str]:
    node = root.find(f".//Choices[@name='{name}']")
    assert node is not None, name
    return [c.attrib["value"] for c in node.findall("Choice")]


def test_choices_are_the_enums() -> None:
    root = ET.fromstring(config.labeling_config())
    assert choices(root, "extraction") == list(EXTRACTION_JUDGMENTS)
    assert choices(root, "verdict") == list(VERDICTS)
    assert choices(root, "claim_type") == list(CLAIM_TYPES)


def test_hotkeys_are_unique_and_cover_the_main_questions() -> None:
    root = ET.fromstring(config.labeling_config())
    keys = [n.attrib["hotkey"] for n in root.iter() if "hotkey" in n.attrib]
    assert len(keys) == len(set(keys)) == len(EXTRACTION_JUDGMENTS) + len(VERDICTS) + 1


def test_every_correctable_field_has_a_control_shown_only_when_corrected() -> None:
    root = ET.fromstring(config.labeling_config())
    box = root.find(".//View[@whenChoiceValue='corrected']")
    assert box is not None
    names = {n.attrib.get("name") for n in box.iter()}
    for fields in config.CORRECTABLE.values():
        assert {name for name, _ in fields} <= names
    for claim_type in CLAIM_TYPES:
        assert box.find(f"View[@whenChoiceValue='{claim_type}']") is not None


def test_article_text_is_plain_text() -> None:
    xml = config.labeling_config()
    root = ET.fromstring(xml)
    assert "HyperText" not in xml
    shown = {n.attrib["value"] for n in root.iter("Text")}
    assert shown == {"$source_line", "$reading", "$paragraph"}


def test_guidelines_become_escaped_html() -> None:
    html = config.guidelines_html()
    assert html.startswith("<h3>Verifying extracted claims</h3>")
    assert "<li>" in html and "<script" not in html
