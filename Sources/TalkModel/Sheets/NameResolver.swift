/// Finds organizations and people by id, or by a name that belongs to exactly one of them: the
/// one resolver for a sheet's cells and a command's flags (`--organization 临川市委`).
///
/// Names are compared by `OfficeText.nameKey` on both sides, so a name padded to line up
/// (`王　伟`), written with another dot (`阿卜杜拉•艾买提`) or with full-width parentheses names
/// the same record, whichever way it was stored. A name no record bears as it is written is then
/// compared in its base form (`OfficeText.baseName`): 中共江州市委员会 names 江州市委, and
/// 王伟（市委书记） or 王伟同志 names 王伟.
public struct NameResolver: Sendable {
    /// The records of one kind by id and by the key of their name.
    private struct Index: Sendable {
        let kind: RecordKind
        let names: [String: String]
        let byKey: [String: [String]]
        /// By the form of the name its official and everyday variants share (`OfficeText.baseName`).
        let byBaseName: [String: [String]]
        /// The keys, made ready to find the closest to a name no record bears.
        let keys: Suggestions.Candidates
        /// A transliterated name's parts (艾买提 of 阿卜杜拉·艾买提), their keys, suggested for a part
        /// given alone (helper-272: told to add a person).
        let byPart: [String: [String]]

        init(_ kind: RecordKind, _ records: [(id: String, name: String)]) {
            self.kind = kind
            names = Dictionary(records.map { ($0.id, $0.name) }) { first, _ in first }
            // Each name's key made once (a national store's 43,835 organizations: a tenth of a
            // second each time).
            var byKey: [String: [String]] = [:]
            // An organization is also found by its name without the remark it is stored with
            // (江东省国资委党委 for 江东省国资委党委（党组性质党委）); a remark typed must be its own.
            var byBaseName: [String: [String]] = [:]
            var byPart: [String: [String]] = [:]
            byKey.reserveCapacity(records.count)
            byBaseName.reserveCapacity(records.count)
            for record in records {
                if kind == .people, record.name.unicodeScalars.contains(where: OfficeText.middleDots.contains) {
                    for part in record.name.split(whereSeparator: {
                        $0.unicodeScalars.contains(where: OfficeText.middleDots.contains)
                    }) {
                        byPart[OfficeText.nameKey(String(part)), default: []].append(record.id)
                    }
                }
                let key = OfficeText.nameKey(record.name)
                byKey[key, default: []].append(record.id)
                let base = OfficeText.baseName(key, kind)
                byBaseName[base, default: []].append(record.id)
                if kind == .organizations, let bare = OfficeText.withoutRemark(base), bare != base {
                    byBaseName[bare, default: []].append(record.id)
                }
            }
            self.byKey = byKey.mapValues { $0.sorted() }
            self.byBaseName = byBaseName.mapValues { Array(Set($0)).sorted() }
            keys = Suggestions.Candidates(self.byKey.keys)
            self.byPart = byPart.mapValues { Array(Set($0)).sorted() }
        }
    }

    private let organizations: Index
    private var people: Index
    private var appointments: [String: [Appointment]]
    /// The organizations by id, for their parents (now, and on a day: the tree has history).
    private let tree: [String: Organization]

    /// `names` holds the organizations, people and appointments to look names up in.
    public init(_ names: Dataset) {
        organizations = Index(.organizations, names.organizations.map { ($0.id, $0.name) })
        people = Index(.people, names.people.map { ($0.id, $0.name) })
        appointments = Dictionary(grouping: names.appointments, by: \.person)
        tree = Dictionary(names.organizations.map { ($0.id, $0) }) { first, _ in first }
    }

    /// This resolver with `people` and their `appointments` to look names up in too, its
    /// organizations' index kept: a command naming an organization first builds no index of people.
    public func adding(people: [Person], appointments: [Appointment]) -> NameResolver {
        var resolver = self
        resolver.people = Index(.people, people.map { ($0.id, $0.name) })
        resolver.appointments = Dictionary(grouping: appointments, by: \.person)
        return resolver
    }

    /// An organization's id, or the one organization named `text`.
    public func organization(_ text: String) -> Sheet.CellValue { resolve(text, organizations) }

    /// A person's id, or the one person named `text`.
    public func person(_ text: String) -> Sheet.CellValue { resolve(text, people) }

