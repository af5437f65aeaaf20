"""Before the first window: can Qt open a window on this desktop at all?

On a Linux desktop (X11) Qt's xcb platform plugin needs a few system libraries that the
PySide6 wheel does not ship. When one is missing Qt aborts the process with "could not
load the Qt platform plugin xcb" and nothing the app can catch. So the plugin is loaded
here first; if the system cannot load it, the officer (or admin) is told which Debian/Ubuntu
package to install — one command — instead of a crash.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import sys
from pathlib import Path

# The shared libraries Qt's xcb plugin loads, and the Debian/Ubuntu package of each.
XCB_LIBRARIES: dict[str, str] = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xkbcommon": "libxkbcommon0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xcb-randr": "libxcb-randr0",
    "X11-xcb": "libx11-xcb1",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}
_SONAME = re.compile(r"lib([\w+-]+?)\.so")


def _uses_xcb() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def _xcb_plugin() -> Path | None:
    import PySide6  # the package only: no Qt library is loaded by this

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_packages(load_error: str) -> list[str]:
    """The packages to install: the library named in the loader's error, and every other
    library of the plugin this system does not have (so one command fixes it all)."""
    packages: list[str] = []
    named = _SONAME.search(load_error)
    if named and named.group(1) in XCB_LIBRARIES:
        packages.append(XCB_LIBRARIES[named.group(1)])
    for library, package in XCB_LIBRARIES.items():
        if package not in packages and ctypes.util.find_library(library) is None:
            packages.append(package)
    return packages


NO_SCREEN = (
    "CounterDesk tidak dapat membuka jendela: tidak ada layar grafis di sesi ini "
    "(DISPLAY dan WAYLAND_DISPLAY kosong).\nJalankan dari desktop komputer loket, atau "
    "lewat SSH dengan `ssh -X`. Perintah tanpa jendela tetap dapat dipakai, misalnya "
    "`counterdesk --help`."
)


def _no_screen() -> bool:
    """Linux without any display to draw on and no platform chosen: Qt would abort."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def window_problem() -> str | None:
    """A message for the terminal when Qt could not open a window here; None when fine."""
    if _no_screen():
        return NO_SCREEN
    if not _uses_xcb():
        return None
    plugin = _xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        packages = missing_packages(str(error))
        if not packages:
            return (
                f"CounterDesk tidak dapat membuka jendela: plugin layar Qt (xcb) gagal dimuat "
                f"({error}). Pasang ulang CounterDesk, atau hubungi admin."
            )
        return (
            "CounterDesk tidak dapat membuka jendela: pustaka sistem untuk layar X11 belum "
            f"terpasang ({', '.join(packages)}).\n"
            f"Pasang dengan:\n    sudo apt install {' '.join(packages)}\n"
            "lalu jalankan lagi perintah yang sama."
        )
    return None
