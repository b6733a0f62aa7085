// Start page: searchable industries, roles of the chosen industry, a guarded Start button.

import { bindModeChoice, rememberChecked } from "./answer_mode.js";
import { clearBusyOnReturn, showBusy } from "./busy.js";

const form = document.getElementById("start-form");
const search = document.getElementById("industry-search");
const count = document.getElementById("industry-count");
const empty = document.getElementById("industry-empty");
const role = document.getElementById("role");
const roleDescription = document.getElementById("role-description");
const button = document.getElementById("start-button");
const hint = document.getElementById("start-hint");
const industryInputs = [...form.querySelectorAll('input[name="industry_uuid"]')];
const categoryInputs = [...form.querySelectorAll('input[name="categories"]')];

// Every role as rendered by the server, grouped by industry.
const rolesByIndustry = new Map();
for (const group of role.querySelectorAll("optgroup")) {
  rolesByIndustry.set(
    group.dataset.industry,
    [...group.querySelectorAll("option")].map((o) => ({
      id: o.value,
      title: o.textContent,
      description: o.dataset.description || "",
    })),
  );
}
const initialRole = role.value;

function chosenIndustry() {
  const checked = industryInputs.find((input) => input.checked);
  return checked ? checked.value : "";
}

function fillRoles() {
  const industry = chosenIndustry();
  const keep = role.value || initialRole;
  const placeholder = new Option(industry ? "Choose a role" : "Choose an industry first", "");
  const options = (rolesByIndustry.get(industry) || []).map((r) => {
    const option = new Option(r.title, r.id, false, r.id === keep);
    option.dataset.description = r.description;
    return option;
  });
  role.replaceChildren(placeholder, ...options);
  role.disabled = !industry;
  if (options.length === 1) role.value = options[0].value;
  describeRole();
  update();
}

function describeRole() {
  const option = role.selectedOptions[0];
  roleDescription.textContent = option && option.value ? option.dataset.description || "" : "";
}

function update() {
  const noCategory = !categoryInputs.some((input) => input.checked);
  const ready = Boolean(role.value) && !noCategory;
  button.disabled = !ready;
  if (!role.value) hint.textContent = "Choose an industry and a role to start.";
  else if (noCategory) hint.textContent = "Keep at least one question category.";
  else hint.textContent = "";
}

function filterIndustries() {
  const term = search.value.trim().toLowerCase();
  let shown = 0;
  for (const input of industryInputs) {
    const label = input.closest("label");
    const match = !term || label.dataset.name.includes(term);
    label.hidden = !match;
    if (match) shown += 1;
  }
  count.textContent = `${shown} ${shown === 1 ? "industry" : "industries"}${term ? " match" : ""}`;
  empty.hidden = shown > 0;
}

search.addEventListener("input", filterIndustries);
search.addEventListener("keydown", (event) => {
  // Enter in the search picks the only (or first) visible industry instead of submitting.
  if (event.key !== "Enter") return;
  event.preventDefault();
  const first = industryInputs.find((input) => !input.closest("label").hidden);
  if (first) {
    first.checked = true;
    first.focus();
    fillRoles();
  }
});
for (const input of industryInputs) input.addEventListener("change", fillRoles);
for (const input of categoryInputs) input.addEventListener("change", update);
role.addEventListener("change", () => {
  describeRole();
  update();
});

form.addEventListener("submit", (event) => {
  if (button.disabled || form.dataset.busy) {
    event.preventDefault();
    return;
  }
  rememberChecked(form);
  showBusy(form, button, "Starting your interview…");
  hint.textContent = "Preparing your questions…";
});

clearBusyOnReturn(form, button, "Start interview", update);

fillRoles();
filterIndustries();
bindModeChoice(form);