    /// An id, or the one record of the name. An unknown text close to no name passes through as
    /// an id, so the validator reports it with the closest ids; one close to names, or the start
    /// of names, is refused with those names and their ids.
    private func resolve(_ text: String, _ index: Index) -> Sheet.CellValue {
        if index.names[text] != nil { return .success(.string(text)) }
        // A name as a register keeps it (“王伟”, 王伟*, 《江东省委》 are 王伟 and 江东省委, as a new
        // record's name is stored: helper-134), where the text as written names none.
        // (Whatever it names then: 江东省国资委党委（）, 江州市清溪县委（）, helper-273, unknown.)
        if case let bare = OfficeText.registerName(text), bare != text, !bare.isEmpty { return resolve(bare, index) }
        // An id typed full-width with a Chinese input method (ｔｌ, ｐ－ｓｕｎｌ), as a talk's id is read.
        if case let id = Sheet.idText(text), index.names[id] != nil { return .success(.string(id)) }
        let key = OfficeText.nameKey(text)
        if let found = index.byKey[key] {
            return found.count == 1 ? .success(.string(found[0])) : .ambiguous(found)
        }
        let base = OfficeText.baseName(key, index.kind)
        if let found = index.byBaseName[base] {
            guard index.kind == .people, base != key else {
                return found.count == 1 ? .success(.string(found[0])) : .ambiguous(found)
            }
            return remarked(text, remarks: OfficeText.remarks(key).remarks, found)
        }
        // A post after the name, spaced or not (孙丽 县委书记, 孙丽桐林县委书记: helper-254, no person
        // so named), as before it (县委书记 孙丽).
        if index.kind == .people, let (name, post) = nameThenPost(key), let found = index.byKey[name] {
            return remarked(text, remarks: [post], found)
        }
        // A remark after a comma, as after a space (孙丽,县委书记: helper-272, described as no name), and
        // an organization's name glued before the name (桐林县委孙丽: unknown), as a post before it.
        if index.kind == .people {
            if let comma = key.firstIndex(where: { "，,".contains($0) }), let found = index.byKey[String(key[..<comma])]
            {
                return remarked(text, remarks: [String(key[key.index(after: comma)...])], found)
            }
            if let split = (2..<max(2, key.count - 1)).reversed().first(where: { length in
                organizations.byKey[String(key.prefix(length))] != nil
                    && index.byKey[String(key.dropFirst(length))] != nil
            }), let found = index.byKey[String(key.dropFirst(split))] {
                return remarked(text, remarks: [String(key.prefix(split))], found)
            }
        }
        // Several names in one cell (周正、何静, 周正 何静, 周正和何静, 周正与何静, one a line): one record is asked
        // for, naming them.
        let parts = text.split { "、，,；;/和及与".contains($0) || $0.isWhitespace }.map { OfficeText.nameKey(String($0)) }
        if parts.count > 1, case let each = parts.compactMap({ index.byKey[$0]?.first }), each.count == parts.count {
            let (zh, en) = (
                each.map { "\((index.names[$0] ?? $0).quotedInChinese)（\($0.inline)）" }.joined(separator: "、"),
                each.map { "\((index.names[$0] ?? $0).quoted) (\($0.inline))" }.joined(separator: ", ")
            )
            let what = index.kind.singular
            return .failure(
                Message(
                    zh: "\(text.quoted) 写了 \(each.count) 个\(what.zh)：\(zh)；每格只填一个",
                    en: "\(text.quoted) names \(each.count) \(index.kind.rawValue): \(en); give one \(what.en) per cell"
                ))
        }
        // An organization's name with its committee's place before it, as a ledger tells apart
        // organizations of one name (江州高新区党工委 for the 高新区党工委 under 江州市委: helper-197).
        if index.kind == .organizations, case let placed = placedOrganizations(key), !placed.isEmpty {
            return placed.count == 1 ? .success(.string(placed[0])) : .ambiguous(placed)
        }
        // A post alone (县委书记, 桐林县委书记; 县长, 临时负责人 outside the team): no one's name
        // (helper-254: "unknown person").
        if index.kind == .people, isPost(text) || Self.isPlainPost(Self.postKey(text)) {
            return .failure(
                Message(
                    zh: "\(text.quotedInChinese) 是职务，不是姓名：请填写此人的姓名或编号",
                    en: "\(text.quoted) is a post, not a person's name: give the name or the id"))
        }
        // A committee's post, of a committee none is stored as (打麻将县委书记): no one's name, and the
        // committee's words not quoted, as they may be a problem's (helper-285: quoted as unknown).
        if index.kind == .people, Self.isCommitteesPost(Self.postKey(text)) {
            let described = Sheet.described(text)
            return .failure(
                Message(
                    zh: "单元格所写是未登记党组织的职务，不是姓名（\(described.zh)）：请填写此人的姓名或编号",
                    en: "names no person: it holds the post of a committee none is stored as (\(described.en)): "
                        + "give the name or the id"))
        }
        // A stored name with words glued after it or set beside it (孙丽病假, 孙丽 审查,
        // 江州市委班子不团结): that name is suggested, the words not quoted, as they may be private
        // or a problem's (helper-265: quoted in a talk's row); a near miss else (王卫 for 王伟), or
        // the start of a name (临川 for 临川市委).
        // (Within a text as long as a name: one longer is told as such.)
        // (Marks around the name aside: “桐林县委”班子不团结, 《孙丽》作风问题, helper-274, quoted as unknown.)
        let plain = key.filter { !"“”\"《》「」『』‘’".contains($0) }
        // (One ideograph after it too, 孙丽病, 桐林县委病: helper-285, quoted; 孙丽X is a slip, quoted.)
        let longest =
            plain.last?.unicodeScalars.allSatisfy(\.properties.isIdeographic) == true
            ? plain.count - 1 : plain.count - 2
        // (Or a person's with words before it, 病孙丽, 打麻将的孙丽: helper-286, quoted. Not an
        // organization's: the end of one's name is often another's, 县委 of 清溪县委.)
        let within =
            (3...TextLimits.name).contains(plain.count) && longest >= 2
            ? (2...longest).reversed().lazy.compactMap {
                index.byKey[String(plain.prefix($0))]
                    ?? (index.kind == .people ? index.byKey[String(plain.suffix($0))] : nil)
            }.first : nil
        // (A form of address or a name masked is told as such, not as a person to add: 孙书记, helper-272.)
        if index.kind == .people, case let read = PersonName.reading(text, self), Self.isAddressOrMasked(read) {
            return read.read(text)
        }
        // A post with words after it (县委书记 高血压, 一把手 糖尿病): no one's name, and the words not
        // quoted, as they may be private (helper-276: quoted as an unknown person's name).
        // (Not a secretary's post with a name after it, 县委书记（陈冬）: its name is looked for as
        // any name is, a near one suggested.)
        if index.kind == .people, key.count <= TextLimits.name,
            (2..<max(2, key.count)).contains(where: { isPost(String(key.prefix($0))) }),
            !OfficeText.isPostThenName(key)
        {
            let described = Sheet.described(text)
            return .failure(
                Message(
                    zh: "单元格所写是职务及其他文字，不是姓名（\(described.zh)）：请填写此人的姓名或编号",
                    en: "names no person: it holds a post and more (\(described.en)): give the name or the id"))
        }
        // (Or close to the name in its base form, an official one's (中共桐林县委员会 after 桐林县委 was
        // renamed 桐林市委), or a part of a transliterated name (艾买提 of 阿卜杜拉·艾买提): helper-272,
        // told to add them.)
        let near =
            within
            ?? [key, base].lazy.map { index.keys.closest(to: $0, orBeginning: true) }.first { !$0.isEmpty }.map {
                $0.flatMap { index.byKey[$0] ?? [] }
            }
            ?? index.byPart[key] ?? []
        guard !near.isEmpty else { return .success(.string(text)) }
        // Each name quoted, as every suggestion is (`Suggestions`): a stored name may hold anything.
        let zh = near.map { "\((index.names[$0] ?? $0).quotedInChinese)（\($0.inline)）" }.joined(separator: "、")
        let en = near.map { "\((index.names[$0] ?? $0).quoted) (\($0.inline))" }.joined(separator: ", ")
        let what = index.kind.singular
        // (A text in a problem's words described, not quoted: helper-212, --organization 桐林县委问题线索;
        // and a post with a name after it, which may say more of the person, 县委书记（陈东病）: helper-284.)
        guard Sheet.holdsProblemWords(text) || within != nil || index.kind == .people && Sheet.holdsAPostAndMore(text)
        else {
            return .failure(
                Message(
                    zh: "没有名为 \(text.quoted) 的\(what.zh)；是否指 \(zh)？",
                    en: "no \(what.en) is named \(text.quoted); did you mean \(en)?"))
        }
        let described = Sheet.described(text)
        return .failure(
            Message(
                zh: "单元格所写不是\(what.zh)的名称（是\(described.zh)）；是否指 \(zh)？",
                en: "names no \(what.en): it holds \(described.en); did you mean \(en)?"))
    }

