"""Recordings of spoken (and filmed) answers: storage, ownership and playback."""
