"""Ember's pytest plugin: a ``spark`` fixture, one Ember server for the whole test session.

Installed with the package (entry point ``pytest11``); ``-p no:ember`` turns it off. Server confs come from
the ``ember_conf`` fixture, which a conftest may override (session scope).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def ember_conf() -> dict:
    """Confs of the test session's server and Spark session; override it in a conftest to set some."""
    return {}


@pytest.fixture(scope="session")
def ember_server(ember_conf):
    """The test session's Ember server (:class:`ember.Server`): the one ``ember.session()`` uses in this process
    too, stopped at the end of the session."""
    from ember import default_server, split_conf

    server_conf, _ = split_conf(ember_conf)
    server = default_server(server_conf)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def spark(ember_server, ember_conf):
    """A PySpark ``SparkSession`` on the test session's Ember server."""
    from ember import split_conf

    _, session_conf = split_conf(ember_conf)
    session = ember_server.session(**session_conf)
    yield session
    session.stop()