    /// Whether a cell is read as a form of address (孙书记) or a name masked (孙某).
    private static func isAddressOrMasked(_ read: PersonName) -> Bool {
        switch read {
        case .address, .masked: true
        default: false
        }
    }

    /// The one organization whose name ends `key` (a `nameKey`) and one of whose ancestors, now or
    /// before, is named with the rest of it first, a place and not the ancestor's whole name (江州
    /// of 江州市委, 江州市 too; 江东省桐林县委: helper-272, a unique name's told to add it), if exactly
    /// one is, else those nearest (江州市城关镇党委 of two under 江州市委's counties: helper-273, told
    /// unknown); two names run together (江东省委江州市委) are none (helper-200: read as 江州市委). Each
    /// end of `key` is looked up, not each name: a sheet's new ids come this way too. Only the
    /// ends a name can be (`TextLimits.name`): a cell of megabytes is no name.
    private func placedOrganizations(_ key: String) -> [String] {
        // Each candidate by how far up its nearest ancestor so named is: 江东省高新区党工委 is the one
        // under 江东省委, not the one under 江州市委 under it.
        var found: [String: Int] = [:]
        let shortest = key.index(key.endIndex, offsetBy: -TextLimits.name, limitedBy: key.startIndex) ?? key.startIndex
        for start in key[shortest...].indices where start != key.startIndex {
            let (place, name) = (key[..<start], String(key[start...]))
            guard let ids = organizations.byKey[name] else { continue }
            for id in ids {
                let levels = ancestors(of: id)
                guard
                    let nearest = levels.firstIndex(where: { level in
                        level.contains { ancestor in
                            organizations.names[ancestor].map(OfficeText.nameKey).map {
                                $0.hasPrefix(place) && $0 != place
                            }
                                == true
                        }
                    })
                else { continue }
                found[id] = min(found[id] ?? nearest, nearest)
            }
        }
        return found.filter { $0.value == found.values.min() }.map(\.key).sorted()
    }

