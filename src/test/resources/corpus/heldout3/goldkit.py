"""Cut a corpus text into gold findings at line numbers read from the text (issue 14, held-out 3).

A spec is a list of parts; each part names its lines (1-based, end exclusive) and how findings
start inside it. Nothing here reads the tool's output.
"""
import json, re, sys

BULLET = re.compile(r'^\s*[◼•▪\uf0b7\uf0a7]\s*')
PAGE_NO = re.compile(r'^\s*\d{1,3}\s*$')


class Text:
    def __init__(self, path, skip=()):
        raw = open(path, encoding='utf-8').read()
        # keep line numbers as `cat -n` shows them: a form feed starts a line, it does not end one
        self.lines = [''] + raw.split('\n')
        self.skip = set(skip)

    def furniture(self, n):
        s = self.lines[n].replace('\f', '').strip()
        return n in self.skip or s == '' or PAGE_NO.match(s) is not None

    def join(self, a, b):
        parts = [self.lines[n].replace('\f', '').strip() for n in range(a, b) if not self.furniture(n)]
        return re.sub(r'\s+', ' ', ' '.join(parts)).strip()


def strip_number(s):
    m = re.match(r'^(\d{1,3})\.\s*', s)
    return (int(m.group(1)), s[m.end():]) if m else (None, s)


def paras(t, cat, key, starts, end, numbered=False):
    out = []
    bounds = list(starts) + [end]
    for a, b in zip(bounds, bounds[1:]):
        text = t.join(a, b)
        num = None
        if numbered:
            num, text = strip_number(text)
        text = BULLET.sub('', text)
        out.append({'category': cat, 'number': num, 'judgement': key, 'text': text})
    return out


def numbered(t, cat, key, a, b):
    """Numbered paragraphs: a line opening with the next number and a full stop starts one."""
    starts, expect = [], None
    for n in range(a, b):
        s = t.lines[n].replace('\f', '').strip()
        m = re.match(r'^(\d{1,3})\.(\s|$)', s)
        if m and not t.furniture(n) and (expect is None or int(m.group(1)) == expect):
            starts.append(n)
            expect = int(m.group(1)) + 1
    return paras(t, cat, key, starts, b, numbered=True)


def bullets(t, cat, key, a, b):
    starts = [n for n in range(a, b) if BULLET.match(t.lines[n].replace('\f', '')) and t.lines[n].strip()]
    return paras(t, cat, key, starts, b)


def build(path, meta, parts, skip=()):
    t = Text(path, skip)
    findings = []
    for p in parts:
        kind = p[0]
        if kind == 'paras':
            _, cat, key, starts, end = p
            findings += paras(t, cat, key, starts, end)
        elif kind == 'numbered':
            _, cat, key, a, b = p
            findings += numbered(t, cat, key, a, b)
        elif kind == 'bullets':
            _, cat, key, a, b = p
            findings += bullets(t, cat, key, a, b)
        else:
            raise ValueError(kind)
    out = dict(meta)
    out['findings'] = findings
    return out
