"""Quantity claims: a number with its bound, unit and counted item.

`finder` scans a parsed Doc for numbers, `exclusions` rejects what only looks like a quantity
(years, clock times, ages...), `items` and `elided` find what a number counts.
"""
