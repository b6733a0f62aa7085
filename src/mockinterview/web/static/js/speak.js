// The spoken answer's controls: record, stop, record again, a level meter, the time, listening
// back, and (when chosen) the camera too. The recording is kept here until it is sent.

import { LiveTranscript } from "./live.js";
import { Recorder } from "./recorder.js";

const $ = (id) => document.getElementById(id);

export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

export class SpokenAnswer {
  // beforeStart() runs before the microphone opens; onChange() after anything that changes
  // whether there is a recording to send; onError(message) when the devices cannot be used.
  constructor({ sessionUuid, maxSeconds, beforeStart, onChange, onError }) {
    this.el = {
      record: $("record"),
      stop: $("stop-recording"),
      level: $("level"),
      time: $("record-time"),
      playback: $("playback"),
      videoPlayback: $("video-playback"),
      camera: $("camera"),
      withVideo: $("with-video"),
      state: $("speak-state"),
    };
    this.beforeStart = beforeStart;
    this.onChange = onChange;
    this.onError = onError;
    this.recording = null; // {blob, seconds, video} once an answer is recorded
    this.recorder = new Recorder({
      maxSeconds,
      onLevel: (level) => {
        this.el.level.value = level;
      },
      onTick: (seconds) => {
        this.el.time.textContent = clock(seconds);
      },
      onDone: (blob, seconds) => this.recorded(blob, seconds),
    });
    this.live = new LiveTranscript({ sessionUuid, output: $("live-transcript") });
    this.recorder.onChunk = (chunk) => {
      if (!this.recorder.video) this.live.send(chunk); // video is too heavy to read live
    };
    this.el.record.addEventListener("click", () => this.start());
    this.el.stop.addEventListener("click", () => this.recorder.stop());
  }

  get player() {
    return this.recording && this.recording.video ? this.el.videoPlayback : this.el.playback;
  }

  recorded(blob, seconds) {
    const el = this.el;
    this.recording = { blob, seconds, video: this.recorder.video };
    this.live.close();
    el.camera.hidden = true;
    el.camera.srcObject = null;
    this.player.src = URL.createObjectURL(blob);
    this.player.hidden = false;
    el.record.hidden = false;
    el.record.textContent = "Record again";
    el.stop.hidden = true;
    el.withVideo.disabled = false;
    el.state.textContent = `Recorded ${clock(seconds)}. Listen back, record again, or submit.`;
    this.onChange();
  }

  async start() {
    const el = this.el;
    this.beforeStart();
    this.recorder.video = el.withVideo.checked;
    let input;
    try {
      input = await this.recorder.start();
    } catch (error) {
      const device = el.withVideo.checked ? "camera and microphone" : "microphone";
      this.onError(`We could not use your ${device}. Allow it for this site, or type your answer.`);
      return;
    }
    this.clear();
    if (!this.recorder.video) this.live.open();
    if (this.recorder.video) {
      el.camera.srcObject = input;
      el.camera.hidden = false;
    }
    el.record.hidden = true;
    el.withVideo.disabled = true;
    el.stop.hidden = false;
    el.stop.focus();
    el.state.textContent = "Recording… press Stop when you have finished.";
    this.onChange();
  }

  clear() {
    this.recording = null;
    this.live.close();
    this.live.output.hidden = true;
    for (const player of [this.el.playback, this.el.videoPlayback]) {
      player.hidden = true;
      player.removeAttribute("src");
    }
  }

  // Back to an empty answer (after it was sent, or when typing is chosen).
  reset() {
    this.recorder.stop();
    this.clear();
    const el = this.el;
    el.record.textContent = "Record";
    el.record.hidden = false;
    el.stop.hidden = true;
    el.withVideo.disabled = false;
    el.time.textContent = "0:00";
    el.state.textContent = "";
  }

  stop() {
    this.recorder.stop();
  }

  set busy(busy) {
    this.el.record.disabled = busy;
  }

  focus() {
    this.el.record.focus();
  }
}
