// `backstrong exercises`: the catalog as a list, filtered, and one exercise in full.
import Foundation
import Testing

@Suite("backstrong exercises")
struct ExercisesCommandTests {
    @Test("exercises --json lists the whole catalog with pattern, equipment and spinal demands")
    func catalogJSON() throws {
        // given
        let mustInclude = [
            "deadlift", "lat-pulldown", "back-extension", "back-extension-ball", "plank", "pelvic-tilt",
            "bodyweight-squat", "lunge", "push-up",
        ]

        // when
        let result = try CLI.run(["exercises", "--json"])

        // then
        #expect(result.status == 0)
        let exercises = try #require(result.json() as? [[String: Any]])
        #expect(exercises.count >= 35)
        for exercise in exercises {
            #expect(!(exercise["id"] as? String ?? "").isEmpty)
            #expect(!(exercise["name"] as? String ?? "").isEmpty)
            #expect(!(exercise["pattern"] as? String ?? "").isEmpty)
            #expect(exercise["equipment"] is [String])
            #expect(exercise["spinalDemands"] is [String])
        }
        let ids = Set(exercises.compactMap { $0["id"] as? String })
        #expect(ids.count == exercises.count, "ids are unique")
        for id in mustInclude {
            #expect(ids.contains(id), "the catalog has \(id)")
        }
    }

    @Test("exercises deadlift shows how to do it, step by step")
    func showOne() throws {
        // given
        let id = "deadlift"

        // when
        let result = try CLI.run(["exercises", id])

        // then
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Deadlift (barbell) (deadlift)"))
        #expect(result.stdout.contains("Equipment: barbell"))
        #expect(result.stdout.contains("How to do it:\n  1. "))
        #expect(result.stdout.contains("\n  2. "))
        #expect(result.stdout.contains("Form cues:"))
        #expect(result.stdout.contains("Common mistakes:"))
    }

    @Test("exercises --pattern hinge --equipment none lists only bodyweight hinges")
    func filterByPatternAndEquipment() throws {
        // given
        let filter = ["exercises", "--pattern", "hinge", "--equipment", "none"]

        // when
        let text = try CLI.run(filter)
        let json = try CLI.run(filter + ["--json"])

        // then
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("hip hinge (hinge)"))
        #expect(text.stdout.contains("glute-bridge"))
        #expect(!text.stdout.contains("romanian-deadlift-dumbbell"))
        #expect(!text.stdout.contains("deadlift "))
        let exercises = try #require(json.json() as? [[String: Any]])
        #expect(!exercises.isEmpty)
        #expect(text.stdout.contains("\(exercises.count) exercises."))
        for exercise in exercises {
            #expect(exercise["pattern"] as? String == "hinge")
            #expect((exercise["equipment"] as? [String])?.isEmpty == true)
        }
    }

    @Test("exercises --equipment dumbbells adds dumbbell exercises but never a barbell one")
    func filterByEquipment() throws {
        // given
        let filter = ["exercises", "--equipment", "dumbbells", "--json"]

        // when
        let result = try CLI.run(filter)

        // then
        #expect(result.status == 0)
        let exercises = try #require(result.json() as? [[String: Any]])
        let ids = exercises.compactMap { $0["id"] as? String }
        #expect(ids.contains("goblet-squat"))
        #expect(ids.contains("plank"))
        #expect(!ids.contains("deadlift"))
        #expect(exercises.allSatisfy { ($0["equipment"] as? [String] ?? ["?"]).allSatisfy { $0 == "dumbbells" } })
    }
}
