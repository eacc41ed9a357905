"""Natural-language processing: the spaCy components that read one document.

``pipeline`` loads the model and adds the components in stage order: ``actors`` (who is
named), ``time`` (when), ``speech`` (quotes and who said what), ``events`` (PLOVER events),
``claims`` (numbers) and ``relations`` (how two actors stand). They talk through the extension
attributes of ``extensions``; ``syntax`` is the grammar they share (subjects, objects,
negation, antecedents) and ``common`` the small per-Doc helpers.
"""
