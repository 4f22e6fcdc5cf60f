"""Names: normalisation, comparison keys, the matcher and the gazetteers of places and groups.

Pure: no database, no settings. The gazetteers load lazily on first use.

- `ffdb.names.places`: `lookup_place(name, country=None) -> Place | None`, `is_place_name`,
  `find_places`.
- `ffdb.names.groups`: `lookup_group(name) -> Group | None`, `group_variants()`.
- `ffdb.names.match`: `compare_names(a, b, kind) -> Match` (`name_match.v1`).
- `ffdb.names.normalise` / `translit`: fold and phonetic keys across scripts.
"""
