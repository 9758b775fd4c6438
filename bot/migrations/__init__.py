"""Alembic migrations for bot/database.py (applied by ``Database.migrate`` when the server starts)."""
