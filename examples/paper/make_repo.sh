#!/bin/sh
# Build the tiny-sort example repository (the code behind examples/paper/paper.pdf)
# from the git fast-import stream repo.fi.
#
#   examples/paper/make_repo.sh DEST
#
# DEST must not exist or be an empty directory. Author, committer and times are
# fixed in repo.fi, so the commit ids are the same on every machine.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 DEST" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
dest=$1
if [ -e "$dest" ] && [ -n "$(ls -A "$dest" 2>/dev/null)" ]; then
    echo "$0: $dest exists and is not empty" >&2
    exit 1
fi

git init -q "$dest"
git -C "$dest" fast-import --quiet < "$here/repo.fi"
# HEAD may name main or master depending on init.defaultBranch: point it at
# main and fill the index and working tree from it.
git -C "$dest" symbolic-ref HEAD refs/heads/main
git -C "$dest" reset -q --hard