    /// Whether a remark is a post outside a committee's team and nothing else, safe to quote: the
    /// post's word alone or after a place's name (县长, 副县长, 桐林县县长; not 贪腐局长: helper-273,
    /// quoted), or one in charge for a time or of a part (临时负责人, 分管负责人: the top leader is
    /// 主要负责人, a post of the team; told an unknown person to add). Or a post of a body beside
    /// the committee, after its name (县政府县长, 县人大常委会主任, 县纪委书记, 县政府党组书记: the fifty-sixth
    /// session, told an unknown person to add), its secretary's too: no committee's.
    static func isPlainPost(_ remark: String) -> Bool {
        guard let word = plainPostWords.first(where: remark.hasSuffix) else { return false }
        var place = remark.dropLast(word.count)
        if place.hasSuffix("副") { place = place.dropLast() }
        if word == "负责人" { return ["", "临时", "分管", "牵头", "具体"].contains(place) }
        let body = bodiesBesideTheCommittee.first(where: place.hasSuffix)
        if let body { place = place.dropLast(body.count) }
        // (A committee's secretary is no plain post: `isPost`.)
        guard word != "书记" || body != nil else { return false }
        // (Only a place before it: 脱离群众县纪委书记, 好人主义县长, helper-284, quoted as a post.)
        return place.isEmpty || "省市县区州旗乡镇".contains(place.last!) && Sheet.isPlaceName(place)
    }

    /// Whether a key (a `postKey`) is a committee's post and nothing else: the post (`posts`) after
    /// nothing, a committee's level (县委副书记, 党委书记) or a place's body (江南县委书记,
    /// `Sheet.isPlaceBody`: not 好人主义县委书记); an acting or former one's too.
    static func isCommitteesPost(_ key: String) -> Bool {
        guard let (word, _) = posts.first(where: { key.hasSuffix($0.0) }) else { return false }
        var before = key.dropLast(word.count)
        if let held = ["代理", "前任", "时任", "现任", "原"].first(where: before.hasPrefix) {
            before = before.dropFirst(held.count)
        }
        if before.hasSuffix("代") || before.hasSuffix("原") { before = before.dropLast() }
        return before.isEmpty || Sheet.isPlaceBody(before)
    }

    /// The words of the posts `isPlainPost` takes.
    private static let plainPostWords = [
        "省长", "州长", "市长", "区长", "县长", "旗长", "乡长", "镇长", "局长", "主任", "厅长", "部长", "处长", "科长", "院长", "校长", "行长", "所长",
        "经理", "董事长", "主席", "秘书长", "检察长", "庭长", "负责人", "书记",
    ]

    /// The words of every post a person's cell may give, a committee's (`posts`) and others'.
    static let postWords = Set(plainPostWords + posts.map(\.0))

    /// The bodies of a place beside its Party committee whose posts a ledger may name (县纪委书记,
    /// 县政府县长), longest first.
    private static let bodiesBesideTheCommittee = [
        "人大常委会党组", "纪委监委", "人大常委会", "政府党组", "政协党组", "检察院", "纪委", "监委", "政府", "人大", "政协", "法院",
    ]

