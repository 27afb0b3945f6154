"""What tells a file's versions apart cheaply, for the per-process caches of loaded rules and gazetteers."""

from __future__ import annotations

import os


def file_stamps(paths: tuple[str, ...]) -> tuple:
    """(inode, change time, modification time, size) of each file, None for one that cannot be
    found: part of the key under which what was loaded from the files is kept, so an edited or
    replaced file is loaded again. The change time is set by the system on every write, rename or
    `touch`, so tools that restore modification times (`cp -p`, `rsync -t`) do not hide an edit."""
    stamps = []
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            stamps.append(None)
            continue
        stamps.append((stat.st_ino, stat.st_ctime_ns, stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)
