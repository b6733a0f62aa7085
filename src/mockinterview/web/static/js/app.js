// Behaviour of every page: confirmations before destructive forms, local times.

// Ask before a destructive form is sent (forms with data-confirm).
function confirmForms() {
  const dialog = document.getElementById("confirm-dialog");
  if (!dialog || typeof dialog.showModal !== "function") return;
  const text = document.getElementById("confirm-text");
  const ok = document.getElementById("confirm-ok");
  const title = document.getElementById("confirm-title");
  let pending = null;
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.confirm) return;
    event.preventDefault();
    pending = form;
    text.textContent = form.dataset.confirm;
    ok.textContent = form.dataset.confirmAction || "Confirm";
    title.textContent = (form.dataset.confirmAction || "Confirm") + "?";
    dialog.returnValue = "";
    dialog.showModal();
  });
  dialog.addEventListener("close", () => {
    const form = pending;
    pending = null;
    if (form && dialog.returnValue === "confirm") {
      form.dispatchEvent(new CustomEvent("confirmed"));
      form.submit();
    }
  });
}

// Show stored UTC times in the reader's own time zone.
function localTimes() {
  const format = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  for (const el of document.querySelectorAll("time[data-local]")) {
    const date = new Date(el.getAttribute("datetime"));
    if (!Number.isNaN(date.getTime())) el.textContent = format.format(date);
  }
}

confirmForms();
localTimes();
