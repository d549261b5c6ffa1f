#!/usr/bin/python3
"""Reads an application through AT-SPI, as a screen reader does.

  screen-reader.py dump PID            one line per visible accessible object: depth, role, name ("\t"-separated)
  screen-reader.py press PID NAME      runs the first action ("click") of the button or menu item called NAME
  screen-reader.py focused PID         the role and name of the object that has the keyboard focus
  screen-reader.py text PID NAME       the text of the object called NAME, when it is on screen (exit 4 when not)
  screen-reader.py select PID NAME     selects the table row whose cell is called NAME (the Table interface)

PID is the application's process on the accessibility bus. Exit 3 when it is not there (yet).
"""
import sys

import pyatspi


def find_application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        application = desktop.getChildAtIndex(index)
        try:
            if application is not None and application.get_process_id() == pid:
                return application
        except Exception:  # an application that left the bus while we looked
            continue
    return None


def walk(accessible, depth=0):
    """The object and its descendants, leaving out what is hidden (a screen reader does not read it)."""
    yield depth, accessible
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None and child.getState().contains(pyatspi.STATE_VISIBLE):
            yield from walk(child, depth + 1)


def main(argv):
    command, pid = argv[1], int(argv[2])
    application = find_application(pid)
    if application is None:
        print(f"no application of pid {pid} on the accessibility bus", file=sys.stderr)
        return 3
    if command == "dump":
        for depth, accessible in walk(application):
            print(f"{depth}\t{accessible.getRoleName()}\t{accessible.name}")
        return 0
    if command == "focused":
        for _, accessible in walk(application):
            if accessible.getState().contains(pyatspi.STATE_FOCUSED):
                print(f"{accessible.getRoleName()}\t{accessible.name}")
                return 0
        print("nothing has the focus", file=sys.stderr)
        return 5
    if command == "text":
        for _, accessible in walk(application):
            if accessible.name == argv[3] and accessible.getState().contains(pyatspi.STATE_SHOWING):
                print(accessible.queryText().getText(0, -1))
                return 0
        print(f"nothing called {argv[3]!r} is on screen", file=sys.stderr)
        return 4
    if command == "press":
        for _, accessible in walk(application):
            if accessible.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_MENU_ITEM) and accessible.name == argv[3]:
                accessible.queryAction().doAction(0)
                return 0
        print(f"no button or menu item called {argv[3]!r}", file=sys.stderr)
        return 4
    if command == "select":
        for _, accessible in walk(application):
            if accessible.getRole() == pyatspi.ROLE_TABLE_CELL and accessible.name == argv[3]:
                cell = accessible
                while cell.parent is not None and cell.parent.getRole() not in (pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE):
                    cell = cell.parent
                if cell.parent is None:
                    break
                table = cell.parent.queryTable()
                table.addRowSelection(table.getRowAtIndex(cell.getIndexInParent()))
                return 0
        print(f"no table cell called {argv[3]!r}", file=sys.stderr)
        return 4
    print(f"unknown command {command!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
