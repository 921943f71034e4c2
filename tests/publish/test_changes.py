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
    assert "Added (1 claims): `d`" in text and "`a` verdict supported → refuted" in text


def test_counts_agree_between_summary_and_lists() -> None:
    """One claim relabeled twice is one relabeled claim and two label changes, everywhere."""
    old = _claims([("a", 0, 0), ("b", 1, 0), ("c", None, None)])
    new = _claims([("a", 1, 1), ("b", 2, 0), ("c", -1, -1)])
    diff = changes.diff(old, "1.0.0", new)
    text = changes.render(diff)
    assert "2 relabeled" in diff.summary
    assert "Relabeled (2 claims, 3 label changes)" in text
    assert "`c`" not in text  # null (old versions) and -1 (missing label) are the same


def test_moved_claims_and_new_configs_are_named() -> None:
    old = _claims([("a", 0, 0), ("b", 0, 0)]).append_column("split", pa.array([0, 1], pa.int8()))
    new = _claims([("a", 0, 0), ("b", 0, 0)]).append_column("split", pa.array([0, 2], pa.int8()))
    diff = changes.diff(old, "1.0.0", new)
    diff.new_configs = ["annotations"]
    diff.old_splits, diff.new_splits = (0.8, 0.1, 0.1), (0.6, 0.2, 0.2)
    text = changes.render(diff)
    assert diff.moved == [("b", "validation", "test")]
    assert (
        "1 moved to another split" in diff.summary and "new config(s) annotations" in diff.summary
    )
    assert "Moved to another split (1 claims) because the split proportions changed" in text
    assert "`b` validation → test" in text and "New config(s): annotations" in text


def test_first_release_and_changelog_keeps_earlier_entries() -> None:
    diff = changes.diff(None, None, _claims([("a", None, None)]))
    assert changes.render(diff) == "First release: 1 claims."
    first = changes.changelog(None, "1.0.0", "2026-01-01", "First release.")
    second = changes.changelog(first, "1.1.0", "2026-02-01", "More.")
    assert second.index("## v1.1.0") < second.index("## v1.0.0")
    assert second.startswith("# Changelog\n") and second.count("# Changelog") == 1
