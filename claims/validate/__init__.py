"""Validate: Parquet tables in, a report of every failed check out.

`tables.validate` runs the pandera model of each table and the cross-table rules of
`schemas.relations`, collecting every failure rather than stopping at the first.
"""
