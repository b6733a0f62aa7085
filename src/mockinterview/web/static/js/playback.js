// Playing recorded answers back: the word being heard is marked, and each "moment" button
// (a filler, a long pause) plays the recording from that point.

function wordTimes(container) {
  return [...container.querySelectorAll(".timed-words [data-start]")].map((span) => ({
    span,
    start: Number(span.dataset.start),
    end: Number(span.dataset.end),
  }));
}

function currentIndex(words, time) {
  let low = 0;
  let high = words.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (words[mid].start <= time) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found >= 0 && time <= words[found].end + 0.25 ? found : -1;
}

function follow(container) {
  const media = container.querySelector("audio, video");
  if (!media) return;
  const words = wordTimes(container);
  let marked = -1;
  let frame = 0;
  const mark = () => {
    const index = media.paused && media.currentTime === 0 ? -1 : currentIndex(words, media.currentTime);
    if (index !== marked) {
      if (marked >= 0) words[marked].span.classList.remove("is-spoken");
      if (index >= 0) words[index].span.classList.add("is-spoken");
      marked = index;
    }
  };
  const loop = () => {
    mark();
    frame = media.paused ? 0 : requestAnimationFrame(loop);
  };
  media.addEventListener("play", () => {
    if (!frame) frame = requestAnimationFrame(loop);
  });
  for (const event of ["pause", "seeked", "ended"]) media.addEventListener(event, mark);
  for (const button of container.querySelectorAll("button.moment")) {
    button.addEventListener("click", () => {
      media.currentTime = Number(button.dataset.at) || 0;
      media.play().catch(() => {});
    });
  }
}

export function enablePlayback(root = document) {
  for (const container of root.querySelectorAll("[data-playback]")) follow(container);
}
