"""Numbers with units (troops, killed, USD ...) and which events they belong to (see docs/time.md)."""
