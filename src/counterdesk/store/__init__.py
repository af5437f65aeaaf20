"""Persistence: SQLAlchemy 2.0 models, engine/session, migrations, change log."""
