"""Entity extraction: mention detection (``mentions``), coreference sieve (``coref``), records (``build``)."""
