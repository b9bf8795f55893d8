"""`python -m eventwire.cli`: the same command line as the `eventwire` script."""
from . import app

app()
