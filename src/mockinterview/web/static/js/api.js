// Helpers the page modules share: the CSRF-aware JSON fetch and flash messages.

export function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

// A request to the API with the session cookie; resolves to {ok, status, data, networkError}
// and never throws.
async function send(url, init) {
  let response;
  try {
    response = await fetch(url, { ...init, credentials: "same-origin" });
  } catch (error) {
    return { ok: false, status: 0, data: null, networkError: true };
  }
  let data = null;
  try {
    data = await response.json();
  } catch (error) {
    data = null;
  }
  return { ok: response.ok, status: response.status, data, networkError: false };
}

// JSON call to the API, with the CSRF header on changes.
export function api(url, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json" };
  if (method !== "GET") headers["X-CSRF-Token"] = csrfToken();
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return send(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

// A multipart form (e.g. a recording) to the API, with the CSRF header.
export function apiForm(url, form) {
  const headers = { Accept: "application/json", "X-CSRF-Token": csrfToken() };
  return send(url, { method: "POST", headers, body: form });
}

// A readable message from an API error body ({detail: str | [{msg}]}).
export function errorMessage(result, fallback) {
  if (result.networkError) return fallback;
  const detail = result.data && result.data.detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail) && detail.length && detail[0].msg) return detail[0].msg;
  return fallback;
}

export function showFlash(level, message) {
  const area = document.getElementById("flash-area");
  if (!area) return;
  const p = document.createElement("p");
  p.className = `flash flash-${level}`;
  if (level === "error") p.setAttribute("role", "alert");
  p.textContent = message;
  area.replaceChildren(p);
}
