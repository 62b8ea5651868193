"""Exercises on screen by their names, never their ids."""

from __future__ import annotations


def exercise_name(exercise_id: str) -> str:
    """The catalogue's name for ``exercise_id``; the id itself for one no longer shipped."""
    from limberup.catalog.loader import load_catalogue  # read once per process

    try:
        return load_catalogue().get(exercise_id).name
    except KeyError:
        return exercise_id.replace("_", " ")
