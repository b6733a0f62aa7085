// Display names of question categories and levels.

export const LABELS = {
  behavioral: "Behavioral",
  technical: "Technical",
  situational: "Situational",
  company: "Company",
  entry: "Entry",
  mid: "Mid",
  senior: "Senior",
};
