"""Alembic environment: runs on the connection ``Database.migrate`` hands over (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context

from bot.database import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only Database.migrate runs migrations
    raise RuntimeError("run migrations through bot.database.Database.migrate()")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
