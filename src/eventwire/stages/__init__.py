"""The pipeline's components, registered by name when imported (see pipeline.py)."""
from . import events, intake, places, result  # noqa: F401
