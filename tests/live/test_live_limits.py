"""A live recording stops at the size limit of recordings."""

import pytest

from mockinterview.config import Settings
from mockinterview.errors import AppError
from mockinterview.live.service import NEW_AUDIO_BYTES, LiveRecording
from mockinterview.process_pool import ProcessPool


def test_readings_come_after_enough_new_audio_and_size_is_capped(settings: Settings) -> None:
    pool = ProcessPool(1)
    try:
        live = LiveRecording(settings.model_copy(update={"max_recording_megabytes": 1}), pool)
        live.add(b"\0" * (NEW_AUDIO_BYTES - 1))
        assert not live.due()
        live.add(b"\0")
        assert live.due()
        with pytest.raises(AppError, match="size limit"):
            live.add(b"\0" * 1024 * 1024)
    finally:
        pool.close()
