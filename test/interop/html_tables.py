"""Reads HTML on stdin and prints its tables and list items as JSON:
{"tables": [[[cell, ...], ...], ...], "items": [item, ...]}.

An independent reader of rendered pages (Python's html.parser) for the Markdown
interop tests. Text has its white space collapsed and entities decoded; markup
inside a cell or item shows as <tag> and </tag>, so a leak of escaping is visible.
"""
import json
import re
import sys
from html.parser import HTMLParser

LEAVES = ("td", "th", "li")


class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.items, self.text = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in LEAVES:
            self.text = []
        elif self.text is not None:
            self.text.append("<%s>" % tag)

    def handle_endtag(self, tag):
        if tag in LEAVES and self.text is not None:
            text = re.sub(r"\s+", " ", "".join(self.text)).strip()
            if tag == "li":
                self.items.append(text)
            else:
                self.tables[-1][-1].append(text)
            self.text = None
        elif self.text is not None:
            self.text.append("</%s>" % tag)

    def handle_data(self, data):
        if self.text is not None:
            self.text.append(data)


reader = Reader()
reader.feed(sys.stdin.read())
print(json.dumps({"tables": reader.tables, "items": reader.items}))
