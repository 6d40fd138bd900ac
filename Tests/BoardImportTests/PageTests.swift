import BoardCore
import Testing

@testable import BoardImport

/// Web-page chrome, page numbers, the plan's fields from the front matter, and the layout of a
/// task's text.
@Suite struct PageTests {
  @Test(arguments: [
    "当前位置 >> 首页 >> 政府信息公开 >> 政策 >> 规范性文件", "【字号: 】【打印", "- 2 -", "— 13 —", "第 3 页 共 10 页",
    "襄州区人民政府门户网站 | 网站地图", "邮箱: xzqzfwz@163.com 鄂ICP备19001236号", "温馨提示", "如已完成请点击”已登录“",
  ])
  func pageChromeIsRecognised(_ line: String) {
    #expect(PageChrome.isChrome(line))
  }

  @Test(arguments: [
    "二、主要任务", "（一）强化组织领导。建立联席会议制度，联系电话公开。", "2022年12月1日", "重庆市黔江区人民政府办公室",
  ])
  func textIsNotChrome(_ line: String) {
    #expect(!PageChrome.isChrome(line))
  }

  @Test func datesAsDocumentsWriteThem() {
    #expect(DocumentDate.standalone("2022年12月1日") == Day("2022-12-01"))
    #expect(DocumentDate.standalone("二〇二四年五月二十七日") == Day("2024-05-27"))
    #expect(DocumentDate.parse("2023-09-27 15:40") == Day("2023-09-27"))
    #expect(DocumentDate.standalone("2022年12月1日印发") == nil)
  }

  @Test func placesTheTitleNames() {
    #expect(Jurisdiction.innermost("重庆市大足区专利提升专项行动计划") == "大足区")
    #expect(Jurisdiction.innermost("泸州市专利转化运用专项行动实施方案") == "泸州市")
    #expect(Jurisdiction.innermost("区人民政府关于加强专利工作") == nil)
    #expect(Jurisdiction.innermost("关于全面创建国家知识产权强市建设试点城市工作方案") == nil)
    #expect(Jurisdiction.innermost("全市知识产权工作要点") == nil)
  }

  @Test func oneSentenceALineAndParagraphBreaksKept() {
    #expect(TaskText.layout(["第一句。第二句“引文。”第三句", "第二段。"]) == "第一句。\n第二句“引文。”\n第三句\n\n第二段。")
  }

  @Test func theTitleIsAShortFirstSentenceElseUpToTheFirstComma() {
    let short = TaskText(paragraphs: ["围绕重点产业。围绕卷烟及配套产业，支持研发。"])
    #expect(short.title == "围绕重点产业")
    #expect(short.text == "围绕卷烟及配套产业，支持研发。")
    #expect(!short.titleIsGuess)
    let long = String(repeating: "长", count: 41)
    let comma = TaskText(paragraphs: ["加强组织领导建立制度,以\(long)。共同推进。"])
    #expect(comma.title == "加强组织领导建立制度")
    #expect(comma.text == "加强组织领导建立制度,以\(long)。\n共同推进。")
    #expect(comma.titleIsGuess)
  }
}
