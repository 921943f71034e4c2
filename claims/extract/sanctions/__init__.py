"""Sanction claims: authority, status, targets and date of a sanction action.

`model` holds the records, `finder` the sentence-level rules, `targets` the target groups,
`authorities` the canonical authority names, `headlines` and `cumulative` two special constructions.
"""
