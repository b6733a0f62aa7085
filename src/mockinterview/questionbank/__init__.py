"""The read-only question bank: industries, roles and questions."""
