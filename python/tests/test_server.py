"""Starting and stopping servers, the token, and the errors when Ember cannot start."""

import contextlib
import os

import pytest
from pyspark.errors.exceptions.connect import SparkConnectGrpcException
from pyspark.sql import SparkSession

import ember
from ember import _locate


def test_a_server_is_a_context_manager_and_stops():
    with ember.server() as server:
        assert server.running()
        assert server.url.startswith(f"sc://localhost:{server.port}/;token=")
        spark = SparkSession.builder.remote(server.url).create()
        assert spark.range(5).count() == 5
        spark.stop()
        process = server._process
    assert not server.running()
    assert process.poll() is not None


def test_a_client_without_the_token_is_refused(ember_server):
    with _refused(f"sc://localhost:{ember_server.port}") as spark:
        with pytest.raises(SparkConnectGrpcException, match="No authentication token provided"):
            spark.range(1).collect()


def test_a_client_with_another_token_is_refused(ember_server):
    with _refused(f"sc://localhost:{ember_server.port}/;token=wrong") as spark:
        with pytest.raises(SparkConnectGrpcException, match="Invalid authentication token"):
            spark.range(1).collect()


@contextlib.contextmanager
def _refused(url):
    spark = SparkSession.builder.remote(url).create()
    try:
        yield spark
    finally:
        spark.client.close()  # a session the server never knew: nothing to release


@pytest.mark.skipif(not os.path.exists("/proc/self/cmdline"), reason="reads /proc")
def test_the_token_is_not_on_the_command_line_but_the_server_confs_are(ember_server):
    with open(f"/proc/{ember_server._process.pid}/cmdline") as cmdline:
        arguments = cmdline.read().split("\0")
    assert ember_server.token not in " ".join(arguments)
    assert "--stop-on-stdin-close" in arguments


def test_missing_java_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ember.EmberError, match="Java was not found.*JAVA_HOME"):
        ember.server()


def test_an_unbuilt_checkout_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("EMBER_HOME", str(tmp_path))
    with pytest.raises(ember.EmberError, match="not built.*mvn -B -q -pl ember -am package -DskipTests"):
        ember.server()


def test_the_checkout_is_found_from_the_package():
    assert (_locate.ember_home() / "ember" / "pom.xml").is_file()


def test_a_server_that_fails_to_start_says_why():
    with pytest.raises(ember.EmberError, match="exited with status"):
        ember.server({"spark.connect.grpc.maxInboundMessageSize": "not a size"})
