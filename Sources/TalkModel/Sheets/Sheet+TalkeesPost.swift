/// A talkee's post, as a talk's row or `talks record --talkee` gives it: in a column of its own or
/// beside the name, checked against who was the organization's secretary on the day.
extension Sheet {
    /// Why a talk's row is refused for the talkee's post it gives (compacted), nil where it is not.
    /// A blank talkee beside a post that may not be the secretary's (县长, 副书记) gets no secretary
    /// filled in: the talk was with another (the forty-ninth session: 孙丽, 桐林县委's secretary, was
    /// stored for a talk with its 县长). A talkee named who was the organization's secretary beside a
    /// post plainly another's (清溪县委书记, 县长) is a slip of one of the two, and the talk would be
    /// stored with the organization of the one (helper-272: stored, the column told "not imported").
    /// `talkee` (nil: none given), `organization`, the day `held` and the talk's `kind` are as
    /// the talk gives them; a post beside the name (`besideTheName`) was asked of the talkee's posts
    /// as it was read. Throws what `lookup` throws.
    public static func talkeesPostRefusal(
        _ post: String, talkee: String?, organization: String, held: CivilDate?, kind: String?,
        in lookup: some RecordLookup, _ resolver: NameResolver, besideTheName: Bool = false
    ) throws -> Message? {
        let shown = shownPost(post)
        let record = try lookup.organization(organization)
        guard let talkee else {
            guard !SheetColumns.maySaySecretary(post, of: record?.name) else { return nil }
            let named = resolver.organizationName(organization).inline
            return Message(
                zh: "未填被谈话人，而职务写的是\(shown.zh)，不是 \(named) 的书记：按谈话当日该单位的书记填写的只能是与书记的谈话；请填写被谈话人",
                en: "no talkee given, and the post given, \(shown.en), is not the secretary of \(named): the "
                    + "organization's secretary on the day is filled in only for a talk with its secretary; give the talkee"
            )
        }
        guard let day = held else { return nil }
        let (named, person) = (resolver.organizationName(organization).inline, resolver.name(of: talkee).inline)
        // A post saying the organization's secretary beside a talkee who was not, while another was
        // (陈东 | 县委书记 in 桐林县委's row, 王伟（书记） in 江州市委's after his term: helper-276, stored),
        // is a slip of one of the two as well. (With no secretary recorded, the roster may lack them.)
        let wasSecretary = try lookup.secretaryAppointments(of: organization).contains {
            $0.person == talkee && $0.covers(day)
        }
        if !wasSecretary {
            // (A supervision talk's: the talkee of another, a talk before an appointment (任前谈话), is
            // to be the secretary: helper-278, refused.)
            guard TalkDefaults.fillsTalkee(kind: kind),
                let secretary = try TalkDefaults.talkee(of: organization, on: day, in: lookup), secretary != talkee
            else { return nil }
            let holder = resolver.name(of: secretary).inline
            guard SheetColumns.saysSecretary(post, of: record?.name) else {
                // Another body's secretary (市委书记李华 in 桐林县委's row, 陈东 | 清溪县委书记): the talk
                // was with the top leader of another (helper-279: stored, check told it later).
                guard SheetColumns.namesASecretary(post) else { return nil }
                return Message(
                    zh: "职务写的是\(shown.zh)，是另一组织的书记，而被谈话人 \(person) 在 \(day) 不是 \(named) 的书记（\(holder) 是）："
                        + "请更正被谈话人、职务或谈话对象单位",
                    en: "the post given, \(shown.en), is another's secretary, and the talkee, \(person), was not the "
                        + "secretary of \(named) on \(day) (\(holder) was): correct the talkee, the post or the organization"
                )
            }
            return Message(
                zh: "职务写的是\(shown.zh)，即 \(named) 的书记，而被谈话人 \(person) 在 \(day) 不是其书记（\(holder) 是）：请更正被谈话人或职务",
                en: "the post given, \(shown.en), is the secretary of \(named), and the talkee, \(person), was not its "
                    + "secretary on \(day) (\(holder) was): correct the talkee or the post")
        }
        // (A post beside the name was asked of the talkee's posts as it was read: `NameResolver`.)
        guard !besideTheName, SheetColumns.saysAnotherPost(post, than: organization, at: record?.level, resolver)
        else { return nil }
        return Message(
            zh: "职务写的是\(shown.zh)，不是 \(named) 的书记，而被谈话人 \(person) 在 \(day) 是 \(named) 的书记：请更正被谈话人或职务",
            en: "the post given, \(shown.en), is not the secretary of \(named), and the talkee, \(person), was its "
                + "secretary on \(day): correct the talkee or the post")
    }

    /// The post written beside `talkee`'s name in a cell (县委书记 of 县委书记陈东, 书记 of 王伟（书记）),
    /// compacted, its brackets dropped; nil where the cell is the name alone or holds no post beside it.
    public static func postBeside(_ talkee: String, in text: String, _ resolver: NameResolver) -> String? {
        let (cell, name) = (OfficeText.compact(text), OfficeText.compact(resolver.name(of: talkee)))
        guard cell != name, !name.isEmpty, let at = cell.firstRange(of: name) else { return nil }
        // (Set off as ledgers set it: 王伟，市委书记, 王伟-市委书记, 王伟同志（市委书记）: helper-277, taken.)
        // (Its marks left aside, as the name came out from between them: 县委书记（孙丽）, 县委书记：孙丽.)
        let marks = ":,，、-—·"
        var beside = String(
            String(cell[..<at.lowerBound] + cell[at.upperBound...]).replacing("同志", with: "").replacing("()", with: "")
                .drop { marks.contains($0) }.reversed().drop { marks.contains($0) }.reversed())
        // (Or the brackets it stands in: 陈东（县委书记）.)
        if beside.first == "(", beside.last == ")", beside.dropFirst().dropLast().allSatisfy({ !"()".contains($0) }) {
            beside = String(beside.dropFirst().dropLast())
        }
        return beside.contains("书记") || NameResolver.endsWithPost(beside) ? beside : nil
    }

    /// A post as a message shows it: quoted where it reads as posts alone (县长, 党委副书记、县长),
    /// else described, as a problem slid over from the column beside may be confidential
    /// (县长（收受礼金50万元）, 作风问题: helper-274, quoted).
    static func shownPost(_ post: String) -> Message {
        // Each of its posts ending as one does (市长作风问题, 市长情人: helper-275, quoted).
        let endings = ["书记", "长", "主任", "委员", "常委", "负责人", "负责同志", "一把手", "级", "主席", "秘书", "干部", "成员"]
        let posts = post.split { "、兼".contains($0) }
        if post.count <= 20, !posts.isEmpty, posts.allSatisfy({ part in endings.contains(where: part.hasSuffix) }),
            !holdsProblemWords(post), !post.contains(where: { "()（）【】[]，。；！？,;/｜|:：".contains($0) })
        {
            return Message(zh: post.quotedInChinese, en: post.quoted)
        }
        return described(post)
    }
}
