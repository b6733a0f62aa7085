// Upload form: refuse files that are too large before sending, and show progress while the
// server reads the file. The server still checks everything and explains any refusal.

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
  form.dataset.busy = "1";
  form.setAttribute("aria-busy", "true");
  button.classList.add("is-busy");
  button.querySelector(".label").textContent = "Reading your file…";
  status.textContent = "Uploading and reading the text. This takes a few seconds for long PDFs.";
  // Disable after the browser has taken the form data.
  setTimeout(() => {
    button.disabled = true;
  }, 0);
});

// Coming back with the browser's Back button must not leave the button spinning.
window.addEventListener("pageshow", (event) => {
  if (!event.persisted) return;
  delete form.dataset.busy;
  form.removeAttribute("aria-busy");
  button.classList.remove("is-busy");
  button.disabled = false;
  button.querySelector(".label").textContent = "Upload and read";
  status.textContent = "";
});
