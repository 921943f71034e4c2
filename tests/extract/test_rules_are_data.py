"""Rules are data: no trigger word written inline in a rule module, no data key that no code reads.

1. Trigger words. The AST of every module under claims/extract/ is scanned for English words
   written as string literals where a rule compares with them: `tok.lower_ in ("over", "above")`,
   `tok.lemma_ == "tell"`, or a module constant of words that a comparison uses
   (`CONTRAST = ("while", ...)` ... `tok.lower_ in CONTRAST`). Such words belong in a data file
   under claims/data/ (as lemmas where the rule can read `lemma_`). Grammar words are allowed:
   the model's own dependency labels, the enum values of the table contract (schemas/enums.py:
   claim types, segment kinds, statuses...) and the short list GRAMMAR below.
2. Data keys. Every top-level key of claims/data/*.json (except `_doc`-style keys starting with
   `_`) must be named by some code in claims/, annotation/ or schemas/, and every data file loaded.

RATCHET. When this test was written the rule modules held many such words. They are recorded in
tests/extract/rules_are_data_allowlist.json (per module: word -> count, and the data keys no code
reads), and the test accepts them, but not one more: a module may not gain a word or a count, and
the total may never exceed TOTAL_CEILING. The recorded counts can only go down: when you move words
to data, lower the counts in the allowlist file (the test prints the modules that are now below
their record) and lower TOTAL_CEILING with them. The goal is an empty allowlist.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language

from schemas import enums

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "claims" / "extract"
DATA = ROOT / "claims" / "data"
ALLOWLIST = Path(__file__).with_name("rules_are_data_allowlist.json")
CODE = ("claims", "annotation", "schemas")

#: The total of allowlisted inline words: may only go down (see RATCHET above).
TOTAL_CEILING = 137

#: Words that are grammar or plumbing, not triggers (besides dependency labels and enum values):
GRAMMAR = frozenset(
    {
        "token",  # pattern kinds of claims/data/patterns/*.json
        "dependency",
        "claims",  # the doc.spans key the components write
        "local",  # the engines `claims extract --engine` runs on
        "ray",
    }
)

WORD = re.compile(r"[A-Za-z][A-Za-z'.\-]*")


def is_word(text: str) -> bool:
    """An English word or phrase: letters only (a dot or hyphen inside), some lower case."""
    parts = text.split()
    return (
        bool(parts)
        and all(WORD.fullmatch(p) and p.lower() != p.upper() for p in parts)
        and any(c.islower() for c in text)
    )


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [s for e in node.elts for s in _strings(e)]
    wrapped = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args
    if wrapped and node.func.id in ("frozenset", "set", "tuple"):  # type: ignore[attr-defined]
        return _strings(node.args[0])  # type: ignore[attr-defined]
    return []


def compared_words(source: str) -> list[str]:
    """String literals compared with, directly or through a module constant of words."""
    tree = ast.parse(source)
    constants: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            values = _strings(node.value) if node.value is not None else []
            for target in targets:
                if isinstance(target, ast.Name) and values:
                    constants[target.id] = values
    found: list[str] = []
    used: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        for part in [node.left, *node.comparators]:
            found += _strings(part)
            if isinstance(part, ast.Name) and part.id in constants:
                used.add(part.id)
    for name in sorted(used):
        found += constants[name]
    return found


@pytest.fixture(scope="module")
def allowed(nlp: Language) -> frozenset[str]:
    labels = set(nlp.get_pipe("parser").labels)
    values = {v for name in dir(enums) if name.isupper() for v in getattr(enums, name)}
    return frozenset(labels | {v for v in values if isinstance(v, str)} | GRAMMAR)


def inline_words(allowed: frozenset[str]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {}
    for path in sorted(RULES.rglob("*.py")):
        words = [w for w in compared_words(path.read_text("utf-8")) if is_word(w)]
        counted = Counter(w for w in words if w not in allowed)
        if counted:
            out[path.relative_to(ROOT).as_posix()] = counted
    return out


def code_strings() -> set[str]:
    found: set[str] = set()
    for folder in CODE:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.add(node.value)
    return found


def unread_keys() -> list[str]:
    """`file:key` for every data key no code names, and `file` for a file no code loads."""
    strings = code_strings()
    out = []
    for path in sorted(DATA.rglob("*.json")):
        name = path.relative_to(DATA).as_posix()[: -len(".json")]
        packaged_patterns = name.startswith("patterns/")  # loaded by the components' config
        if not packaged_patterns and name not in strings:
            out.append(name)
        raw = json.loads(path.read_text("utf-8"))
        out += [f"{name}:{k}" for k in raw if not k.startswith("_") and k not in strings]
    return out


def recorded() -> dict[str, object]:
    data: dict[str, object] = json.loads(ALLOWLIST.read_text("utf-8"))
    return data


def test_the_scanner_sees_inline_words_and_spares_grammar() -> None:
    source = (
        "VERBS = ('tell', 'say')\n"
        "def f(tok):\n"
        "    if tok.lemma_ in VERBS or tok.lower_ == 'according':\n"
        "        return tok.dep_ in ('nsubj', 'dobj') and tok.pos_ == 'VERB'\n"
        "    return tok.text in (',', '%')\n"
    )
    words = [w for w in compared_words(source) if is_word(w)]
    assert sorted(words) == ["according", "dobj", "nsubj", "say", "tell"]  # not 'VERB', ',' or '%'
    assert is_word("Jan.") and is_word("according to") and not is_word("155mm")


def test_no_new_trigger_word_inline_in_a_rule_module(allowed: frozenset[str]) -> None:
    found = inline_words(allowed)
    limits = {k: Counter(v) for k, v in recorded()["inline_words"].items()}  # type: ignore[attr-defined]
    over = [
        f"{module}: {word!r} x{count} (allowlisted: {limits.get(module, Counter())[word]})"
        for module, words in found.items()
        for word, count in sorted(words.items())
        if count > limits.get(module, Counter())[word]
    ]
    below = [
        m for m, c in limits.items() if sum(found.get(m, Counter()).values()) < sum(c.values())
    ]
    if below:
        print("now below their allowlisted counts (lower them):", ", ".join(below))
    assert not over, (
        "trigger words inline in rule modules (move them to claims/data):\n" + "\n".join(over)
    )
    total = sum(sum(c.values()) for c in limits.values())
    assert total <= TOTAL_CEILING, "the allowlist may only shrink"


def test_every_data_key_is_read_by_some_code() -> None:
    unread = unread_keys()
    allowed = set(recorded()["unread_keys"])  # type: ignore[arg-type]
    new = [k for k in unread if k not in allowed]
    assert not new, "data keys or files that no code reads:\n" + "\n".join(new)


def _repeated_words(value: object, where: str) -> list[str]:
    """Words a list of a data file holds twice, as 'file/key: word', through nested keys."""
    if isinstance(value, dict):
        return [r for k, v in value.items() for r in _repeated_words(v, f"{where}/{k}")]
    if not isinstance(value, list):
        return []
    words = Counter(w for w in value if isinstance(w, str))
    nested = [r for v in value if not isinstance(v, str) for r in _repeated_words(v, where)]
    return [f"{where}: {w}" for w, n in words.items() if n > 1] + nested


def test_no_data_list_holds_a_word_twice() -> None:
    """Branches that each add a word merge into a list holding it twice: harmless to a lookup,
    but the list no longer says what was decided, and removing the word once leaves it in."""
    repeated = [
        r
        for path in sorted(DATA.rglob("*.json"))
        if path.name != "item_ranker.json"  # learned weights, not word lists
        for r in _repeated_words(json.loads(path.read_text("utf-8")), path.name)
    ]
    assert not repeated, "words listed twice:\n" + "\n".join(repeated)
