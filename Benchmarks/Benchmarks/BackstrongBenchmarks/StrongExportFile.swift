// A generated Strong export (12-column, comma-separated) of 100,000 set rows, for the import benchmark.
import Foundation

enum StrongExportFile {
    static let rows = 100_000

    /// The file's bytes: about 300 workouts a year of 6 exercises, warm-ups, rest-timer and note rows mixed in.
    static func make() -> Data {
        let exercises = ["Deadlift (Barbell)", "Lat Pulldown (Cable)", "Back Extension", "Squat (Barbell)",
                         "Bench Press (Dumbbell)", "Plank", "Seated Row (Cable)", "Romanian Deadlift (Dumbbell)"]
        var out = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
        out.reserveCapacity(rows * 90)
        var written = 0
        var workout = 0
        var rng = SystemRandomNumberGenerator()
        while written < rows {
            let day = Date(timeIntervalSince1970: 1_600_000_000 + Double(workout) * 86_400 * 2)
            let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: day)
            let date = String(format: "%04d-%02d-%02d 18:%02d:00", c.year!, c.month!, c.day!, workout % 60)
            let name = workout % 2 == 0 ? "Evening workout" : "Back day"
            for e in 0..<6 where written < rows {
                let exercise = exercises[(workout + e) % exercises.count]
                for set in 0..<5 where written < rows {
                    let order = set == 0 ? "W" : String(set)
                    let weight = exercise == "Plank" ? "0" : String(format: "%.1f", 20 + Double((workout / 10) % 40) * 1.25)
                    let reps = exercise == "Plank" ? "0" : String(Int.random(in: 5...12, using: &rng))
                    let seconds = exercise == "Plank" ? "45" : "0"
                    let note = set == 4 && workout % 50 == 0 ? "lower back felt tight" : ""
                    out += "\(date),\(name),1h 6m,\(exercise),\(order),\(weight),\(reps),0,\(seconds),\(note),,\(set == 0 ? "" : "8")\n"
                    written += 1
                }
            }
            workout += 1
        }
        return Data(out.utf8)
    }
}
