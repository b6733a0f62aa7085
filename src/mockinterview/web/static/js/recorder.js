// Recording an answer with the microphone: a level meter, the elapsed time, a length limit.
// The browser asks for the microphone once; the stream is reused for every answer.

let stream = null;

async function microphone() {
  if (!stream) stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  return stream;
}

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
  }

  get recording() {
    return Boolean(this.recorder && this.recorder.state === "recording");
  }

  async start() {
    const input = await microphone();
    const chunks = [];
    this.recorder = new MediaRecorder(input);
    this.recorder.addEventListener("dataavailable", (event) => {
      if (event.data.size) chunks.push(event.data);
    });
    this.recorder.addEventListener("stop", () => {
      this.stopMeter();
      const seconds = (Date.now() - this.startedAt) / 1000;
      this.onDone(new Blob(chunks, { type: this.recorder.mimeType || "audio/webm" }), seconds);
    });
    this.startMeter(input);
    this.startedAt = Date.now();
    this.recorder.start(1000);
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
