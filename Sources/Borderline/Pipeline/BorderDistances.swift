/// The border measurement of each gazetteer place, made once per pipeline and shared by its
/// copies and worker threads, and by its claim checker with its features.
///
/// The streaming `map` combines every document on its own, and the same places (the large
/// cities, the border oblasts) come back in most documents: measuring them again for each was
/// a large part of writing a document's features. A place's measurement depends on nothing but
/// the place, so the stored one is the one a new search would give. The places a border
/// distance claim names are places the map's features measure too: one memo for both measures
/// each once, where a memo each measured them twice.
struct BorderDistances: Sendable {
    private let gazetteer: Gazetteer
    private let measured = SharedMemo<Int, NearestPoint>()

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// The nearest border point to the place at `index` in the gazetteer, with the distance to it.
    func nearest(toPlace index: Int) -> NearestPoint {
        measured.value(for: index) { gazetteer.distanceToBorder(from: gazetteer.places[index].coordinate) }
    }
}
