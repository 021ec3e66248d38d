"""mtqa: quality checks for English news text machine-translated from Arabic.

Pipeline API::

    import mtqa
    report = mtqa.check_text("Noir said in statements to the island ...")
    for finding in report.findings:
        print(finding.rule, finding.start, finding.end, finding.message)
    print(mtqa.render(report, "json"))
"""

__version__ = "0.1.0"

import mtqa.render as _renderers  # noqa: E402,F401  (imported first so that `mtqa.render` stays the function)
from mtqa.api import check_documents, check_paths, check_text, render  # noqa: E402

__all__ = ["__version__", "check_text", "check_paths", "check_documents", "render"]
