"""The Jinja2 environment the pages render with."""

from pathlib import Path

from fastapi.templating import Jinja2Templates

from limberup import __version__

TEMPLATES_DIR = Path(__file__).parent.parent / "templates"

templates = Jinja2Templates(directory=TEMPLATES_DIR)
templates.env.globals["version"] = __version__
