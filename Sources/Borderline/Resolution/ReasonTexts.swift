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

    /// Lays out every entry's texts. Each string is copied from its contiguous UTF-8
    /// (`append(_:to:)`), not through the generic `append(contentsOf: String.UTF8View)`, which
    /// cost about 180 instructions a call here (eight calls per place at every start-up).
    init(_ places: [Place]) {
        var bytes: [UInt8] = [], offsets: [Offsets] = []
        offsets.reserveCapacity(places.count)
        for place in places {
            let start = bytes.count
            Self.append(place.name, to: &bytes)
            let nameEnd = bytes.count
            if place.kind == .country {
                Self.append(" (country)", to: &bytes)
            } else {
                Self.append(" (", to: &bytes)
                Self.append(place.admin1Name, to: &bytes)
                Self.append(", ", to: &bytes)
                Self.append(place.countryCode, to: &bytes)
                Self.append(")", to: &bytes)
            }
            let descriptionEnd = bytes.count
            Self.append(place.admin1Name, to: &bytes)
            let admin1End = bytes.count
            Self.append(place.countryName, to: &bytes)
            offsets.append(Offsets(start: Int32(start), nameEnd: Int32(nameEnd), descriptionEnd: Int32(descriptionEnd),
                                   admin1End: Int32(admin1End), countryEnd: Int32(bytes.count)))
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Appends the UTF-8 of `text` to `bytes`: copied from its storage when contiguous (native
    /// and literal strings always are), otherwise byte by byte.
    @inline(__always)
    private static func append(_ text: String, to bytes: inout [UInt8]) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: text.utf8) }
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
