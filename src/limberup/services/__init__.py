"""Use cases: each takes what it needs (a unit of work, the catalogue), returns domain objects."""
