"""Edges to the outside world: the database, the solver, files and formats."""
