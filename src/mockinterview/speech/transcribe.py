"""Transcribe decoded audio on this machine with faster-whisper (English, fillers kept)."""

import numpy as np

from mockinterview.speech.audio import Audio
from mockinterview.speech.transcript import FILLER_PROMPT, Transcript, Word, make_transcript
from mockinterview.speech.whisper_model import DEFAULT_MODEL, DEFAULT_THREADS, load

# Whisper reads 30 s windows, and with condition_on_previous_text off the initial prompt only
# reaches the first one, so the fillers of a longer answer were lost (3 of 8 kept on an 80 s
# recording). Each piece of at most this much speech is transcribed with the prompt instead.
PIECE_SECONDS = 25.0
PIECE_SILENCE_MS = 300  # a piece ends only in a silence at least this long (when there is one)
# A silence this long always ends a piece: across a pause of 3.5 s inside one window, tiny.en
# lost the rest of the answer ("I profiled the water good." for a 20-word sentence), at 1.5 s
# it did not, and pieces cut there keep every sentence after the pause.
PIECE_GAP_SECONDS = 1.5


def pieces(samples: np.ndarray, rate: int) -> list[tuple[int, int]]:
    """Sample ranges covering the speech, cut midway through silences, each under 30 s of it.

    Speech spans join one piece until it would pass PIECE_SECONDS or a silence of
    PIECE_GAP_SECONDS separates them.
    """
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(
        max_speech_duration_s=PIECE_SECONDS, min_silence_duration_ms=PIECE_SILENCE_MS
    )
    groups: list[list[int]] = []
    for span in get_speech_timestamps(samples, options, sampling_rate=rate):
        if (
            groups
            and span["end"] - groups[-1][0] <= PIECE_SECONDS * rate
            and span["start"] - groups[-1][1] < PIECE_GAP_SECONDS * rate
        ):
            groups[-1][1] = span["end"]
        else:
            groups.append([span["start"], span["end"]])
    cuts = [0] + [(a[1] + b[0]) // 2 for a, b in zip(groups, groups[1:], strict=False)]
    return list(zip(cuts, [*cuts[1:], len(samples)], strict=True)) if groups else []


def transcribe(
    audio: Audio, model_name: str = DEFAULT_MODEL, threads: int = DEFAULT_THREADS
) -> Transcript:
    """Words with times from the local model; silence or noise gives no words."""
    model = load(model_name, threads)
    texts: list[str] = []
    words: list[Word] = []
    for start, end in pieces(audio.samples, audio.sample_rate):
        offset = start / audio.sample_rate
        segments, _ = model.transcribe(
            audio.samples[start:end],
            language="en",
            vad_filter=True,
            condition_on_previous_text=False,
            word_timestamps=True,
            initial_prompt=FILLER_PROMPT,
        )
        for segment in segments:
            texts.append(segment.text.strip())
            words += [
                Word(
                    word=w.word.strip(),
                    start=round(offset + w.start, 3),
                    end=round(offset + w.end, 3),
                    probability=round(w.probability, 3),
                )
                for w in segment.words or ()
            ]
    return make_transcript(" ".join(texts), words, audio.duration_seconds)