    /// The organizations above `organization`, now or before, level by level up the tree: its
    /// parents, then theirs.
    private func ancestors(of organization: String) -> [Set<String>] {
        var (levels, seen, level) = ([Set<String>](), Set([organization]), Set([organization]))
        while !level.isEmpty {
            let parents = level.compactMap { tree[$0] }.flatMap { record in
                ([record.parent] + record.formerParents.map(\.parent)).compactMap { $0 }
            }
            level = Set(parents).subtracting(seen)
            seen.formUnion(level)
            if !level.isEmpty { levels.append(level) }
        }
        return levels
    }

    /// Of the people `found` by a name with remarks after it (王伟（江州市委书记）), those the
    /// remarks say. A remark may be a post, held where and as it says (江州市委书记: the secretary of
    /// 江州市委 at some time; 原桐林县委副书记; 市委书记: a city committee's secretary; 书记; 同志), an
    /// organization (江州市委: who held a post there), the person's sex, or the id of one of them
    /// (王伟（p-wangw2）). Anything else may say the cell means another (周正（委托何静代谈）,
    /// 王伟（非桐林县委）) and is refused, never dropped; so is a post none of them held.
    private func remarked(_ text: String, remarks: [String], _ found: [String]) -> Sheet.CellValue {
        var chosen = found
        // 女，桐林县委书记: each part a remark of its own.
        let parts = remarks.flatMap { $0.split(whereSeparator: { "，,、;；".contains($0) }).map(String.init) }
        for remark in parts {
            // 同志, the sex, the ethnic group (汉族, 回族, 汉), the grade (正处级, 副厅), the party
            // (中共党员) or the part in the talk (主谈) tells no post (helper-254: 王伟（正处）, 周正（主谈）
            // refused as no post).
            if Self.remarksOfNoPost.contains(remark) || (remark.hasSuffix("族") && (2...5).contains(remark.count))
                || SheetColumns.isGrade(remark)
            {
                continue
            }
            if let id = found.first(where: { IDRules.sameBytes($0, remark) || $0.lowercased() == remark.lowercased() })
            {
                chosen = chosen.filter { $0 == id }
                continue
            }
            guard let post = post(remark) else {
                let other = people.byKey[remark] ?? (people.names[remark] != nil ? [remark] : [])
                if let other = other.first {
                    let name = (people.names[other] ?? other).quoted
                    return .failure(
                        Message(
                            zh: "\(text.quoted) 的附注提到了另一人 \(name)（\(other.inline)）；请只填一人的姓名或编号",
                            en:
                                "\(text.quoted) also names another person, \(name) (\(other.inline)); give one person's name or id"
                        ))
                }
                let name = (found.first.map { people.names[$0] ?? $0 } ?? "")
                // A post no record holds (县长, outside a committee's team) is told as one (helper-272:
                // told "no post").
                if Self.isPlainPost(remark) {
                    return .failure(
                        Message(
                            zh:
                                "\(name.quotedInChinese) 的附注 \(remark.quotedInChinese) 不是登记的职务（只登记党委领导班子的书记、副书记、常委、委员），无法据以确定是哪一位；请只填姓名，或填编号",
                            en:
                                "\(name.quoted) has the remark \(remark.quoted), a post not recorded (only a committee's "
                                + "leadership posts are: secretary, deputy, member), which tells no one apart; give the name alone, or the id"
                        ))
                }
                // A remark that is no post may be a problem slid over (收受礼金): nothing of it is
                // quoted, the name alone (helper-145, helper-146).
                return .failure(
                    Message(
                        zh: "\(name.quotedInChinese) 后括号中的附注不是职务或单位（不显示，可能是保密内容），无法确定是哪一位；请只填姓名，或填编号",
                        en:
                            "\(name.quoted) has a remark in brackets (not shown: it may be confidential) that is no post or organization telling who is meant; give the name alone, or the id"
                    ))
            }
            chosen = chosen.filter { person in (appointments[person] ?? []).contains { held(post, $0) } }
            guard !chosen.isEmpty else {
                // Each by name and id (helper-277: "none of p-lihua", one person, by id alone).
                let named = found.map { "\((people.names[$0] ?? $0).inline)（\($0.inline)）" }
                let namedEn = found.map { "\((people.names[$0] ?? $0).inline) (\($0.inline))" }
                return .failure(
                    Message(
                        zh:
                            "\(text.quoted)：\(named.joined(separator: "、"))\(found.count > 1 ? "都" : "")未曾任 \(remark.quotedInChinese)；请核对或填写编号",
                        en: "\(text.quoted): \(found.count > 1 ? "none of " : "")\(namedEn.joined(separator: ", ")) "
                            + "\(found.count > 1 ? "held" : "never held") the post \(remark.quoted); check it or give the id"
                    ))
            }
        }
        return chosen.count == 1 ? .success(.string(chosen[0])) : .ambiguous(chosen)
    }

