import Foundation
import TalkModel
import Testing

/// `Words` finds what `contains(where: text.contains)` over the same list finds, in every place
/// of a text, a word beginning where another of its first character does not.
@Suite struct WordsTests {
    @Test func aWordIsFoundWhereverItStands() {
        let words = Words(["收受礼金", "收礼", "礼金", "婚外情", "ktv"])
        for text in [
            "收礼", "王伟收礼", "收受礼金", "王伟收受礼金50万元", "收收受礼金", "王伟 婚外情", "去ktv唱歌", "收受礼品", "王伟", "", "收", "婚外",
            "KTV",
        ] {
            let expected = ["收受礼金", "收礼", "礼金", "婚外情", "ktv"].contains(where: text.contains)
            #expect(words.occur(in: text) == expected, "\(text)")
            #expect(words.occur(in: text[...]) == expected, "\(text)")
        }
        #expect(!Words([]).occur(in: "收受礼金"))
        #expect(!Words([""]).occur(in: "收受礼金"))
    }
}
