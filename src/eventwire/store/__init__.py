"""The embedded event store: one DuckDB file of articles, mentions and fused events.

schema.py (tables, migrations) · db.py (opening the file, locks) · codec.py
(FusedEvent <-> JSON) · write.py (rows) · fusion.py (the fuser's state across
batches) · ingest.py (articles in, one transaction per batch) · query.py
(filters, events, sources). See docs/store.md.
"""
