"""The dataset repository as a real git repository: versions are tags `vX.Y.Z`.

Uses the git CLI through subprocess, so it behaves exactly as git does for the user.
"""

from __future__ import annotations

import os
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


def common_dir(repo: Path) -> Path:
    """The folder of the repository's own files, shared by all its worktrees: `.git` itself, or
    for a worktree (whose `.git` is a file) the main checkout's."""
    dot = repo / ".git"
    if not dot.is_file():
        return dot
    return (repo / git(repo, "rev-parse", "--git-common-dir").strip()).resolve()


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


def _ok(repo: Path, *args: str) -> bool:
    return (
        subprocess.run(["git", *args], cwd=repo, capture_output=True, check=False).returncode == 0
    )


def check_publishable(repo: Path) -> str | None:
    """Refuse a repository publish must not write into; returns the branch (None: new repo).

    A detached HEAD would commit on a fork that no branch names; a branch that does not contain
    the latest version would fork the history; a dirty tree or a foreign untracked file would be
    swept into the release; a left-over index.lock would fail half-way.
    """
    if not is_repo(repo):
        return None
    if (repo / ".git" / "index.lock").exists():
        raise UsageError(
            "git's .git/index.lock exists (another git command is running, or one crashed); "
            "remove it once no git command runs",
            repo,
        )
    branch = subprocess.run(
        ["git", "symbolic-ref", "-q", "--short", "HEAD"], cwd=repo, capture_output=True, text=True
    )
    if branch.returncode != 0:
        raise UsageError(
            f"HEAD is detached; switch to the release branch first (git switch {BRANCH}); "
            "to read an old version use `claims checkout`",
            repo,
        )
    existing = versions(repo)
    if existing and not _ok(repo, "merge-base", "--is-ancestor", f"v{show(existing[-1])}", "HEAD"):
        raise UsageError(
            f"branch {branch.stdout.strip()} does not contain v{show(existing[-1])}, the latest "
            f"version; switch to the branch it was published on (git switch {BRANCH})",
            repo,
        )
    dirty = git(repo, "status", "--porcelain", "--untracked-files=all").splitlines()
    if dirty:
        more = f" and {len(dirty) - 1} more" if len(dirty) > 1 else ""
        raise UsageError(
            f"the working tree is not clean ({dirty[0][3:]}{more}); commit, remove or ignore "
            "it first: publish commits only the files it manages",
            repo,
        )
    return branch.stdout.strip()


def head(repo: Path) -> str | None:
    """The commit HEAD names; None for a new repository (one git process, not two)."""
    if not is_repo(repo):
        return None
    probe = ["git", "rev-parse", "--verify", "-q", "HEAD"]
    proc = subprocess.run(probe, cwd=repo, capture_output=True, text=True, check=False)
    return proc.stdout.strip() if proc.returncode == 0 and proc.stdout.strip() else None


def commit_and_tag(repo: Path, version: Version, message: str, paths: tuple[str, ...]) -> str:
    """Stage only `paths` (additions, changes and removals), commit and tag; returns the commit."""
    present = [p for p in paths if (repo / p).exists() or _tracked(repo, p)]
    # Parquet is already compressed: zlib over it again only costs time.
    git(repo, "-c", "core.looseCompression=0", "add", "--all", "--", *present)
    commit = _commit(repo, message)
    git(repo, "tag", "-a", f"v{show(version)}", "-m", message)
    return commit


