#!/usr/bin/env python3
"""Writes a two-year Backstrong journal (about 300 sessions, 6,000 sets) to stdout, for the server benchmark."""
import datetime
import json
import random

rng = random.Random(42)
start = datetime.date(2024, 12, 2)
exercises_a = ["goblet-squat", "romanian-deadlift-dumbbell", "lat-pulldown", "dumbbell-bench-press", "plank", "pelvic-tilt-quadruped"]
exercises_b = ["back-extension", "split-squat", "one-arm-dumbbell-row", "push-up", "side-plank", "pallof-press-band"]
loads = {"goblet-squat": 10.0, "romanian-deadlift-dumbbell": 8.0, "lat-pulldown": 25.0, "dumbbell-bench-press": 8.0,
         "one-arm-dumbbell-row": 10.0}
sessions = []
day = start
n = 0
while len(sessions) < 300:
    if day.weekday() in (0, 2, 4) and rng.random() > 0.04:
        names = exercises_a if n % 2 == 0 else exercises_b
        logs = []
        for name in names:
            sets = []
            for _ in range(3 if name in loads else 2):
                s = {"rpe": rng.choice([6, 7, 7.5, 8]), "form": "good" if rng.random() > 0.05 else "fair",
                     "pain": rng.choice([0, 1, 1, 2, 2, 3])}
                if name in ("plank", "side-plank"):
                    s["seconds"] = rng.choice([30, 40, 45, 60])
                    s["weightKg"] = None
                else:
                    s["reps"] = rng.randint(10, 15)
                    s["weightKg"] = loads.get(name)
                sets.append(s)
            logs.append({"exerciseId": name, "sets": sets})
        # Fill to about 20 sets per session with extra working sets of the first lift.
        while sum(len(l["sets"]) for l in logs) < 20:
            logs[0]["sets"].append(dict(logs[0]["sets"][0]))
        sessions.append({"date": day.isoformat(), "exercises": logs, "painBefore": rng.choice([1, 2, 3]),
                         "painAfter": rng.choice([1, 2, 3]), "nextMorningPain": rng.choice([1, 2, 2, 3])})
        n += 1
        if n % 12 == 0:
            for k in loads:
                loads[k] += 2.0 if k != "lat-pulldown" else 5.0
    day += datetime.timedelta(days=1)
journal = {
    "formatVersion": 1,
    "profile": {"age": 46, "bodyweightKg": 82, "experience": "novice", "daysPerWeek": 3,
                "equipment": ["dumbbells", "latPulldownMachine", "backExtensionBench", "bench", "resistanceBand"],
                "sensitivities": [], "conditions": [], "clearedByProfessional": False, "units": "kg", "sex": "male"},
    "screening": {"date": start.isoformat(), "answers": {k: False for k in [
        "saddleNumbness", "bladderOrBowelChange", "progressiveLegWeakness", "bothLegsSymptoms", "significantTrauma",
        "historyOfCancer", "unexplainedWeightLoss", "feverOrInfection", "constantNightPain", "longTermSteroids",
        "legPainBelowKnee", "painWorseningOverWeeks"]}},
    "assessments": [{"date": start.isoformat(), "squats": 15, "lungesPerSide": 10, "pushUps": 12, "plankSeconds": 45,
                     "sidePlankLeftSeconds": 30, "sidePlankRightSeconds": 31, "backExtensionHoldSeconds": 70,
                     "painDuringTests": 2}],
    "sessions": sessions,
}
print(json.dumps(journal))
