"""The corpus: many reports in one DuckDB file — ingested by hash, laid out by the templates, reviewed,
exported and queried."""

DEFAULT_DB = "zfxxgk.duckdb"  # in the current folder
