// Upload form: refuse files that are too large before sending, and show progress while the
// server reads the file. The server still checks everything and explains any refusal.

import { clearBusyOnReturn, showBusy } from "./busy.js";

const form = document.getElementById("upload-form");
const input = document.getElementById("resume-file");
const button = document.getElementById("upload-button");
const status = document.getElementById("upload-status");
const errorArea = document.getElementById("upload-error-area");

function showError(message) {
  const p = document.createElement("p");
  p.id = "upload-error";
  p.className = "form-error";
  p.setAttribute("role", "alert");
  p.textContent = message;
  errorArea.replaceChildren(p);
  input.setAttribute("aria-invalid", "true");
}

function clearError() {
  errorArea.replaceChildren();
  input.removeAttribute("aria-invalid");
}

input.addEventListener("change", () => {
  clearError();
  const file = input.files && input.files[0];
  const limit = Number(input.dataset.maxBytes);
  if (file && limit && file.size > limit) {
    const size = (file.size / (1024 * 1024)).toFixed(1);
    showError(`The file is ${size} MB; resumes can be at most ${limit / (1024 * 1024)} MB.`);
  }
});

form.addEventListener("submit", (event) => {
  const file = input.files && input.files[0];
  const limit = Number(input.dataset.maxBytes);
  if (form.dataset.busy || (file && limit && file.size > limit)) {
    event.preventDefault();
    if (!form.dataset.busy) input.focus();
    return;
  }
  showBusy(form, button, "Reading your file…");
  status.textContent = "Uploading and reading the text. This takes a few seconds for long PDFs.";
});

clearBusyOnReturn(form, button, "Upload and read", () => {
  status.textContent = "";
});
