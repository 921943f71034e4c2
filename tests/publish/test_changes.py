"""The diff between versions and the changelog that records it."""

from __future__ import annotations

import pyarrow as pa

from claims.publish import changes


def _claims(rows: list[tuple[str, int | None, int | None]]) -> pa.Table:
    ids, verdicts, extractions = zip(*rows, strict=True)
    return pa.table(
        {
            "claim_id": list(ids),
            "verdict": pa.array(verdicts, pa.int64()),
            "extraction": pa.array(extractions, pa.int64()),
        }
    )


def test_diff_lists_added_removed_and_relabeled() -> None:
    old = _claims([("a", 0, 0), ("b", None, None), ("c", 1, 0)])
    new = _claims([("a", 1, 0), ("b", None, None), ("d", None, None)])
    diff = changes.diff(old, "1.0.0", new)
    assert diff.added == ["d"] and diff.removed == ["c"]
    assert diff.relabeled == [("a", "verdict", "supported", "refuted")]
    text = changes.render(diff)
    assert "Added (1): `d`" in text and "`a` verdict supported → refuted" in text


def test_first_release_and_changelog_keeps_earlier_entries() -> None:
    diff = changes.diff(None, None, _claims([("a", None, None)]))
    assert changes.render(diff) == "First release: 1 claims."
    first = changes.changelog(None, "1.0.0", "2026-01-01", "First release.")
    second = changes.changelog(first, "1.1.0", "2026-02-01", "More.")
    assert second.index("## v1.1.0") < second.index("## v1.0.0")
    assert second.startswith("# Changelog\n") and second.count("# Changelog") == 1
