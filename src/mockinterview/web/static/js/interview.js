// The interview: a timed preview of each question, then answer mode with a running clock.
// Drafts live in localStorage (drafts.js) so nothing typed is ever lost.

import { preferredMode, rememberMode } from "./answer_mode.js";
import { api, apiForm, errorMessage } from "./api.js";
import { draftStore } from "./drafts.js";
import { LABELS } from "./labels.js";
import { ReadAloud } from "./read_aloud.js";
import { recordingSupported } from "./recorder.js";
import { TranscriptReview } from "./review.js";
import { SpokenAnswer, clock } from "./speak.js";
import { answerTimer } from "./timer.js";
import { countWords } from "./words.js";

const MIN_WORDS = 10;
const LENGTH_WARNING = 0.9;
const NO_SPEECH =
  "No speech heard. Check that your microphone is on and not muted, then record your answer again.";
const TICK_MS = 250;

const $ = (id) => document.getElementById(id);
const state = JSON.parse($("interview-state").textContent);
const el = {
  card: $("question-card"),
  number: $("q-number"),
  category: $("q-category"),
  difficulty: $("q-difficulty"),
  prompt: $("q-prompt"),
  preview: $("preview"),
  countdown: $("countdown-number"),
  countdownText: $("countdown-text"),
  skip: $("skip-preview"),
  guidance: $("guidance"),
  skillsBlock: $("skills-block"),
  skills: $("q-skills"),
  starBlock: $("star-block"),
  star: $("q-star"),
  adviceBlock: $("advice-block"),
  advice: $("q-advice"),
  answer: $("answer"),
  text: $("answer-text"),
  words: $("word-count"),
  responseTime: $("response-time"),
  saveState: $("save-state"),
  lengthNote: $("length-note"),
  starReminder: $("star-reminder"),
  error: $("answer-error"),
  toggle: $("toggle-guidance"),
  submit: $("submit-answer"),
  progress: $("progress"),
  progressLabel: $("progress-label"),
  totalTime: $("total-time"),
  announcer: $("announcer"),
  finishing: $("finishing"),
  finishingTitle: $("finishing-title"),
  finishingError: $("finishing-error"),
  finishRetry: $("finish-retry"),
  abandon: $("abandon-form"),
  modes: document.querySelectorAll('input[name="answer-mode"]'),
  typeArea: $("type-area"),
  speak: $("speak"),
};

const STAR_PARTS = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
];

let question = null;
let mode = "idle"; // preview | answer | submitting | reviewing | finishing | abandoned
let answered = state.answered;
let previewEndsAt = 0;
let lastCountdown = -1;
let answerStartedAt = 0;
let enoughWords = false;
let storageBroken = false;
let answerMode = recordingSupported() ? preferredMode() : "typed"; // typed | spoken
const spoken = new SpokenAnswer({
  sessionUuid: state.session_uuid,
  maxSeconds: state.max_recording_seconds,
  beforeStart: () => {
    el.error.hidden = true;
    readAloud.stop(); // the microphone must not hear the question
  },
  onChange: () => {
    el.submit.disabled = mode !== "answer" || !spoken.recording;
  },
  onError: (message) => showError(el.error, message),
});
const loadedAt = Date.now();
const readAloud = new ReadAloud({
  toggle: $("read-aloud"),
  serverVoice: state.read_aloud.server_voice,
  url: state.read_aloud.url,
});
let reviewed = null; // the submit result whose transcript is being checked
const review = new TranscriptReview({
  sessionApi: state.api,
  announce: (message) => announce(message),
  onDone: () => moveOn(reviewed),
});
const timer = answerTimer({ limit: state.time_limit_seconds || 0, announce, submit: () => submit() });

