"""Live partial transcripts of an answer while it is being recorded, over a WebSocket."""
