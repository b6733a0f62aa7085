"""Questions read aloud: speech made on the server when it has a voice, cached per question."""
