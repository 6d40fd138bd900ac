/// A small board with every status, written as files: one plan of six tasks and four
/// indicators in 测试区, judged on `SampleBoard.today`. The counts a report must give are
/// counted by hand in the comments.
///
/// Units: 区科技局 (t-kjj) leads 1, 2, 3; 区市场监管局 (t-scjgj) leads 3, 4, 6; 区财政局 (t-czj)
/// only cooperates (on 1). Task 5 has no lead unit.
///
/// | task | status | lead | deadline | on 2026-11-24 |
/// | --- | --- | --- | --- | --- |
/// | 1 | todo | t-kjj | 2026-11-14 | 10 days overdue |
/// | 2 | doing | t-kjj | 2026-11-29 | due soon, 5 days left |
/// | 3 | blocked | t-kjj, t-scjgj | 2026-11-21 | 3 days overdue |
/// | 4 | done | t-scjgj | 2026-06-30 | done |
/// | 5 | todo | none | 2026-11-23 | 1 day overdue, unassigned |
/// | 6 | doing | t-scjgj | ongoing | never overdue |
///
/// Indicators: 1 met in 2025 (120 of 100) and pending in 2026; 2 behind in 2025 (4.2 of 5);
/// 3 missing its 2025 report, pending in 2026; 4 reported as words (no comparison).
public enum SampleBoard {
  public static let today = "2026-11-24"
  public static let plan = "sample-plan"

  /// Writes `roster.rec` and `sample-plan.rec` into `directory`; `firstTitle` is task 1's
  /// title (a hostile one, for the formats' escaping), written with `+` continuation lines.
  public static func write(to directory: TemporaryDirectory, firstTitle: String = "聚焦研发活动") {
    directory.write("roster.rec", roster)
    directory.write("\(plan).rec", planText(firstTitle: firstTitle))
  }

  /// A value as a recfile field: later lines as `+ ` continuation lines.
  public static func field(_ name: String, _ value: String) -> String {
    "\(name): "
      + value.split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "\n+ ") + "\n"
  }

  public static let roster = """
    %rec: Board
    %type: DueSoonDays,RedChaseDays,ReportDay int
    %allowed: Name DueSoonDays RedChaseDays ReportDay

    Name: 测试看板
    DueSoonDays: 30

    %rec: Unit
    %key: Id
    %type: Role enum office unit
    %mandatory: Id Name Role
    %allowed: Id Name Region Role Alias Login

    Id: office
    Name: 联席会议办公室
    Role: office

    Id: t-kjj
    Name: 区科技局
    Region: 测试区
    Role: unit

    Id: t-scjgj
    Name: 区市场监管局
    Region: 测试区
    Role: unit

    Id: t-czj
    Name: 区财政局
    Region: 测试区
    Role: unit

    """

  static func planText(firstTitle: String) -> String {
    """
    %rec: Plan
    %key: Id
    %type: Issued,Start,End date

    Id: \(plan)
    Title: 测试区专利工作方案
    Region: 测试区
    Start: 2025-01-01
    End: 2027-12-31

    %rec: Task
    %key: Id
    %type: Due date
    %type: Status enum todo doing blocked done
    %mandatory: Id Title Status
    %allowed: Id Section Title Lead Coop Due Status Text Note

    Id: 1
    \(field("Title", firstTitle))Lead: 区科技局
    Coop: 区财政局
    Due: 2026-11-14
    Status: todo

    Id: 2
    Title: 推进专利转化
    Lead: 区科技局
    Due: 2026-11-29
    Status: doing
    Note: 2026-11-20 t-kjj 已完成摸底

    Id: 3
    Title: 建设服务平台
    Lead: 区科技局
    Lead: 区市场监管局
    Due: 2026-11-21
    Status: blocked
    Note: 2026-11-01 t-kjj 资金未到位

    Id: 4
    Title: 开展宣传活动
    Lead: 区市场监管局
    Due: 2026-06-30
    Status: done
    Note: 2026-10-01 t-scjgj 已办结

    Id: 5
    Title: 强化组织领导
    Due: 2026-11-23
    Status: todo

    Id: 6
    Title: 长期监测
    Lead: 区市场监管局
    Status: doing

    %rec: Indicator
    %key: Id
    %mandatory: Id Name
    %allowed: Id Name Measure Target Actual Unit

    Id: 1
    Name: 发明专利授权量
    Measure: 件
    Target: 2025 100
    Target: 2026 130
    Actual: 2025 120
    Unit: 区科技局

    Id: 2
    Name: 知识产权质押融资额
    Measure: 亿元
    Target: 2025 5
    Actual: 2025 4.2
    Unit: 区市场监管局

    Id: 3
    Name: 专利代理机构数
    Measure: 家
    Target: 2025 4
    Target: 2026 5
    Unit: 区市场监管局

    Id: 4
    Name: 专利导航项目
    Measure: 项
    Target: 2025 完成
    Actual: 2025 已完成
    Unit: 区科技局

    """
  }
}
