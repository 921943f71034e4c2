"""claims: fact-claim verification datasets from news articles."""

__version__ = "0.1.0"
