"""Named entities: a CRF over clitic-aware features, gazetteers, word clusters and a name memory (docs/ner.md)."""
