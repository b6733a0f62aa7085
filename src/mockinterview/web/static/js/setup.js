// Tailored interview setup: choose a resume, paste a job description, generate ten questions,
// reword or remove any of them, then start. Every change goes through /api/mock-interviews.

import { api, errorMessage } from "./api.js";
import { bindModeChoice, rememberChecked } from "./answer_mode.js";
import { LABELS } from "./labels.js";

// What each question probes, as shown beside its category.
const PROBES = {
  gap: "Probes a gap",
  overlap: "Probes a strong match",
  achievement: "Probes an achievement",
  claim: "Checks a claim",
  design: "Design or problem solving",
  motivation: "Motivation",
};

const $ = (id) => document.getElementById(id);
const state = JSON.parse($("setup-state").textContent);
const el = {
  title: $("setup-title"),
  resume: $("resume-id"),
  job: $("job-description"),
  jobCount: $("job-count"),
  generate: $("generate"),
  status: $("generate-status"),
  clock: $("generate-clock"),
  generateError: $("generate-error"),
  fallback: $("fallback-note"),
  empty: $("questions-empty"),
  count: $("questions-count"),
  leadCount: $("lead-count"),
  list: $("question-list"),
  listError: $("list-error"),
  start: $("start"),
  startError: $("start-error"),
  announcer: $("setup-announcer"),
  template: $("question-template"),
  dialog: $("confirm-dialog"),
};

const SOURCES = {
  resume: "From your resume",
  job_description: "From the job description",
  bank: "From the question bank",
};
const BANK_NOTE = "A well-tried question from the practice bank, added to round out the set.";
const MIN_PROMPT = 10;
const number = new Intl.NumberFormat();

let questions = state.questions;
let busy = false;

// ---- small helpers -----------------------------------------------------------------------
function announce(message) {
  el.announcer.textContent = "";
  setTimeout(() => {
    el.announcer.textContent = message;
  }, 30);
}

function showError(node, message) {
  node.textContent = message;
  node.hidden = false;
}

function hideError(node) {
  node.hidden = true;
  node.textContent = "";
}

function setBusyButton(button, isBusy, label) {
  button.classList.toggle("is-busy", isBusy);
  button.disabled = isBusy;
  if (label) (button.querySelector(".label") || button).textContent = label;
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// The page's confirmation dialog (base.html), used directly for actions that are not forms.
function confirmAction(message, action) {
  const dialog = el.dialog;
  if (!dialog || typeof dialog.showModal !== "function") {
    return Promise.resolve(window.confirm(message));
  }
  $("confirm-title").textContent = `${action}?`;
  $("confirm-text").textContent = message;
  $("confirm-ok").textContent = action;
  dialog.returnValue = "";
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "confirm"), {
      once: true,
    });
  });
}

// ---- the job description counter -----------------------------------------------------------
function updateCounter() {
  const max = Number(el.job.dataset.max);
  const used = el.job.value.length;
  el.jobCount.textContent = `${number.format(used)} of ${number.format(max)} characters`;
  el.jobCount.classList.toggle("is-near-limit", used > max * 0.9);
}

// ---- rendering the questions -----------------------------------------------------------------
function sourceItem(source) {
  const li = document.createElement("li");
  const kind = SOURCES[source.kind] ? source.kind : "bank";
  li.className = `tq-source source-${kind.replace("_", "-")}`;
  const label = document.createElement("span");
  label.className = "tq-source-label";
  label.textContent = SOURCES[kind];
  li.append(label);
  const text = document.createElement(kind === "bank" ? "span" : "q");
  text.className = kind === "bank" ? "tq-source-note" : "tq-quote";
  text.textContent = kind === "bank" ? BANK_NOTE : source.quote;
  li.append(text);
  return li;
}

