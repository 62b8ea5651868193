"""``limberup assess``: the self-assessment on the command line.

- ``commands``: the Typer commands (interactive, ``evaluate``, ``compare``).
- ``interview``: the interactive walk through the tests; ``asking``: one validated question.
- ``render``: findings and changes as Rich tables, validation errors as lines.
"""

from limberup.entrypoints.cli.assess.commands import assess_app

__all__ = ["assess_app"]
