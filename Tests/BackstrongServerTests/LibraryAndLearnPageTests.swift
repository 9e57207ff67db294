// The exercise library (public, filtered by pattern and equipment without JavaScript) and the Learn pages
// (stable topic ids and the pain-rules anchors other pages link to).
import BackstrongCore
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("library and learn pages")
struct LibraryAndLearnPageTests {
    /// Exercise ids listed on a library page, in order.
    func listed(_ page: PageReply) -> [String] {
        page.body.components(separatedBy: "<li><a href=\"/exercises/").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
    }

    @Test("the library lists every exercise without sign-in")
    func browse() async throws {
        try await withBackstrongApp(.sqlite) { app in
            let page = try await PageBrowser(app).get("/exercises")
            #expect(page.status == .ok)
            #expect(Set(listed(page)) == Set(ExerciseCatalog.standard.exercises.map(\.id)))
            #expect(page.body.contains(#"<label for="pattern">Movement</label>"#))
            #expect(page.body.contains(#"href="/signin""#))
            #expect(!page.body.contains(#"href="/settings""#))
        }
    }

    @Test("filtering by pattern shows only that pattern, and by equipment only exercises using it")
    func filter() async throws {
        try await withBackstrongApp(.sqlite) { app in
            // given
            let browser = PageBrowser(app)
            let catalog = ExerciseCatalog.standard
            // when
            let hinge = try await browser.get("/exercises?pattern=hinge&equipment=")
            // then
            let ids = listed(hinge)
            #expect(!ids.isEmpty)
            #expect(Set(ids) == Set(catalog.exercises(in: .hinge).map(\.id)))
            #expect(hinge.body.contains(#"<option value="hinge" selected>"#))
            // when
            let dumbbells = try await browser.get("/exercises?pattern=&equipment=dumbbells")
            // then
            let dIDs = listed(dumbbells)
            #expect(!dIDs.isEmpty)
            #expect(dIDs.allSatisfy { catalog.exercise($0)!.equipment.contains(.dumbbells) })
            // when: bodyweight core work
            let none = try await browser.get("/exercises?pattern=coreLateral&equipment=none")
            #expect(
                listed(none).allSatisfy {
                    catalog.exercise($0)!.equipment.isEmpty && catalog.exercise($0)!.pattern == .coreLateral
                })
        }
    }

    @Test("signed-in people see their navigation on the library", arguments: TestStore.all)
    func signedInNav(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            let (browser, _) = try await signedInBrowser(app, example: nil)
            let page = try await browser.get("/exercises")
            #expect(
                page.body.contains(#"<a href="/settings" >Settings</a>"#) || page.body.contains(#"href="/settings""#))
            #expect(page.body.contains(#"href="/exercises" aria-current="page""#))
        }
    }

    @Test("an exercise page shows steps, cues, mistakes, muscles, spinal demands and variations")
    func detail() async throws {
        try await withBackstrongApp(.sqlite) { app in
            let browser = PageBrowser(app)
            let e = try #require(ExerciseCatalog.standard.exercise("romanian-deadlift-dumbbell"))
            let page = try await browser.get("/exercises/\(e.id)")
            #expect(page.status == .ok)
            #expect(page.body.contains("<h1>\(e.name)</h1>"))
            #expect(
                page.body.contains("How to do it") && page.body.contains("Form cues")
                    && page.body.contains("Common mistakes"))
            #expect(page.count("<li>") >= e.instructions.count + e.cues.count + e.mistakes.count)
            #expect(page.body.contains("What it asks of your back"))
            if let easier = e.regression { #expect(page.body.contains("href=\"/exercises/\(easier)\"")) }
            if let harder = e.progression { #expect(page.body.contains("href=\"/exercises/\(harder)\"")) }
            let missing = try await browser.get("/exercises/no-such-exercise")
            #expect(missing.status == .notFound)
        }
    }

    @Test("learn lists four topics and the pain rules page has the anchors other pages link to")
    func learn() async throws {
        try await withBackstrongApp(.sqlite) { app in
            let browser = PageBrowser(app)
            let index = try await browser.get("/learn")
            #expect(index.status == .ok)
            for id in ["why-strength", "start-safely", "pain-rules", "see-a-professional"] {
                #expect(index.body.contains("href=\"/learn/\(id)\""))
                let topic = try await browser.get("/learn/\(id)")
                #expect(topic.status == .ok)
                #expect(topic.count("<h1>") == 1)
            }
            let rules = try await browser.get("/learn/pain-rules")
            for anchor in ["set-pain", "next-morning", "weekly-trend"] {
                #expect(rules.body.contains("<section id=\"\(anchor)\""))
                #expect(rules.body.contains("href=\"#\(anchor)\""))
            }
            #expect(rules.body.contains("5 out of 10"))
            let pro = try await browser.get("/learn/see-a-professional")
            #expect(pro.body.contains("emergency department"))
            #expect(pro.body.contains("does not diagnose"))
            #expect(try await browser.get("/learn/nothing").status == .notFound)
        }
    }
}
