import BoardCore
import BoardUI

/// The options every command accepts, before or after it.
enum GlobalOptions {
  static let boards = Option<String>(
    "--boards", "DIR",
    help: Localized(
      "看板目录（默认：$BOARD_DIR，否则 ./boards）；再给出的看板只读地一并显示",
      "the board directory (default: $BOARD_DIR, else ./boards); more are shown read-only"),
    repeatable: true)
  static let today = Option<Day>(
    "--today",
    help: Localized(
      "判断期限所用的日期（默认：系统日期）", "the day to judge deadlines by (default: the system date)"))
  static let unit = Option<String>(
    "--unit", "ID",
    help: Localized(
      "以哪个单位的身份操作（默认：名册中 Login 为当前用户名的单位）",
      "who is acting (default: the roster's Login for your user name)"))
  static let language = Option<Language>(
    "--lang", help: Localized("界面语言（默认：zh）", "language of labels (default: zh)"))
  static let help = Flag("--help", short: "-h", help: Localized("显示帮助", "show help"))
  static let version = Flag(
    "--version",
    help: Localized("显示版本（及构建所在的 git 提交）", "show the version (and the git commit built from)"))

  static let all = [boards.spec, today.spec, unit.spec, language.spec, help.spec, version.spec]
}
