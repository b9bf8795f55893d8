"""The embedded event store: one DuckDB file of articles, mentions and fused events.

Persistence only (ingest itself, which runs the pipeline and the fuser, is
eventwire.services.ingest): schema.py (tables, migrations) · db.py (opening the
file, locks) · codec.py (FusedEvent <-> JSON) · write.py (rows) · fusion.py (the
fuser's state as stored) · filters.py (EventFilter, the one event filter) ·
query.py (events, sources, articles) · feeds.py (watch's feeds, frontier,
robots.txt) · spark_load.py (a Spark job's output into the store). See docs/store.md.
"""
