"""Publish: the data tables in, a versioned Hugging Face dataset repository (a git repo) out.

`tables` joins and splits the published tables, `writer` writes their Parquet, `card` the dataset
card, `croissant` the Croissant metadata, `changes` the changelog, `git` and `hub` the repository
and its upload; `publisher.publish` runs them in order.
"""
