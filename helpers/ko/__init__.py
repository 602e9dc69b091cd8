"""The Korean catalogue: one module per notebook (``nb01`` ...) or concern (``common``,
``capstone``), each a ``MESSAGES`` dict from the English text a helper passes to
:func:`helpers.i18n.tr` (or a notebook's code writes on a figure) to its Korean text.

Write Korean as a Korean PM writes it, with the glossary's terms (``docs/glossary.md``); keep
every ``{field}`` of the English, and its digits.
"""
