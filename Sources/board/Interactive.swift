/// `board` with no command: the board in the terminal.
enum Interactive {
  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    throw CommandError.invalid("the terminal board is not built yet; see board --help")
  }
}
