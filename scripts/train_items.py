"""Rebuild the learned item chooser's weights (claims/data/item_ranker.json) from the dev golds,
or measure it by leave-one-set-out cross-validation.

    .venv/bin/python scripts/train_items.py collect --cache /tmp/item8/cache   # extract each set once
    .venv/bin/python scripts/train_items.py cv --cache /tmp/item8/cache        # the CV table
    .venv/bin/python scripts/train_items.py train --cache /tmp/item8/cache     # write the weights

`cv --everywhere --margin 0 --kept-margin 0.75` measures the model with the gate off (it picks
for every number but durations and distances; an item the rules found beside the number or wrote
needs the kept margin); `train ... --enable --everywhere` ships it so. In round 17 that gained in
CV on the blind-written sets but overrode constructions the rules' tests pin, so it is not shipped.

Users with their own gold add `--set NAME=ARTICLES:GOLD` (repeatable) to train on it too.
The dev sets are read from tests/data/thresholds.json; held-out sets are never there.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from devsets import dev_sets

from claims.extract.quantities import training

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "claims" / "data" / "item_ranker.json"


def _sets(extra: list[str]) -> dict[str, tuple[Path, Path]]:
    sets = dev_sets()
    for spec in extra:
        name, _, paths = spec.partition("=")
        articles, _, gold = paths.partition(":")
        sets[name] = (Path(articles), Path(gold))
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["collect", "cv", "train"])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/item-ranker"))
    parser.add_argument("--set", action="append", default=[], help="NAME=ARTICLES:GOLD")
    parser.add_argument("--margin", type=float, default=0.5)
    parser.add_argument("--enable", action="store_true", help="ship the chooser switched on")
    parser.add_argument(
        "--everywhere", action="store_true", help="no gate: the model picks for every number"
    )
    parser.add_argument(
        "--kept-margin",
        type=float,
        default=None,
        help="with --everywhere: a found or written item's",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sets = _sets(args.set)
    cache = args.cache
    cache.mkdir(parents=True, exist_ok=True)
    if args.command == "collect":
        for name, (articles, gold) in sets.items():
            found = training.collect(name, [articles], gold, cache / "runs")
            training.save_examples(found, cache / f"{name}.jsonl")
            print(f"{name}: {len(found)} matched quantities", file=sys.stderr)
        return 0
    by_set = {n: training.load_examples(cache / f"{n}.jsonl") for n in sets}
    if args.command == "cv":
        kept = args.kept_margin if args.everywhere else None
        rows = training.cross_validate(by_set, args.margin, not args.everywhere, kept)
        print("set      matched  rules  model  hybrid  ceiling")
        for r in rows:
            print(
                f"{r.set:8} {r.matched:7}  {r.rules:.3f}  {r.model:.3f}  {r.hybrid:.3f}   {r.ceiling:.3f}"
            )
        n = len(rows)
        print(
            f"{'mean':8} {sum(r.matched for r in rows):7}  {sum(r.rules for r in rows) / n:.3f}  "
            f"{sum(r.model for r in rows) / n:.3f}  {sum(r.hybrid for r in rows) / n:.3f}   "
            f"{sum(r.ceiling for r in rows) / n:.3f}"
        )
        return 0
    weights = training.train([e for n in sorted(by_set) for e in by_set[n]])
    kept = args.kept_margin if args.everywhere else None
    data = training.weights_file(
        weights, sorted(by_set), args.enable, args.margin, not args.everywhere, kept
    )
    WEIGHTS.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", "utf-8")
    print(f"wrote {WEIGHTS} ({len(weights)} weights)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
