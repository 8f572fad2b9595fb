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

    let bytes: [UInt8]
    let offsets: [Offsets]

    /// Lays out every entry's texts. The bytes are counted first (a native string knows its
    /// UTF-8 count), so the array is allocated once at its final size and each string copied
    /// straight into it (`copy(_:to:at:)`): appending piece by piece checked uniqueness and
    /// capacity and grew the array, about 100 instructions for each of eight strings a place
    /// at every start-up.
    init(_ places: [Place]) {
        var byteCount = 0
        for place in places {
            // The description ("Name (country)" or "Name (Admin1, CC)"), then the admin1 and
            // country names.
            byteCount += place.name.utf8.count + (place.kind == .country
                ? Self.countrySuffix.utf8.count
                : 5 + place.admin1Name.utf8.count + place.countryCode.utf8.count)
            byteCount += place.admin1Name.utf8.count + place.countryName.utf8.count
        }
        var offsets: [Offsets] = []
        offsets.reserveCapacity(places.count)
        self.bytes = [UInt8](unsafeUninitializedCapacity: byteCount) { buffer, initialized in
            var at = 0
            for place in places {
                let start = at
                Self.copy(place.name, to: buffer, at: &at)
                let nameEnd = at
                if place.kind == .country {
                    Self.copy(Self.countrySuffix, to: buffer, at: &at)
                } else {
                    Self.copy(" (", to: buffer, at: &at)
                    Self.copy(place.admin1Name, to: buffer, at: &at)
                    Self.copy(", ", to: buffer, at: &at)
                    Self.copy(place.countryCode, to: buffer, at: &at)
                    Self.copy(")", to: buffer, at: &at)
                }
                let descriptionEnd = at
                Self.copy(place.admin1Name, to: buffer, at: &at)
                let admin1End = at
                Self.copy(place.countryName, to: buffer, at: &at)
                offsets.append(Offsets(start: Int32(start), nameEnd: Int32(nameEnd), descriptionEnd: Int32(descriptionEnd),
                                       admin1End: Int32(admin1End), countryEnd: Int32(at)))
            }
            precondition(at == byteCount, "ReasonTexts counted \(byteCount) bytes but wrote \(at)")
            initialized = at
        }
        self.offsets = offsets
    }

    /// What a country's description adds to its name.
    private static let countrySuffix = " (country)"

    /// Copies the UTF-8 of `text` into `buffer` at `at`, moving `at` past it: from its storage
    /// when contiguous (native and literal strings always are), otherwise byte by byte.
    @inline(__always)
    private static func copy(_ text: String, to buffer: UnsafeMutableBufferPointer<UInt8>, at: inout Int) {
        let copied: Int? = text.utf8.withContiguousStorageIfAvailable { source in
            guard let base = source.baseAddress else { return 0 }
            (buffer.baseAddress! + at).initialize(from: base, count: source.count)
            return source.count
        }
        if let copied {
            at += copied
        } else {
            for byte in text.utf8 {
                buffer[at] = byte
                at += 1
            }
        }
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
