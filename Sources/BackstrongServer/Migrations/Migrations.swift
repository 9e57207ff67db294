// The ordered list of migrations, used by `serve`, `backstrong migrate` and the tests.
import Fluent

enum BackstrongMigrations {
    static let all: [any Migration] = [
        M001_CreateUsers(),  // accounts
        M002_CreateTokens(),  // API tokens and web sessions
        M003_CreateProfiles(),  // profile facts
        M004_CreateScreenings(),  // screening answers
        M005_CreateAssessments(),  // readiness tests
        M006_CreateTrainingSessions(),  // logged workouts
        M007_CreateLoggedSets(),  // logged sets
        M008_CreateCheckIns(),  // resting pain
        M009_CreateCustomExercises(),  // custom exercises
        M010_CreateIdempotencyKeys(),  // idempotent set logging
        M011_CreateLoginAttempts(),  // sign-in rate limiting
        M012_AddLookupIndexes(),  // lookup indexes
        M013_CreatePendingImports(),  // imports awaiting confirmation
        M014_AddSetBlockIndexes(),  // quick set appends
        M015_CreateSetAppends(),  // one-statement set logging on SQLite
        M016_AddPendingImportOptions(),  // how a pending import reads its files
        M017_CreateStartBackScores(),  // clinician-entered STarT Back scores
    ]
}
