// A live preview of the transcript while recording: the recorder's chunks go to the server over
// a WebSocket, and the text it heard in the latest audio comes back. The transcript that counts
// is made from the whole recording once it is sent.

export class LiveTranscript {
  constructor({ sessionUuid, output }) {
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    this.url = `${scheme}://${window.location.host}/api/live-transcript/sessions/${sessionUuid}`;
    this.output = output;
    this.socket = null;
    this.waiting = [];
  }

  open() {
    this.close();
    this.output.textContent = "";
    this.output.hidden = true;
    if (!("WebSocket" in window)) return;
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener("open", () => {
      for (const chunk of this.waiting) socket.send(chunk);
      this.waiting = [];
    });
    socket.addEventListener("message", (event) => {
      let partial = "";
      try {
        partial = JSON.parse(event.data).partial || "";
      } catch (error) {
        return;
      }
      if (this.socket === socket && partial) {
        this.output.textContent = `Hearing so far: “${partial}”`;
        this.output.hidden = false;
      }
    });
  }

  // Chunks arriving before the socket opens are kept: the first one holds the file's header.
  send(chunk) {
    if (!this.socket) return;
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(chunk);
    else if (this.socket.readyState === WebSocket.CONNECTING) this.waiting.push(chunk);
  }

  close() {
    if (this.socket) this.socket.close();
    this.socket = null;
    this.waiting = [];
  }
}
