#!/usr/bin/env python3
"""Checks that each plugin's curriculum resolves to lesson packages of content-packages/.

Every package a course names must be a folder of content-packages/ whose package.yaml has that id, targets
the plugin and has at least 4 lessons, each lesson with a quiz and a "Cần giúp đỡ?" line in every declared
language. (Validity itself is checked by the build: tools/package-tool ContentPackagesTest.)

Usage: python3 tools/content-check/check_curricula.py [plugin id ...]   (default: every plugin; exit 1 = problems)
"""
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
MIN_LESSONS = 4
HELP_LINE = "Cần giúp đỡ?"


def package_problems(plugin, package_id):
    folder = ROOT / "content-packages" / package_id
    manifest_file = folder / "package.yaml"
    if not manifest_file.exists():
        return [f"{plugin}: package {package_id} is not in content-packages/"]
    manifest = yaml.safe_load(manifest_file.read_text(encoding="utf-8"))
    problems = []
    if manifest.get("id") != package_id:
        problems.append(f"{package_id}/package.yaml: id is {manifest.get('id')!r}")
    if plugin not in manifest.get("targetGroups", []):
        problems.append(f"{package_id}/package.yaml: does not target {plugin}")
    lessons = manifest.get("lessons") or []
    if len(lessons) < MIN_LESSONS:
        problems.append(f"{package_id}: {len(lessons)} lessons, at least {MIN_LESSONS} wanted")
    for lesson in lessons:
        if not lesson.get("quiz") or not (folder / "quiz" / f"{lesson['id']}.yaml").exists():
            problems.append(f"{package_id}: lesson {lesson['id']} has no quiz")
        if "vi" in manifest.get("languages", []):
            body = folder / "lessons" / f"{lesson['id']}.vi.md"
            if body.exists() and HELP_LINE not in body.read_text(encoding="utf-8"):
                problems.append(f"{package_id}: lesson {lesson['id']} has no '{HELP_LINE}' line")
    return problems


def main():
    plugins = sys.argv[1:] or sorted(p.name for p in (ROOT / "plugins").iterdir() if p.is_dir())
    problems = []
    for plugin in plugins:
        curriculum = ROOT / "plugins" / plugin / "src/main/resources/META-INF/hocvu" / plugin / "curriculum.yaml"
        courses = yaml.safe_load(curriculum.read_text(encoding="utf-8"))["courses"]
        if len(courses) < 3:
            problems.append(f"{plugin}: {len(courses)} courses, at least 3 wanted")
        for course in courses:
            for package_id in course["packages"]:
                problems += package_problems(plugin, package_id)
        print(f"{plugin}: {len(courses)} courses checked")
    for line in problems:
        print("PROBLEM:", line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
