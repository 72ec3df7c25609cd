/// The parts every Office Open XML package shares (ECMA-376 Part 2, Open Packaging Conventions):
/// the content types of its parts (§10.1.2) and relationships (§9.3).
enum OfficePackage {
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// `[Content_Types].xml`: XML and relationship parts by extension, the rest by name.
    static func contentTypes(_ overrides: [(part: String, type: String)]) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"])
        xml.empty(
            "Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
        xml.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
        for (part, type) in overrides { xml.empty("Override", ["PartName": part, "ContentType": type]) }
        xml.end()
        return xml.bytes
    }

    /// A relationships part; each type is the last word of an officeDocument relationship type.
    static func relationships(_ targets: [(id: String, type: String, target: String)]) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("Relationships", ["xmlns": packageRelationships])
        for (id, type, target) in targets {
            xml.empty("Relationship", ["Id": id, "Type": relationshipNamespace + "/" + type, "Target": target])
        }
        xml.end()
        return xml.bytes
    }

    /// `_rels/.rels`: where the main part is.
    static func rootRelationships(_ main: String) -> [UInt8] {
        relationships([("rId1", "officeDocument", main)])
    }
}
