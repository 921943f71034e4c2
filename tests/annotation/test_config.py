"""The labeling config follows the enums, pre-fills nothing by itself and shows text as inert text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from annotation import config
from schemas.enums import CLAIM_TYPES, EXTRACTION_JUDGMENTS, VERDICTS


def choices(root: ET.Element, name: str) -> list[tuple[str, str]]:
    node = root.find(f".//Choices[@name='{name}']")
    assert node is not None, name
    return [(c.attrib["alias"], c.attrib["value"]) for c in node.findall("Choice")]


def test_stored_values_are_the_enums_and_labels_are_words() -> None:
    root = ET.fromstring(config.labeling_config())
    for name, enum in (
        ("extraction", EXTRACTION_JUDGMENTS),
        ("verdict", VERDICTS),
        ("claim_type", CLAIM_TYPES),
    ):
        pairs = choices(root, name)
        assert [alias for alias, _ in pairs] == list(enum)
        assert all("_" not in label and label[0].isupper() for _, label in pairs)
    labels = root.find(".//Labels[@name='span']")
    assert labels is not None
    aliases = [n.attrib["alias"] for n in labels.findall("Label")]
    assert aliases == ["claim", *(f"missed_{t}" for t in CLAIM_TYPES)]


def test_every_key_is_explicit_unique_and_in_the_guidelines() -> None:
    root = ET.fromstring(config.labeling_config())
    # Label Studio gives a key to every Choice, Label or Number without one, visible or not.
    keyed = [n for n in root.iter() if n.tag in ("Choice", "Label", "Number", "Rating")]
    assert all("hotkey" in n.attrib for n in keyed)
    keys = [n.attrib["hotkey"] for n in keyed]
    assert len(keys) == len(set(keys))
    listed = re.search(r"keys of the screen: ([^.]+)\.", config.guidelines_markdown())
    assert listed is not None
    assert sorted(listed.group(1).replace(",", " ").split()) == sorted(keys)
    box = root.find(".//View[@whenChoiceValue='corrected']")
    assert box is not None
    assert not [n for n in box.iter() if n.tag in ("Choices", "Number", "Labels")]


def test_every_correctable_field_has_a_box_shown_only_when_corrected() -> None:
    root = ET.fromstring(config.labeling_config())
    box = root.find(".//View[@whenChoiceValue='corrected']")
    assert box is not None
    names = {n.attrib.get("name") for n in box.iter("TextArea")}
    for fields in config.CORRECTABLE.values():
        assert {name for name, _ in fields} <= names
    for claim_type in CLAIM_TYPES:
        assert box.find(f"View[@whenChoiceValue='{claim_type}']") is not None
    note = box.find(f"TextArea[@name='{config.NOTE}']")
    assert note is not None and note.attrib["required"] == "true"


def test_article_text_is_plain_text_and_long_strings_wrap() -> None:
    xml = config.labeling_config()
    root = ET.fromstring(xml)
    assert "HyperText" not in xml
    shown = {n.attrib["value"] for n in root.iter("Text")}
    assert shown == {"$source_line", "$reading", "$paragraph"}
    style = root.find("Style")
    assert style is not None and "overflow-wrap: anywhere" in (style.text or "")


def test_guidelines_become_escaped_html() -> None:
    html = config.guidelines_html()
    assert html.startswith("<h3>Verifying extracted claims</h3>")
    assert "<li>" in html and "<script" not in html
