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

// Wire a group of radio buttons (name="answer-mode") to the remembered choice.
export function bindModeChoice(root) {
  const options = [...root.querySelectorAll('input[name="answer-mode"]')];
  const preferred = preferredMode();
  for (const option of options) {
    option.checked = option.value === preferred;
    option.addEventListener("change", () => rememberMode(option.value));
  }
}
