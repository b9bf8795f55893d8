"""Use cases that combine the pipeline (eventwire.runner), fusion (eventwire.fuse) and the
store (eventwire.store), shared by the command line and the HTTP API.

ingest.py: articles in, extracted, fused into the store batch by batch ·
fusion.py: the fuser and duplicate index of one ingest, kept in step with the store ·
watch/: eventwire watch (feeds, sitemaps, pages into the store; docs/watch.md) ·
spark/: eventwire spark (extraction and fusion as Spark jobs; docs/scale.md).
The store itself only persists; nothing below this layer imports it.
"""
