"""Training and honest measurement of the learned item chooser (`ranker`) from gold folders.

A gold quantity tells which candidate head is right: the one whose head noun equals the gold item's
(the lenient scoring of `claims evaluate`). Examples come from running the extractor on a set's
articles with the chooser recording (the rules' view), matching rows to gold the way `claims
evaluate` does. Training is a conditional logit over each number's candidates, L2-regularized,
fitted with full-batch Adam in numpy for a fixed number of steps: same examples, same weights.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from claims import store
from claims.evaluate.fields import head_noun
from claims.evaluate.gold import read_gold
from claims.evaluate.matching import Span, match
from claims.evaluate.scoring import SCORED_SEGMENTS, gold_spans
from claims.extract.quantities import ranker

log = logging.getLogger(__name__)

L2 = 0.001
STEPS = 300
RATE = 0.05
MIN_COUNT = 2  # a feature seen fewer times in training gets no weight


@dataclass
class Example:
    """One extracted quantity matched to a sure gold quantity, with its candidates."""

    set: str
    file: str
    gold_item: str
    rule_item: str  # the item the rules' row has
    derived: bool  # the row's item is the chooser's pick (no later step replaced it)
    cands: list[dict[str, Any]]  # head, text, rule, f (features)

    def positives(self) -> list[int]:
        gold = head_noun(self.gold_item)
        return [n for n, c in enumerate(self.cands) if head_noun(c["text"]) == gold]


def examples_from_run(
    set_name: str,
    articles: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    records: list[ranker.Record],
    gold_dir: str | Path,
) -> list[Example]:
    """Matched quantities of one extracted set: rows paired to gold as `claims evaluate` pairs
    them (sure gold claims, body and title), each with the chooser's record of its number."""
    at: dict[tuple[str, int], ranker.Record] = {}
    for record in records:
        for page in articles:
            pos = (page["text"] or "").find(record["text"])
            if pos >= 0:
                at.setdefault((page["article_id"], pos + record["num_char"]), record)
                break
    by_name = {Path(a["source"]).name: a for a in articles}
    out: list[Example] = []
    for gold in read_gold(gold_dir):
        art = by_name.get(gold.file)
        if art is None:
            continue
        claims = [c for c in gold.claims if c.type == "quantity" and c.in_body and not c.unsure]
        spans = gold_spans(claims, art["text"])
        numbers = sorted(
            ((off, r) for (aid, off), r in at.items() if aid == art["article_id"]),
            key=lambda pair: pair[0],
        )
        preds = [
            r
            for r in rows
            if r["article_id"] == art["article_id"]
            and r["claim_type"] == "quantity"
            and r["segment"] in SCORED_SEGMENTS
        ]
        p_spans = [Span(p["span_start"], p["span_end"], n) for n, p in enumerate(preds)]
        for gi, pi in match(spans, p_spans):
            row, claim = preds[pi], claims[gi]
            rec = next(
                (r for off, r in numbers if row["span_start"] <= off < row["span_end"]), None
            )
            rule_item = row["quantity_item"] or ""
            gold_item = claim.fields.get("item")
            out.append(  # a number the chooser never saw (a share, a vague amount) keeps its item
                Example(
                    set_name,
                    gold.file,
                    gold_item if isinstance(gold_item, str) else "",
                    rule_item,
                    rec is not None and head_noun(rule_item) == head_noun(rec["rule_text"]),
                    rec["cands"] if rec is not None else [],
                )
            )
    return out


def collect(
    set_name: str, sources: Sequence[str | Path], gold_dir: str | Path, work: str | Path
) -> list[Example]:
    """Ingest and extract one set's articles into `work` with the chooser recording."""
    from claims.extract import DEFAULT_MODEL
    from claims.extract.corpus import extract_rows, warm_pipeline
    from claims.ingest.corpus import ingest

    out = Path(work) / set_name
    ingest(list(sources), out)
    articles = list(store.iter_rows(out / "articles.parquet"))
    nlp = warm_pipeline(DEFAULT_MODEL)
    with ranker.recording() as records:
        rows, _ = extract_rows(nlp, articles, "item-training")
    return examples_from_run(set_name, articles, list(rows), records, gold_dir)  # type: ignore[arg-type]


def save_examples(examples: Iterable[Example], path: str | Path) -> None:
    Path(path).write_text("".join(json.dumps(asdict(e)) + "\n" for e in examples), "utf-8")


def load_examples(path: str | Path) -> list[Example]:
    lines = Path(path).read_text("utf-8").splitlines()
    return [Example(**json.loads(line)) for line in lines if line.strip()]