    /// A person's name (a `nameKey`) a post follows, and that post (孙丽县委书记: 孙丽 and 县委书记),
    /// the shortest stored name first; nil when no stored name is followed by a post.
    private func nameThenPost(_ key: String) -> (name: String, post: String)? {
        // (A name of two characters at least, a post of two: 书记 alone trapped, the range's end
        // before its start.)
        let characters = Array(key)
        guard characters.count >= 4, Self.endsWithPost(key) else { return nil }
        for length in 2...min(characters.count - 2, TextLimits.name) {
            let (name, remark) = (String(characters[..<length]), String(characters[length...]))
            if people.byKey[name] != nil, post(remark) != nil { return (name, remark) }
        }
        return nil
    }

    /// The remarks beside a name that say nothing of a post: a form of address, the sex, the Han
    /// nationality abbreviated, the party, the lead in a talk (not 陪谈: one who sat in, no talker).
    private static let remarksOfNoPost: Set<String> = [
        "", "同志", "男", "女", "汉", "中共党员", "党员", "群众", "主谈", "主谈人",
    ]

    /// What a remark says of a post: the organizations it was held in, or the level of the
    /// committee (市委: a city's), and the role; nil for what it does not say.
    private struct Post {
        var organizations: Set<String>?
        var level: Level?
        var role: Role?
    }

    /// Whether `appointment` is the post `post` says.
    private func held(_ post: Post, _ appointment: Appointment) -> Bool {
        (post.organizations?.contains(appointment.organization) ?? true)
            && (post.level.map { tree[appointment.organization]?.level == $0 } ?? true)
            && (post.role.map { appointment.role == $0 } ?? true)
    }

    /// The posts a remark may name, the longest first, with the role of the leadership team each
    /// is. Only these are recorded (appointments): another (市长, 主任) cannot be checked, and is
    /// refused rather than read as nothing.
    static let posts: [(String, Role)] = [
        ("党工委书记", .secretary), ("党委书记", .secretary), ("党组书记", .secretary), ("副书记", .deputySecretary),
        ("书记", .secretary), ("一把手", .secretary), ("常委", .member), ("委员", .member),
        // (The top leader as official papers name them: helper-277, an unknown person to add.)
        ("主要负责人", .secretary), ("主要负责同志", .secretary),
    ]

    /// Whether a person's cell holds a post alone, no one's name (县委书记, 桐林县委书记, 书记).
    /// (Its register's marks aside, “县委书记”, as a name's are.)
    func isPost(_ text: String) -> Bool {
        let key = Self.postKey(text)
        return Self.endsWithPost(key) && post(key) != nil
    }

    /// A text given for a person as a post is compared: its register's marks and spacing aside, an
    /// acting one's remark after it as the word before it (县委书记（代理）: 代理县委书记).
    static func postKey(_ text: String) -> String {
        let key = OfficeText.nameKey(OfficeText.registerName(text))
        guard let acting = ["(代理)", "(代)"].first(where: { key.hasSuffix($0) && key.count > $0.count }) else {
            return key
        }
        return "代理" + key.dropLast(acting.count)
    }

    /// Whether a text ends with a post a remark may name (`posts`): 县委书记, 常委.
    static func endsWithPost(_ text: String) -> Bool { posts.contains { text.hasSuffix($0.0) } }

    /// The committees a post may be named by the level of (市委书记).
    private static let levels: [String: Level?] = [
        "省委": .province, "市委": .city, "州委": .city, "县委": .county, "区委": .county, "旗委": .county,
        "党委": nil, "党组": nil, "党工委": nil,
    ]

    /// A remark that is a post or an organization (江州市委书记, 书记, 原桐林县委副书记, 市委书记,
    /// 江州市委), nil when it is neither.
    private func post(_ remark: String) -> Post? {
        let named = Self.posts.first { remark.hasSuffix($0.0) }
        var place = Substring(remark.dropLast(named?.0.count ?? 0))
        // 江州市委原书记: the former post, as 原江州市委书记.
        if named != nil, place.hasSuffix("原") { place = place.dropLast() }
        // (原阳县委书记 is the post of 原阳县委, stored: helper-109.)
        // (An acting one's holds it: 代理县委书记, 县委代书记, helper-281, no post.)
        for word in ["前任", "原", "前", "时任", "现任", "曾任", "任", "代理"]
        where named != nil && place.hasPrefix(word) && organizations(named: String(place)) == nil {
            place = place.dropFirst(word.count)
            break
        }
        if named?.1 == .secretary, place.hasSuffix("代"), organizations(named: String(place)) == nil {
            place = place.dropLast()
        }
        var post = Post(role: named?.1)
        if place.isEmpty { return named == nil ? nil : post }
        if named != nil, let level = Self.levels[String(place)] {
            post.level = level
            return post
        }
        let key = String(place)
        guard
            let organizations = organizations(named: key) ?? (tree[key] != nil ? [key] : nil)
        else { return nil }
        post.organizations = Set(organizations)
        return post
    }

