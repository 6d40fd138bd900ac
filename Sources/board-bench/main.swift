#if canImport(Glibc)
  import Glibc
#endif

exit(BenchProgram.main(Array(CommandLine.arguments.dropFirst())))
