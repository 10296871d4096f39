"""The language-independent skeleton of an extractor, shared by the language packs.

``skeleton`` fixes the order of the steps (events per sentence with their participants,
group to member, dates by the ladder, then the output); ``dating`` is the date ladder and
how a claim's reason names its rung; ``members`` decides which group statement a list of
named members belongs to; ``words`` reads a pack's word lists from data files. A pack
(``extract/en/`` today; the Slavic packs adopt it later) supplies the hooks and its
words. Nothing here imports spaCy or natasha.
"""
