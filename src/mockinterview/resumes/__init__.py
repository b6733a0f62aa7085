"""Resume files: turning an uploaded PDF, DOCX, TXT or Markdown file into plain text."""
