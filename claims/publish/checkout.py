"""Read an old version: a folder of its own holding exactly the files of tag vX.Y.Z.

`datasets.load_dataset(local_folder, revision=...)` ignores `revision` (it reads whatever the
folder holds), so the one honest way to load an old version of a local repository is a checkout
of that tag in a folder of its own; `git clone --branch vX.Y.Z` makes one without touching the
repository, for a repository folder, a bare remote and a git URL alike.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from claims.errors import UsageError
from claims.publish import git


def _tags(source: str) -> list[git.Version]:
    proc = subprocess.run(
        ["git", "ls-remote", "--tags", "--refs", source],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise UsageError("not a git repository that can be read", source)
    names = [line.rsplit("refs/tags/", 1)[-1] for line in proc.stdout.splitlines()]
    return sorted(git.parse_version(n) for n in names if git.SEMVER.match(n))


def checkout(source: str | Path, version: str, dest: str | Path) -> Path:
    """Clone version `version` of `source` (a repository folder or git URL) into `dest`."""
    parsed = git.parse_version(version)
    target = Path(dest)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError("the destination exists and is not an empty folder", target)
    where = str(source)
    if "://" not in where and not where.startswith("git@"):
        where = str(Path(where).resolve())
    tags = _tags(where)
    if parsed not in tags:
        known = ", ".join(f"v{git.show(t)}" for t in tags) or "none"
        raise UsageError(f"no version v{git.show(parsed)} here (versions: {known})", source)
    git.git(
        Path.cwd(), "clone", "--quiet", "--branch", f"v{git.show(parsed)}", "--", where, str(target)
    )
    return target