    /// The refusal of a name several records bear, naming each with what tells them apart: a
    /// person's posts, an organization's parent.
    /// At most ten are described, then counted: a store may hold a hundred 张伟, and the line
    /// grew with each.
    public func ambiguity(_ text: String, _ ids: [String], kind: RecordKind) -> Message {
        let described = ids.prefix(10).map { id in
            let about = kind == .people ? posts(of: id) : parent(of: id)
            return (zh: "\(id.inline)（\(about.zh)）", en: "\(id.inline) (\(about.en))")
        }
        let more = ids.count - described.count
        let what = kind == .people ? Message(zh: "人员", en: "people") : Message(zh: "组织", en: "organizations")
        return Message(
            zh: "有多个\(what.zh)名为 \(text.quoted)：\(described.map(\.zh).joined(separator: "、"))"
                + (more > 0 ? "，另有 \(more) 个" : "") + "；请填写编号",
            en: "several \(what.en) are named \(text.quoted): \(described.map(\.en).joined(separator: "; "))"
                + (more > 0 ? "; and \(more) more" : "") + "; give the id"
        )
    }

    private func posts(of person: String) -> Message {
        let held = (appointments[person] ?? []).sorted { $0.from < $1.from }
        guard !held.isEmpty else { return Message(zh: "未登记职务", en: "no post recorded") }
        let zh = held.map { a in
            "\(told(a.organization).zh)\(a.role.label.zh) \(a.from) 起" + (a.to.map { "至 \($0)" } ?? "")
        }
        let en = held.map { a in
            "\(a.role.label.en) of \(told(a.organization).en) from \(a.from)" + (a.to.map { " to \($0)" } ?? "")
        }
        return Message(zh: zh.joined(separator: "，"), en: en.joined(separator: ", "))
    }

    /// An organization's name as a message tells it, with its id where several bear the name (张三,
    /// secretary of 城关镇党委, and another 张三, secretary of another 城关镇党委: helper-272, told alike).
    private func told(_ organization: String) -> Message {
        let name = organizationName(organization)
        guard (organizations.byKey[OfficeText.nameKey(name)]?.count ?? 0) > 1 else {
            return Message(zh: name.inline, en: name.inline)
        }
        return Message(zh: "\(name.inline)（\(organization.inline)）", en: "\(name.inline) (\(organization.inline))")
    }

    /// Its parent, and its lifespan where one is recorded: namesakes, one dissolved and the other set
    /// up after it under the same parent, are told apart by their days (helper-210: both "under 江东省委").
    private func parent(of organization: String) -> Message {
        let record = tree[organization]
        let lifespan = Message(
            zh: (record?.established.map { "，\($0) 成立" } ?? "") + (record?.dissolved.map { "，\($0) 撤销" } ?? ""),
            en: (record?.established.map { ", set up \($0)" } ?? "")
                + (record?.dissolved.map { ", dissolved \($0)" } ?? ""))
        guard let parent = record?.parent else {
            return Message(zh: "无上级" + lifespan.zh, en: "no parent" + lifespan.en)
        }
        let name = (organizations.names[parent] ?? parent).inline
        return Message(zh: "上级 \(name)" + lifespan.zh, en: "under \(name)" + lifespan.en)
    }

    /// The one of `people` who held a post in `organization` on `day`, if exactly one did: only
    /// one 王伟 was 江州市委's secretary on 2026-04-10.
    public func settle(_ people: [String], organization: String, during days: ClosedRange<CivilDate>) -> String? {
        let held = people.filter { person in
            (appointments[person] ?? []).contains {
                $0.organization == organization && $0.from <= days.upperBound
                    && ($0.to.map { days.lowerBound <= $0 } ?? true)
            }
        }
        return held.count == 1 ? held[0] : nil
    }

    /// The one of `organizations` that existed on `day` and, when a `conductor` is given, was
    /// under it then, if exactly one: of the 高新区党工委 of several cities, the one a city's talk
    /// was held with; of a 清溪县委 dissolved in a reform and the one made after it, the one of the
    /// day (helper-201: refused as ambiguous).
    public func settle(_ organizations: [String], under conductor: String?, on day: CivilDate) -> String? {
        let under = organizations.filter { id in
            guard let organization = tree[id], organization.exists(on: day) else { return false }
            return conductor.map { organization.parent(on: day) == $0 } ?? true
        }
        return under.count == 1 ? under[0] : nil
    }

