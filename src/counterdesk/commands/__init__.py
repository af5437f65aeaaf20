"""CLI sub-commands. Each module has ``register(subparsers)`` and sets ``func``."""
