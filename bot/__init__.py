"""FAQ bot that answers questions about stem cell therapy side effects with verbatim quotes."""

__version__ = "0.1.0"