    /// Of the records of `kind` (people or organizations) whose name `text` several bear, the one
    /// a record's `organization` and `day` settle (`settle`), if exactly one; with the note that
    /// says which was taken and why, for the place it was given at to begin.
    /// `days` is one day for a talk (held), a plan item's year to its deadline for a plan item: a
    /// person held a post there some day of them, an organization existed (under it) on the last.
    /// A person needs the `organization`; an organization is settled by its day alone without one.
    public func settled(
        _ ids: [String], _ kind: RecordKind, _ text: String, organization: String?, during days: ClosedRange<CivilDate>
    ) -> (id: String, note: Message)? {
        let people = kind == .people
        let settled =
            people
            ? organization.flatMap { settle(ids, organization: $0, during: days) }
            : settle(ids, under: organization, on: days.upperBound)
        guard let chosen = settled else { return nil }
        let (first, last) = (days.lowerBound, days.upperBound)
        let when =
            first == last
            ? Message(zh: "\(first)", en: "on \(first)")
            : Message(zh: "\(first) 至 \(last) 期间", en: "between \(first) and \(last)")
        // Names and ids as values in a line: a line break stored in one is shown, not obeyed.
        let (place, taken) = (organization.map(told), chosen.inline)
        let named = Message(
            zh: people ? "有 \(ids.count) 人名为 \(text.quoted)" : "有 \(ids.count) 个组织名为 \(text.quoted)",
            en: "\(ids.count) \(people ? "people" : "organizations") are named \(text.quoted)")
        let why =
            if let place {
                people
                    ? Message(
                        zh: "取 \(when.zh) 在 \(place.zh) 任职的 \(taken)",
                        en: "took \(taken), who held a post in \(place.en) \(when.en)")
                    : Message(
                        zh: "取 \(last) 隶属 \(place.zh) 的 \(taken)", en: "took \(taken), under \(place.en) on \(last)")
            } else {
                Message(zh: "取 \(last) 存在的 \(taken)", en: "took \(taken), the one that existed on \(last)")
            }
        return (chosen, Message(zh: "\(named.zh)，\(why.zh)", en: "\(named.en); \(why.en)"))
    }

    /// A person's name, or the id when the person is not known.
    public func name(of person: String) -> String { people.names[person] ?? person }

    /// An organization's name, or the id when it is not known.
    public func organizationName(_ id: String) -> String { organizations.names[id] ?? id }

    /// The one organization a text begins with the name of (海西州委开展的谈话, 海西州委（1人）), the
    /// longest such name; nil when it begins with none or with one several bear.
    public func organization(beginning text: String) -> String? {
        let key = Array(OfficeText.nameKey(text))
        for end in stride(from: key.count, through: 2, by: -1) {
            let name = String(key[..<end])
            if let found = organizations(named: name) { return found.count == 1 ? found[0] : nil }
        }
        return nil
    }

    /// The people who bear the name `text` gives, remarks aside (王伟 of 市委书记王伟, 王伟（江州市委书记）).
    public func namesakes(_ text: String) -> [String] {
        people.byBaseName[OfficeText.baseName(OfficeText.nameKey(text), .people)] ?? []
    }

    /// The one organization `text` is the name of (not its id), as written or in its base form.
    public func organization(named text: String) -> String? {
        organizations(named: OfficeText.nameKey(text)).flatMap { $0.count == 1 ? $0[0] : nil }
    }

    /// The organizations named `key` (a `nameKey`) as written or in its base form, no near misses.
    /// Whether `text` is an organization's name, as written or in its base form (江州市委, 中共江州市委员会).
    public func isOrganizationName(_ text: String) -> Bool { organizations(named: OfficeText.nameKey(text)) != nil }

    /// Whether `text` is a person's name (`nameKey`s compared).
    public func isPersonsName(_ text: String) -> Bool { people.byKey[OfficeText.nameKey(text)] != nil }

    /// Whether an organization's name (its key) begins with `text` (桐林 of 桐林县委): asked only of a
    /// name refused, each name compared.
    public func beginsAnOrganizationsName(_ text: String) -> Bool {
        organizations.byKey.keys.contains { $0.hasPrefix(text) }
    }

    private func organizations(named key: String) -> [String]? {
        organizations.byKey[key] ?? organizations.byBaseName[OfficeText.baseName(key, .organizations)]
    }
}
