"""Evaluate: `claims.parquet` and gold files (CLAIMS.md format) in, precision, recall, F1 and
field accuracy out.

`gold` reads and checks gold files, `matching` pairs predictions with gold claims, `fields` judges
each scored field, `report` renders the scores and `scoring.evaluate` ties them together.
"""
