"""The check stage: where citations cannot all be right, with the evidence.

- ``document``: checks of one document (run by the pipeline for every document);
- ``archive``: checks across a dataset (DuckDB group-bys over the tables), links from citations to the cited
  documents the archive holds, and the instrument registry they use (``registry``);
- ``report``: findings as an HTML page with the evidence highlighted.
"""
from vnadmin.check.document import CHECKS, check_document

__all__ = ["CHECKS", "check_document"]
