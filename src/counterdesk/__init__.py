"""CounterDesk: offline counter software for certification services."""

__version__ = "0.1.0"
