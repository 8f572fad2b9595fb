@testable import Borderline

/// A compact JSON Schema (draft-07) validator for the keywords the RFC 7946 schema of the
/// validation harness uses: no Swift JSON Schema library is available offline, and these few
/// keywords are small enough to implement exactly.
///
/// Supported: `$ref` (to `#/definitions/NAME` of the root schema), `type` (a name or a list),
/// `required`, `properties`, `items` (one schema), `minItems`, `const`, `enum`, `allOf`,
/// `anyOf`, `oneOf`, `if`/`then`/`else`. Annotations (`title`, `description`, `$schema`,
/// `$id`, `definitions`) are skipped. Any other keyword is reported as an error of the schema,
/// never silently ignored, so a schema update that needs more fails loudly here.
struct JSONSchemaValidator {
    let root: JSONValue

    /// One reason the instance does not match, at a JSON path ("$.features[3].geometry").
    struct Failure: Hashable, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): \(message)" }
    }

    static let annotations: Set<String> = ["title", "description", "$schema", "$id", "definitions", "$comment"]
    static let supported: Set<String> = [
        "$ref", "type", "required", "properties", "items", "minItems", "const", "enum", "allOf", "anyOf", "oneOf",
        "if", "then", "else",
    ]

    /// Every failure of `instance` against the root schema (empty when valid).
    func validate(_ instance: JSONValue) -> [Failure] {
        validate(instance, against: root, path: "$")
    }

    func validate(_ instance: JSONValue, against schema: JSONValue, path: String) -> [Failure] {
        if case let .bool(accepts) = schema { return accepts ? [] : [Failure(path: path, message: "schema false")] }
        guard case let .object(members) = schema else { return [Failure(path: path, message: "schema is not an object")] }
        var failures: [Failure] = []
        for (keyword, value) in members {
            if Self.annotations.contains(keyword) || keyword == "then" || keyword == "else" { continue }
            guard Self.supported.contains(keyword) else {
                failures.append(Failure(path: path, message: "unsupported schema keyword '\(keyword)'"))
                continue
            }
            failures += check(keyword, value, instance, schema, path)
        }
        return failures
    }

    private func check(_ keyword: String, _ value: JSONValue, _ instance: JSONValue, _ schema: JSONValue, _ path: String) -> [Failure] {
        switch keyword {
        case "$ref":
            guard let reference = value.stringValue, reference.hasPrefix("#/definitions/"),
                  let target = root["definitions"]?[String(reference.dropFirst("#/definitions/".count))] else {
                return [Failure(path: path, message: "unresolvable $ref \(value)")]
            }
            return validate(instance, against: target, path: path)
        case "type":
            let names: [String]
            switch value {
            case let .string(name): names = [name]
            case let .array(items): names = items.compactMap(\.stringValue)
            default: return [Failure(path: path, message: "bad 'type' in schema")]
            }
            return names.contains(where: { Self.matches(instance, type: $0) })
                ? [] : [Failure(path: path, message: "expected \(names.joined(separator: " or ")), found \(Self.typeName(instance))")]
        case "required":
            guard case .object = instance, case let .array(names) = value else { return [] }
            return names.compactMap(\.stringValue).filter { instance[$0] == nil }
                .map { Failure(path: path, message: "missing required member '\($0)'") }
        case "properties":
            guard case let .object(members) = instance, case let .object(schemas) = value else { return [] }
            return schemas.flatMap { name, subschema -> [Failure] in
                guard let member = members.first(where: { $0.0 == name }) else { return [] }
                return validate(member.1, against: subschema, path: path + "." + name)
            }
        case "items":
            guard case let .array(items) = instance else { return [] }
            return items.enumerated().flatMap { validate($1, against: value, path: "\(path)[\($0)]") }
        case "minItems":
            guard case let .array(items) = instance, let minimum = value.doubleValue else { return [] }
            return Double(items.count) >= minimum ? [] : [Failure(path: path, message: "\(items.count) items, fewer than \(Int(minimum))")]
        case "const":
            return Self.equal(instance, value) ? [] : [Failure(path: path, message: "expected \(value), found \(instance)")]
        case "enum":
            guard case let .array(options) = value else { return [Failure(path: path, message: "bad 'enum' in schema")] }
            return options.contains(where: { Self.equal(instance, $0) }) ? [] : [Failure(path: path, message: "\(instance) is not one of \(options)")]
        case "allOf":
            guard case let .array(schemas) = value else { return [Failure(path: path, message: "bad 'allOf'")] }
            return schemas.flatMap { validate(instance, against: $0, path: path) }
        case "anyOf":
            guard case let .array(schemas) = value else { return [Failure(path: path, message: "bad 'anyOf'")] }
            let results = schemas.map { validate(instance, against: $0, path: path) }
            return results.contains(where: \.isEmpty) ? [] : [Failure(path: path, message: "matches no schema of anyOf")] + results.flatMap { $0 }
        case "oneOf":
            guard case let .array(schemas) = value else { return [Failure(path: path, message: "bad 'oneOf'")] }
            let results = schemas.map { validate(instance, against: $0, path: path) }
            let matching = results.filter(\.isEmpty).count
            if matching == 1 { return [] }
            if matching == 0 {
                return [Failure(path: path, message: "matches no schema of oneOf")] + results.flatMap { $0 }
            }
            return [Failure(path: path, message: "matches \(matching) schemas of oneOf, exactly one allowed")]
        case "if":
            let branch = validate(instance, against: value, path: path).isEmpty ? schema["then"] : schema["else"]
            return branch.map { validate(instance, against: $0, path: path) } ?? []
        default:
            return [Failure(path: path, message: "unsupported schema keyword '\(keyword)'")]
        }
    }

    /// Whether `value` is of the JSON Schema type `name` ("integer" includes 2.0, as draft-07 says).
    static func matches(_ value: JSONValue, type name: String) -> Bool {
        switch (name, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): return true
        case ("number", .number), ("number", .integer), ("integer", .integer): return true
        case let ("integer", .number(number)): return number.rounded() == number
        default: return false
        }
    }

    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .integer, .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// JSON equality: numbers compare by value (1 == 1.0), objects regardless of member order.
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)):
            return x.count == y.count && x.allSatisfy { member in y.contains { $0.0 == member.0 && equal($0.1, member.1) } }
        case let (.array(x), .array(y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        default:
            if let x = a.doubleValue, let y = b.doubleValue { return x == y }
            return a == b
        }
    }
}
