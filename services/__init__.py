"""The edges between the engine and the world: settings, database, queues, sending."""
