// After a recorded answer is sent: wait for its transcript, let the candidate listen back and
// fix misheard words (the raw transcript stays on the server), then move on.

import { api, errorMessage } from "./api.js";

const POLL_MS = 1000;
const PATIENCE_MS = 60_000;

const $ = (id) => document.getElementById(id);

export class TranscriptReview {
  constructor({ sessionApi, announce, onDone }) {
    this.sessionApi = sessionApi;
    this.announce = announce;
    this.onDone = onDone;
    this.el = {
      panel: $("review"),
      title: $("review-title"),
      state: $("review-state"),
      audio: $("review-audio"),
      edit: $("review-edit"),
      text: $("review-text"),
      error: $("review-error"),
      save: $("review-save"),
      skip: $("review-skip"),
    };
    this.el.save.addEventListener("click", () => this.save());
    this.el.skip.addEventListener("click", () => this.finish());
    this.timer = 0;
  }

  // Show the panel for an answer just stored with its transcript pending.
  open(questionUuid, response) {
    const el = this.el;
    this.questionUuid = questionUuid;
    this.heard = "";
    this.startedAt = Date.now();
    el.panel.hidden = false;
    el.edit.hidden = true;
    el.save.hidden = true;
    el.error.hidden = true;
    el.skip.textContent = "Continue without checking";
    el.text.value = "";
    el.audio.src = response.audio_url;
    el.state.textContent = "Writing down what you said… this takes a few seconds.";
    el.title.focus();
    this.poll();
  }

  async poll() {
    const asked = this.questionUuid;
    const result = await api(this.sessionApi);
    if (this.el.panel.hidden || asked !== this.questionUuid) return; // moved on meanwhile
    const answer = result.ok
      ? result.data.responses.find((r) => r.question_uuid === this.questionUuid)
      : null;
    const status = answer ? answer.transcript_status : "pending";
    if (status === "pending") {
      if (Date.now() - this.startedAt > PATIENCE_MS) {
        this.el.state.textContent =
          "This is taking longer than usual. You can continue; the transcript will be ready for your summary.";
      }
      this.timer = setTimeout(() => this.poll(), POLL_MS);
      return;
    }
    this.show(answer);
  }

  show(answer) {
    const el = this.el;
    this.heard = answer.response_text || "";
    el.text.value = this.heard;
    el.edit.hidden = false;
    el.save.hidden = false;
    el.skip.textContent = "Continue";
    if (answer.transcript_status === "failed") {
      el.state.textContent = `${answer.transcript_error} You can type the answer below instead.`;
      el.save.textContent = "Save and continue";
      this.announce("We could not use this recording. You can type the answer instead.");
    } else {
      el.state.textContent = "Here is what we heard. Listen back and fix any word we got wrong.";
      el.save.textContent = "Save corrections and continue";
      this.announce("Your transcript is ready to check.");
    }
    el.text.focus();
  }

  async save() {
    const el = this.el;
    const text = el.text.value.trim();
    if (text === this.heard.trim()) {
      this.finish();
      return;
    }
    el.save.disabled = true;
    const url = `${this.sessionApi}/responses/${encodeURIComponent(this.questionUuid)}/transcript`;
    const result = await api(url, { method: "PUT", body: { response_text: text } });
    el.save.disabled = false;
    if (!result.ok) {
      el.error.textContent = errorMessage(result, "We could not save the correction; try again.");
      el.error.hidden = false;
      el.text.focus();
      return;
    }
    this.announce("Correction saved.");
    this.finish();
  }

  finish() {
    clearTimeout(this.timer);
    this.el.audio.pause();
    this.el.audio.removeAttribute("src");
    this.el.panel.hidden = true;
    this.onDone();
  }
}
