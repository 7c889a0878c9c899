"""Narrowing a list by its drop-downs (category, severity, status, estimate; open and
overdue follow-ups; internal notes) and the totals under the damage list."""

from __future__ import annotations

import datetime as dt

from casefile.ui.models.roles import IdRole
from casefile.ui.views.damage import DamageView
from casefile.ui.views.meetings import FollowUpsPane
from casefile.ui.views.notes import NotesView


def _shown(pane) -> list[str]:
    return [pane.model.index(r, 0).data(IdRole) for r in range(pane.model.rowCount())]


def _titled(session, kind, title) -> str:
    return next(r.id for r in session.case.records(kind) if r.title == title)


def _damage(session, qtbot) -> DamageView:
    view = DamageView(session)
    qtbot.addWidget(view)
    return view


def test_each_damage_facet_keeps_the_matching_items(session, qtbot) -> None:
    view = _damage(session, qtbot)
    fence = _titled(session, "damage_item", "Perimeter fence")
    vehicles = _titled(session, "damage_item", "Service vehicles")
    session.update("damage_item", vehicles, severity="severe", status="assessed")
    session.update("damage_item", fence, estimated_cost=120000, currency="AZN")
    everything = _shown(view)

    view.choose("severity", "Severe")
    assert _shown(view) == [vehicles]
    view.choose("category", "Vehicles")
    assert _shown(view) == [vehicles]
    view.choose("category", "Perimeter")  # severe and perimeter: none
    assert _shown(view) == []
    assert view.count_label.text() == f"0 of {len(everything)} damage items"
    view.clear_filter()
    assert _shown(view) == everything

    view.choose("status", "Assessed")
    assert _shown(view) == [vehicles]
    view.clear_filter()
    view.choose("estimate", "With an estimate")
    assert _shown(view) == [fence]
    view.choose("estimate", "Without an estimate")
    assert fence not in _shown(view) and len(_shown(view)) == len(everything) - 1
    view.clear_filter()
    view.choose("severity", "Not assessed")
    assert vehicles not in _shown(view) and fence not in _shown(view)


def test_facets_and_typed_words_narrow_together(session, qtbot) -> None:
    view = _damage(session, qtbot)
    view.choose("category", "Building")
    building = _shown(view)
    assert len(building) == 1
    view.filter.setText("nothing like this")
    view.apply_filter()
    assert _shown(view) == []
    view.filter.setText("administrative")
    view.apply_filter()
    assert _shown(view) == building


def test_an_edit_moves_an_item_in_or_out_of_the_facet(session, qtbot) -> None:
    view = _damage(session, qtbot)
    vehicles = _titled(session, "damage_item", "Service vehicles")
    view.choose("severity", "Severe")
    assert _shown(view) == []
    session.update("damage_item", vehicles, severity="severe")
    assert _shown(view) == [vehicles]
    session.undo()
    assert _shown(view) == []


def test_totals_add_up_what_the_list_shows_per_currency(session, qtbot) -> None:
    view = _damage(session, qtbot)
    fence = _titled(session, "damage_item", "Perimeter fence")
    vehicles = _titled(session, "damage_item", "Service vehicles")
    building = _titled(session, "damage_item", "Administrative building")
    rate = {"currency": "EUR", "rate": "1.7", "as_of": "2025-11-20", "source": "CBAR"}
    session.update_incident(reporting_currency="AZN", exchange_rates=[rate])
    session.update("damage_item", fence, estimated_cost=120050, currency="AZN")
    session.update("damage_item", vehicles, estimated_cost=80000, currency="AZN")
    session.update("damage_item", building, estimated_cost=1000000, currency="EUR")
    qtbot.waitUntil(lambda: "2,000.50 AZN" in view.totals_label.text())
    assert view.totals_label.isVisibleTo(view)
    assert view.totals_label.text() == (
        "Total: 2,000.50 AZN · 10,000.00 EUR · 2 without an estimate\n"
        "In AZN: 19,000.50 AZN at 1 EUR = 1.7 AZN (20/11/2025, CBAR)"
    )
    view.choose("category", "Vehicles")
    qtbot.waitUntil(lambda: view.totals_label.text().startswith("Total shown"))
    assert view.totals_label.text() == "Total shown: 800.00 AZN"  # all in AZN: no rate
    session.update("damage_item", vehicles, estimated_cost=90000)  # follows an edit
    qtbot.waitUntil(lambda: view.totals_label.text() == "Total shown: 900.00 AZN")
    view.choose("category", "Building")
    qtbot.waitUntil(lambda: "EUR" in view.totals_label.text())
    assert view.totals_label.text() == (
        "Total shown: 10,000.00 EUR\nIn AZN: 17,000.00 AZN at 1 EUR = 1.7 AZN (20/11/2025, CBAR)"
    )
    view.filter.setText("nothing like this")
    view.apply_filter()
    qtbot.waitUntil(lambda: view.totals_label.text() == "Total shown: no estimates")


