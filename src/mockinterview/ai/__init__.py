"""Model providers shared by coaching, question writing and transcription."""
