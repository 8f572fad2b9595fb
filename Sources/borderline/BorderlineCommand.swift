import ArgumentParser
import Borderline

@main
struct BorderlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "borderline",
        abstract: "Map the places, claims and events that news text reports about the Russia–Ukraine border region.",
        discussion: """
            Examples:
              borderline map seeds --out output
              borderline places seeds/000_b226895ee19b64e6.txt
              borderline check "Sudzha, 10km (six miles) from the frontline"
              borderline events seeds --format json
              borderline distance Belgorod Kharkiv
              borderline gazetteer build --from ../shared/data --out gazetteer
            """,
        version: "0.1.0",
        subcommands: [
            MapCommand.self, PlacesCommand.self, CheckCommand.self, EventsCommand.self, DistanceCommand.self,
            GazetteerCommand.self,
        ]
    )
}
