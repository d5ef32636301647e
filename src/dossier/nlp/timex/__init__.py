"""Time expressions: the grammar that finds them, the normaliser that anchors them, the document date.

- ``lexicon``: word lists from ``data/lexicons/timex/``
- ``grammar``: regular-expression rules -> ``Hit`` (span + ``Reading``)
- ``readings``: what an expression means before it is anchored
- ``normalise``: ``Reading`` + anchor -> TIMEX3 value
- ``calendar``: date arithmetic (weeks, quarters, holidays)
- ``tense``: past or future clause ("Friday" = the last one or the next)
- ``docdate``: the document date inferred from the text
The spaCy component that ties them together is ``dossier.nlp.components.timex``.
"""
