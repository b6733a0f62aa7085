"""Steps the browser tests share: signing up, starting, answering, screenshots."""

import re
import uuid
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Page, expect

from tests.support import PASSWORD

ANSWER = (
    "In my last role I led the release of a billing feature. I split the work into "
    "small steps, agreed the scope with product, and we shipped a week early."
)


def new_email() -> str:
    """A unique address for a fresh account."""
    return f"e2e-{uuid.uuid4().hex[:10]}@example.com"


def sign_up(page: Page, name: str = "Casey Candidate", email: str | None = None) -> str:
    """Create an account through the sign-up form; lands on the start page."""
    email = email or new_email()
    page.goto("/signup")
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url(re.compile(r"/interviews/new$"))
    return email


def start_interview(
    page: Page,
    industry: str = "Software Engineering",
    role: str = "Software Engineer",
    difficulty: str = "Entry",
    company: str = "",
    follow_ups: bool = False,
) -> str:
    """Fill the start page and start; returns the session id from the URL.

    Follow-up questions are turned off unless asked for, so question counts stay fixed.
    """
    if not page.url.endswith("/interviews/new"):
        page.goto("/interviews/new")
    page.get_by_label("Search industries").fill(industry.split()[0].lower())
    page.get_by_role("radio", name=industry).check()
    page.get_by_label("2. Role").select_option(label=role)
    page.get_by_role("radio", name=difficulty, exact=True).check()
    if company:
        page.get_by_label("5. Company").fill(company)
    page.get_by_label("Follow-up questions").set_checked(follow_ups)
    page.get_by_role("button", name="Start interview").click()
    expect(page).to_have_url(re.compile(r"/interviews/[0-9a-f-]{36}$"))
    return page.url.rsplit("/", 1)[1]


def skip_preview(page: Page) -> None:
    """Leave the preview at once (the button the page offers for that)."""
    page.get_by_role("button", name="Start answering now").click()
    expect(page.get_by_label("Your answer")).to_be_focused()


def answer_current(page: Page, text: str = ANSWER) -> None:
    """Type an answer into the focused textarea and submit it with the button."""
    box = page.get_by_label("Your answer")
    box.fill(text)
    page.get_by_role("button", name="Submit answer").click()


def question_total(page: Page) -> int:
    """N in 'Question k of N'."""
    label = page.locator("#progress-label").inner_text()
    match = re.search(r"of (\d+)", label)
    assert match, label
    return int(match.group(1))


def shot(page: Page, folder: Path, name: str) -> None:
    """Keep a full-page screenshot under test-artifacts/."""
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def assert_no_horizontal_scroll(page: Page) -> None:
    """The page fits the viewport's width."""
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"horizontal scroll: {widths[0]}px wide in {widths[1]}px"


AUDIT_JS = """
() => {
  const problems = [];
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const c = parse(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 1 && r.height > 1 && s.visibility !== "hidden" && s.opacity !== "0";
  };
  for (const el of document.querySelectorAll("body *")) {
    if (!visible(el) || el.closest("svg, [disabled], dialog:not([open])")) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const s = getComputedStyle(el);
    const fg = lum(parse(s.color).slice(0, 3));
    const bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      const text = el.textContent.trim().slice(0, 40);
      problems.push(`contrast ${ratio.toFixed(2)}: ${el.tagName} "${text}"`);
    }
  }
  const controls = "input:not([type=hidden]), select, textarea, button, a[href]";
  for (const el of document.querySelectorAll(controls)) {
    if (!visible(el)) continue;
    const name = (el.getAttribute("aria-label") || "").trim()
      || (el.labels && [...el.labels].map((l) => l.textContent).join(" ").trim())
      || (el.getAttribute("aria-labelledby") || "").trim()
      || (["BUTTON", "A"].includes(el.tagName) ? el.textContent.trim() : "");
    if (!name) problems.push(`unlabelled ${el.tagName} ${el.id || el.name || ""}`);
  }
  return problems;
}
"""


def assert_accessible_basics(page: Page) -> None:
    """Every visible control has a name and all visible text meets WCAG AA contrast."""
    problems = page.evaluate(AUDIT_JS)
    assert not problems, "\n".join(problems)


def watch_errors(page: Page) -> list[str]:
    """Collect script errors and console errors (CSP violations included) of a page."""
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))

    def on_console(message: ConsoleMessage) -> None:
        # Refused requests (404 pages, aborted test calls) are expected; anything else is not.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            errors.append(f"console: {message.text}")

    page.on("console", on_console)
    return errors
