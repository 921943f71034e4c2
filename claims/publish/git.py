"""The dataset repository as a real git repository: versions are tags `vX.Y.Z`.

Uses the git CLI through subprocess, so it behaves exactly as git does for the user.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from claims.errors import ServiceError, UsageError

Version = tuple[int, int, int]
SEMVER = re.compile(r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
CREDENTIALS = re.compile(r"(://)[^/@\s]+@")
BUMPS = ("major", "minor", "patch")
BRANCH = "main"
IDENTITY = {"user.name": "claims publish", "user.email": "claims-publish@localhost"}


def parse_version(text: str) -> Version:
    match = SEMVER.match(text.strip())
    if not match:
        raise UsageError(f"version must look like X.Y.Z (e.g. 1.0.0), got {text!r}")
    return (int(match[1]), int(match[2]), int(match[3]))


def show(version: Version) -> str:
    return ".".join(str(p) for p in version)


def bump(latest: Version | None, part: str) -> Version:
    """The next version after `latest` (0.0.0 when there is none)."""
    major, minor, patch = latest or (0, 0, 0)
    if part == "major":
        return (major + 1, 0, 0)
    if part == "minor":
        return (major, minor + 1, 0)
    if part == "patch":
        return (major, minor, patch + 1)
    raise UsageError(f"--bump must be one of {', '.join(BUMPS)}, got {part!r}")


def git(repo: Path, *args: str) -> str:
    """Run git in `repo`; a failure becomes a one-line ServiceError."""
    if shutil.which("git") is None:
        raise ServiceError("git is not installed (needed to version the dataset repository)")
    proc = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        lines = (proc.stderr or proc.stdout).strip().splitlines()
        fatal = [line for line in lines if line.startswith(("fatal:", "error:"))]
        detail = CREDENTIALS.sub(r"\1***@", (fatal or lines or [str(proc.returncode)])[0])
        raise ServiceError(f"git {args[0]} failed: {detail}", repo)
    return proc.stdout


def is_repo(path: Path) -> bool:
    return (path / ".git").exists()


def versions(repo: Path) -> list[Version]:
    """Versions tagged in `repo`, oldest first (none for a folder that is not a repository)."""
    if not is_repo(repo):
        return []
    tags = git(repo, "tag", "--list", "v*").split()
    return sorted(parse_version(t) for t in tags if SEMVER.match(t))


def resolve(version: str | None, part: str | None, existing: list[Version]) -> Version:
    """The version to publish: given, or bumped from the latest; never one that is not newer."""
    if (version is None) == (part is None):
        raise UsageError("give exactly one of --version X.Y.Z or --bump major|minor|patch")
    latest = existing[-1] if existing else None
    chosen = parse_version(version) if version is not None else bump(latest, part or "")
    if chosen in existing:
        raise UsageError(
            f"version v{show(chosen)} already exists; choose a newer one or use --bump"
        )
    if latest is not None and chosen < latest:
        raise UsageError(f"version v{show(chosen)} is lower than the latest, v{show(latest)}")
    return chosen


def ensure_repo(repo: Path) -> None:
    """Make `repo` a git repository with a committer identity, so it works on a bare CI machine."""
    repo.mkdir(parents=True, exist_ok=True)
    if not is_repo(repo):
        git(repo, "init", "--quiet", "--initial-branch", BRANCH)
    for key, value in IDENTITY.items():
        probe = subprocess.run(["git", "config", key], cwd=repo, capture_output=True, check=False)
        if probe.returncode != 0 or not probe.stdout.strip():
            git(repo, "config", "--local", key, value)


def commit_and_tag(repo: Path, version: Version, message: str) -> str:
    """Commit everything in the work tree and tag it; returns the commit id."""
    # Parquet is already compressed: zlib over it again only costs time.
    git(repo, "-c", "core.looseCompression=0", "add", "--all")
    git(repo, "commit", "--quiet", "--allow-empty", "-m", message)
    git(repo, "tag", "-a", f"v{show(version)}", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def restore(repo: Path, paths: tuple[str, ...]) -> None:
    """Put `paths` back as the last commit has them (and drop them if it has none): undo a move."""
    committed = git(repo, "ls-tree", "--name-only", "HEAD").split() if _has_head(repo) else []
    subprocess.run(["git", "reset", "-q", "--", *paths], cwd=repo, capture_output=True, check=False)
    subprocess.run(
        ["git", "clean", "-fdq", "--", *paths], cwd=repo, capture_output=True, check=False
    )
    back = [p for p in paths if p in committed]
    if back:
        git(repo, "checkout", "-q", "HEAD", "--", *back)


def _has_head(repo: Path) -> bool:
    probe = ["git", "rev-parse", "--verify", "-q", "HEAD"]
    return subprocess.run(probe, cwd=repo, capture_output=True, check=False).returncode == 0


def push(repo: Path, url: str, version: Version) -> None:
    """Push the current branch and the version tag to any git remote (path or URL)."""
    tag = f"refs/tags/v{show(version)}"
    branch = git(repo, "rev-parse", "--abbrev-ref", "HEAD").strip()
    branch = BRANCH if branch == "HEAD" else branch  # detached: publish onto main
    git(repo, "push", "--quiet", url, f"HEAD:refs/heads/{branch}", f"{tag}:{tag}")
