"""The ``limberup`` command line (Typer + Rich)."""
