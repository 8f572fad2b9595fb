/// The texts a reason quotes of each gazetteer entry, as UTF-8 in one array, laid out once for
/// the whole gazetteer: writing a reason then copies bytes from one place instead of reading
/// `Place` strings (each read retains and releases them) and appending them piece by piece.
struct ReasonTexts: Sendable {
    /// Where entry texts lie in `bytes`: the description ("Name (Admin1, CC)", or
    /// "Name (country)" for a country; the name first) at `start..<descriptionEnd`, then the
    /// admin1 name up to `admin1End` and the country name up to `countryEnd`.
    struct Offsets: Sendable {
        var start: Int32, nameEnd: Int32, descriptionEnd: Int32, admin1End: Int32, countryEnd: Int32
    }

    /// Which of an entry's texts to quote.
    enum Text {
        /// `Place.name`.
        case name
        /// What `Resolver.describe` wrote: "Name (Admin1, CC)", or "Name (country)".
        case description
        /// `Place.admin1Name`.
        case admin1Name
        /// `Place.countryName`.
        case countryName
    }

    private let bytes: [UInt8]
    private let offsets: [Offsets]

    init(_ places: [Place]) {
        var bytes: [UInt8] = [], offsets: [Offsets] = []
        offsets.reserveCapacity(places.count)
        for place in places {
            let start = bytes.count
            bytes.append(contentsOf: place.name.utf8)
            let nameEnd = bytes.count
            if place.kind == .country {
                bytes.append(contentsOf: " (country)".utf8)
            } else {
                bytes.append(contentsOf: " (".utf8)
                bytes.append(contentsOf: place.admin1Name.utf8)
                bytes.append(contentsOf: ", ".utf8)
                bytes.append(contentsOf: place.countryCode.utf8)
                bytes.append(contentsOf: ")".utf8)
            }
            let descriptionEnd = bytes.count
            bytes.append(contentsOf: place.admin1Name.utf8)
            let admin1End = bytes.count
            bytes.append(contentsOf: place.countryName.utf8)
            offsets.append(Offsets(start: Int32(start), nameEnd: Int32(nameEnd), descriptionEnd: Int32(descriptionEnd),
                                   admin1End: Int32(admin1End), countryEnd: Int32(bytes.count)))
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Appends `text` of entry `position` to `notes`.
    func write(_ text: Text, of position: Int, into notes: inout Resolver.Notes) {
        let entry = offsets[position]
        let range: Range<Int>
        switch text {
        case .name: range = Int(entry.start)..<Int(entry.nameEnd)
        case .description: range = Int(entry.start)..<Int(entry.descriptionEnd)
        case .admin1Name: range = Int(entry.descriptionEnd)..<Int(entry.admin1End)
        case .countryName: range = Int(entry.admin1End)..<Int(entry.countryEnd)
        }
        bytes.withUnsafeBytes { notes.add(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }
}
