"""Print each PDF line with the vertical gap above it and the corpus-text line it matches
(issue 14, held-out 5). A paragraph start shows as a gap of about 12-15 pt, a line inside a
paragraph as 0-1 pt; a page top has no gap ('top'). Reads only the PDF and the corpus text.
usage: python3 pdf_gaps.py NAME [FROM_LINE TO_LINE]   (NAME without extension)"""
import re, subprocess, sys, html

CORPUS = '/work/shared/corpus'


def pdf_lines(pdf):
    xml = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], capture_output=True, text=True).stdout
    out = []
    for page_no, page in enumerate(re.findall(r'<page .*?</page>', xml, re.S), 1):
        prev = None
        for line in re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', page, re.S):
            x0, y0, x1, y1 = map(float, line[:4])
            words = [html.unescape(w) for w in re.findall(r'>([^<]*)</word>', line[4])]
            gap = None if prev is None else y0 - prev
            prev = y1
            out.append((page_no, gap, x0, x1, ' '.join(words)))
    return out


def key(s):
    return re.sub(r'[^a-z0-9]', '', s.lower())[:40]


def main():
    name = sys.argv[1]
    lo, hi = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (1, 10 ** 6)
    txt = open(f'{CORPUS}/txt/{name}.txt', encoding='utf-8').read().split('\n')
    keys = [key(s) for s in txt]
    at = 0
    for page, gap, x0, x1, text in pdf_lines(f'{CORPUS}/pdf/{name}.pdf'):
        k = key(text)
        n = None
        if k:
            for j in range(at, min(at + 40, len(keys))):
                if keys[j] and (keys[j].startswith(k[:25]) or k.startswith(keys[j][:25])):
                    n, at = j + 1, j + 1
                    break
        if n is None or not lo <= n <= hi:
            continue
        g = 'top' if gap is None else f'{gap:5.1f}'
        print(f'{n:4d} p{page} {g:>5} x{x0:5.1f}-{x1:5.1f} {text[:90]}')


if __name__ == '__main__':
    main()
