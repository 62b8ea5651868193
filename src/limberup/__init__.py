"""LimberUp: a mobility coach for runners and walkers.

Assess range of motion per side, prescribe a weekly plan around the runner's own runs,
guide each session, retest weekly and adapt. See ``docs/architecture.md`` for the layers.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("limberup")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
