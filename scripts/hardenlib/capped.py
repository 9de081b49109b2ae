"""Run one arakit process under a memory cap and a wall-clock cap.

Shared by scripts/harden and scripts/crash-safety. Stdlib only.
"""

import os
import resource
import signal
import subprocess
import time
from dataclasses import dataclass

MEMORY_CAP = 1 << 30  # RLIMIT_AS: a runaway allocation fails instead of swapping the machine
WALL_CAP = 60.0


@dataclass
class Outcome:
    status: str  # "0", "1", "2", ... or "SIGKILL" / "SIGSEGV" ...
    wall: float
    peak_mb: float  # ru_maxrss of the process and the children it waited for
    timed_out: bool
    stdout: bytes
    stderr: bytes

    @property
    def code(self):
        return int(self.status) if self.status.lstrip("-").isdigit() else None


def limit_memory(cap=MEMORY_CAP):
    """A preexec_fn: cap the address space of the child (and what it execs)."""

    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    return apply


def status_text(wait_status):
    if os.WIFSIGNALED(wait_status):
        return signal.Signals(os.WTERMSIG(wait_status)).name
    return str(os.WEXITSTATUS(wait_status))


def reap(pid, deadline):
    """Wait for `pid` until `deadline`; past it, kill its whole process group.

    os.wait4 gives the rusage of this one child, so each run's peak memory is
    its own (RUSAGE_CHILDREN would be the maximum over every earlier run too).
    """
    timed_out = False
    while True:
        done, wait_status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            timed_out = True
            kill_group(pid)
            _, wait_status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.01)
    return status_text(wait_status), usage.ru_maxrss / 1024.0, timed_out


def kill_group(pid, sig=signal.SIGKILL):
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        pass


def reset_own_peak():
    """Linux hands a child this process's peak resident size as its starting
    ru_maxrss (kept across fork and exec): clear that peak first, or every
    run would report at least this harness's largest moment (building a
    50 MB input)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def spawn(argv, cwd, env, stdin=subprocess.DEVNULL, stdout=None, stderr=None, cap=MEMORY_CAP):
    """Start argv in its own session (so a timeout can kill what it started too)."""
    reset_own_peak()
    return subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
        preexec_fn=limit_memory(cap),
        start_new_session=True,
    )


def run(argv, cwd, env, stdin_bytes=None, wall=WALL_CAP, cap=MEMORY_CAP, capture_limit=4 << 20, scratch=None):
    """Run to completion (or to the wall cap). Output goes to files, not pipes,
    so a command that prints megabytes can never block on a full pipe."""
    scratch = scratch or cwd
    out_path = os.path.join(scratch, ".capped.stdout")
    err_path = os.path.join(scratch, ".capped.stderr")
    in_path = os.path.join(scratch, ".capped.stdin")
    if stdin_bytes is not None:
        with open(in_path, "wb") as f:
            f.write(stdin_bytes)
    start = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        stdin = open(in_path, "rb") if stdin_bytes is not None else subprocess.DEVNULL
        try:
            process = spawn(argv, cwd, env, stdin=stdin, stdout=out, stderr=err, cap=cap)
        finally:
            if stdin is not subprocess.DEVNULL:
                stdin.close()
        status, peak, timed_out = reap(process.pid, start + wall)
        process.returncode = 0  # reaped by os.wait4; keep Popen from waiting again
    wall_time = time.monotonic() - start
    outputs = []
    for path in (out_path, err_path):
        with open(path, "rb") as f:
            outputs.append(f.read(capture_limit))
        os.unlink(path)
    if stdin_bytes is not None:
        os.unlink(in_path)
    return Outcome(status, wall_time, peak, timed_out, outputs[0], outputs[1])
