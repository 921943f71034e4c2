"""The package layout's rules, checked on the source: no private names imported across modules, no
import cycle between packages, shared modules free of stage imports, and a CLI that starts light."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("claims", "schemas", "annotation")
#: Modules at the top of `claims` that every stage may use; they must not use a stage.
SHARED = ("claims.errors", "claims.ids", "claims.store", "claims.resources")


def modules() -> dict[str, Path]:
    found = {}
    for top in PACKAGES:
        for path in (ROOT / top).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every `import`/`from ... import` of our packages, at any depth."""
    out = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names]
    return [(m, n) for m, n in out if m.split(".")[0] in PACKAGES]


def package_of(module: str, known: dict[str, Path]) -> str:
    path = known[module]
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def test_no_module_imports_a_private_name_of_another() -> None:
    bad = [
        f"{name}: {module}.{n}"
        for name, path in modules().items()
        for module, names in imports(path)
        for n in names
        if n.startswith("_") and not n.startswith("__")
    ]
    assert not bad, bad


def test_no_import_cycle_between_packages() -> None:
    """Sibling packages (claims.ingest, claims.extract.dates, annotation, ...) form no cycle; a package
    and the subpackages inside it may use each other."""
    known = modules()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in known.items():
        source = package_of(name, known)
        for module, names in imports(path):
            targets = [f"{module}.{n}" for n in names if f"{module}.{n}" in known] or [module]
            for target in targets:
                if target not in known:
                    continue
                dest = package_of(target, known)
                nested = dest.startswith(source + ".") or source.startswith(dest + ".")
                if dest != source and not nested:
                    graph[source].add(dest)
    cycles = []
    for start in list(graph):
        stack = [(start, [start])]
        while stack:
            node, trail = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    cycles.append(" -> ".join([*trail, start]))
                elif nxt not in trail:
                    stack.append((nxt, [*trail, nxt]))
    assert not cycles, sorted(set(cycles))[:5]


def test_shared_modules_import_no_stage() -> None:
    known = modules()
    for name in SHARED:
        used = {m for m, _ in imports(known[name]) if m.startswith("claims.")}
        assert used <= set(SHARED), (name, used - set(SHARED))


def test_the_cli_imports_no_heavy_library_until_a_command_runs() -> None:
    code = (
        "import sys; import claims.cli; "
        "heavy = {'spacy', 'pandas', 'pandera', 'datasets', 'pyarrow', 'trafilatura'}; "
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
