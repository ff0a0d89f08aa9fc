"""Places: gazetteer (GeoNames, ISO/CLDR countries, curated regions), matching, disambiguation, event location."""
