// The Learn pages: an index of topics and one page per topic, public, with stable ids and section anchors.
import Foundation
import Vapor

struct LearnIndexContent: Encodable {
    struct Item: Encodable {
        var href: String
        var title: String
        var summary: String
    }

    var topics: [Item]
}

struct LearnPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("learn", use: index)
        routes.get("learn", ":topic", use: topic)
    }

    @Sendable func index(req: Request) async throws -> View {
        let items = LearnTopics.all.map {
            LearnIndexContent.Item(href: "/learn/\($0.id)", title: $0.title, summary: $0.summary)
        }
        return try await req.page(
            "learn", PageBase(req, title: "Learn", section: "learn"), LearnIndexContent(topics: items))
    }

    @Sendable func topic(req: Request) async throws -> View {
        guard let id = req.parameters.get("topic"), let topic = LearnTopics.topic(id) else { throw Abort(.notFound) }
        return try await req.page("learn-topic", PageBase(req, title: topic.title, section: "learn"), topic)
    }
}
