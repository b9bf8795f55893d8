"""eventwire: news reports to structured, evidence-linked political and conflict events."""
__version__ = "0.1.0"