function questionItem(q) {
  const item = el.template.content.firstElementChild.cloneNode(true);
  const n = q.question_number;
  item.dataset.uuid = q.question_uuid;
  item.id = `q-${q.question_uuid}`;
  item.querySelector(".q-number").textContent = `Question ${n}`;
  item.querySelector(".badge-category").textContent = LABELS[q.category] || q.category;
  item.querySelector(".badge-level").textContent = LABELS[q.difficulty] || q.difficulty;
  const probe = item.querySelector(".badge-probe");
  probe.textContent = PROBES[q.probe_kind] || "";
  probe.hidden = !q.probe_kind;
  item.querySelector(".tq-prompt").textContent = q.prompt;
  item.querySelector(".tq-reason").textContent =
    q.reason || "Chosen to give the interview a balanced mix of questions.";
  const sources = q.sources || [];
  item.querySelector(".tq-sources").replaceChildren(...sources.map(sourceItem));
  item.querySelector(".tq-sources").hidden = sources.length === 0;

  const editId = `edit-${q.question_uuid}`;
  const label = item.querySelector(".tq-edit-label");
  label.htmlFor = editId;
  label.textContent = `Reword question ${n}`;
  const box = item.querySelector(".tq-edit-text");
  box.id = editId;
  const error = item.querySelector(".tq-edit-error");
  error.id = `${editId}-error`;
  box.setAttribute("aria-describedby", error.id);

  for (const [selector, text] of [
    [".tq-edit-button", "Edit"],
    [".tq-remove", "Remove"],
  ]) {
    const button = item.querySelector(selector);
    const hidden = document.createElement("span");
    hidden.className = "sr-only";
    hidden.textContent = ` question ${n}`;
    button.replaceChildren(text, hidden);
  }
  return item;
}

function render() {
  el.list.replaceChildren(...questions.map(questionItem));
  const count = questions.length;
  el.empty.hidden = count > 0;
  el.count.hidden = count === 0;
  el.count.textContent = plural(count, "question");
  if (count) el.leadCount.textContent = plural(count, "question");
  el.start.disabled = count === 0 || busy;
  el.generate.disabled = busy || !el.resume;
  el.generate.querySelector(".label").textContent = count
    ? "Regenerate questions"
    : "Generate questions";
}

function applyInterview(data) {
  questions = data.questions;
  state.status = data.status;
  if (data.title && el.title.textContent !== data.title) {
    el.title.textContent = data.title;
    document.title = `Set up: ${data.title} · MockInterview`;
  }
  const fallback = data.metadata && data.metadata.question_fallback_reason;
  el.fallback.textContent = fallback || "";
  el.fallback.hidden = !fallback;
  render();
}

function focusAfterChange(uuid) {
  const item = uuid ? document.getElementById(`q-${uuid}`) : null;
  const target = item ? item.querySelector(".tq-edit-button") : el.count;
  (target && !target.closest("[hidden]") ? target : el.count).focus();
}

// ---- generating ---------------------------------------------------------------------------
let clockTimer = 0;

function startClock() {
  const began = Date.now();
  el.clock.textContent = "";
  clockTimer = setInterval(() => {
    el.clock.textContent = `${Math.round((Date.now() - began) / 1000)} s`;
  }, 1000);
}

function stopClock() {
  clearInterval(clockTimer);
  el.clock.textContent = "";
}

async function generate() {
  if (busy) return;
  hideError(el.generateError);
  if (!el.resume || !el.resume.value) {
    showError(el.generateError, "Choose a resume first.");
    if (el.resume) el.resume.focus();
    return;
  }
  if (questions.length) {
    const ok = await confirmAction(
      "A new set replaces the current questions, including any you reworded or removed.",
      "Regenerate questions",
    );
    if (!ok) return;
  }
  busy = true;
  const section = el.generate.closest("section");
  section.setAttribute("aria-busy", "true");
  setBusyButton(el.generate, true, "Writing questions…");
  el.start.disabled = true;
  el.status.textContent = el.job.value.trim()
    ? "Reading your resume and the job description, then writing ten questions…"
    : "Reading your resume, then writing ten questions…";
  startClock();
  const result = await api(`${state.api}/generate-questions`, {
    method: "POST",
    body: { resume_id: el.resume.value, job_description: el.job.value.trim() || null },
  });
  stopClock();
  busy = false;
  section.removeAttribute("aria-busy");
  setBusyButton(el.generate, false);
  if (!result.ok) {
    el.status.textContent = "";
    render();
    showError(
      el.generateError,
      result.status === 401
        ? "Your sign-in has expired. Reload the page and sign in again."
        : errorMessage(result, "The questions could not be written. Please try again."),
    );
    el.generate.focus();
    return;
  }
  applyInterview(result.data);
  el.status.textContent = `${plural(questions.length, "question")} ready. Review them below.`;
  el.count.focus();
}

// ---- editing and removing -------------------------------------------------------------------
function openEditor(item) {
  const q = questions.find((x) => x.question_uuid === item.dataset.uuid);
  item.classList.add("is-editing");
  item.querySelector(".tq-prompt").hidden = true;
  item.querySelector(".tq-actions").hidden = true;
  item.querySelector(".tq-edit").hidden = false;
  const box = item.querySelector(".tq-edit-text");
  box.value = q ? q.prompt : item.querySelector(".tq-prompt").textContent;
  hideError(item.querySelector(".tq-edit-error"));
  box.removeAttribute("aria-invalid");
  box.focus();
}

