// How the candidate prefers to answer (typed or spoken), remembered on this device. Chosen on
// the start and setup pages, changed per question on the interview page.

const KEY = "mi:answer-mode";

export function preferredMode() {
  try {
    return localStorage.getItem(KEY) === "spoken" ? "spoken" : "typed";
  } catch (error) {
    return "typed";
  }
}

export function rememberMode(mode) {
  try {
    localStorage.setItem(KEY, mode === "spoken" ? "spoken" : "typed");
  } catch (error) {
    /* storage unavailable: the choice lasts for this page only */
  }
}

function modeOptions(root) {
  return [...root.querySelectorAll('input[name="answer-mode"]')];
}

// Show the remembered choice (the page renders "typed" checked) and keep every change.
export function bindModeChoice(root) {
  for (const option of modeOptions(root)) {
    if (preferredMode() === "spoken") option.checked = option.value === "spoken";
    option.addEventListener("change", () => rememberMode(option.value));
  }
}

// Keep the choice as it stands when the interview starts (even one made before this loaded).
export function rememberChecked(root) {
  const checked = modeOptions(root).find((option) => option.checked);
  if (checked) rememberMode(checked.value);
}
