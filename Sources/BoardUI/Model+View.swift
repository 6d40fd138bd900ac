/// The view: the state drawn as a grid of cells. Pure: the same state and size give the same
/// grid, so screens are tested as text and the painter can skip a frame equal to the last.
extension Model {
  public func view(size: Size) -> Grid {
    var model = self
    if size != self.size { _ = model.update(.resize(size)) }
    var grid = Grid(size: size)
    guard size.width >= 20, size.height >= 8 else {
      grid.put(language.pick("窗口太小", "too small"), row: 0, column: 0, style: .normal)
      return grid
    }
    Frame.drawTitle(model, into: &grid)
    Frame.drawLocation(model, into: &grid)
    if case .help(let top) = model.mode {
      HelpScreen.draw(model, top: top, into: &grid)
    } else if case .history(let top) = model.mode {
      HistoryScreen.draw(model, top: top, into: &grid)
    } else if case .ids = model.mode {
      IDsScreen.draw(model, into: &grid)
    } else {
      switch model.screen.kind {
      case .plans: PlansScreen.draw(model, into: &grid)
      case .units: UnitsScreen.draw(model, into: &grid)
      case .indicators: IndicatorsScreen.draw(model, into: &grid)
      case .detail: DetailScreen.draw(model, into: &grid)
      default: TaskListScreen.draw(model, into: &grid)
      }
    }
    Frame.drawStatus(model, into: &grid)
    Frame.drawBottom(model, into: &grid)
    switch model.mode {
    case .status(let picker): PickerPanel.drawStatus(picker, model, into: &grid)
    case .units(let picker): PickerPanel.drawUnits(picker, model, into: &grid)
    case .form: if let form = model.form { FormPanel.draw(form, model, into: &grid) }
    case .filter(let menu): PickerPanel.drawFilter(menu, model, into: &grid)
    case .confirm(let confirmation):
      if case .form = confirmation.back, let form = model.form {
        FormPanel.draw(form, model, into: &grid)
      }
      PickerPanel.drawConfirmation(confirmation, model, into: &grid)
    default: break
    }
    return grid
  }
}
