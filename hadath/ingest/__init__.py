"""Ingest: read files, feeds, pages and crawls; dedup; run the pipeline; write the store."""
