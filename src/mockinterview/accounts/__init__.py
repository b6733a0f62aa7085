"""User accounts, access tokens and authentication."""
