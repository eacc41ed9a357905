"""The paragraph tests of nlp/common (line breaks, blank lines) read the text as the string tests
they replaced did: "\n" in a slice, "\n\n" in a slice, str.count of blank lines."""

import random

from diplograph.nlp.common import blank_line_between, blank_lines_before, line_break_between
from docs import make_doc


def _doc(text: str):
    # one token per character, no spaces: the Doc's text is ``text`` itself
    return make_doc(list(text), spaces=[False] * len(text))


def test_the_break_helpers_answer_as_the_string_tests_do():
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice("ab\n") for _ in range(rng.randint(1, 30)))
        doc = _doc(text)
        start, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        assert line_break_between(doc, start, end) == ("\n" in text[start:end])
        assert blank_line_between(doc, start, end) == ("\n\n" in text[start:end])
        assert blank_lines_before(doc, end) == text.count("\n\n", 0, end)


def test_a_paragraph_break_between_two_words():
    doc = _doc("Title\n\nThe lead.\nMore.")
    assert blank_lines_before(doc, doc.text.index("The")) == 1
    assert blank_line_between(doc, 0, doc.text.index("The"))
    assert not blank_line_between(doc, doc.text.index("The"), len(doc.text))
    assert line_break_between(doc, doc.text.index("The"), len(doc.text))
