"""Encode test audio the way browsers and other recorders store it, with PyAV."""

import io

import av
import numpy as np

# name: (container, audio codec, sample rate, video codec)
FORMATS = {
    "webm-opus": ("webm", "libopus", 48_000, "libvpx"),
    "ogg-opus": ("ogg", "libopus", 48_000, None),
    "mp4-aac": ("mp4", "aac", 44_100, "mpeg4"),
    "mp3": ("mp3", "libmp3lame", 44_100, None),
    "flac": ("flac", "flac", 16_000, None),
    "wav": ("wav", "pcm_s16le", 16_000, None),
}


def _video_frames(stream: av.video.stream.VideoStream, seconds: float) -> list[av.Packet]:
    packets: list[av.Packet] = []
    for i in range(int(seconds * 10)):
        image = np.full((48, 64, 3), i % 256, dtype=np.uint8)
        packets += stream.encode(av.VideoFrame.from_ndarray(image, format="rgb24"))
    return packets + stream.encode(None)


def encode(
    samples: np.ndarray, name: str, rate: int = 16_000, video: bool = False, live: bool = False
) -> bytes:
    """The samples in one of FORMATS; `video` adds a picture track, `live` leaves out the length."""
    container, codec, out_rate, video_codec = FORMATS[name]
    out = io.BytesIO()
    options = {"live": "1"} if live else {}
    with av.open(out, "w", format=container, options=options) as file:
        picture = None
        if video:
            picture = file.add_stream(video_codec, rate=10)
            picture.width, picture.height, picture.pix_fmt = 64, 48, "yuv420p"
        sound = file.add_stream(codec, rate=out_rate)
        sound.layout = "mono"
        resampler = av.AudioResampler(format=sound.format.name, layout="mono", rate=out_rate)
        pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = rate
        for resampled in [*resampler.resample(frame), *resampler.resample(None)]:
            resampled.pts = None
            file.mux(sound.encode(resampled))
        file.mux(sound.encode(None))
        if picture is not None:
            file.mux(_video_frames(picture, len(samples) / rate))
    return out.getvalue()
