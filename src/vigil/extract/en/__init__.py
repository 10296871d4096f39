"""The English language pack: ``vigil.extract.en.v2`` on the shared skeleton
(``extract.core``), its parse steps (``participants``) and its word lists as data
(``words.toml``). ``vigil.extract.en.v1`` (``extract/en_v1.py``) stays selectable."""
