"""Build vnadmin/extract/data/law_names.txt: names of laws, codes and ordinances, as cited with their numbers.

A law cited with its number ("Luật Đất đai số 31/2024/QH15") shows where its name ends; collecting those
across a corpus gives a gazetteer that finds the same law cited by name alone ("theo Luật Đất đai").

    python scripts/build_law_names.py ../shared/corpora/real > vnadmin/extract/data/law_names.txt
"""
from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from pathlib import Path

import regex

CITED = regex.compile(
    # the words of a name, at most one line break between two (a blank line, even with spaces on it, ends it)
    r"(?<![\p{L}])(Bộ luật|Luật|Pháp lệnh)\s+((?:[^\s,;:()“”\"/]+(?:[ \t]+\n?[ \t]*|\n[ \t]*)){0,15}?[^\s,;:()“”\"/]+)"
    r"[ \t\n]+(?:số[ \t\n]*)?\d{1,3}/\d{4}/(?:QH|L-CTN|PL-UBTVQH|UBTVQH)",
)
TITLE = regex.compile(r"^\s*(?:\*\*)?(LUẬT|BỘ LUẬT|PHÁP LỆNH)(?:\*\*)?\s*\n+\s*(?:\*\*)?([\p{Lu} ,\-]{3,80}?)(?:\*\*)?\s*$",
                      regex.MULTILINE)
BAD_START = ("sửa đổi", "số", "này", "các", "và")
BAD_INSIDE = regex.compile(r"(?i)\bcăn cứ\b|_{3,}|\.\s")  # the next clause, a rule or a sentence end crept in


def names(text: str):
    text = unicodedata.normalize("NFC", text)
    for kind, name in CITED.findall(text):
        name = " ".join(name.split())
        if not name.lower().startswith(BAD_START) and not any(c.isdigit() for c in name) and not BAD_INSIDE.search(name):
            yield f"{kind} {name}"
    for kind, name in TITLE.findall(text[:3000]):
        kind = {"LUẬT": "Luật", "BỘ LUẬT": "Bộ luật", "PHÁP LỆNH": "Pháp lệnh"}[kind]
        name = " ".join(name.split()).capitalize()
        if len(name.split()) <= 12 and not name.lower().startswith(BAD_START):
            yield f"{kind} {name}"


def main(root: str) -> None:
    counts: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = {}
    for path in sorted(Path(root).rglob("*.txt")):
        for name in names(path.read_text(encoding="utf-8", errors="replace")):
            key = name.casefold()
            counts[key] += 1
            spelling.setdefault(key, Counter())[name] += 1
    print("# Names of laws, codes and ordinances, one per line: the gazetteer that finds a law cited by name.")
    print("# Built by scripts/build_law_names.py from laws cited with their numbers; extend it by hand freely.")
    for key in sorted(counts):
        print(spelling[key].most_common(1)[0][0])


if __name__ == "__main__":
    main(sys.argv[1])
