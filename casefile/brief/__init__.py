"""The brief: a case file turned into a PDF for a minister (gather, then render). No Qt."""

from casefile.brief.export import BriefNotWritten, export_brief
from casefile.brief.fonts import FontsMissing
from casefile.brief.gather import CaseChanged, gather
from casefile.brief.model import Brief
from casefile.brief.options import SECTIONS, BriefOptions
from casefile.brief.progress import BriefCancelled
from casefile.brief.render import render
from casefile.brief.scripts import Place, Uncovered

__all__ = [
    "SECTIONS",
    "Place",
    "Uncovered",
    "Brief",
    "BriefCancelled",
    "BriefNotWritten",
    "BriefOptions",
    "CaseChanged",
    "FontsMissing",
    "export_brief",
    "gather",
    "render",
]
