// Timed mode: the countdown of one answer, spoken at 30 and 10 seconds, and the choice at zero.

const ANNOUNCE_AT = [30, 10];

function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

// limit: seconds allowed (0 = untimed); announce(text) speaks through the page's live region;
// submit() sends the answer now. Returns {reset, update, overTime}.
export function answerTimer({ limit, announce, submit }) {
  const $ = (id) => document.getElementById(id);
  const wrap = $("time-left-wrap");
  const label = $("time-left-label");
  const left = $("time-left");
  const panel = $("time-up");
  const submitNow = $("time-submit");
  const keepGoing = $("time-keep");
  let spoken = new Set();
  let overTime = false;
  let decided = false;

  function reset() {
    spoken = new Set();
    overTime = false;
    decided = false;
    panel.hidden = true;
    wrap.hidden = !limit;
    wrap.classList.remove("is-low", "is-over");
    label.textContent = "Time left";
  }

  // elapsed: seconds since answer time started (restored drafts included).
  function update(elapsed, answering) {
    if (!limit || !answering) return;
    const remaining = limit - elapsed;
    if (remaining > 0) {
      left.textContent = clock(remaining);
      wrap.classList.toggle("is-low", remaining <= ANNOUNCE_AT[0]);
      for (const mark of ANNOUNCE_AT) {
        if (remaining <= mark && remaining > mark - 5 && !spoken.has(mark)) {
          spoken.add(mark);
          announce(`${mark} seconds left.`);
        }
      }
      return;
    }
    if (!decided && panel.hidden) {
      panel.hidden = false;
      submitNow.focus();
    }
    if (overTime) {
      left.textContent = `+${clock(-remaining)}`;
    } else {
      left.textContent = "0:00";
    }
  }

  submitNow.addEventListener("click", () => {
    decided = true;
    panel.hidden = true;
    submit();
  });
  keepGoing.addEventListener("click", () => {
    decided = true;
    overTime = true;
    panel.hidden = true;
    wrap.classList.add("is-over");
    label.textContent = "Over time";
    announce("Keep going. This answer will be marked as over time.");
    document.getElementById("answer-text").focus();
  });

  reset();
  return { reset, update, overTime: () => overTime };
}
