// The busy state of a form that is submitting, undone when the page returns from history.

/** Show that the form is submitting; disable its button once the data has gone out. */
export function showBusy(form, button, label) {
  form.dataset.busy = "1";
  form.setAttribute("aria-busy", "true");
  button.classList.add("is-busy");
  button.querySelector(".label").textContent = label;
  setTimeout(() => {
    button.disabled = true;
  }, 0);
}

/** Coming back with the browser's Back button must not leave the button spinning. */
export function clearBusyOnReturn(form, button, label, after) {
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    delete form.dataset.busy;
    form.removeAttribute("aria-busy");
    button.classList.remove("is-busy");
    button.disabled = false;
    button.querySelector(".label").textContent = label;
    after();
  });
}
