#!/usr/bin/env python3
"""Checks the standard-test item banks of the leaders and students plugins.

Each bank (plugins/<id>/.../test-bank.yaml) must
- hold at least 60 items, each in the lesson-quiz item format (docs/content-package-format.md);
- give every item a competency of the plugin's framework whose domain is a blueprint area;
- give every item that needs a key exactly one well-formed key (one choice id, a non-empty list
  of choice ids, true/false, accepted answers, ordered steps, pairs or a number);
- let a random form be drawn per the blueprint: for every area and difficulty, at least
  ceil(area items x difficulty share) items, whatever rounding the form assembler uses.
It also reports how far each area is from holding twice its draw (the authors' target), and
checks the lesson quizzes of the leaders-*, students-* and stem-* packages in content-packages/
the same way (a likert item, which has no key, is allowed there).

Usage: python3 tools/content-check/check_banks_b.py [plugin ...]   (default: leaders students)
Exit status 0 when every bank passes, 1 otherwise.
"""
import math
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DIFFICULTIES = ("easy", "medium", "hard")
MIN_ITEMS = 60


def plugin_file(plugin, name):
    return ROOT / "plugins" / plugin / "src/main/resources/META-INF/hocvu" / plugin / name


def load(plugin, name):
    with open(plugin_file(plugin, name), encoding="utf-8") as f:
        return yaml.safe_load(f)


def has_vi(node):
    return isinstance(node, dict) and isinstance(node.get("vi"), str) and node["vi"].strip() != ""


def choice_ids(item, problems):
    choices = item.get("choices") or []
    if len(choices) < 2:
        problems.append("needs at least 2 choices")
    ids = [c.get("id") for c in choices]
    if len(set(ids)) != len(ids):
        problems.append("duplicate choice ids")
    texts = [c.get("text", {}).get("vi") for c in choices]
    if len(set(texts)) != len(texts):
        problems.append("two choices read the same")
    for c in choices:
        if not has_vi(c.get("text")):
            problems.append(f"choice {c.get('id')} has no Vietnamese text")
    return set(ids)


def key_problems(item):
    """The problems of an item's key for its type (empty when it has exactly one well-formed key)."""
    problems = []
    kind = item.get("type")
    answer = item.get("answer")
    if kind == "single-choice":
        ids = choice_ids(item, problems)
        if not isinstance(answer, str) or answer not in ids:
            problems.append(f"answer must be exactly one choice id, got {answer!r}")
    elif kind == "multiple-response":
        ids = choice_ids(item, problems)
        if not isinstance(answer, list) or not answer or len(set(answer)) != len(answer) \
                or not set(answer) <= ids:
            problems.append(f"answer must be a non-empty list of distinct choice ids, got {answer!r}")
        elif set(answer) == ids:
            problems.append("every choice is correct: nothing to tell apart")
    elif kind == "true-false":
        if not isinstance(answer, bool):
            problems.append(f"answer must be true or false, got {answer!r}")
    elif kind == "sequencing":
        steps = item.get("steps") or []
        if len(steps) < 2 or not all(has_vi(s.get("text")) for s in steps):
            problems.append("needs at least 2 steps, each with Vietnamese text")
        if len({s.get("text", {}).get("vi") for s in steps}) != len(steps):
            problems.append("two steps read the same")
    elif kind == "matching":
        pairs = item.get("pairs") or []
        if len(pairs) < 2 or not all(has_vi(p.get("left")) and has_vi(p.get("right")) for p in pairs):
            problems.append("needs at least 2 pairs, each with Vietnamese left and right")
    elif kind == "fill-in":
        answers = (item.get("answers") or {}).get("vi")
        if not isinstance(answers, list) or not answers or not all(isinstance(a, str) and a.strip() for a in answers):
            problems.append("answers.vi must list the accepted answers")
    elif kind == "numeric":
        if isinstance(answer, bool) or not isinstance(answer, (int, float)):
            problems.append(f"answer must be a number, got {answer!r}")
    elif kind == "likert":
        problems.append("a likert item has no key and cannot be marked in a standard test")
    else:
        problems.append(f"unknown type {kind!r}")
    if kind != "numeric" and kind not in ("single-choice", "multiple-response", "true-false") and "answer" in item:
        problems.append("has an 'answer' its type does not use")
    return problems


