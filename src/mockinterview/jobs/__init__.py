"""Durable background jobs kept in the database, run by workers in or beside the app."""
