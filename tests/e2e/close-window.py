#!/usr/bin/python3
"""Asks the window titled argv[1] to close, as a window manager's close button does (WM_DELETE_WINDOW).

The virtual display has no window manager, so the end-to-end run sends the request itself; the app then
runs what it does before closing, exactly as for a person clicking the window's close button.
"""
import sys

from Xlib import X, display, protocol

title = sys.argv[1]
screen = display.Display()
root = screen.screen().root
protocols = screen.intern_atom("WM_PROTOCOLS")
delete = screen.intern_atom("WM_DELETE_WINDOW")
utf8 = screen.intern_atom("UTF8_STRING")
net_name = screen.intern_atom("_NET_WM_NAME")


def titled(window):
    name = window.get_full_property(net_name, utf8)
    return name is not None and name.value.decode("utf-8", "replace") == title


def windows(window):
    yield window
    for child in window.query_tree().children:
        yield from windows(child)


found = [w for w in windows(root) if titled(w)]
if not found:
    sys.exit(f"no window titled {title!r}")
for window in found:
    event = protocol.event.ClientMessage(window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
    window.send_event(event, event_mask=X.NoEventMask)
screen.flush()
