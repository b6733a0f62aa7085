// Recording an answer with the microphone (and the camera when asked): a level meter, the
// elapsed time, a length limit. The microphone is asked for once and reused for every answer;
// the camera is opened for each video answer and closed when it ends.

let stream = null;

async function microphone() {
  if (!stream) stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  return stream;
}

function camera() {
  const video = { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 24 } };
  return navigator.mediaDevices.getUserMedia({ audio: true, video });
}

// Bit rates that keep five minutes of video well under the upload limit.
const VIDEO_OPTIONS = { videoBitsPerSecond: 800_000, audioBitsPerSecond: 64_000 };

export function recordingSupported() {
  return Boolean(navigator.mediaDevices && window.MediaRecorder);
}

// Records until stop() or maxSeconds; onLevel(0..1) and onTick(seconds) report progress,
// onDone(blob, seconds) hands over the recording.
export class Recorder {
  constructor({ maxSeconds, onLevel, onTick, onDone }) {
    this.maxSeconds = maxSeconds;
    this.onLevel = onLevel;
    this.onTick = onTick;
    this.onDone = onDone;
    this.recorder = null;
    this.video = false; // set before start() to record the camera too
    this.onChunk = null; // called with each second of the recording as it comes
  }

  get recording() {
    return Boolean(this.recorder && this.recorder.state === "recording");
  }

  // Starts recording; resolves to the stream being recorded.
  async start() {
    const video = this.video;
    const input = video ? await camera() : await microphone();
    const chunks = [];
    this.recorder = new MediaRecorder(input, video ? VIDEO_OPTIONS : undefined);
    this.recorder.addEventListener("dataavailable", (event) => {
      if (!event.data.size) return;
      chunks.push(event.data);
      if (this.onChunk) this.onChunk(event.data);
    });
    this.recorder.addEventListener("stop", () => {
      this.stopMeter();
      if (video) for (const track of input.getTracks()) track.stop();
      const seconds = (Date.now() - this.startedAt) / 1000;
      const type = this.recorder.mimeType || (video ? "video/webm" : "audio/webm");
      this.onDone(new Blob(chunks, { type }), seconds);
    });
    this.startMeter(input);
    this.startedAt = Date.now();
    this.recorder.start(1000);
    return input;
  }

  stop() {
    if (this.recording) this.recorder.stop();
  }

  startMeter(input) {
    this.context = new AudioContext();
    const analyser = this.context.createAnalyser();
    analyser.fftSize = 1024;
    this.context.createMediaStreamSource(input).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const frame = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const value of samples) sum += value * value;
      this.onLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
      const seconds = (Date.now() - this.startedAt) / 1000;
      this.onTick(seconds);
      if (seconds >= this.maxSeconds) this.stop();
      else this.frame = requestAnimationFrame(frame);
    };
    this.frame = requestAnimationFrame(frame);
  }

  stopMeter() {
    cancelAnimationFrame(this.frame);
    this.onLevel(0);
    if (this.context) this.context.close();
  }
}
