#!/usr/bin/env python3
"""Validates every example journal (and the bundled one) against docs/journal.schema.json."""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((root / "docs" / "journal.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
files = sorted((root / "examples").glob("*.json")) + [root / "Sources/BackstrongCore/Resources/example-journal.json"]
failed = 0
for f in files:
    errors = list(validator.iter_errors(json.loads(f.read_text())))
    for e in errors:
        print(f"{f.relative_to(root)}: {'/'.join(map(str, e.path))}: {e.message}")
    failed += bool(errors)
print(f"schema check: {len(files) - failed} of {len(files)} journals valid")
sys.exit(1 if failed else 0)