def _commit(repo: Path, message: str) -> str:
    """What `git commit` does after `git add`, step by step, without refreshing the index.

    `git commit` first re-checks every index entry against its file, and git cannot trust the
    stat data of a file modified in the same second as the index was written ("racily clean"),
    so it would read and hash every fresh data file a second time, right after `add` hashed it.
    Nothing can change them in between here, so the commit is made from the index as `add` left
    it (write-tree, commit-tree, update-ref), with the repository's hooks run as `git commit`
    runs them; the files keep their real times.
    """
    *hook_paths, message_file = _git_paths(
        repo, *(f"hooks/{h}" for h in COMMIT_HOOKS), "COMMIT_EDITMSG"
    )
    # `git hook run` is started only for the hooks there are, not four times to find nothing
    hooks = {h for h, p in zip(COMMIT_HOOKS, hook_paths, strict=True) if _executable(p)}
    _hook(repo, hooks, "pre-commit")
    message_file.write_text(message + "\n", encoding="utf-8")
    _hook(repo, hooks, "prepare-commit-msg", str(message_file), "message")
    _hook(repo, hooks, "commit-msg", str(message_file))
    tree = git(repo, "write-tree").strip()
    parent = head(repo)
    args = ["commit-tree", tree, "-F", str(message_file)]
    commit = git(repo, *args, *(["-p", parent] if parent else [])).strip()
    subject = message_file.read_text(encoding="utf-8").splitlines()[0]
    kind = "commit" if parent else "commit (initial)"
    # the old value makes the update fail if the branch moved since publish looked at it
    git(repo, "update-ref", "-m", f"{kind}: {subject}", "HEAD", commit, parent or "")
    # like `git commit`, a failing post-commit hook does not undo the commit
    if "post-commit" in hooks:
        subprocess.run(
            ["git", "hook", "run", "--ignore-missing", "post-commit"],
            cwd=repo,
            capture_output=True,
            check=False,
        )
    return commit


COMMIT_HOOKS = ("pre-commit", "prepare-commit-msg", "commit-msg", "post-commit")


def _git_paths(repo: Path, *names: str) -> list[Path]:
    """Where git keeps each of `names` (core.hooksPath honoured for hooks/), in one git process."""
    args = [a for name in names for a in ("--git-path", name)]
    return [repo / line for line in git(repo, "rev-parse", *args).splitlines()]


def _executable(path: Path) -> bool:
    """What `git hook run` counts as a hook in the git versions we run (2.39 on Debian): an
    executable file in the hooks folder."""
    return path.is_file() and os.access(path, os.X_OK)


def _hook(repo: Path, hooks: set[str], name: str, *args: str) -> None:
    """Run one of the repository's commit hooks, if it has it; a refusal stops the commit with
    the hook's own words."""
    if name not in hooks:
        return
    try:
        git(repo, "hook", "run", "--ignore-missing", name, *(["--", *args] if args else []))
    except ServiceError as exc:
        detail = exc.reason.split(": ", 1)[-1]
        raise ServiceError(f"git commit failed: the {name} hook refused: {detail}", repo) from None


def _tracked(repo: Path, path: str) -> bool:
    return bool(_has_head(repo) and git(repo, "ls-files", "--", path).strip())


def undo(repo: Path, before: str | None, version: Version) -> None:
    """Best effort after a failed commit: drop the tag, put branch and index back as they were.

    The files themselves are restored by the caller from its backup, not by git (which may be
    the very thing that failed).
    """
    subprocess.run(["git", "tag", "-d", f"v{show(version)}"], cwd=repo, capture_output=True)
    if before is None:
        subprocess.run(["git", "update-ref", "-d", "HEAD"], cwd=repo, capture_output=True)
        subprocess.run(["git", "rm", "-rq", "--cached", "."], cwd=repo, capture_output=True)
    else:
        subprocess.run(["git", "reset", "-q", "--soft", before], cwd=repo, capture_output=True)
        subprocess.run(["git", "reset", "-q"], cwd=repo, capture_output=True)


def archive(repo: Path, rev: str, dest: Path, paths: tuple[str, ...] = ()) -> bool:
    """Files of `rev` (optionally only `paths`) extracted into `dest`; False if none match."""
    import io
    import tarfile

    proc = subprocess.run(
        ["git", "archive", "--format=tar", rev, "--", *paths],
        cwd=repo,
        capture_output=True,
        check=False,
    )
    if proc.returncode != 0:
        return False
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return True


def _has_head(repo: Path) -> bool:
    probe = ["git", "rev-parse", "--verify", "-q", "HEAD"]
    return subprocess.run(probe, cwd=repo, capture_output=True, check=False).returncode == 0


def push(repo: Path, url: str, version: Version) -> None:
    """Push the current branch and the version tag to any git remote (path or URL)."""
    tag = f"refs/tags/v{show(version)}"
    branch = git(repo, "symbolic-ref", "--short", "HEAD").strip()
    git(repo, "push", "--quiet", url, f"HEAD:refs/heads/{branch}", f"{tag}:{tag}")
