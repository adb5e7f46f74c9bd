"""An Ember Connect server in a JVM of its own, started and stopped from Python."""

from __future__ import annotations

import atexit
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from pathlib import Path
from typing import Mapping, Optional

from ember._locate import EmberError, classpath, find_java, java_flags, keep_archive

_SERVING = re.compile(r"Ember is serving Spark Connect on sc://[^:\s]+:(\d+)")
# confs the server reads when it starts (the engine's, gRPC's); the others are a session's
SERVER_CONF_PREFIXES = ("spark.ember.", "spark.connect.")

_running: "weakref.WeakSet[Server]" = weakref.WeakSet()
_lock = threading.Lock()


class Server:
    """An Ember server on loopback: a free port, a random token, stopped by :meth:`stop` or at exit.

    Use it as a context manager, or call :meth:`stop`. ``url`` is the Spark Connect URL of the server,
    token included; :meth:`session` returns a PySpark ``SparkSession`` connected to it.
    """

    def __init__(
        self,
        conf: Optional[Mapping[str, object]] = None,
        *,
        home: Optional[os.PathLike | str] = None,
        java: Optional[str] = None,
        startup_timeout: float = 60.0,
        token: Optional[str] = None,
    ) -> None:
        self.conf = {str(k): _conf_value(v) for k, v in (conf or {}).items()}
        self.token = token or secrets.token_urlsafe(24)
        self.port: Optional[int] = None
        self._session = None
        self._recording = None
        self._home = home
        self._process: Optional[subprocess.Popen] = None
        self._log = tempfile.NamedTemporaryFile(prefix="ember-server-", suffix=".log", delete=False)
        self._start(home, java, startup_timeout)

    @property
    def url(self) -> str:
        """``sc://localhost:PORT/;token=TOKEN``: PySpark sends a token over a plain channel only to ``localhost``."""
        return f"sc://localhost:{self.port}/;token={self.token}"

    @property
    def log_path(self) -> str:
        """The file the server's output goes to."""
        return self._log.name

    def session(self, **conf: object):
        """The PySpark Connect ``SparkSession`` of this server (made the active one when created; the same
        session again until it is stopped), with the session confs ``conf`` set."""
        from pyspark.sql import SparkSession

        session = self._session
        if session is None or session.is_stopped:
            builder = SparkSession.builder.remote(self.url)
            for key, value in conf.items():
                builder = builder.config(key, _conf_value(value))
            session = self._session = builder.create()
        else:
            for key, value in conf.items():
                session.conf.set(key, _conf_value(value))
        return session

    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _start(self, home, java, startup_timeout: float) -> None:
        java = find_java(java)
        flags, self._recording = java_flags(home)
        command = [java, *flags, "-cp", classpath(home), "dev.ember.cli.EmberCli", "server",
                   "--host", "127.0.0.1", "--port", "0", "--stop-on-stdin-close"]
        for key, value in self.conf.items():
            command += ["--conf", f"{key}={value}"]
        if "spark.ember.ui.enabled" not in self.conf:
            # a private server: no web UI unless asked for (bin/ember server serves one by default)
            command += ["--conf", "spark.ember.ui.enabled=false"]
        environment = dict(os.environ)
        # the token reaches the server by its environment, not its command line (which any user can list)
        environment["SPARK_CONNECT_AUTHENTICATE_TOKEN"] = self.token
        # Python UDFs run in workers of this interpreter (PySpark's worker, which pyspark-client ships), so that the
        # version the client pickles them with is the workers' (unless PYSPARK_PYTHON names another)
        environment.setdefault("PYSPARK_PYTHON", sys.executable)
        # its own process group: stopped as a whole; standard input open while this process lives
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=self._log, stderr=subprocess.STDOUT,
                                         env=environment, start_new_session=True)
        with _lock:
            _running.add(self)
        try:
            # PySpark's client loads (~1.5 s) while the JVM starts
            _import_client()

            self.port = self._await_port(startup_timeout)
        except BaseException:
            self.stop()
            raise

    def _await_port(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while True:
            output = Path(self._log.name).read_text(errors="replace")
            match = _SERVING.search(output)
            if match:
                port = int(match.group(1))
                if _answers(port):
                    return port
            if self._process.poll() is not None:
                raise EmberError(f"the Ember server exited with status {self._process.returncode} while starting:\n"
                                 + _tail(output))
            if time.monotonic() > deadline:
                raise EmberError(f"the Ember server did not start in {timeout:g} s:\n" + _tail(output))
            time.sleep(0.02)

    def stop(self, timeout: float = 10.0) -> None:
        """Stops the server (its whole process group); waits up to ``timeout`` seconds, then kills it."""
        session, self._session = self._session, None
        if session is not None and not session.is_stopped and self.running():
            try:
                session.stop()
            except Exception:  # the server is going away either way
                pass
        process, self._process = self._process, None
        with _lock:
            _running.discard(self)
        if process is None:
            return
        complete = True
        if process.poll() is None:
            _signal_group(process, signal.SIGTERM)
            try:
                # a JVM recording its class-data archive writes it as it exits (seconds on a busy machine)
                process.wait(timeout if self._recording is None else max(timeout, 60.0))
            except subprocess.TimeoutExpired:
                _signal_group(process, signal.SIGKILL)
                process.wait()
                complete = False
        if process.stdin:
            process.stdin.close()
        keep_archive(self._recording, self._home, complete)
        self._log.close()
        try:
            os.unlink(self._log.name)
        except OSError:
            pass

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running() else "stopped"
        return f"<ember.Server sc://localhost:{self.port} {state}>"


def _import_client() -> None:
    """Imports PySpark's Connect client. When ``__main__`` has neither a file nor a spec (``python -c``, a script
    on standard input), PySpark 4.2 takes it for its own doctests and looks for a Spark home, which
    ``pyspark-client`` does not have: it exits the process. A Spark home named while it loads avoids that."""
    if "pyspark.sql.connect.session" in sys.modules:
        return
    main = sys.modules.get("__main__")
    doctest_guess = (main is not None and getattr(main, "__spec__", None) is None
                     and not hasattr(main, "__file__") and not hasattr(sys, "ps1"))
    if not doctest_guess or "SPARK_HOME" in os.environ:
        import pyspark.sql.connect.session  # noqa: F401
        return
    import pyspark

    os.environ["SPARK_HOME"] = os.path.dirname(pyspark.__file__)
    try:
        import pyspark.sql.connect.session  # noqa: F401
    finally:
        del os.environ["SPARK_HOME"]


def _signal_group(process: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(process.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _conf_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _tail(output: str, lines: int = 30) -> str:
    return "\n".join(output.rstrip().splitlines()[-lines:])


@atexit.register
def _stop_all() -> None:
    with _lock:
        servers = list(_running)
    for server in servers:
        server.stop()
