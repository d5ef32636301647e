"""Reports of an Analysis: terminal text (rich), self-contained HTML, and JSON files."""
