import BoardCore
import BoardTestSupport
import Testing

@testable import BoardImport

/// The forms real plans name their units in, one document written for each
/// (Tests/Fixtures/import/), with every task's lead and cooperating units checked exactly.
@Suite struct LabelFormTests {
  /// A task's units by name: lead, then cooperating.
  struct Units: Sendable, CustomTestStringConvertible {
    var id: String
    var lead: [String]
    var coop: [String] = []
    var testDescription: String { id }
  }

  struct Form: Sendable, CustomTestStringConvertible {
    var file: String
    var tasks: [Units]
    /// Words the English report must hold.
    var reported: [String] = []
    var testDescription: String { file }
  }

  static let forms: [Form] = [
    // Labels on their own lines; 责任单位 under 牵头单位 in one task cooperates.
    Form(
      file: "labels-on-lines.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局"], coop: ["市科技局", "市经济和信息化局"]),
        Units(id: "2", lead: ["市地方金融管理局"], coop: ["市市场监管局"]),
        Units(id: "3", lead: ["市市场监管局"], coop: ["市财政局", "市科技局"]),
        Units(id: "4", lead: ["市市场监管局"], coop: ["人行自贡市分行"]),
      ]),
    // （X、Y负责） with the document's rule that the first listed leads; 等 left out.
    Form(
      file: "first-listed-rule.txt",
      tasks: [
        Units(id: "1", lead: ["县市场监管局"], coop: ["县农业农村局"]),
        Units(id: "2", lead: ["县农业农村局"], coop: ["县市场监管局", "县商务局"]),
        Units(id: "3", lead: ["县商务局"]),
      ]),
    // Without the rule every unit listed is jointly responsible: all lead.
    Form(
      file: "jointly-responsible.txt",
      tasks: [
        Units(id: "1", lead: ["县市场监管局", "县农业农村局"]),
        Units(id: "2", lead: ["县农业农村局", "县市场监管局"]),
      ]),
    // The rule inside the first task's bracket, carried on by 下同.
    Form(
      file: "rule-in-first-bracket.txt",
      tasks: [
        Units(id: "1", lead: ["省教育厅"], coop: ["省科技厅", "省知识产权局"]),
        Units(id: "2", lead: ["省知识产权局"], coop: ["省经济和信息化厅"]),
      ]),
    Form(
      file: "prose-labels.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局"], coop: ["市公安局", "市文化广电旅游局"]),
        Units(id: "2", lead: ["市商务局"], coop: ["市市场监管局"]),
        Units(id: "3", lead: ["市中级法院"], coop: ["市检察院"]),
        Units(id: "4", lead: ["市公安局"], coop: ["市检察院"]),
        Units(id: "5", lead: ["市市场监管局", "市科技局"]),
        Units(id: "6", lead: ["市市场监管局"]),
      ]),
    // 【】 〔〕 () （）, separators of both widths, two labels in one task.
    Form(
      file: "bracket-kinds.txt",
      tasks: [
        Units(id: "1", lead: ["区经济运行局"], coop: ["区市场监管局"]),
        Units(id: "2", lead: ["区科技创新局"], coop: ["区财政金融局"]),
        Units(id: "3", lead: ["区科技创新局"], coop: ["区经济运行局", "区财政金融局"]),
        Units(id: "4", lead: ["区人才发展局", "区教育局"], coop: ["区科技创新局"]),
        Units(id: "5", lead: ["区投资促进局"], coop: ["区规划建设局"]),
      ]),
    Form(
      file: "group-designations.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局", "各区、县级市"]),
        Units(id: "2", lead: ["市市场监管局"], coop: ["各市、县（市、区）政府"]),
        Units(id: "3", lead: ["市市场监管局"], coop: ["各区县人民政府", "各有关单位"]),
        Units(id: "4", lead: ["联席会议各成员单位"]),
      ]),
    Form(
      file: "shared-prefix.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局", "市发展改革委", "市大数据发展局"]),
        Units(
          id: "2", lead: ["市地方金融管理局"], coop: ["市市场监管局", "国家金融监督管理总局广东监管局"]),
      ],
      reported: ["发展改革委 read as 市发展改革委", "大数据发展局 read as 市大数据发展局"]),
    Form(
      file: "standing-rule.txt",
      tasks: [
        Units(id: "1", lead: ["区经济运行局"], coop: ["区市场监管局", "各街道办事处"]),
        Units(id: "2", lead: ["区科技创新局"], coop: ["各街道办事处"]),
      ],
      reported: ["各街道办事处 → cooperating units of every later task (2 tasks)"]),
    // A standing rule in its own bracket naming a unit with its own bracket (各乡镇（街道）):
    // it reaches every later key task, with or without labels, and no safeguard measure.
    Form(
      file: "standing-rule-bracketed.txt",
      tasks: [
        Units(id: "1", lead: ["区市场监管局"], coop: ["区文体旅局", "各乡镇（街道）"]),
        Units(id: "2", lead: [], coop: ["各乡镇（街道）"]),
        Units(id: "S1", lead: ["区财政局"]),
      ],
      reported: ["各乡镇（街道） → cooperating units of every later task (2 tasks)"]),
    // A group with its level's government goes on with another level (街道办事处), never
    // with a department.
    Form(
      file: "group-with-government.txt",
      tasks: [
        Units(id: "1", lead: ["区市场监管局"], coop: ["区海洋与渔业局", "各乡镇人民政府、街道办事处"]),
        Units(id: "2", lead: ["区商务局"], coop: ["各镇政府、开发区管委会"]),
        Units(id: "3", lead: ["区市场监管局"], coop: ["各乡镇人民政府", "区农业农村局"]),
      ]),
    // Parts that each number their items from （一） again: every part's ids take its number,
    // the first part's too.
    Form(
      file: "parts-restart-numbering.txt",
      tasks: [
        Units(id: "1.1", lead: ["市市场监管局"]),
        Units(id: "1.2", lead: ["市市场监管局", "市委督查考核办"]),
        Units(id: "2.1", lead: ["市市场监管局", "市公安局"]),
        Units(id: "2.2", lead: ["市委宣传部"]),
        Units(id: "2.3", lead: ["铜陵海关"]),
      ]),
    // A key-task part with only prose under it (具体分工见附件): the tasks are the table's.
    Form(
      file: "tasks-in-annex-table.txt",
      tasks: [
        Units(id: "1", lead: ["区市场监管局"], coop: ["区科技局"]),
        Units(id: "2", lead: ["区科技局"], coop: ["区市场监管局", "区教育局"]),
        Units(id: "3", lead: ["区市场监管局"]),
        Units(id: "S1", lead: []),
      ]),
    // 等部门, 等相关单位 after a list name no unit; 市直有关部门 and 市工商联 are units.
    Form(
      file: "others-after-deng.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局"], coop: ["市农业农村局", "市文体旅游局"]),
        Units(id: "2", lead: ["市委宣传部"], coop: ["各县（区）人民政府", "市直有关部门"]),
        Units(id: "3", lead: ["市工业和信息化局"], coop: ["市市场监管局", "市工商联"]),
        Units(id: "4", lead: ["市商务局", "市市场监管局"]),
      ]),
    // X为牵头单位，Y为配合单位.
    Form(
      file: "lead-by-wei.txt",
      tasks: [
        Units(id: "1", lead: ["区市场监管局"], coop: ["区公安分局", "区文体广电和旅游局"]),
        Units(id: "2", lead: ["区商务局"], coop: ["区市场监管局"]),
      ]),
    // 【牵头单位】X【配合单位】Y: a label in a bracket of its own, its units after it.
    Form(
      file: "label-in-own-bracket.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局"], coop: ["揭东区人民政府", "市工业和信息化局"]),
        Units(id: "2", lead: ["市金融局"], coop: ["市财政局", "人民银行揭阳市分行"]),
        Units(id: "3", lead: ["市市场监管局"]),
      ]),
    // A standing rule whose verb has an adverb before it (共同落实).
    Form(
      file: "standing-rule-adverb.txt",
      tasks: [
        Units(id: "1", lead: ["区市场监管局"], coop: ["区科技局", "各镇（街道）", "各园区"]),
        Units(id: "2", lead: ["区人民法院"], coop: ["各镇（街道）", "各园区"]),
      ]),
    // A label with a space where its colon should be.
    Form(
      file: "label-without-colon.txt",
      tasks: [
        Units(id: "1", lead: ["区市场监管局"], coop: ["区农业农村局"]),
        Units(id: "2", lead: ["区农业农村局"], coop: ["区市场监管局"]),
      ]),
    // A label line whose list is cut after its 、 and goes on on the next line.
    Form(
      file: "label-line-wrapped.txt",
      tasks: [
        Units(
          id: "1", lead: ["市工业和信息化局"],
          coop: ["市市场监管局", "市科技局", "岳阳经开区管委会", "云溪区人民政府"]),
        Units(id: "2", lead: ["市市场监管局"]),
      ]),
    // Labels on a section heading give its items without labels their units; an item's own
    // labels stand.
    Form(
      file: "heading-labels.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局"], coop: ["市文化广电旅游局"]),
        Units(id: "2", lead: ["市委宣传部"]),
        Units(id: "3", lead: ["市金融办"], coop: ["市市场监管局"]),
        Units(id: "4", lead: []),
      ],
      reported: ["1: the units of the heading it stands under"]),
    // A label's list that ends in role words: the names without them.
    Form(
      file: "label-list-ends-in-words.txt",
      tasks: [
        Units(id: "1", lead: ["市经信局"], coop: ["市科技局", "各镇人民政府"]),
        Units(id: "2", lead: ["市市场监管局"], coop: ["市农业农村局", "各镇人民政府"]),
      ]),
    // The role alone as a label (牵头：, 配合：) and an office's divisions (牵头科室); a role in
    // a bracket after a unit still marks the lead.
    Form(
      file: "short-labels.txt",
      tasks: [
        Units(id: "1", lead: ["知识产权促进处"], coop: ["各县（市、区）局"]),
        Units(id: "2", lead: ["商标科"], coop: ["办公室", "法规科"]),
        Units(id: "3", lead: ["市市场监管局"], coop: ["市公安局"]),
      ]),
    // A label's list that goes on in words naming cooperating units; a group whose level has
    // a bracket (各乡（镇）人民政府、街道办事处) kept whole.
    Form(
      file: "label-with-cooperating-words.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局"], coop: ["市科技局", "市工信局"]),
        Units(id: "2", lead: ["市金融工作局"], coop: ["人民银行许昌市分行"]),
        Units(id: "3", lead: ["市市场监管局"], coop: ["各乡（镇）人民政府、街道办事处"]),
      ]),
    // Labels after the last sentence, read from the first of them; 主责 in words.
    Form(
      file: "labels-after-last-sentence.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局"], coop: ["大唐街道办事处"]),
        Units(id: "2", lead: ["市金融办"], coop: ["市市场监管局", "人行诸暨市支行"]),
        Units(id: "3", lead: ["市市场监管局"], coop: ["市商务局"]),
      ]),
    // A label line under a section heading, before its first item, gives its items units.
    Form(
      file: "heading-label-lines.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局"], coop: ["市卫生健康委", "市工业和信息化局"]),
        Units(id: "2", lead: ["市市场监管局"], coop: ["市卫生健康委", "市工业和信息化局"]),
        Units(id: "3", lead: ["市市场监管局"], coop: ["市公安局"]),
      ]),
    // Cells one per line, without tabs; an empty cell an empty line.
    Form(
      file: "table-lines.txt",
      tasks: [
        Units(id: "1", lead: ["市经济和信息化局"], coop: ["市市场监管局", "市科技局"]),
        Units(id: "2", lead: ["市市场监管局"]),
        Units(id: "3", lead: ["市科技局"], coop: ["各县（市、区）人民政府"]),
      ]),
    // 负责单位 beside 牵头单位 in a table header is what it is in text: cooperating.
    Form(
      file: "table-vocabulary.txt",
      tasks: [
        Units(id: "1", lead: ["市市场监管局"], coop: ["市科技局"]),
        Units(id: "2", lead: ["市市场监管局"], coop: ["市商务局"]),
      ]),
  ]

  @Test(arguments: forms) func unitsAreReadExactly(_ form: Form) throws {
    let result = try FixtureImportTests().run(form.file)
    #expect(result.plan.tasks.map(\.id) == form.tasks.map(\.id))
    for (task, want) in zip(result.plan.tasks, form.tasks) {
      #expect(task.lead.map(result.roster.name(of:)) == want.lead, "\(want.id) lead")
      #expect(task.coop.map(result.roster.name(of:)) == want.coop, "\(want.id) coop")
    }
    let report = result.report.text(chinese: false)
    for words in form.reported {
      #expect(report.contains(words), "\(words)")
    }
  }

  /// A label means one thing whether it stands in the text or heads a table column.
  @Test func oneVocabularyForTextAndTables() {
    for (label, kind) in UnitLabels.labels {
      #expect(UnitLabels.kind(ofHeader: label) == kind, "\(label)")
    }
    #expect(UnitLabels.kind(ofHeader: "负责单位") == UnitLabels.label(at: 0, in: Array("负责单位："))?.1)
  }

  /// A heading's labels give units, not words of the section's name.
  @Test func aSectionIsNamedWithoutItsHeadingsLabels() throws {
    let result = try FixtureImportTests().run("heading-labels.txt")
    #expect(
      result.plan.tasks.map(\.section) == [
        "（一）加强陶瓷知识产权创造", "（一）加强陶瓷知识产权创造", "（二）促进陶瓷知识产权运用", "（二）促进陶瓷知识产权运用",
      ])
  }

  /// Deadlines in the text and its labels: a month alone takes the plan's year.
  @Test func deadlinesInTheText() throws {
    let result = try FixtureImportTests().run("text-deadlines.txt")
    let due = result.plan.tasks.map { $0.due?.description ?? "长期" }
    #expect(due == ["2025-09-30", "2025-06-30", "长期", "长期", "2025-12-31"])
    #expect(result.plan.tasks[0].lead.map(result.roster.name(of:)) == ["县市场监管局"])
  }
}
