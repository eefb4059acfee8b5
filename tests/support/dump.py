"""Every value in the database as text, the way a stolen copy would be read."""
from __future__ import annotations

from sqlalchemy import select


def every_value(db) -> str:
    """All rows of all tables (the application's view, after decoding), one line per row."""
    db.session.rollback()
    lines = []
    for table in db.metadata.sorted_tables:
        for row in db.session.execute(select(table)):
            lines.append(f"{table.name}: {tuple(row)!r}")
    return "\n".join(lines)
