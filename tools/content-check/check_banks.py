#!/usr/bin/env python3
"""Checks every plugin's standard-test item bank (test-bank.yaml) against its blueprint and framework.

Each item must have the lesson-quiz item shape (docs/content-package-format.md) with exactly one key
where its type needs one, a competency of the plugin's framework whose domain is a blueprint area, and
the bank must hold, per area and difficulty, at least ceil(items x share) items, so any rounding of the
blueprint's difficultyMix can draw a full random form. Aiming for twice that is reported, not required.

Usage: python3 tools/content-check/check_banks.py [plugins folder]   (exit 0 = all good, 1 = problems)
"""
import math
import sys
from pathlib import Path

import yaml

DIFFICULTIES = ("easy", "medium", "hard")
MIN_ITEMS = 60


def texts_ok(node, field):
    value = node.get(field)
    return isinstance(value, dict) and isinstance(value.get("vi"), str) and value["vi"].strip()


def key_problems(item):
    """Problems with the item's key (answer) for its type; [] when it has exactly what it needs."""
    kind = item.get("type")
    if kind in ("single-choice", "multiple-response"):
        choices = item.get("choices") or []
        ids = [c.get("id") for c in choices]
        if len(choices) < 2 or len(set(ids)) != len(ids) or not all(texts_ok(c, "text") for c in choices):
            return ["needs at least 2 choices with unique ids and a vi text"]
        answer = item.get("answer")
        if kind == "single-choice":
            return [] if isinstance(answer, (str, int)) and answer in ids else ["answer must be one choice id"]
        if not isinstance(answer, list) or not answer or len(set(answer)) != len(answer) \
                or not set(answer) <= set(ids):
            return ["answer must be a non-empty list of distinct choice ids"]
        return [] if len(answer) < len(ids) else ["every choice is correct: nothing to tell apart"]
    if kind == "true-false":
        return [] if isinstance(item.get("answer"), bool) else ["answer must be true or false"]
    if kind == "sequencing":
        steps = item.get("steps") or []
        return [] if len(steps) >= 2 and all(texts_ok(s, "text") for s in steps) else ["needs at least 2 steps"]
    if kind == "matching":
        pairs = item.get("pairs") or []
        return [] if len(pairs) >= 2 and all(texts_ok(p, "left") and texts_ok(p, "right") for p in pairs) \
            else ["needs at least 2 pairs"]
    if kind == "fill-in":
        answers = (item.get("answers") or {}).get("vi")
        flags_ok = all(isinstance(item.get(f, False), bool) for f in ("ignoreCase", "ignoreDiacritics"))
        ok = isinstance(answers, list) and answers and all(isinstance(a, str) and a.strip() for a in answers)
        return [] if ok and flags_ok else ["answers.vi must list accepted answers; flags must be true/false"]
    if kind == "numeric":
        return [] if isinstance(item.get("answer"), (int, float)) else ["answer must be a number"]
    return [f"unknown or unsupported type {kind!r}"]


def check_plugin(folder):
    plugin = folder.name
    data = folder / "src/main/resources/META-INF/hocvu" / plugin
    bank_file = data / "test-bank.yaml"
    if not bank_file.exists():
        return [], []
    framework = yaml.safe_load((data / "framework.yaml").read_text(encoding="utf-8"))
    blueprint = yaml.safe_load((data / "blueprint.yaml").read_text(encoding="utf-8"))
    bank = yaml.safe_load(bank_file.read_text(encoding="utf-8"))
    domain_of = {c["code"]: d["code"] for d in framework["domains"] for c in d["competencies"]}
    areas = {a["domain"]: a["items"] for a in blueprint["areas"]}
    mix = blueprint["difficultyMix"]
    problems, notes = [], []
    where = f"{plugin}/test-bank.yaml"
    items = bank.get("items") or []
    if len(items) < MIN_ITEMS:
        problems.append(f"{where}: {len(items)} items, at least {MIN_ITEMS} wanted")
    seen, counts = set(), {}
    for index, item in enumerate(items):
        label = f"{where}: item {item.get('id', '#' + str(index))}"
        if item.get("id") in seen or not item.get("id"):
            problems.append(f"{label}: missing or duplicate id")
        seen.add(item.get("id"))
        domain = domain_of.get(str(item.get("competency")))
        if domain is None:
            problems.append(f"{label}: competency {item.get('competency')!r} is not in the framework")
        elif domain not in areas:
            problems.append(f"{label}: domain {domain} is not a blueprint area")
        if item.get("difficulty") not in DIFFICULTIES:
            problems.append(f"{label}: difficulty must be one of {DIFFICULTIES}")
        if not texts_ok(item, "prompt") or not texts_ok(item, "feedback"):
            problems.append(f"{label}: prompt and feedback need a vi text")
        problems += [f"{label}: {p}" for p in key_problems(item)]
        counts[(domain, item.get("difficulty"))] = counts.get((domain, item.get("difficulty")), 0) + 1
    for domain, drawn in areas.items():
        for difficulty in DIFFICULTIES:
            share = mix.get(difficulty, 0)
            needed = math.ceil(drawn * share / 100)
            have = counts.get((domain, difficulty), 0)
            if have < needed:
                problems.append(f"{where}: area {domain} has {have} {difficulty} items, a form needs {needed}")
            elif have < 2 * needed:
                notes.append(f"{where}: area {domain} has {have} {difficulty} items (aim: {2 * needed})")
    return problems, notes


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "plugins")
    problems, notes, checked = [], [], 0
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        found, noted = check_plugin(folder)
        checked += (folder / "src/main/resources/META-INF/hocvu" / folder.name / "test-bank.yaml").exists()
        problems += found
        notes += noted
    for line in notes:
        print("note:", line)
    for line in problems:
        print("PROBLEM:", line)
    print(f"{checked} bank(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
