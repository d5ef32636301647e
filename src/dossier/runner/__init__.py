"""Runners schedule the analyse stage; they all run the same stage functions (``dossier.analysis``)."""
