// Questions read aloud (a toggle remembered on this device): the server's voice when it has
// one, otherwise the browser's own speech synthesis.

const KEY = "mi:read-aloud";

function remembered() {
  try {
    return localStorage.getItem(KEY) === "on";
  } catch (error) {
    return false;
  }
}

function remember(on) {
  try {
    localStorage.setItem(KEY, on ? "on" : "off");
  } catch (error) {
    /* storage unavailable: the toggle lasts for this page only */
  }
}

export class ReadAloud {
  constructor({ toggle, serverVoice, url }) {
    this.toggle = toggle;
    this.serverVoice = serverVoice;
    this.url = url;
    this.audio = null;
    this.current = null;
    this.canSpeak = serverVoice || "speechSynthesis" in window;
    toggle.disabled = !this.canSpeak; // rendered disabled until this script runs
    toggle.checked = this.canSpeak && remembered();
    toggle.addEventListener("change", () => {
      remember(toggle.checked);
      if (toggle.checked && this.current) this.say(this.current);
      else this.stop();
    });
  }

  // Read a question out (when the toggle is on); the last one asked is kept for the toggle.
  read(question) {
    this.current = question;
    if (this.toggle.checked) this.say(question);
  }

  say(question) {
    this.stop();
    if (!this.serverVoice) {
      this.browserSay(question.prompt);
      return;
    }
    const audio = new Audio(this.url + encodeURIComponent(question.question_uuid));
    audio.addEventListener("error", () => {
      if (this.audio === audio) this.browserSay(question.prompt);
    });
    this.audio = audio;
    audio.play().catch(() => {});
  }

  browserSay(text) {
    this.audio = null;
    if (!("speechSynthesis" in window)) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "en-US";
    window.speechSynthesis.speak(utterance);
  }

  // Silence, e.g. before the microphone starts so the question is not recorded.
  stop() {
    if (this.audio) {
      this.audio.pause();
      this.audio = null;
    }
    if ("speechSynthesis" in window) window.speechSynthesis.cancel();
  }
}
