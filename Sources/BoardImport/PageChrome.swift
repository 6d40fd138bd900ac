/// What a web page or a PDF puts around a document: navigation, font-size and print links,
/// footers, page numbers. None of it is the plan's text.
enum PageChrome {
  /// Fragments that only navigation, tool links and footers contain.
  static let fragments = [
    "当前位置", "您的位置", "您现在的位置", "首页 >", "首页>", "首页 »", ">>", "【字号", "字号：", "字号:",
    "【打印", "打印本页", "打印此页", "【关闭", "关闭窗口", "关闭本页", "分享到", "扫一扫", "返回顶部",
    "浏览次数", "阅读次数", "访问次数", "网站地图", "ICP备", "公网安备", "网站标识码", "版权所有",
    "Copyright", "copyright", "技术支持：", "技术支持:", "联系电话", "邮编", "邮箱:", "邮箱：", "地址:",
    "温馨提示", "请点击", "门户网站", "上一篇", "下一篇", "【收藏", "【大 中 小】", "字体：", "视力保护色",
    "相关链接", "相关文件", "附件下载", "【字体",
  ]

  /// Whether a line is page chrome. Only short lines without a full stop qualify, so a task
  /// that happens to mention 联系电话 is never taken for a footer.
  static func isChrome(_ text: String) -> Bool {
    let line = text.trimmingWhitespace()
    guard !line.isEmpty, line.count <= 120, !line.contains("。") else { return false }
    if fragments.contains(where: { line.contains($0) }) { return true }
    if line.contains("主办") && line.contains("承办") { return true }
    return isPageNumber(line)
  }

  /// `- 3 -`, `— 3 —`, `第 3 页`, `第3页 共10页`, `3 / 10`, `Page 3`.
  static func isPageNumber(_ line: String) -> Bool {
    let compact = line.filter { $0 != " " && $0 != "\u{3000}" }
    let dashes: Set<Character> = ["-", "—", "–", "－", "─"]
    let inner = compact.drop { dashes.contains($0) }.reversed().drop { dashes.contains($0) }
    let core = String(inner.reversed())
    if core.count < compact.count, Scan.number(core) != nil { return true }
    if compact.hasPrefix("第"), compact.contains("页"),
      compact.allSatisfy({ Scan.digit($0) != nil || "第页共".contains($0) })
    {
      return true
    }
    let halves = compact.split(separator: "/")
    if halves.count == 2, Scan.number(halves[0]) != nil, Scan.number(halves[1]) != nil {
      return true
    }
    if compact.lowercased().hasPrefix("page"), Scan.number(compact.dropFirst(4)) != nil {
      return true
    }
    return false
  }
}
