"""Copies of correct Arabic→English pairs with one injected error each, built reproducibly
(seeded), for the source-check acceptance test and bench/source_auc.py.

Kinds: "number" (a number of the translation changed), "cut" (the translation cut to its first
half), "copy" (the source copied as the translation), "drop" (three consecutive lines joined
into one segment, one of the three English lines left out), "name" (in our own example
sentences, a lexicon name replaced by one of its literal renderings).

    python tools/inject_source_errors.py SOURCE TARGET KIND [--seed N] > pairs.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys

_NUMBER = re.compile(r"(?<![\d.,])\d{1,7}(?![\d]|[.,]\d)")


def changed_number(source: str, target: str, rng: random.Random) -> str | None:
    """The target with one of its numbers (one the source has too) replaced by another value."""
    candidates = [m for m in _NUMBER.finditer(target) if m.group() in _ascii_digits(source)]
    if not candidates:
        return None
    match = rng.choice(candidates)
    value = int(match.group())
    options = [value + 1, value - 1 if value > 1 else value + 2, value * 10, value + rng.randint(2, 9)]
    if len(match.group()) >= 2 and match.group()[::-1] != match.group() and match.group()[-1] != "0":
        options.append(int(match.group()[::-1]))  # 12 -> 21
    options = [o for o in options if str(o) not in _ascii_digits(source) and o >= 0]
    new = str(rng.choice(options))
    return target[: match.start()] + new + target[match.end() :]


def _ascii_digits(text: str) -> set[str]:
    text = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    return set(re.findall(r"\d+", text))


def cut(target: str) -> str | None:
    """The first half of the translation's words."""
    words = target.split()
    if len(words) < 4:
        return None
    return " ".join(words[: len(words) // 2])


# Our own example sentences around a lexicon name: (Arabic with {ar}, English with {en}).
NAME_TEMPLATES = {
    "media": [
        ("وقال مصدر حكومي لقناة {ar} إن المحادثات ستستأنف الأسبوع المقبل.",
         "A government source told {en} that the talks would resume next week."),
        ("وذكرت قناة {ar} أن الوفد وصل إلى العاصمة مساء أمس.",
         "{en} reported that the delegation reached the capital last night."),
    ],
    "other": [
        ("وأعلن {ar} عن خطة جديدة لإعادة الإعمار يوم الثلاثاء.",
         "{en} announced a new reconstruction plan on Tuesday."),
        ("والتقى الوزير بممثلين عن {ar} في العاصمة لمناقشة الوضع الأمني.",
         "The minister met representatives of {en} in the capital to discuss the security situation."),
    ],
}


def name_pairs(lexicon, rng: random.Random) -> list[dict]:
    """For each lexicon entry with a literal rendering: a correct pair of our own sentences
    and its copy with the name replaced by a literal rendering."""
    out = []
    for entry in lexicon.entries:
        literals = [*entry.literal, *entry.literal_in_context]
        if not literals or entry.category == "title":
            continue
        kind = "media" if entry.category in ("media-outlet", "news-agency") else "other"
        ar_template, en_template = rng.choice(NAME_TEMPLATES[kind])
        name = entry.name
        literal = rng.choice(literals)
        if en_template.startswith("{en}"):
            name, literal = name[0].upper() + name[1:], "The " + literal
        else:
            literal = "the " + literal
        out.append({
            "id": entry.id, "src": ar_template.format(ar=entry.arabic),
            "good": en_template.format(en=name), "mt": en_template.format(en=literal),
        })
    return out


def build(sources: list[str], targets: list[str], kind: str, seed: int = 15) -> list[dict]:
    """Records {id, src, mt, good} with one injected error of `kind` each (pairs where the kind
    does not apply are left out)."""
    rng = random.Random(seed)
    records = []
    if kind == "drop":
        for first in range(0, len(sources) - 2, 3):
            left_out = rng.randrange(3)
            kept = [t for k, t in enumerate(targets[first : first + 3]) if k != left_out]
            records.append({"id": str(first + 1), "src": " ".join(sources[first : first + 3]),
                            "mt": " ".join(kept), "good": " ".join(targets[first : first + 3])})
        return records
    for number, (source, target) in enumerate(zip(sources, targets), 1):
        if kind == "number":
            bad = changed_number(source, target, rng)
        elif kind == "cut":
            bad = cut(target)
        elif kind == "copy":
            bad = source
        else:
            raise ValueError(f"unknown kind {kind!r}")
        if bad is not None and bad != target:
            records.append({"id": str(number), "src": source, "mt": bad, "good": target})
    return records


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 15
    sources = open(argv[0], encoding="utf-8").read().splitlines()
    targets = open(argv[1], encoding="utf-8").read().splitlines()
    if argv[2] == "name":
        from mtqa.lexicon import load_lexicon

        records = name_pairs(load_lexicon(()), random.Random(seed))
    else:
        records = build(sources, targets, argv[2], seed)
    for record in records:
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
