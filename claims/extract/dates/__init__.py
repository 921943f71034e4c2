"""Date claims: `finder` locates date expressions in text; `resolve` turns them into inclusive
start and end dates against the article's publication date.
"""
