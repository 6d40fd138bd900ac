import BoardCore
import BoardUI

extension Localized {
  func text(_ language: Language) -> String { language.pick(zh, en) }
}
