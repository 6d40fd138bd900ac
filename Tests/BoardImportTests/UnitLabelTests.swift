import Testing

@testable import BoardImport

/// Unit labels in every form the seeds use and their close relatives.
@Suite struct UnitLabelTests {
  func roles(_ texts: [String]) -> [(lead: [String], coop: [String])] {
    let groups = texts.compactMap { UnitLabels.parse($0, line: 1) }
    var roles = LabelRoles(groups: groups)
    return groups.map { roles.assign($0) }
  }

  @Test func fullWidthLabelsWithLeadAndCooperatingUnits() throws {
    let result = roles(["责任单位：区经济信息委；配合单位：区发展改革委、区科技局、区市场监管局"])[0]
    #expect(result.lead == ["区经济信息委"])
    #expect(result.coop == ["区发展改革委", "区科技局", "区市场监管局"])
  }

  /// Luzhou: 责任单位 after 牵头单位 in the same label names the cooperating units.
  @Test func responsibleAfterLeadMeansCooperating() throws {
    let result = roles(["牵头单位:市市场监管局、市经济和信息化局,责任单位:市教育体育局、市科技局"])[0]
    #expect(result.lead == ["市市场监管局", "市经济和信息化局"])
    #expect(result.coop == ["市教育体育局", "市科技局"])
  }

  @Test func unitsSeparatedBySpacesCommasAndSemicolons() throws {
    let result = roles(["牵头单位:区经济信息委 区科技局,配合单位:区市场监管局，区发展改革委;区财政局"])[0]
    #expect(result.lead == ["区经济信息委", "区科技局"])
    #expect(result.coop == ["区市场监管局", "区发展改革委", "区财政局"])
  }

  @Test func theLeadSuffixForm() throws {
    let result = roles(["区科技局牵头，区经济信息委、区市场监管局配合"])[0]
    #expect(result.lead == ["区科技局"])
    #expect(result.coop == ["区经济信息委", "区市场监管局"])
  }

  @Test func aBracketInsideAUnitNameIsKept() throws {
    let result = roles(["责任单位：区市场监督管理局（区知识产权局）、区财政局"])[0]
    #expect(result.lead == ["区市场监督管理局（区知识产权局）", "区财政局"])
  }

  @Test func labelsComeOutOfTheTextAndProseUnitsStay() {
    let (rest, groups) = UnitLabels.extract(
      from: "充分发挥区市场监管局作用，形成合力。（责任单位：区市场监管局；配合单位：区知识产权保护联席会议其他成员单位）", line: 1)
    #expect(rest == "充分发挥区市场监管局作用，形成合力。")
    #expect(groups.count == 1)
    let (kept, none) = UnitLabels.extract(
      from: "区市场监管局(区知识产权局高新区管委会、各镇街为成员。", line: 1)
    #expect(kept == "区市场监管局(区知识产权局高新区管委会、各镇街为成员。")
    #expect(none.isEmpty)
  }

  @Test func aLabelLineBeforeTheTextAndATimeLimit() throws {
    let (rest, groups) = UnitLabels.extract(from: "牵头单位：区科技局；完成时限：2025年6月底前", line: 1)
    #expect(rest.isEmpty)
    let group = try #require(groups.first)
    #expect(group.entries.map(\.kind) == [.lead, .deadline])
    #expect(group.entries[1].value == "2025年6月底前")
  }
}
