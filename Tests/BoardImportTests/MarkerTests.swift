import Testing

@testable import BoardImport

/// Heading and item numbers in every form the plans use, and text that only looks like one.
@Suite struct MarkerTests {
  @Test(arguments: [
    ("一、指导思想", Marker.Kind.chineseComma, 1),
    ("十二、附则", .chineseComma, 12),
    ("（一）促进高价值发明专利创造", .parenChinese, 1),
    ("(三)赋能实体经济", .parenChinese, 3),
    ("1.围绕重点产业", .arabicDot, 1),
    ("1 .强化部门协同管理机制", .arabicDot, 1),
    ("5．提升专利代理服务能力建设", .arabicDot, 5),
    ("12、强化知识产权保护", .arabicComma, 12),
    ("（2）加强商标品牌培育", .parenArabic, 2),
    ("③加强宣传", .circled, 3),
  ])
  func recognisesEachNumbering(_ text: String, _ kind: Marker.Kind, _ number: Int) throws {
    let marker = try #require(Marker.at(Array(text)[...]))
    #expect(marker.kind == kind)
    #expect(marker.number == number)
  }

  @Test func aMissingNumberIsAMarkerWithoutANumber() throws {
    let marker = try #require(Marker.at(Array("()落实知识产权经费保障")[...]))
    #expect(marker.kind == .parenChinese)
    #expect(marker.number == nil)
  }

  @Test(arguments: ["1.25亿元", "2024年底前", "十分重要", "（区知识产权局）", "100O人次", "一是加强"])
  func textThatIsNoMarker(_ text: String) {
    #expect(Marker.at(Array(text)[...]) == nil)
  }

  @Test func aOneLineDumpSplitsAtHeadingsAfterSentencesAndPartHeadings() {
    #expect(
      Paragraphs.split("制定本方案。一、指导思想为深学笃用。三、重点任务(一)高标准规划。1 .强化机制。充分发挥作用。")
        == ["制定本方案。", "一、指导思想为深学笃用。", "三、重点任务", "(一)高标准规划。", "1 .强化机制。充分发挥作用。"])
    // Numbers inside a sentence stay: 2025年底, 1.5件, 第2项.
    #expect(Paragraphs.split("到2025年底达到1.5件。2.下一项。") == ["到2025年底达到1.5件。", "2.下一项。"])
  }
}
