"""Delivery measured from the voice: pace, long pauses, fillers in time, and vocal variety."""

from difflib import SequenceMatcher

import numpy as np

from mockinterview.coaching.delivery import find_fillers
from mockinterview.coaching.text import parse, tokenize
from mockinterview.coaching.voice import FillerAt, Pause, VocalVariety, VoiceMetrics
from mockinterview.speech.audio import Audio
from mockinterview.speech.transcript import Transcript, Word

LONG_PAUSE_SECONDS = 2.0
MIN_PACE_SECONDS = 3.0  # pace over less speaking time than this says little
MIN_WORD_SECONDS = 0.1  # shorter word spans are too coarse for a loudness reading
MIN_VARIETY_WORDS = 5
MONOTONE_BELOW_DB = 4.0
LIVELY_FROM_DB = 6.0


def long_pauses(words: list[Word]) -> list[Pause]:
    """Silences longer than LONG_PAUSE_SECONDS between consecutive words."""
    return [
        Pause(start=a.end, end=b.start, seconds=round(b.start - a.end, 2))
        for a, b in zip(words, words[1:], strict=False)
        if b.start - a.end > LONG_PAUSE_SECONDS
    ]


def timed_fillers(transcript: Transcript) -> list[FillerAt]:
    """The coaching engine's fillers in the transcript text, placed on the words' times."""
    doc = parse(transcript.text)
    owners = [(t.lower, i) for i, w in enumerate(transcript.words) for t in tokenize(w.word)]
    spoken = [t for t, _ in owners]
    matcher = SequenceMatcher(None, [t.lower for t in doc.tokens], spoken, autojunk=False)
    word_of: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            word_of[block.a + k] = owners[block.b + k][1]
    found = []
    for name, start, end in find_fillers(doc):
        hits = [
            transcript.words[word_of[i]]
            for i, t in enumerate(doc.tokens)
            if start <= t.start and t.end <= end and i in word_of
        ]
        if hits:  # a filler the aligner cannot place has no time to give
            found.append(FillerAt(filler=name, start=hits[0].start, end=hits[-1].end))
    return found


def loudness_variation_db(words: list[Word], audio: Audio) -> float | None:
    """Spread (standard deviation, dB) of the loudness of the spoken words.

    Each recognised word is a voiced frame: its RMS level in dB over the word's span. Averaging
    over a word smooths out the rise and fall of single syllables, so what remains is how much
    louder or softer the speaker makes one word than another, i.e. emphasis. Under 4 dB sounds
    monotone, 4-6 dB has some variety, 6 dB and over is lively. The bands were set on synthetic
    speech (espeak-ng) read at one loudness (2.3-3.4 dB) and with phrases read alternately soft
    and loud, 14 dB apart (about 7.4 dB); they are not yet checked against human recordings, and
    a browser's automatic gain control narrows the spread. None when fewer than five words are
    long enough to measure.
    """
    levels = []
    rate = audio.sample_rate
    for w in words:
        span = audio.samples[int(w.start * rate) : int(w.end * rate)]
        if len(span) >= MIN_WORD_SECONDS * rate:
            power = float(np.mean(np.square(span, dtype=np.float64)))
            levels.append(10.0 * np.log10(power + 1e-10))
    if len(levels) < MIN_VARIETY_WORDS:
        return None
    return round(float(np.std(levels)), 2)


def variety_band(db: float | None) -> VocalVariety | None:
    """Plain-language band for a loudness variation in dB."""
    if db is None:
        return None
    if db < MONOTONE_BELOW_DB:
        return "monotone"
    return "lively" if db >= LIVELY_FROM_DB else "some variety"


def voice_metrics(transcript: Transcript, audio: Audio) -> VoiceMetrics:
    """Pace over speaking time, pauses over 2 s, timed fillers and vocal variety of one answer."""
    words = transcript.words
    pauses = long_pauses(words)
    paused = sum(p.seconds for p in pauses)
    speaking = max(0.0, words[-1].end - words[0].start - paused) if words else 0.0
    wpm = round(len(words) * 60.0 / speaking, 1) if speaking >= MIN_PACE_SECONDS else None
    fillers = timed_fillers(transcript)
    variation = loudness_variation_db(words, audio)
    return VoiceMetrics(
        answer_seconds=round(audio.duration_seconds, 2),
        speaking_seconds=round(speaking, 2),
        word_count=len(words),
        words_per_minute=wpm,
        pauses=pauses,
        pause_count=len(pauses),
        longest_pause_seconds=max((p.seconds for p in pauses), default=0.0),
        total_pause_seconds=round(paused, 2),
        fillers=fillers,
        filler_count=len(fillers),
        loudness_variation_db=variation,
        vocal_variety=variety_band(variation),
    )
