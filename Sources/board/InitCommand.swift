import BoardCore
import BoardStore
import BoardUI

/// `board init [--name NAME] [--office NAME] [--region REGION]`: starts a board in an empty
/// or missing directory: the roster with the board's name and the office unit (id `office`).
enum InitCommand: Command {
  static let name = Option<String>(
    "--name", "NAME", help: Message("看板名称（默认：知识产权工作任务看板）", "the board's name (default: 知识产权工作任务看板)")
  )
  static let office = Option<String>(
    "--office", "NAME", help: Message("办公室的名称（默认：联席会议办公室）", "the office's name (default: 联席会议办公室)"))
  static let region = Option<String>(
    "--region", "REGION", help: Message("办公室所属辖区（黔江区）", "the office's jurisdiction (黔江区)"))

  static let declaration = CommandDeclaration(
    "init",
    summary: Message(
      "在空目录中新建看板：名册与办公室", "start a board in an empty directory: its roster and office"),
    arguments: [name, office, region])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let name = input[Self.name]?.trimmingWhitespace() ?? "知识产权工作任务看板"
    let officeName = input[office]?.trimmingWhitespace() ?? "联席会议办公室"
    guard !officeName.isEmpty else {
      throw input.usageError(
        Message("办公室名称不能为空：--office", "the office needs a name: give --office"))
    }
    let unit = Unit(
      id: "office", name: officeName, region: input[region]?.trimmingWhitespace() ?? "",
      role: .office)
    let directory = context.directory
    try directory.initialize(name: name, office: unit, time: Clock.now())
    let path = directory.path
    context.output.write(
      context.language.pick(
        """
        已新建看板：\(directory.rosterPath)（办公室 office \(officeName)）
        下一步：
          导入方案：  board --boards \(path) import 方案.docx --unit office
          添加单位：  board --boards \(path) unit add ID --name 区科技局 --region 黔江区 --unit office
          单位登录：  board --boards \(path) ssh-line ID 公钥文件（见 docs/ssh.md）
          打开看板：  board --boards \(path) --unit office

        """,
        """
        started a board: \(directory.rosterPath) (office: office \(officeName))
        next:
          import a plan:   board --boards \(path) import plan.docx --unit office
          add units:       board --boards \(path) unit add ID --name 区科技局 --region 黔江区 --unit office
          let units in:    board --boards \(path) ssh-line ID KEYFILE (see docs/ssh.md)
          open the board:  board --boards \(path) --unit office

        """))
    return .success
  }
}
