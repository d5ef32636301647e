"""Cross-document entity resolution: document entities become corpus entities."""
