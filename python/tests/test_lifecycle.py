"""A server lives as long as the Python process that started it, however that process ends."""

import os
import signal
import subprocess
import sys
import time

import pytest

from ember._locate import ember_home

SCRIPT = """
import ember
spark = ember.session()
print(ember.default_server()._process.pid, spark.range(4).count(), flush=True)
"""


def _gone(pid, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        # a zombie of a dead parent is reaped by init; /proc tells whether it still runs
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().split(")")[-1].split()[0] == "Z":
                    return True
        except OSError:
            return True
        time.sleep(0.1)
    return False


def test_python_dash_c_runs_and_its_exit_stops_the_server():
    # python -c: PySpark 4.2 takes a __main__ without a file for its doctests unless ember prevents it; run in the
    # repository's root, where the Java module ember/ must not shadow the package
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL, cwd=ember_home())
    assert result.returncode == 0, result.stderr
    pid, count = result.stdout.split()
    assert count == "4"
    assert _gone(int(pid))


@pytest.mark.skipif(not os.path.exists("/proc"), reason="reads /proc")
def test_a_killed_python_process_leaves_no_server_behind():
    child = subprocess.Popen([sys.executable, "-c", SCRIPT + "import time; time.sleep(120)"],
                             stdout=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    try:
        pid = int(child.stdout.readline().split()[0])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert _gone(pid)
