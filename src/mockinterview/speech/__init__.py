"""Spoken answers: decode recordings, transcribe them, and measure delivery from the voice.

Modules load their heavy parts (PyAV, faster-whisper) only when used; nothing here needs the web
app or the database.
"""
