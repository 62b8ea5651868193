"""The newest schema revision this LimberUp knows, as a plain constant.

Alembic can tell it too (``migrate.head_revision``), at the cost of loading itself and every
migration, most of a terminal command's start-up. A database already stamped with it is
opened without Alembic (``database.open_database``), and the quick ``limberup today`` reads
the file only when it is at this revision. A test keeps it equal to Alembic's head.
"""

SCHEMA_HEAD = "0012"
