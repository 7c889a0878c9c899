"""A list's filter field, as a user types in it: what stays shown, selected and counted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casefile.ui.models.roles import IdRole


def _damage(window, demo_path):
    assert window.open_path(demo_path)
    window.workspace.show_page(2)
    return window.workspace.current_view()


def _shown(view) -> list[str]:
    return [view.model.index(r, 0).data(IdRole) for r in range(view.model.rowCount())]


def _titles(view) -> list[str]:
    column = [c.title for c in view.model.columns].index("Item")
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def test_typing_a_filter_keeps_matching_rows_and_the_selection(window, qtbot, demo_path) -> None:
    view = _damage(window, demo_path)
    everything = _shown(view)
    fence = everything[_titles(view).index("Perimeter fence")]
    view.select_id(fence)
    qtbot.keyClicks(view.filter, "FENCE destroyed")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert _shown(view) == [fence]
    assert view.current_id() == fence  # still selected, its form still shown
    assert view.count_label.text() == f"1 of {len(everything)} damage items"
    view.filter.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == len(everything))
    assert _shown(view) == everything and view.current_id() == fence
    assert view.count_label.text() == f"{len(everything)} damage items"


def test_going_to_an_item_the_filter_hides_clears_the_filter(window, qtbot, demo_path) -> None:
    view = _damage(window, demo_path)
    titles = _titles(view)
    vehicles = _shown(view)[titles.index("Service vehicles")]
    view.filter.setText("perimeter")
    view.apply_filter()
    assert vehicles not in _shown(view)
    view.select_id(_shown(view)[0])
    view.filter.setText("vehicles")
    view.apply_filter()  # the selected fence is filtered out: the hint, not its form
    assert view.current_id() is None and view.right.currentWidget() is view.empty
    view.filter.setText("perimeter")
    view.apply_filter()
    assert window.workspace.show_item("damage_item", vehicles)
    assert view.filter.text() == "" and view.current_id() == vehicles
    assert not view.select_id("00000000-0000-4000-8000-000000000000")


def test_an_edit_that_stops_a_row_matching_takes_it_out_until_undone(
    window, qtbot, demo_path
) -> None:
    view = _damage(window, demo_path)
    session = window.session
    fence = _shown(view)[_titles(view).index("Perimeter fence")]
    view.filter.setText("fence")
    view.apply_filter()
    assert _shown(view) == [fence]
    session.update("damage_item", fence, title="Perimeter wall")
    assert _shown(view) == []
    assert view.count_label.text().startswith("0 of ")
    session.undo()
    assert _shown(view) == [fence]


def test_a_sorted_list_stays_sorted_through_the_filter(window, qtbot, demo_path) -> None:
    view = _damage(window, demo_path)
    column = [c.title for c in view.model.columns].index("Item")
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    descending = sorted(_titles(view), key=str.casefold, reverse=True)
    assert _titles(view) == descending
    view.filter.setText("embassy")  # every demo item's location
    view.apply_filter()
    assert _titles(view) == descending
    view.filter.setText("not assessed")  # all but the fence
    view.apply_filter()
    assert _titles(view) == [t for t in descending if t != "Perimeter fence"]
    assert len(_titles(view)) == len(descending) - 1
