// Helpers the page modules share: the CSRF-aware JSON fetch and flash messages.

export function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

// JSON call to the API with the session cookie and the CSRF header.
// Resolves to {ok, status, data, networkError}; never throws.
export async function api(url, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json" };
  if (method !== "GET") headers["X-CSRF-Token"] = csrfToken();
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
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

// A multipart form (e.g. a recording) to the API, with the CSRF header; same result shape.
export async function apiForm(url, form) {
  let response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { Accept: "application/json", "X-CSRF-Token": csrfToken() },
      credentials: "same-origin",
      body: form,
    });
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
