"""Server-rendered pages; each has a typed context."""
