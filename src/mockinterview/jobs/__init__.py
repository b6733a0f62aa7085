"""Durable background jobs: a small queue interface, kept in our database or on procrastinate."""
