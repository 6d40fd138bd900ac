import BoardCore
import Testing

@testable import BoardImport

/// Unit and plan ids from pinyin.
@Suite struct PinyinTests {
  @Test(arguments: [
    ("区科技局", "qj-kjj"), ("市市场监管局", "qj-scjgj"), ("人行黔江中心支行", "qj-rhqjzxzh"),
    ("各区县人民政府", "qj-gqxrmzf"), ("经开区邮亭新材料产业发展服务中心", "qj-jkqytxclcyfzfwzx"),
    ("国家金融监管总局泸州监管分局", "qj-gjjrjgzjlzjgfj"),
  ])
  func unitIdsArePrefixAndInitials(_ name: String, _ id: String) {
    var ids = UnitIDs(roster: Roster(), region: "黔江区")
    #expect(ids.make(for: name).id == id)
  }

  @Test func aCharacterOutsideTheTableGivesANumberedId() {
    var ids = UnitIDs(roster: Roster(), region: "巫溪县")
    #expect(ids.make(for: "县蚕桑站") == ("wx-unit1", true))
    #expect(ids.make(for: "县蚕种场") == ("wx-unit2", true))
  }

  @Test func placesAreSpelledInFull() {
    #expect(Pinyin.spelled("重庆") == "chongqing")
    #expect(Pinyin.spelled("襄州") == "xiangzhou")
    #expect(Pinyin.spelled("蚕桑") == nil)
  }

  @Test func planIdsFromJurisdictionSubjectAndYear() {
    #expect(
      PlanIDs.derive(title: "泸州市专利转化运用专项行动实施方案", region: "泸州市", year: 2024).id
        == "luzhou-patent-2024")
    #expect(
      PlanIDs.derive(title: "关于全面创建国家知识产权强市建设试点城市工作方案", region: "", year: 2026).id
        == "ip-pilot-city-2026")
    #expect(
      PlanIDs.derive(title: "荣昌区商标品牌建设行动计划", region: "荣昌区", year: 2025).id
        == "rongchang-trademark-2025")
  }
}
