// Drafts of answers in localStorage, one per session and question, so nothing typed is lost.

export function draftStore(sessionUuid) {
  const prefix = `mi:draft:${sessionUuid}:`;
  return {
    // The saved draft of a question ({text, elapsed, savedAt}), or null.
    load(questionUuid) {
      try {
        const raw = localStorage.getItem(prefix + questionUuid);
        return raw ? JSON.parse(raw) : null;
      } catch (error) {
        return null;
      }
    },
    // Keep a draft; throws when the browser cannot store it.
    save(questionUuid, draft) {
      localStorage.setItem(prefix + questionUuid, JSON.stringify(draft));
    },
    // Remove every draft of the session but the one of keepUuid ("" removes them all).
    forget(keepUuid) {
      try {
        for (let i = localStorage.length - 1; i >= 0; i -= 1) {
          const key = localStorage.key(i);
          if (key && key.startsWith(prefix) && key !== prefix + keepUuid) {
            localStorage.removeItem(key);
          }
        }
      } catch (error) {
        /* storage unavailable: nothing to forget */
      }
    },
  };
}
