"""What changed since the previous version: claims added, removed and relabeled.

Read from the previous version's Parquet in the repository before it is overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from claims import store
from claims.publish.tables import CONFIG_CATEGORIES, SPLITS

LABELS = ("verdict", "extraction")
SHOWN = 50


@dataclass
class Changes:
    previous: str | None
    total: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    relabeled: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, column, old, new
    moved: list[tuple[str, str, str]] = field(default_factory=list)  # id, old split, new split
    new_configs: list[str] = field(default_factory=list)
    dropped_configs: list[str] = field(default_factory=list)
    old_splits: tuple[float, ...] | None = None
    new_splits: tuple[float, ...] | None = None

    @property
    def relabeled_claims(self) -> int:
        return len({r[0] for r in self.relabeled})

    @property
    def summary(self) -> str:
        if self.previous is None:
            return f"First release: {self.total} claims."
        parts = [
            f"+{len(self.added)} added",
            f"-{len(self.removed)} removed",
            f"{self.relabeled_claims} relabeled",
        ]
        if self.moved:
            parts.append(f"{len(self.moved)} moved to another split")
        if self.new_configs:
            parts.append("new config(s) " + ", ".join(self.new_configs))
        if self.dropped_configs:
            parts.append("config(s) no longer published " + ", ".join(self.dropped_configs))
        return f"Compared with v{self.previous}: {self.total} claims ({', '.join(parts)})."


def previous_claims(repo: Path) -> pa.Table | None:
    """claim_id and label codes of the version now in `repo`, or None if there is none."""
    files = sorted((repo / "data" / "claims").glob("*.parquet"))
    if not files:
        return None
    parts = []
    for f in files:
        part = store.read_arrow(f, columns=["claim_id", *LABELS])
        split = SPLITS.index(f.name.split("-")[0]) if f.name.split("-")[0] in SPLITS else -1
        parts.append(part.append_column("split", pa.array([split] * part.num_rows, pa.int8())))
    return pa.concat_tables(parts)


def _name(column: str, code: int | None) -> str:
    if code is None or code < 0:
        return "(none)"
    names = CONFIG_CATEGORIES["claims"][column]
    return names[code] if 0 <= code < len(names) else str(code)


def diff(previous: pa.Table | None, previous_version: str | None, current: pa.Table) -> Changes:
    """Compare claim ids and label codes (current = the encoded claims table)."""
    changes = Changes(previous_version if previous is not None else None, current.num_rows)
    if previous is None:
        return changes
    old_ids, new_ids = previous["claim_id"], current["claim_id"]
    changes.added = sorted(
        new_ids.filter(pc.invert(pc.is_in(new_ids, value_set=old_ids.combine_chunks()))).to_pylist()
    )
    changes.removed = sorted(
        old_ids.filter(pc.invert(pc.is_in(old_ids, value_set=new_ids.combine_chunks()))).to_pylist()
    )
    where = pc.index_in(new_ids, value_set=old_ids.combine_chunks())
    common = pc.is_valid(where)
    for column in LABELS:
        before, after = previous[column].take(where), current[column]
        # older versions wrote a missing label as null, newer ones as -1: compare both as -1
        before, after = pc.fill_null(before, -1), pc.fill_null(after, -1)
        differs = pc.fill_null(pc.not_equal(before, after), False)
        mask = pc.and_(common, differs)
        rows = pa.table({"id": new_ids, "old": before, "new": after}).filter(mask)
        for cid, old, new in zip(*(rows[c].to_pylist() for c in ("id", "old", "new")), strict=True):
            changes.relabeled.append((cid, column, _name(column, old), _name(column, new)))
    changes.relabeled.sort()
    if "split" in current.column_names and "split" in previous.column_names:
        before = previous["split"].take(where)
        moved = pc.and_(common, pc.fill_null(pc.not_equal(before, current["split"]), False))
        rows = pa.table({"id": new_ids, "old": before, "new": current["split"]}).filter(moved)
        changes.moved = sorted(
            (cid, SPLITS[old], SPLITS[new])
            for cid, old, new in zip(
                *(rows[c].to_pylist() for c in ("id", "old", "new")), strict=True
            )
        )
    return changes


def _ids(ids: list[str]) -> str:
    shown = ", ".join(f"`{i}`" for i in ids[:SHOWN])
    return shown + (f" and {len(ids) - SHOWN} more" if len(ids) > SHOWN else "")


def render(changes: Changes) -> str:
    """The Markdown section for the card and the changelog (without its heading).

    Every count is of claims, and the summary line and the list headings use the same numbers.
    """
    lines = [changes.summary]
    if changes.previous is None:
        return lines[0]
    lines.append("")
    lines.append(f"- Added ({len(changes.added)} claims): {_ids(changes.added) or 'none'}")
    lines.append(f"- Removed ({len(changes.removed)} claims): {_ids(changes.removed) or 'none'}")
    relabeled = [f"`{c}` {col} {old} → {new}" for c, col, old, new in changes.relabeled[:SHOWN]]
    more = len(changes.relabeled) - SHOWN
    lines.append(
        f"- Relabeled ({changes.relabeled_claims} claims, {len(changes.relabeled)} label "
        "changes): " + ("; ".join(relabeled) or "none") + (f"; and {more} more" if more > 0 else "")
    )
    if changes.moved:
        why = ""
        if changes.old_splits and changes.new_splits and changes.old_splits != changes.new_splits:
            old = ",".join(f"{p:g}" for p in changes.old_splits)
            new = ",".join(f"{p:g}" for p in changes.new_splits)
            why = f" because the split proportions changed from {old} to {new}"
        shown = "; ".join(f"`{c}` {a} → {b}" for c, a, b in changes.moved[:SHOWN])
        rest = len(changes.moved) - SHOWN
        lines.append(
            f"- Moved to another split ({len(changes.moved)} claims){why}: {shown}"
            + (f"; and {rest} more" if rest > 0 else "")
        )
    if changes.new_configs:
        lines.append(f"- New config(s): {', '.join(changes.new_configs)}")
    if changes.dropped_configs:
        lines.append(f"- No longer published: {', '.join(changes.dropped_configs)}")
    return "\n".join(lines)


def changelog(previous_text: str | None, version: str, date: str, section: str) -> str:
    """CHANGELOG.md with the new version on top of the earlier entries."""
    earlier = ""
    if previous_text:
        earlier = (
            previous_text.split("\n", 1)[1].lstrip("\n")
            if previous_text.startswith("# ")
            else previous_text
        )
    return f"# Changelog\n\n## v{version} ({date})\n\n{section}\n\n{earlier}".rstrip("\n") + "\n"
