// Word counting exactly as the server does it (coaching/text.py WORD_RE, used by count_words
// and the coaching report): numbers such as 3.5 or 12,000, words with inner apostrophes (it's),
// dotted names (node.js) and C++ / C# stay one word; punctuation and symbols are not words.

const WORD =
  /\p{Nd}+(?:[.,]\p{Nd}+)*|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*(?:\.[\p{L}\p{Nl}\p{No}][\p{L}\p{N}]*)*(?:\+\+|#)?/gu;

export function countWords(text) {
  return (text.match(WORD) || []).length;
}
