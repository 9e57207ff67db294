#!/usr/bin/env python3
"""Writes docs/exercise-names.md from the name table in Sources/BackstrongImport/ExerciseNames.swift."""
import json
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
src = (root / "Sources/BackstrongImport/ExerciseNames.swift").read_text()
pairs = re.findall(r'\("([^"]+)", "([a-z0-9-]+)"\)', src)
catalog = {e["id"]: e["name"] for e in json.loads((root / "Sources/BackstrongCore/Resources/exercises.json").read_text())["exercises"]}
by_id = {}
for name, id in pairs:
    by_id.setdefault(id, []).append(name)
out = [
    "# Exercise names of Strong, Hevy and FitNotes",
    "",
    "`backstrong import` maps the exercise names the apps write to Backstrong catalog ids with the table in",
    "[`Sources/BackstrongImport/ExerciseNames.swift`](../Sources/BackstrongImport/ExerciseNames.swift), listed here",
    f"by catalog exercise ({len(pairs)} names, {len(by_id)} catalog exercises; regenerate with",
    "`python3 scripts/exercise_names_doc.py`). Matching ignores case, hyphens, underscores, apostrophes, dots and",
    "extra spaces, so `Push-up`, `push up` and `PUSH  UP` are one name.",
    "",
    "A name that is not in the table is **never dropped**: it becomes a custom exercise (`customExercises` in the",
    "journal) under its own name, with a kebab-case id made from it (`Bicep Curl (Barbell)` → `bicep-curl-barbell`),",
    "and is listed in the import summary's `unmappedExercises`. A later import reuses the custom exercise of the",
    "same name. A name is mapped only to the same movement with the same kind of load: a trap-bar deadlift, a",
    "machine-assisted pull-up (whose weight is assistance, not load) or a bare `Squat` (barbell or bodyweight?)",
    "stay custom, because their loads would mislead the progression of the catalog exercise.",
    "",
    "Strong writes names with the equipment in brackets (`Deadlift (Barbell)`, `Lat Pulldown (Cable)`), Hevy",
    "likewise with some variants (`Seated Cable Row - V Grip (Cable)`), FitNotes without (`Deadlift`,",
    "`Flat Dumbbell Bench Press`).",
    "",
    "| Catalog id | Catalog name | Names mapped to it |",
    "|---|---|---|",
]
for id, names in by_id.items():
    out.append(f"| `{id}` | {catalog[id]} | " + ", ".join(f"`{n}`" for n in names) + " |")
(root / "docs/exercise-names.md").write_text("\n".join(out) + "\n")
print(f"docs/exercise-names.md: {len(pairs)} names for {len(by_id)} catalog exercises")
