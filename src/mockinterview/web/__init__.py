"""Server-rendered pages of the product: sign-up to summary, with small JS modules."""
