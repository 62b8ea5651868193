"""Turn a short HTML description (wger's) into plain paragraphs."""

from __future__ import annotations

from html.parser import HTMLParser

BLOCKS = frozenset({"p", "li", "br", "div", "ol", "ul", "h1", "h2", "h3", "h4", "h5", "h6"})


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        self._current.append(data)

    def flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.paragraphs.append(text)
        self._current = []


def paragraphs(html: str) -> tuple[str, ...]:
    """The text of ``html``, one entry per paragraph or list item, whitespace collapsed.

    Example:
        >>> paragraphs("<p>Stand tall.</p><ol><li>Bend&nbsp;the knees.</li></ol>")
        ('Stand tall.', 'Bend the knees.')
    """
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
    parser.flush()
    return tuple(parser.paragraphs)
