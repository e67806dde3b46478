"""Reads HTML on stdin and prints its tables as JSON: [[[cell text, ...], ...], ...].

An independent reader of rendered pages (Python's html.parser) for the Markdown
interop tests; cell text has its white space collapsed and entities decoded.
"""
import json
import re
import sys
from html.parser import HTMLParser


class Tables(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = []
        elif self.cell is not None:
            # Any markup inside a cell is a failure of escaping; make it visible.
            self.cell.append("<%s>" % tag)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


parser = Tables()
parser.feed(sys.stdin.read())
print(json.dumps(parser.tables))