function closeEditor(item) {
  item.classList.remove("is-editing");
  item.querySelector(".tq-prompt").hidden = false;
  item.querySelector(".tq-actions").hidden = false;
  item.querySelector(".tq-edit").hidden = true;
  item.querySelector(".tq-edit-button").focus();
}

async function saveEdit(item) {
  const box = item.querySelector(".tq-edit-text");
  const error = item.querySelector(".tq-edit-error");
  const prompt = box.value.trim();
  if (prompt.length < MIN_PROMPT) {
    showError(error, `A question needs at least ${MIN_PROMPT} characters.`);
    box.setAttribute("aria-invalid", "true");
    box.focus();
    return;
  }
  const save = item.querySelector(".tq-save");
  setBusyButton(save, true, "Saving…");
  const uuid = item.dataset.uuid;
  const result = await api(`${state.api}/questions/${encodeURIComponent(uuid)}`, {
    method: "PATCH",
    body: { prompt },
  });
  setBusyButton(save, false, "Save question");
  if (!result.ok) {
    showError(error, errorMessage(result, "The question could not be saved. Please try again."));
    box.setAttribute("aria-invalid", "true");
    box.focus();
    return;
  }
  applyInterview(result.data);
  focusAfterChange(uuid);
  announce("Question saved.");
}

async function remove(item) {
  hideError(el.listError);
  const q = questions.find((x) => x.question_uuid === item.dataset.uuid);
  if (!q) return;
  const short = q.prompt.length > 120 ? `${q.prompt.slice(0, 117)}…` : q.prompt;
  const ok = await confirmAction(
    `Question ${q.question_number} will be left out of this interview: “${short}”`,
    "Remove question",
  );
  if (!ok) {
    item.querySelector(".tq-remove").focus();
    return;
  }
  const index = questions.indexOf(q);
  const result = await api(`${state.api}/questions/${encodeURIComponent(q.question_uuid)}`, {
    method: "DELETE",
  });
  if (!result.ok) {
    showError(el.listError, errorMessage(result, "The question could not be removed."));
    item.querySelector(".tq-remove").focus();
    return;
  }
  applyInterview(result.data);
  const next = questions[Math.min(index, questions.length - 1)];
  focusAfterChange(next ? next.question_uuid : null);
  announce(`Question removed. ${plural(questions.length, "question")} left.`);
}

el.list.addEventListener("click", (event) => {
  const button = event.target.closest("button");
  const item = button && button.closest(".tq-item");
  if (!item) return;
  if (button.classList.contains("tq-edit-button")) openEditor(item);
  else if (button.classList.contains("tq-cancel")) closeEditor(item);
  else if (button.classList.contains("tq-save")) saveEdit(item);
  else if (button.classList.contains("tq-remove")) remove(item);
});

el.list.addEventListener("input", (event) => {
  const box = event.target;
  if (!box.classList.contains("tq-edit-text") || box.value.trim().length < MIN_PROMPT) return;
  hideError(box.closest(".tq-item").querySelector(".tq-edit-error"));
  box.removeAttribute("aria-invalid");
});

el.list.addEventListener("keydown", (event) => {
  if (!event.target.classList.contains("tq-edit-text")) return;
  const item = event.target.closest(".tq-item");
  if (event.key === "Escape") {
    event.preventDefault();
    closeEditor(item);
  } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    saveEdit(item);
  }
});

// ---- starting ---------------------------------------------------------------------------------
async function start() {
  rememberChecked(document);
  if (busy || !questions.length) return;
  hideError(el.startError);
  busy = true;
  setBusyButton(el.start, true, "Starting…");
  el.generate.disabled = true;
  const result = await api(`${state.api}/start-session`, { method: "POST" });
  if (result.ok || (result.status === 409 && /in_progress/.test(errorMessage(result, "")))) {
    window.location.assign(state.interview_url);
    return;
  }
  busy = false;
  setBusyButton(el.start, false, "Start interview");
  render();
  showError(el.startError, errorMessage(result, "The interview could not start. Please try again."));
  el.start.focus();
}

// ---- wiring -----------------------------------------------------------------------------------
el.job.addEventListener("input", updateCounter);
el.generate.addEventListener("click", generate);
el.start.addEventListener("click", start);
if (el.resume) el.resume.addEventListener("change", () => hideError(el.generateError));

updateCounter();
render();
bindModeChoice(document);
