"""The annotator's screen, driven in headless Chromium against the real Label Studio.

One annotator works through four tasks the way a person does: a correction with a span fix and a
missed claim (in the paragraph holding <script> and <img onerror> markup), a sanction target-count
fix, a skip, and a verdict that ties with a second annotator's. A lead then settles the tie in the
adjudication project. Every value entered must arrive in the pulled tables.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotation import config
from annotation.adjudicate import adjudicate
from annotation.client import LabelStudio
from annotation.pull import pull
from annotation.push import push
from annotation.server import Server
from claims import store
from claims.validate.tables import validate

pytestmark = pytest.mark.labelstudio

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: (claim type, start of the span) of the four tasks, in the order the annotator gets them.
PICKS = [
    ("quantity", "40,000 tonnes of grain"),
    ("sanction", "sanctions target two Russian ships"),
    ("quantity", "over 3 million artillery shells"),
    ("date", "April 2"),
]
TIMEOUT_MS = 60_000
PROJECT = "browser"


class Screen:
    """The labeling screen of one logged-in browser page; records every dialog that opens."""

    def __init__(self, page: Any, url: str):
        self.page, self.url = page, url
        self.dialogs: list[str] = []
        page.on("dialog", self._dialog)
        page.set_default_timeout(TIMEOUT_MS)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def login(self, email: str, password: str) -> None:
        self.page.goto(self.url + "/user/login/")
        self.page.fill("input[name=email]", email)
        self.page.fill("input[name=password]", password)
        self.page.click("button[type=submit]")
        self.page.wait_for_url(lambda url: "/user/login" not in url)

    def open_stream(self, project_id: int) -> None:
        """'Label All Tasks': the view annotators use (skip shown, nobody else's answers)."""
        self.page.goto(f"{self.url}/projects/{project_id}/data?labeling=1")
        # The guidelines open first, as Label Studio shows project instructions; read, then close.
        modal = self.page.locator(".lsf-modal-ls_visible", has_text="Labeling Instructions")
        modal.wait_for()
        self.page.keyboard.press("Escape")
        modal.wait_for(state="hidden")

    def wait_for_task(self, words: str) -> None:
        self.page.locator(".lsf-main-view__annotation", has_text=words).first.wait_for()
        self.page.get_by_text("Is this extraction right?").wait_for()

    def choose(self, label: str) -> None:
        self.page.locator("label", has_text=re.compile(rf"^{re.escape(label)}")).first.click()

    def edit_box(self, name: str, value: str) -> None:
        """Replace the pre-filled text of a correction box, as a person does: edit, type, Enter."""
        shown = self.page.locator(f"[data-testid=htx-textbox-content][name^='{name}:']")
        shown.locator("xpath=..").get_by_label("Edit Region").click()
        field = self.page.locator(f"input[name^='{name}:'], textarea[name^='{name}:']").last
        field.fill(value)
        if field.evaluate("e => e.tagName") == "TEXTAREA":
            field.locator("xpath=..").locator("button").last.click()  # Enter adds a line here
        else:
            field.press("Enter")
        self.page.locator(
            f"[data-testid=htx-textbox-content][name^='{name}:']",
            has_text=re.compile(r"\s+".join(map(re.escape, value.split()))),
        ).wait_for()

    def type_box(self, name: str, value: str) -> None:
        field = self.page.locator(f"input[name={name}], textarea[name={name}]").first
        field.fill(value)
        # A one-line box adds its text on Enter; a taller one on Shift+Enter.
        field.press("Shift+Enter" if field.evaluate("e => e.tagName") == "TEXTAREA" else "Enter")
        self.page.locator(f"[data-testid=htx-textbox-content][name^='{name}:']").first.wait_for()

    def box_text(self, name: str) -> str:
        shown = self.page.locator(f"[data-testid=htx-textbox-content][name^='{name}:']")
        return str(shown.text_content()).strip()

    def select_words(self, words: str, within: str) -> None:
        """Drag the mouse over `words` in the shown text that holds `within` (the paragraph)."""
        rect = self.page.evaluate(
            """([needle, within]) => {
              const boxes = [...document.querySelectorAll('.lsf-richtext__container')];
              const root = boxes.find((b) => b.textContent.includes(within));
              if (!root) return null;
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              let n;
              while ((n = walker.nextNode())) {
                const i = n.data.indexOf(needle);
                if (i < 0) continue;
                const r = document.createRange();
                r.setStart(n, i); r.setEnd(n, i + needle.length);
                const b = r.getBoundingClientRect();
                return {x: b.left, y: b.top, w: b.width, h: b.height};
              }
              return null;
            }""",
            [words, within],
        )
        assert rect is not None, words
        y = rect["y"] + rect["h"] / 2
        self.page.mouse.move(rect["x"] + 1, y)
        self.page.mouse.down()
        self.page.mouse.move(rect["x"] + rect["w"] - 1, y, steps=8)
        self.page.mouse.up()

    def label(self, readable: str) -> None:
        self.page.locator(".lsf-label", has_text=readable).first.click()

    def delete_claim_span(self) -> None:
        self.page.locator(".lsf-outliner-item", has_text="The claim").first.click()
        self.page.keyboard.press("Backspace")
        self.page.locator(".lsf-outliner-item", has_text="The claim").first.wait_for(
            state="detached"
        )

    def submit(self) -> None:
        self.page.locator("[data-testid=bottombar-submit-button]").click()

    def skip(self) -> None:
        self.page.locator("[data-testid=bottombar-skip-button]").click()

    def shot(self, path: Path) -> None:
        self.page.screenshot(path=str(path), full_page=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium driven by Playwright; fails loudly when either is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed (scripts/dev.sh setup installs it)", pytrace=False)
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing (apt-get install chromium)", pytrace=False)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def subset(seed_data: Path, out: Path) -> dict[str, dict[str, Any]]:
    """The seed tables with only the four picked claims, in the order they are pushed."""
    shutil.copy(seed_data / "articles.parquet", out / "articles.parquet")
    rows = list(store.iter_rows(seed_data / "claims.parquet"))
    picked = []
    for claim_type, prefix in PICKS:
        picked.append(
            next(
                r
                for r in rows
                if r["claim_type"] == claim_type
                and r["span_text"].startswith(prefix)
                and r["segment"] == "body"
            )
        )
    store.write_table("claims", picked, out)
    return {prefix: row for (_, prefix), row in zip(PICKS, picked, strict=True)}


def test_an_annotator_and_a_lead_in_the_browser(
    browser: Any,
    ls_server: Server,
    ls_client: LabelStudio,
    seed_data: Path,
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    picked = subset(seed_data, data)
    report = push(data, PROJECT, ls_client, overlap=2)
    assert report.imported == 4
    email, password = ls_server.env["LABEL_STUDIO_USERNAME"], ls_server.env["LABEL_STUDIO_PASSWORD"]
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    screen = Screen(page, ls_server.url)
    screen.login(email, password)
    screen.open_stream(report.project_id)

    # 1. The grain claim, in the paragraph with markup: a value fix, a span fix, a missed claim.
    screen.wait_for_task("40,000 tonnes of grain")
    assert page.locator(
        ".lsf-main-view__annotation", has_text="<script>alert('x')</script>"
    ).count()
    assert page.locator("img[src=x]").count() == 0
    # The paragraph's 400-character unbroken string wraps instead of widening the page.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1400
    screen.choose("Needs a correction")
    assert screen.box_text("quantity_value") == "40000"  # pre-filled with the machine's value
    screen.type_box(config.NOTE, "the port said 41,000")
    screen.edit_box("quantity_value", "41000")
    screen.delete_claim_span()
    screen.label("The claim")
    screen.select_words("40,000 tonnes", within="A reader comment")
    screen.label("Missed quantity")
    screen.select_words("12 ships", within="A reader comment")
    page.locator(".lsf-outliner-item", has_text="Missed quantity").first.click()
    screen.type_box(config.MISSED_FIELDS, "quantity_value: 12")
    screen.shot(tmp_path / "1-correction.png")
    screen.submit()

    # 2. A sanction: the target group's count is wrong.
    screen.wait_for_task("sanctions target two Russian ships")
    screen.choose("Needs a correction")
    assert screen.box_text("sanction_targets") == "vessel | 2 |  | Russia"
    screen.type_box(config.NOTE, "three ships")
    screen.edit_box("sanction_targets", "vessel | 3 |  | Russia")
    screen.submit()

    # 3. Skipped.
    screen.wait_for_task("over 3 million artillery shells")
    screen.skip()

    # 4. A verdict a second annotator (through the API) disagrees with.
    screen.wait_for_task("April 2")
    screen.choose("Correct")
    screen.choose("Supported")
    screen.submit()
    page.get_by_text(re.compile("all tasks|No more tasks|finished", re.I)).first.wait_for()
    tasks = {t["data"]["claim_id"]: t["id"] for t in ls_client.task_data(report.project_id)}
    date_id = picked["April 2"]["claim_id"]
    known = {u["email"]: u["id"] for u in ls_client.users()}
    other = (
        known.get("second@example.org")
        or ls_client.create_user("second@example.org", "second")["id"]
    )
    ls_client.create_annotation(
        tasks[date_id],
        {
            "result": [
                {
                    "from_name": name,
                    "to_name": config.TEXT,
                    "type": "choices",
                    "value": {"choices": [value]},
                }
                for name, value in ((config.EXTRACTION, "correct"), (config.VERDICT, "refuted"))
            ],
            "completed_by": other,
        },
    )

    first = pull(data, PROJECT, ls_client)
    assert (first.annotations, first.skipped, first.missed, first.tied) == (5, 1, 1, 1), first
    sent = adjudicate(data, PROJECT, ls_client)
    assert (sent.selected, sent.imported) == (1, 1)

    # 5. The lead settles the tie in the adjudication project.
    screen.open_stream(sent.project_id)
    screen.wait_for_task("April 2")
    assert page.get_by_text("Annotators said:").count()
    screen.choose("Correct")
    screen.choose("Refuted")
    screen.submit()
    page.get_by_text(re.compile("all tasks|No more tasks|finished", re.I)).first.wait_for()
    assert screen.dialogs == []

    final = pull(data, PROJECT, ls_client)
    assert final.adjudicated == 1 and final.tied == 0
    rows = store.read_table(data / "annotations.parquet").set_index("claim_id")
    grain = rows.loc[picked["40,000 tonnes of grain"]["claim_id"]]
    fixed = json.loads(grain["corrected_fields"])
    start = picked["40,000 tonnes of grain"]["span_start"]
    assert fixed == {
        "quantity_value": 41000.0,
        "span_start": start,
        "span_end": start + len("40,000 tonnes"),
        "span_text": "40,000 tonnes",
    }
    ships = json.loads(
        rows.loc[picked["sanctions target two Russian ships"]["claim_id"]]["corrected_fields"]
    )
    assert ships == {
        "sanction_targets": [{"kind": "vessel", "count": 3, "names": [], "nationality": "Russia"}]
    }
    skipped = rows.loc[picked["over 3 million artillery shells"]["claim_id"]]
    assert skipped["status"] == "skipped"
    missed = store.read_table(data / "missed_claims.parquet")
    assert list(missed["span_text"]) == ["12 ships"] and list(missed["claim_type"]) == ["quantity"]
    assert json.loads(missed["fields"].iloc[0]) == {"quantity_value": 12.0}
    article = store.read_table(data / "articles.parquet").set_index("article_id")
    text = article.loc[missed["article_id"].iloc[0], "text"]
    assert text[missed["span_start"].iloc[0] : missed["span_end"].iloc[0]] == "12 ships"
    verdicts = store.read_table(data / "verdicts.parquet").set_index("claim_id")
    tie = verdicts.loc[date_id]
    assert (tie["verdict"], tie["method"], tie["needs_adjudication"]) == (
        "refuted",
        "adjudicated",
        False,
    )
    assert picked["over 3 million artillery shells"]["claim_id"] not in verdicts.index
    assert validate([data]).ok
