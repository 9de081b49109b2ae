"""Fingerprints of file trees, to tell whether a run changed anything.

Walks with directory descriptors (os.fwalk), so trees deeper than PATH_MAX,
FIFOs and links are fingerprinted without following or opening them.
"""

import hashlib
import os
import stat

# Files above this are fingerprinted by size, mtime and their first and last
# mebibyte: hashing a 2 GB sparse file before and after each of a dozen runs
# would cost minutes and prove little more.
FULL_HASH_LIMIT = 64 << 20
SAMPLE = 1 << 20


def _file_digest(name, dir_fd, st):
    fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=dir_fd)
    try:
        digest = hashlib.sha256()
        if st.st_size <= FULL_HASH_LIMIT:
            while chunk := os.read(fd, 1 << 20):
                digest.update(chunk)
        else:
            digest.update(os.pread(fd, SAMPLE, 0))
            digest.update(os.pread(fd, SAMPLE, st.st_size - SAMPLE))
            digest.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
        return digest.hexdigest()
    finally:
        os.close(fd)


def _entry(name, dir_fd, content):
    st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    if stat.S_ISLNK(st.st_mode):
        return ("link", os.readlink(name, dir_fd=dir_fd))
    if stat.S_ISREG(st.st_mode):
        if content:
            return ("file", st.st_size, _file_digest(name, dir_fd, st))
        return ("file", st.st_size, st.st_mtime_ns)
    if stat.S_ISDIR(st.st_mode):
        return ("dir",)
    return ("other", stat.S_IFMT(st.st_mode))


def tree(root, content=True, skip=(), max_depth=None):
    """{relative path: fingerprint} of everything under root (root itself
    included). `content=False` takes size and mtime instead of a hash.
    `skip` holds relative paths whose subtrees are left out."""
    if not os.path.lexists(root):
        return {}
    if os.path.islink(root) or not os.path.isdir(root):
        parent, name = os.path.split(os.path.abspath(root))
        fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            return {".": _entry(name, fd, content)}
        finally:
            os.close(fd)
    result = {".": ("dir",)}
    for dirpath, dirnames, filenames, dir_fd in os.fwalk(root):
        relative_dir = os.path.relpath(dirpath, root)
        depth = 0 if relative_dir == "." else relative_dir.count(os.sep) + 1
        descend = max_depth is None or depth + 1 < max_depth
        kept = []
        for name in dirnames:
            path = os.path.normpath(os.path.join(relative_dir, name))
            if path in skip:
                continue
            kept.append(name)
            result[path] = _entry(name, dir_fd, content)
        dirnames[:] = kept if descend else []
        for name in filenames:
            path = os.path.normpath(os.path.join(relative_dir, name))
            if path not in skip:
                result[path] = _entry(name, dir_fd, content)
    return result


def differences(before, after, limit=3):
    """A short description of what changed between two fingerprints, or ''."""
    changed = [p for p in sorted(set(before) | set(after)) if before.get(p) != after.get(p)]
    if not changed:
        return ""
    shown = ", ".join(changed[:limit])
    return shown + (f" (+{len(changed) - limit})" if len(changed) > limit else "")