def train(
    examples: Sequence[Example], l2: float = L2, steps: int = STEPS, rate: float = RATE
) -> dict[str, float]:
    """Weights of a conditional logit over each example's candidates; the likelihood of a number
    is the probability of its positive candidates (several phrases may share the gold head)."""
    groups = [(e, e.positives()) for e in examples]
    groups = [(e, pos) for e, pos in groups if pos and len(e.cands) > 1]
    counts: dict[str, int] = {}
    for e, _ in groups:
        for c in e.cands:
            for name in set(c["f"]):
                counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, k in counts.items() if k >= MIN_COUNT)
    if not groups or not names:
        return {}
    index = {n: i for i, n in enumerate(names)}
    feat, owner, group_of, positive = [], [], [], []
    n_cand = 0
    for g, (e, pos) in enumerate(groups):
        for k, c in enumerate(e.cands):
            for name in sorted(set(c["f"])):
                if name in index:
                    feat.append(index[name])
                    owner.append(n_cand)
            group_of.append(g)
            positive.append(k in pos)
            n_cand += 1
    f_idx, f_own = np.array(feat, dtype=np.int64), np.array(owner, dtype=np.int64)
    grp, pos_mask = np.array(group_of, dtype=np.int64), np.array(positive, dtype=bool)
    n_groups = len(groups)
    w: npt.NDArray[np.float64] = np.zeros(len(names))
    m: npt.NDArray[np.float64] = np.zeros(len(names))
    v: npt.NDArray[np.float64] = np.zeros(len(names))
    for step in range(1, steps + 1):
        s = np.bincount(f_own, weights=w[f_idx], minlength=n_cand)
        top = np.full(n_groups, -np.inf)
        np.maximum.at(top, grp, s)
        e_s = np.exp(s - top[grp])
        p = e_s / np.bincount(grp, weights=e_s, minlength=n_groups)[grp]
        q_raw = np.where(pos_mask, p, 0.0)
        q = q_raw / np.bincount(grp, weights=q_raw, minlength=n_groups)[grp]
        grad = np.bincount(f_idx, weights=(p - q)[f_own], minlength=len(names)) / n_groups
        grad += l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {n: round(float(x), 4) for n, x in zip(names, w, strict=True) if abs(x) >= 1e-4}


def predict(
    example: Example,
    weights: dict[str, float],
    margin: float = 0.0,
    gate: bool = True,
    kept_margin: float | None = None,
) -> str:
    """The item the quantity would get with the chooser on (the rules' when a later step
    replaces the pick). With `kept_margin` the gate is off as shipped: a duration keeps the
    rules' item, and one they found beside the number or wrote needs that margin."""
    if not example.derived:
        return example.rule_item
    cands = [
        ranker.Candidate(c["head"], c["text"], c["rule"], tuple(c["f"])) for c in example.cands
    ]
    rule = next((c.features for c in cands if c.rule), ())
    if kept_margin is not None and not gate:
        if "qunit=time" in rule:
            return example.rule_item
        kept = ranker.FOUND in rule or ranker.written(rule)
        margin = kept_margin if kept else margin
    choice = ranker.rank(cands, weights, margin, gate)
    if choice.picked == choice.rule:
        return example.rule_item
    return str(cands[choice.picked].text)


@dataclass
class FoldScore:
    """Item accuracy on one held-out set's matched quantities."""

    set: str
    matched: int
    rules: float
    model: float  # the model's best candidate everywhere
    hybrid: float  # the shipped chooser: the model only where the rules are unsure, by a margin
    ceiling: float  # share with a right candidate (or a right rules' item)


def _right(item: str, gold: str) -> bool:
    return head_noun(gold) is not None and head_noun(item) == head_noun(gold)


def score_set(
    name: str,
    held: Sequence[Example],
    weights: dict[str, float],
    margin: float,
    gate: bool = True,
    kept_margin: float | None = None,
) -> FoldScore:
    n = max(len(held), 1)
    rules = sum(_right(e.rule_item, e.gold_item) for e in held)
    model = sum(_right(predict(e, weights, 0.0, gate=False), e.gold_item) for e in held)
    hybrid = sum(_right(predict(e, weights, margin, gate, kept_margin), e.gold_item) for e in held)
    ceiling = sum(bool(e.positives()) or _right(e.rule_item, e.gold_item) for e in held)
    return FoldScore(name, len(held), rules / n, model / n, hybrid / n, ceiling / n)


def cross_validate(
    by_set: dict[str, list[Example]],
    margin: float = 0.5,
    gate: bool = True,
    kept_margin: float | None = None,
) -> list[FoldScore]:
    """Leave one set out: train on the others, score item accuracy on the one left out (the
    hybrid column as shipped with these settings)."""
    scores = []
    for name in sorted(by_set):
        train_on = [e for other, ex in sorted(by_set.items()) if other != name for e in ex]
        weights = train(train_on)
        scores.append(score_set(name, by_set[name], weights, margin, gate, kept_margin))
        log.info("cv %s: %s", name, scores[-1])
    return scores


def weights_file(
    weights: dict[str, float],
    sets: Sequence[str],
    enabled: bool,
    margin: float,
    gate: bool = True,
    kept_margin: float | None = None,
) -> dict[str, Any]:
    """The shipped data file: what it is, what it was trained on, how to rebuild it."""
    return {
        "_doc": (
            "Weights of the learned item chooser (claims.extract.quantities.ranker): a conditional "
            "logit over a number's candidate head nouns, features named as in ranker.features. "
            f"Trained on the gold quantities of {', '.join(sets)} (L2 {L2}, {STEPS} Adam steps). "
            "enabled: whether the finder uses the pick; margin: how far a candidate must outscore "
            "the rules' own choice to replace it; gate: whether only items the rules inferred may "
            "be replaced (ranker.replaceable) or, off, the model picks for every number but a "
            "duration's or distance's; an item the rules found beside the number or wrote "
            "needs kept_margin. "
            "Rebuild: .venv/bin/python scripts/train_items.py collect --cache DIR && "
            ".venv/bin/python scripts/train_items.py train --cache DIR --enable "
            "(cv --cache DIR prints the leave-one-set-out table)"
        ),
        "enabled": enabled,
        "margin": margin,
        "gate": gate,
        **({} if kept_margin is None else {"kept_margin": kept_margin}),
        "sets": list(sets),
        "templates": sorted({name.split("=")[0] for name in weights}),
        "weights": dict(sorted(weights.items())),
    }
