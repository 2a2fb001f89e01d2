"""The report stage: the report dict, and the files a person or a program reads.

``build_report`` turns records into the documented dict (``docs/report-format.md``);
``write_report`` writes report.json, report.md, report.html, claims.csv, findings.csv and charts.
"""

from .build import REPORT_VERSION, build_report, report_schema
from .files import write_report

__all__ = ["REPORT_VERSION", "build_report", "report_schema", "write_report"]
