"""PySpark on Ember: ``spark = ember.session()`` starts Ember (a Spark Connect engine on embedded DuckDB)
and returns a PySpark ``SparkSession`` connected to it.

- :func:`session` starts one Ember server for this process (the first call) and returns a session on it.
- :func:`server` starts a server under your control: a context manager with ``.url``, ``.session()``, ``.stop()``.
- The pytest plugin (installed with the package) gives tests a ``spark`` fixture on one Ember per test session.

Every server listens on loopback only, on a free port, requires a random token of its clients, and stops when
this interpreter exits.
"""

from __future__ import annotations

import os
import threading
from typing import Mapping, Optional, Tuple

from ember._locate import EmberError
from ember._server import SERVER_CONF_PREFIXES, Server

__all__ = ["EmberError", "Server", "default_server", "server", "session", "split_conf"]
__version__ = "0.1.0"

_default: Optional[Server] = None
_default_lock = threading.Lock()


def server(conf: Optional[Mapping[str, object]] = None, **options) -> Server:
    """Starts an Ember server: ``conf`` are the server's confs (``spark.ember.duckdb.memoryLimit``, ...);
    ``options`` are :class:`Server`'s (``home``, ``java``, ``startup_timeout``, ``token``).

    >>> with ember.server() as s:                      # doctest: +SKIP
    ...     s.session().range(3).count()
    3
    """
    return Server(conf, **options)


def split_conf(conf: Mapping[str, object]) -> Tuple[dict, dict]:
    """The confs a server reads when it starts (``spark.ember.*``, ``spark.connect.*``) and the session's."""
    server_conf = {k: v for k, v in conf.items() if k.startswith(SERVER_CONF_PREFIXES)}
    session_conf = {k: v for k, v in conf.items() if not k.startswith(SERVER_CONF_PREFIXES)}
    return server_conf, session_conf


def session(**conf: object):
    """A PySpark ``SparkSession`` on this process's Ember server, started by the first call.

    ``conf`` are confs by name, e.g. ``ember.session(**{"spark.sql.session.timeZone": "UTC"})``: the server's
    (``spark.ember.*``, ``spark.connect.*``) apply when the server starts, the others to the session.
    """
    server_conf, session_conf = split_conf(conf)
    return default_server(server_conf).session(**session_conf)


def default_server(conf: Optional[Mapping[str, object]] = None) -> Server:
    """This process's Ember server (the one :func:`session` uses), started with the server confs ``conf``
    unless it runs already (then ``conf`` must not ask for others)."""
    global _default
    conf = dict(conf or {})
    with _default_lock:
        if _default is None or not _default.running():
            _default = Server(conf)
        elif any(_default.conf.get(k) != str(v) for k, v in conf.items()):
            raise EmberError("Ember's server is already running with other server confs "
                             f"({', '.join(sorted(conf))}); use ember.server(conf) for a server of its own")
        return _default