// ---- time ----------------------------------------------------------------------------
function responseSeconds() {
  return answerStartedAt ? (Date.now() - answerStartedAt) / 1000 : 0;
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

function announce(message) {
  el.announcer.textContent = "";
  // A fresh text node makes screen readers speak the same words again.
  setTimeout(() => {
    el.announcer.textContent = message;
  }, 30);
}

// ---- drafts ----------------------------------------------------------------------------
const drafts = draftStore(state.session_uuid);
const loadDraft = (q) => drafts.load(q.question_uuid);
const forgetDrafts = (keepUuid) => drafts.forget(keepUuid);

// quiet: a periodic save that keeps the note shown (e.g. "Draft restored") until the text changes.
function saveDraft(quiet = false) {
  if (!question || (mode !== "answer" && mode !== "submitting")) return;
  const draft = { text: el.text.value, elapsed: responseSeconds(), savedAt: Date.now() };
  try {
    drafts.save(question.question_uuid, draft);
    if (!quiet) setText(el.saveState, el.text.value ? "Draft saved on this device" : "");
  } catch (error) {
    if (!storageBroken) setText(el.saveState, "This browser cannot keep a draft; keep the page open");
    storageBroken = true;
  }
}

// ---- rendering ---------------------------------------------------------------------------
function renderQuestion(q) {
  question = q;
  const label = `Question ${q.question_number} of ${q.total_questions}`;
  setText(el.progressLabel, label);
  el.progress.max = q.total_questions;
  el.progress.value = answered;
  el.number.textContent = q.is_follow_up ? "Follow-up question" : `Question ${q.question_number}`;
  el.category.textContent = LABELS[q.category] || q.category;
  el.difficulty.textContent = LABELS[q.difficulty] || q.difficulty;
  el.prompt.textContent = q.prompt;

  el.skills.replaceChildren(
    ...q.expected_skills.map((skill) => {
      const li = document.createElement("li");
      li.textContent = skill;
      return li;
    }),
  );
  el.skillsBlock.hidden = q.expected_skills.length === 0;

  const star = q.star_framework;
  el.star.replaceChildren(
    ...(star
      ? STAR_PARTS.map(([key, name]) => {
          const row = document.createElement("div");
          const dt = document.createElement("dt");
          const dd = document.createElement("dd");
          dt.textContent = name;
          dd.textContent = star[key];
          row.append(dt, dd);
          return row;
        })
      : []),
  );
  el.starBlock.hidden = !star;
  el.advice.textContent = q.interviewer_guidance || "";
  el.adviceBlock.hidden = !q.interviewer_guidance;
  el.toggle.hidden = el.skillsBlock.hidden && el.starBlock.hidden && el.adviceBlock.hidden;

  el.text.value = "";
  el.error.hidden = true;
  setText(el.saveState, "");
  el.card.hidden = false;
}

function setGuidance(open) {
  el.guidance.hidden = !open;
  el.toggle.setAttribute("aria-expanded", String(open));
  el.toggle.textContent = open ? "Hide guidance" : "Show guidance";
}

function startPreview() {
  mode = "preview";
  el.preview.hidden = false;
  el.answer.hidden = true;
  setGuidance(true);
  el.guidance.hidden = el.toggle.hidden;
  previewEndsAt = Date.now() + state.preview_seconds * 1000;
  lastCountdown = -1;
  tick();
  el.prompt.focus();
  const where = `Question ${question.question_number} of ${question.total_questions}.`;
  announce(question.is_follow_up ? `The interviewer has a follow-up question. ${where}` : where);
  readAloud.read(question);
}

function startAnswer(draft) {
  mode = "answer";
  el.preview.hidden = true;
  el.answer.hidden = false;
  setGuidance(false);
  el.starReminder.hidden = !question.star_framework;
  const elapsed = draft ? Number(draft.elapsed) || 0 : 0;
  answerStartedAt = Date.now() - elapsed * 1000;
  el.text.value = draft ? String(draft.text || "") : "";
  el.text.readOnly = false;
  timer.reset();
  updateWords(true);
  setAnswerMode(answerMode);
  tick();
  if (answerMode === "spoken") {
    spoken.focus();
  } else {
    el.text.focus();
    el.text.setSelectionRange(el.text.value.length, el.text.value.length);
  }
  if (!draft) saveDraft();
  if (draft) {
    setText(el.saveState, "Draft restored from this device");
    announce("Welcome back. Your draft and its time are restored.");
  } else {
    announce("Answer time has started. Write your answer.");
  }
}

// Past LENGTH_WARNING of the limit the candidate sees how much room is left, or how much to cut.
function lengthNote() {
  const chars = Array.from(el.text.value).length;
  const max = state.max_answer_chars;
  const number = (n) => n.toLocaleString("en");
  el.lengthNote.classList.toggle("is-over", chars > max);
  if (chars > max) {
    setText(el.lengthNote, `Too long by ${number(chars - max)} characters: cut at least that much (the limit is ${number(max)}).`);
  } else if (chars >= max * LENGTH_WARNING) {
    setText(el.lengthNote, `${number(max - chars)} characters left before the ${number(max)}-character limit.`);
  }
  el.lengthNote.hidden = chars < max * LENGTH_WARNING;
  return chars <= max;
}

function updateWords(quiet) {
  const words = countWords(el.text.value);
  const unit = words === 1 ? "word" : "words";
  const missing = MIN_WORDS - words;
  setText(el.words, missing > 0 ? `${words} ${unit} (${missing} more needed)` : `${words} ${unit}`);
  const fits = lengthNote();
  const enough = missing <= 0 && fits;
  el.words.classList.toggle("is-enough", enough);
  el.words.classList.toggle("is-over", !fits);
  if (mode === "answer" && answerMode === "typed") el.submit.disabled = !enough;
  if (enough && !enoughWords && !quiet) announce("Enough words to submit.");
  enoughWords = enough;
  return words;
}

function tick() {
  const now = Date.now();
  setText(el.totalTime, clock(state.elapsed_seconds + (now - loadedAt) / 1000));
  if (mode === "preview") {
    const left = Math.ceil((previewEndsAt - now) / 1000);
    if (left <= 0) {
      startAnswer(null);
      return;
    }
    if (left !== lastCountdown) {
      lastCountdown = left;
      el.countdown.textContent = String(left);
      el.countdownText.textContent = `Answer time starts in ${left} second${left === 1 ? "" : "s"}`;
    }
  } else if (mode === "answer" || mode === "submitting") {
    setText(el.responseTime, clock(responseSeconds()));
    timer.update(responseSeconds(), mode === "answer");
  }
}

let lastAutosave = 0;
setInterval(() => {
  tick();
  // Keep the draft's elapsed time current even while the candidate is thinking.
  if (mode === "answer" && Date.now() - lastAutosave > 2000) {
    lastAutosave = Date.now();
    saveDraft(true);
  }
}, TICK_MS);

// ---- submitting ---------------------------------------------------------------------------
function showError(node, message, link) {
  node.replaceChildren(document.createTextNode(message));
  if (link) {
    const a = document.createElement("a");
    a.href = link.href;
    a.textContent = link.text;
    node.append(" ", a);
  }
  node.hidden = false;
}

function setBusy(busy) {
  el.submit.classList.toggle("is-busy", busy);
  el.submit.querySelector(".label").textContent = busy ? "Submitting…" : "Submit answer";
  el.submit.disabled = busy || (answerMode === "typed" ? !enoughWords : !spoken.recording);
  spoken.busy = busy;
  el.text.readOnly = busy;
}

function failureFor(result) {
  const here = `/interviews/${state.session_uuid}`;
  if (result.networkError) {
    return ["We could not reach the server. Your answer is kept on this device; try again in a moment."];
  }
  if (result.status === 401) {
    return [
      "Your sign-in has expired. Your answer is kept on this device.",
      { href: `/signin?next=${encodeURIComponent(here)}`, text: "Sign in again" },
    ];
  }
  if (result.status === 403 || result.status === 409) {
    return [
      errorMessage(result, "This page is out of date.") + " Your answer is kept on this device.",
      { href: here, text: "Reload the interview" },
    ];
  }
  if (result.status === 422) return [errorMessage(result, "The server did not accept this answer.")];
  return ["Something went wrong on the server. Your answer is kept on this device; try again."];
}

function setAnswerMode(chosen) {
  answerMode = chosen;
  el.speak.hidden = chosen !== "spoken";
  el.typeArea.hidden = chosen === "spoken";
  el.error.hidden = true;
  if (chosen === "typed") spoken.stop();
  el.submit.disabled = chosen === "typed" ? !enoughWords : !spoken.recording;
}

async function submitRecording() {
  mode = "submitting";
  el.error.hidden = true;
  setBusy(true);
  const form = new FormData();
  const { blob, video } = spoken.recording;
  form.append(video ? "video" : "audio", blob, "answer.webm");
  form.append("question_uuid", question.question_uuid);
  form.append("response_duration_seconds", String(Math.round(responseSeconds() * 10) / 10));
  const result = await apiForm(`${state.api}/submit-response`, form);
  if (!result.ok) {
    mode = "answer";
    setBusy(false);
    const [message, link] = failureFor(result);
    const silent = result.status === 422 && errorKind(result) === "no_speech";
    const said = silent ? NO_SPEECH : message.replace("Your answer is kept on this device", "Your recording is still here");
    showError(el.error, said, link);
    return;
  }
  spoken.reset();
  if (result.data.duplicate || !result.data.response.audio_url) {
    moveOn(result);
    return;
  }
  mode = "reviewing";
  reviewed = result;
  el.answer.hidden = true;
  review.open(question.question_uuid, result.data.response);
}

function errorKind(result) {
  const detail = result.data && result.data.detail;
  return Array.isArray(detail) && detail.length ? detail[0].type : "";
}

function moveOn(result) {
  forgetDrafts("");
  answered = Math.max(answered, question.question_number);
  el.progress.value = answered;
  setBusy(false);
  const next = result.data.next_question;
  if (next) {
    renderQuestion(next);
    startPreview();
  } else {
    finish();
  }
}

async function submit() {
  if (mode !== "answer") return;
  if (answerMode === "spoken") {
    if (spoken.recording) submitRecording();
    else showError(el.error, "Record your answer first, or switch to typing.");
    return;
  }
  const words = updateWords(true);
  if (words < MIN_WORDS) {
    showError(el.error, `Write at least ${MIN_WORDS} words before submitting.`);
    return;
  }
  if (!lengthNote()) {
    showError(el.error, el.lengthNote.textContent);
    return;
  }
  mode = "submitting";
  el.error.hidden = true;
  saveDraft();
  setBusy(true);
  const result = await api(`${state.api}/submit-response`, {
    method: "POST",
    body: {
      response_text: el.text.value,
      response_duration_seconds: Math.round(responseSeconds() * 10) / 10,
      word_count: words,
      question_uuid: question.question_uuid,
      over_time: timer.overTime(),
    },
  });
  if (!result.ok) {
    mode = "answer";
    setBusy(false);
    const [message, link] = failureFor(result);
    showError(el.error, message, link);
    el.text.focus();
    return;
  }
  moveOn(result);
}

async function finish() {
  mode = "finishing";
  readAloud.stop();
  question = null;
  el.card.hidden = true;
  el.finishing.hidden = false;
  el.finishRetry.hidden = true;
  el.finishingError.hidden = true;
  el.progress.value = el.progress.max;
  setText(el.progressLabel, "All questions answered");
  el.finishingTitle.textContent = "Finishing your interview…";
  announce("All questions answered. Preparing your summary.");
  const result = await api(`${state.api}/complete`, { method: "POST", body: {} });
  if (result.status === 409 && /being transcribed/.test(errorMessage(result, ""))) {
    el.finishingTitle.textContent = "Transcribing your spoken answers…";
    setTimeout(finish, 2000);
    return;
  }
  if (result.ok || result.status === 409) {
    window.location.assign(state.summary_url);
    return;
  }
  el.finishingTitle.textContent = "Your answers are saved";
  const [message, link] = failureFor(result);
  showError(
    el.finishingError,
    message.replace("Your answer is kept on this device", "Every answer is already saved"),
    link,
  );
  el.finishRetry.hidden = false;
  el.finishRetry.focus();
}

// ---- events ---------------------------------------------------------------------------------
el.text.addEventListener("input", () => {
  updateWords(false);
  saveDraft();
  if (!el.error.hidden && enoughWords) el.error.hidden = true;
});
el.text.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    submit();
  }
});
el.submit.addEventListener("click", submit);
for (const option of el.modes) {
  option.checked = option.value === answerMode;
  option.addEventListener("change", () => {
    rememberMode(option.value);
    setAnswerMode(option.value);
  });
}
if (!recordingSupported()) {
  for (const option of el.modes) option.disabled = option.value === "spoken";
}
el.skip.addEventListener("click", () => {
  if (mode === "preview") startAnswer(null);
});
el.toggle.addEventListener("click", () => setGuidance(el.guidance.hidden));
el.finishRetry.addEventListener("click", finish);
el.abandon.addEventListener("confirmed", () => {
  mode = "abandoned";
  forgetDrafts("");
});
window.addEventListener("pagehide", saveDraft);

// ---- start ----------------------------------------------------------------------------------
if (state.question) {
  forgetDrafts(state.question.question_uuid);
  renderQuestion(state.question);
  const draft = loadDraft(state.question);
  if (draft) startAnswer(draft);
  else startPreview();
} else {
  forgetDrafts("");
  finish();
}
