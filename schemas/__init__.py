"""pandera models and Arrow schemas of every table, one module per table.

`schemas.tables.TABLES` is the registry the rest of the toolkit reads; `schemas.enums` holds the
closed vocabularies. This file stays free of imports so that reading an enum or the version is cheap.
"""

#: Bump on any change to a column's name, type or meaning; it travels in every Parquet file.
SCHEMA_VERSION = "1.0.0"
