"""Dates and times in the text, resolved against the publication date (see docs/time.md)."""
