"""Read-aloud rules: one WAV per question text and voice, made once and kept under the data dir."""

import asyncio
import hashlib
import os
from pathlib import Path

from mockinterview.errors import NotFound
from mockinterview.interviews.models import InterviewSession
from mockinterview.readaloud import voice


class ReadAloudService:
    """Speech for the questions of a user's interview."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir

    def cached_path(self, text: str) -> Path:
        """Where the speech of this text is kept (named by a hash of voice and text)."""
        key = hashlib.sha256(f"{voice.VOICE_NAME}\n{text}".encode()).hexdigest()[:40]
        return self.cache_dir / f"{key}.wav"

    async def speech_for(self, session: InterviewSession, question_uuid: str) -> Path:
        """The WAV of a question of the session; made off the event loop on first use."""
        prompt = next(
            (q.prompt for q in session.questions if q.question_uuid == question_uuid), None
        )
        if prompt is None:
            raise NotFound("Question not found in this interview.")
        if not voice.available():
            raise NotFound("This server has no voice installed; the browser reads questions aloud.")
        path = self.cached_path(prompt)
        if not path.exists():
            data = await asyncio.to_thread(voice.synthesize, prompt)
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.part")
            partial.write_bytes(data)
            partial.replace(path)  # never a half-written file under the final name
        return path