def test_a_currency_without_a_rate_is_named_not_guessed(session, qtbot) -> None:
    view = _damage(session, qtbot)
    session.update_incident(reporting_currency="AZN", exchange_rates=[])
    fence = _titled(session, "damage_item", "Perimeter fence")
    building = _titled(session, "damage_item", "Administrative building")
    session.update("damage_item", fence, estimated_cost=120050, currency="AZN")
    session.update("damage_item", building, estimated_cost=1000000, currency="EUR")
    view.choose("estimate", "With an estimate")
    qtbot.waitUntil(lambda: "In AZN" in view.totals_label.text())
    assert view.totals_label.text() == (
        "Total shown: 1,200.50 AZN · 10,000.00 EUR\n"
        "In AZN: 1,200.50 AZN; no rate for EUR (1 item, 10,000.00 EUR): not in the total"
    )


def test_going_to_an_item_a_facet_hides_shows_everything_again(session, qtbot) -> None:
    view = _damage(session, qtbot)
    fence = _titled(session, "damage_item", "Perimeter fence")
    view.choose("category", "Vehicles")
    assert view.select_id(fence)
    assert view.current_id() == fence
    assert [box.currentIndex() for box in view.facet_boxes] == [0, 0, 0, 0]


def test_open_and_overdue_follow_ups(session, qtbot) -> None:
    pane = FollowUpsPane(session)
    qtbot.addWidget(pane)
    today = dt.date.today()
    late = session.add("follow_up", title="Late", due_date=today - dt.timedelta(days=1)).id
    due_today = session.add("follow_up", title="Due today", due_date=today).id
    undated = session.add("follow_up", title="Someday").id
    done = session.add(
        "follow_up", title="Done late", due_date=today - dt.timedelta(days=3), status="done"
    ).id
    pane.choose("status", "Overdue")
    assert late in _shown(pane)
    assert not {due_today, undated, done} & set(_shown(pane))
    assert all(
        r.status == "open" and r.due_date is not None and r.due_date < today
        for r in session.case.records("follow_up", ids=_shown(pane))
    )
    pane.choose("status", "Open")
    assert {late, due_today, undated} <= set(_shown(pane)) and done not in _shown(pane)
    pane.choose("status", "Done")
    assert done in _shown(pane) and late not in _shown(pane)


def test_internal_notes_and_follow_ups(session, qtbot) -> None:
    notes = NotesView(session)
    qtbot.addWidget(notes)
    notes.choose("internal", "Internal only")
    internal = {r.id for r in session.case.records("note") if r.internal}
    assert internal and set(_shown(notes)) == internal
    notes.choose("internal", "Not internal")
    assert not set(_shown(notes)) & internal

    pane = FollowUpsPane(session)
    qtbot.addWidget(pane)
    secret = session.add("follow_up", title="Quietly", internal=True).id
    pane.choose("internal", "Internal only")
    assert secret in _shown(pane)
    assert all(r.internal for r in session.case.records("follow_up", ids=_shown(pane)))


def test_a_model_with_a_facet_chosen_passes_the_model_tester(session, qtbot, qtmodeltester):
    view = _damage(session, qtbot)
    view.choose("severity", "Not assessed")
    qtmodeltester.check(view.model)
