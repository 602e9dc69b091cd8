"""The course wing's Korean catalogue: one module per notebook (``nb00`` ...) and the method
canvas, each a ``MESSAGES`` dict from English to Korean, as in ``helpers/ko``. Registered with
:func:`helpers.i18n.register_catalogue` when :mod:`course` is imported."""
