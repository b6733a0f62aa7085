// Word counting exactly as the server does it (interviews/metrics.py count_words):
// whitespace-separated tokens (Python's str.split) that hold a letter or a digit (str.isalnum).

const SPACE = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const WORDISH = /[\p{L}\p{N}]/u;

export function countWords(text) {
  return text.split(SPACE).filter((token) => token && WORDISH.test(token)).length;
}