def check_bank(plugin):
    framework = load(plugin, "framework.yaml")
    blueprint = load(plugin, "blueprint.yaml")
    bank = load(plugin, "test-bank.yaml")
    domain_of = {c["code"]: d["code"] for d in framework["domains"] for c in d["competencies"]}
    areas = {a["domain"]: a["items"] for a in blueprint["areas"]}
    mix = blueprint["difficultyMix"]
    items = bank.get("items") or []
    errors = []
    if set(bank) - {"items", "version"}:
        errors.append(f"unexpected top-level keys {sorted(set(bank) - {'items', 'version'})}")
    if len(items) < MIN_ITEMS:
        errors.append(f"{len(items)} items, at least {MIN_ITEMS} needed")
    seen = set()
    counts = Counter()
    for item in items:
        iid = item.get("id")
        where = f"item {iid}"
        if not iid or iid in seen:
            errors.append(f"{where}: missing or duplicate id")
        seen.add(iid)
        code = str(item.get("competency"))
        if code not in domain_of:
            errors.append(f"{where}: competency {code} is not in framework {framework['id']}")
        elif domain_of[code] not in areas:
            errors.append(f"{where}: competency {code} is in domain {domain_of[code]}, not a blueprint area")
        difficulty = item.get("difficulty")
        if difficulty not in DIFFICULTIES:
            errors.append(f"{where}: difficulty {difficulty!r}")
        for field in ("prompt", "feedback"):
            if not has_vi(item.get(field)):
                errors.append(f"{where}: {field} has no Vietnamese text")
        errors.extend(f"{where}: {p}" for p in key_problems(item))
        counts[(domain_of.get(code), difficulty)] += 1
    print(f"{plugin}: {len(items)} items")
    for domain, draw in areas.items():
        have = {d: counts[(domain, d)] for d in DIFFICULTIES}
        need = {d: math.ceil(draw * mix.get(d, 0) / 100) for d in DIFFICULTIES}
        total = sum(have.values())
        short = [d for d in DIFFICULTIES if have[d] < need[d]]
        if total < draw or short:
            errors.append(f"area {domain}: has {have}, a form needs {draw} items with at least {need}")
        target = "" if total >= 2 * draw else f"  (below the 2x target of {2 * draw})"
        print(f"  area {domain}: draws {draw}, has {total} {have}, needs at least {need}{target}")
    return errors


def check_lesson_quizzes():
    """The key problems of every lesson-quiz item of this helper's packages."""
    errors = []
    files = sorted(f for prefix in ("leaders-", "students-", "stem-")
                   for f in (ROOT / "content-packages").glob(prefix + "*/quiz/*.yaml"))
    for path in files:
        with open(path, encoding="utf-8") as f:
            items = (yaml.safe_load(f) or {}).get("items") or []
        if not 2 <= len(items) <= 4:
            errors.append(f"{path.relative_to(ROOT)}: {len(items)} items, a check-yourself quiz has 2-4")
        for item in items:
            if item.get("type") != "likert":
                errors.extend(f"{path.relative_to(ROOT)}: item {item.get('id')}: {p}" for p in key_problems(item))
    print(f"lesson quizzes: {len(files)} files")
    return errors


def main(plugins):
    failed = False
    quiz_errors = check_lesson_quizzes()
    for e in quiz_errors:
        print(f"  ERROR {e}")
    failed |= bool(quiz_errors)
    for plugin in plugins:
        errors = check_bank(plugin)
        for e in errors:
            print(f"  ERROR {plugin}: {e}")
        failed |= bool(errors)
    print("FAILED" if failed else "OK: every bank can draw a full form and every item has one key")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["leaders", "students"]))
