# Ember's Python worker: PySpark's own worker (pyspark.worker.main), one task after another on the socket its
# environment names (PythonWorkerFactory's PYTHON_WORKER_FACTORY_PORT and _SECRET), flushing after each as PySpark's
# daemon does; after a task that failed, it reads its input to the end (Ember closes the socket) before exiting.
# A plain @udf (SQL_BATCHED_UDF), which Spark sends pickled rows for, comes as an Arrow-optimized one with
# spark.ember.python.pickledUdfResults: its results are then converted as Spark converts the pickled ones
# (EvaluatePython.makeFromJava: a value not of the declared type is NULL, integers wrap to the type's width, a string
# column takes any value's text), so that batches cross while the results stay Spark's.
# transformWithStateInPandas/transformWithState of a batch query talk to a state server of the task in this process
# (_BatchStateServer), which Ember asks for with the eval conf state_server_socket_port "ember-batch:<timeMode>".
# The socket to Ember sends without delay (TCP_NODELAY, both ends): see _without_delay.
import datetime
import decimal
import socket
import time

from pyspark import worker
from pyspark import worker_util as _worker_util
from pyspark.sql import types as T
from pyspark.worker_util import get_sock_file_to_executor

_INTEGER_BITS = {T.ByteType: 8, T.ShortType: 16, T.IntegerType: 32, T.LongType: 64}


def _java_text(value):
    """A value's text as Java's toString of what Pyrolite unpickles it to."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = repr(value)
        if "e" in text:
            mantissa, exponent = text.split("e")
            mantissa = mantissa if "." in mantissa else mantissa + ".0"
            return "%sE%d" % (mantissa, int(exponent))
        return text
    if isinstance(value, list):
        return "[" + ", ".join("null" if v is None else _java_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join("%s=%s" % (_java_text(k), "null" if v is None else _java_text(v))
                               for k, v in value.items()) + "}"
    return str(value)


def _pickled_result(data_type):
    """The function giving a result of data_type as Spark's pickled path gives it (None when Spark gives NULL)."""
    kind = type(data_type)
    if kind is T.BooleanType:
        return lambda v: v if isinstance(v, bool) else None
    if kind in _INTEGER_BITS:
        bits = _INTEGER_BITS[kind]

        def integer(v):
            if isinstance(v, bool) or not isinstance(v, int) or not -(1 << 63) <= v < (1 << 63):
                return None
            v &= (1 << bits) - 1
            return v - (1 << bits) if v >= 1 << (bits - 1) else v
        return integer
    if kind in (T.FloatType, T.DoubleType):
        return lambda v: v if isinstance(v, float) else None
    if kind is T.DecimalType:
        return lambda v: v if isinstance(v, decimal.Decimal) else None
    if kind is T.StringType:
        return lambda v: None if v is None else v if isinstance(v, str) else _java_text(v)
    if kind is T.BinaryType:
        return lambda v: (v.encode("utf-8") if isinstance(v, str)
                          else bytes(v) if isinstance(v, (bytes, bytearray)) else None)
    if kind in (T.DateType, T.TimestampType, T.TimestampNTZType):
        # PySpark converts such a result to Spark's internal value first (DateType.toInternal: a str raises)
        return lambda v: data_type.fromInternal(data_type.toInternal(v))
    if kind is T.ArrayType:
        element = _pickled_result(data_type.elementType)
        return lambda v: [None if e is None else element(e) for e in v] if isinstance(v, (list, tuple)) else None
    if kind is T.MapType:
        key, value = _pickled_result(data_type.keyType), _pickled_result(data_type.valueType)
        return lambda v: ({key(k): None if x is None else value(x) for k, x in v.items()}
                          if isinstance(v, dict) else None)
    if kind is T.StructType:
        fields = [_pickled_result(f.dataType) for f in data_type.fields]

        def struct(v):
            row = data_type.toInternal(v)  # a Row, tuple, dict or object, as the pickled path reads it
            if not isinstance(row, tuple):
                return None
            return tuple(None if x is None else f(x) for f, x in zip(fields, row))
        return struct
    return lambda v: v


def _without_delay(connect):
    """The connection to Ember with TCP_NODELAY: a task's last small write (the end of its output) goes out at once,
    not held by Nagle's algorithm until Ember's delayed acknowledgement (~40 ms a task on Linux's loopback)."""
    def connect_without_delay(conn_info, auth_secret):
        sock_file, sock = connect(conn_info, auth_secret)
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock_file, sock
    return connect_without_delay


def _read_single_udf(read):
    def read_single_udf(pickle_ser, infile, eval_type, runner_conf, udf_index):
        udf = read(pickle_ser, infile, eval_type, runner_conf, udf_index)
        if (eval_type == worker.PythonEvalType.SQL_ARROW_BATCHED_UDF
                and runner_conf.get("spark.ember.python.pickledUdfResults", "false") == "true"):
            func, args_offsets, kwargs_offsets, return_type = udf
            convert = _pickled_result(return_type)

            def pickled(*arguments, **keywords):
                result = func(*arguments, **keywords)
                return None if result is None else convert(result)
            udf = (pickled, args_offsets, kwargs_offsets, return_type)
        return udf
    return read_single_udf


def _arrow_table_udf(read):
    """A UDTF (SQL_TABLE_UDF), which Spark sends pickled rows for, over Arrow with spark.ember.python.arrowTableUdf:
    PySpark's own reading of the function and its mapper, the Arrow rows given to it as the values PySpark's pickled
    path gives (ArrowTableToRowsConversion), each input row's results back as one batch (a struct column), converted
    as Spark converts the pickled ones (EvaluatePython.makeFromJava)."""
    def read_udtf(pickle_ser, infile, eval_type, runner_conf, eval_conf):
        if (eval_type != worker.PythonEvalType.SQL_TABLE_UDF
                or runner_conf.get("spark.ember.python.arrowTableUdf", "false") != "true"):
            return read(pickle_ser, infile, eval_type, runner_conf, eval_conf)
        import pyarrow as pa
        from pyspark.sql.conversion import ArrowTableToRowsConversion, LocalDataToArrowConversion
        from pyspark.sql.pandas.serializers import ArrowStreamUDTFSerializer
        from pyspark.sql.pandas.types import to_arrow_type

        mapper, profiler, _, _ = read(pickle_ser, infile, eval_type, runner_conf, eval_conf)
        return_type = T._parse_datatype_json_string(eval_conf.get("ember_return_type", None, lower_str=False))
        arrow_type = to_arrow_type(return_type, timezone="UTC",
                                   prefers_large_types=runner_conf.use_large_var_types)
        fields = [(f.dataType, _pickled_result(f.dataType)) for f in return_type.fields]
        converters = [ArrowTableToRowsConversion._create_converter(
            f.dataType, none_on_identity=True, binary_as_bytes=runner_conf.binary_as_bytes)
            for f in eval_conf.input_type]

        def rows(batches):
            for batch in batches:
                columns = [[conv(v) for v in ArrowTableToRowsConversion._to_pylist(column)] if conv is not None
                           else ArrowTableToRowsConversion._to_pylist(column)
                           for column, conv in zip(batch.columns, converters)]
                if columns:
                    yield from zip(*columns)
                else:
                    for _ in range(batch.num_rows):
                        yield ()

        def converted(internal):
            if internal is None:
                return tuple(None for _ in fields)
            row = return_type.fromInternal(internal)
            return tuple(None if v is None else convert(v) for (_, convert), v in zip(fields, row))

        def batches(results):
            for result in results:
                data = [converted(r) for r in result]
                if not data:
                    batch = pa.RecordBatch.from_pylist([], schema=pa.schema(list(arrow_type)))
                else:
                    table = LocalDataToArrowConversion.convert(data, return_type, runner_conf.use_large_var_types)
                    batch = table.combine_chunks().to_batches()[0]
                yield batch, arrow_type

        def arrow_mapper(split, batches_in):
            return batches(mapper(split, rows(batches_in)))

        serializer = ArrowStreamUDTFSerializer()
        return arrow_mapper, profiler, serializer, serializer
    return read_udtf


_DDL_TYPES = {"boolean": T.BooleanType(), "byte": T.ByteType(), "tinyint": T.ByteType(), "short": T.ShortType(),
              "smallint": T.ShortType(), "int": T.IntegerType(), "integer": T.IntegerType(), "long": T.LongType(),
              "bigint": T.LongType(), "float": T.FloatType(), "real": T.FloatType(), "double": T.DoubleType(),
              "string": T.StringType(), "binary": T.BinaryType(), "date": T.DateType(),
              "timestamp": T.TimestampType(), "timestamp_ntz": T.TimestampNTZType(), "decimal": T.DecimalType(10, 0)}


def _split_top(text, separator):
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += 1 if c in "<(" else -1 if c in ">)" else 0
        if c == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return parts + [text[start:]]


def _ddl_type(text):
    text = text.strip()
    lower = text.lower()
    if lower in _DDL_TYPES:
        return _DDL_TYPES[lower]
    if lower.startswith("decimal(") and lower.endswith(")"):
        precision, scale = (int(p) for p in lower[8:-1].split(","))
        return T.DecimalType(precision, scale)
    if lower.startswith("array<") and lower.endswith(">"):
        return T.ArrayType(_ddl_type(text[6:-1]))
    if lower.startswith("map<") and lower.endswith(">"):
        key, value = _split_top(text[4:-1], ",")
        return T.MapType(_ddl_type(key), _ddl_type(value))
    if lower.startswith("struct<") and lower.endswith(">"):
        return _ddl_schema(text[7:-1])
    raise ValueError("Cannot parse the data type: " + text)


def _ddl_schema(text):
    """A schema string as StructType.fromDDL reads the usual ones: "n long NOT NULL, items array<int>", "a: int"."""
    import re
    fields = []
    for part in _split_top(text, ","):
        match = re.fullmatch(r"\s*(`[^`]+`|[^\s:]+)\s*:?\s*(.*?)(\s+not\s+null)?(\s+comment\s+'.*')?\s*", part,
                             re.IGNORECASE | re.DOTALL)
        if match is None:
            raise ValueError("Cannot parse the schema: " + text)
        fields.append(T.StructField(match.group(1).strip("`"), _ddl_type(match.group(2)), match.group(3) is None))
    return T.StructType(fields)


class _BatchStateServer:
    """Spark's TransformWithStateInPandasStateServer for a batch query, in the worker's own process: the StateMessage
    protocol on a Unix socket whose other end is PySpark's own StatefulProcessorApiClient. The state lives for one
    task: every grouping key's rows come in one task, so the state of a key is born and dies with the batch, as under
    Spark's batch plan (a fresh state store per query). Values are the pickled rows the client sends, kept as sent."""

    def __init__(self, time_mode, key_schema):
        import tempfile
        import threading
        self._time_mode = time_mode
        self._key_schema = key_schema
        self._now = int(time.time() * 1000)
        self._values = {}      # (state, key) -> bytes
        self._lists = {}       # (state, key) -> [bytes]
        self._maps = {}        # (state, key) -> {user key: (key bytes, value bytes)}
        self._timers = {}      # key -> {timestamp}
        self._key_bytes = {}   # key -> its bytes
        self._key = None
        self._handle_state = "CREATED"
        self._schemas = {}     # state -> (its rows' schema, a map state's values' schema)
        directory = tempfile.mkdtemp(prefix="ember-state-")
        self.path = directory + "/s"
        self._listener = socket.socket(socket.AF_UNIX)
        self._listener.bind(self.path)
        self._listener.listen(1)
        threading.Thread(target=self._serve, args=(directory,), daemon=True).start()

    def _serve(self, directory):
        import os
        import shutil
        from pyspark.serializers import read_int
        connection, _ = self._listener.accept()
        self._listener.close()
        shutil.rmtree(directory, ignore_errors=True)
        stream = connection.makefile("rwb", 65536)
        try:
            while True:
                try:
                    read_int(stream)
                except EOFError:
                    return
                request = self._message.StateRequest.FromString(stream.read(read_int(stream)))
                response = self._answer(request)
                data = response.SerializeToString()
                stream.write(len(data).to_bytes(4, "big") + data)
                stream.flush()
        finally:
            connection.close()

    @property
    def _message(self):
        import pyspark.sql.streaming.proto.StateMessage_pb2 as message
        return message

    @staticmethod
    def _user_key(data):
        import pickle
        try:
            value = pickle.loads(data)
            hash(value)
            return value
        except Exception:
            return data

    def _answer(self, request):
        m = self._message
        try:
            kind = request.WhichOneof("method")
            if kind == "statefulProcessorCall":
                return self._processor_call(getattr(request.statefulProcessorCall,
                                                    request.statefulProcessorCall.WhichOneof("method")),
                                            request.statefulProcessorCall.WhichOneof("method"))
            if kind == "stateVariableRequest":
                variable = request.stateVariableRequest
                which = variable.WhichOneof("method")
                call = getattr(variable, which)
                return getattr(self, "_" + which)(call.stateName, call.WhichOneof("method"),
                                                  getattr(call, call.WhichOneof("method")))
            if kind == "implicitGroupingKeyRequest":
                keys = request.implicitGroupingKeyRequest
                if keys.WhichOneof("method") == "setImplicitKey":
                    self._key = self._user_key(keys.setImplicitKey.key)
                    self._key_bytes[self._key] = keys.setImplicitKey.key
                else:
                    self._key = None
                return m.StateResponse(statusCode=0)
            if kind == "timerRequest":
                timer = request.timerRequest
                if timer.WhichOneof("method") == "timerValueRequest":
                    which = timer.timerValueRequest.WhichOneof("method")
                    value = self._now if which == "getProcessingTimer" else -1
                    return m.StateResponseWithLongTypeVal(statusCode=0, value=value)
                limit = timer.expiryTimerRequest.expiryTimestampMs
                expired = sorted((ts, i, key) for i, (key, stamps) in enumerate(self._timers.items())
                                 for ts in stamps if ts <= limit)
                if not expired:
                    return m.StateResponseWithTimer(statusCode=2)
                return m.StateResponseWithTimer(statusCode=0, timer=[
                    m.TimerInfo(key=self._grouping_key(key), timestampMs=ts) for ts, _, key in expired])
            schema = _ddl_schema(request.utilsRequest.parseStringSchema.schema)
            return m.StateResponseWithStringTypeVal(statusCode=0, value=schema.json())
        except Exception as e:
            return m.StateResponse(statusCode=1, errorMessage=str(e))

    def _processor_call(self, call, which):
        m = self._message
        if which == "setHandleState":
            self._handle_state = m.HandleState.Name(call.state)
            return m.StateResponse(statusCode=0)
        if which != "timerStateCall" and self._handle_state != "CREATED":
            operation = {"getValueState": "get_value_state", "getListState": "get_list_state",
                         "getMapState": "get_map_state", "deleteIfExists": "delete_if_exists"}[which]
            return m.StateResponse(statusCode=1, errorMessage=(
                "[STATEFUL_PROCESSOR_CANNOT_PERFORM_OPERATION_WITH_INVALID_HANDLE_STATE] Failed to perform stateful "
                "processor operation=%s with invalid handle state=%s. SQLSTATE: 42802" % (operation, self._handle_state)))
        if which in ("getValueState", "getListState", "getMapState") and call.HasField("ttl") \
                and self._time_mode.lower() != "processingtime":
            return m.StateResponse(statusCode=1, errorMessage=(
                "[STATEFUL_PROCESSOR_INCORRECT_TIME_MODE_TO_ASSIGN_TTL] Cannot use TTL for state=%s in timeMode=%s, "
                "use TimeMode.ProcessingTime() instead. SQLSTATE: 42802" % (call.stateName, self._spark_time_mode())))
        if which in ("getValueState", "getListState", "getMapState"):
            import json
            self._schemas[call.stateName] = tuple(
                T.StructType.fromJson(json.loads(text)) if text else None
                for text in (call.schema, call.mapStateValueSchema if which == "getMapState" else ""))
        if which == "timerStateCall":
            what = call.WhichOneof("method")
            if self._time_mode.lower() == "none":
                operation = {"register": "register_timer", "delete": "delete_timer", "list": "list_timers"}[what]
                message = ("[STATEFUL_PROCESSOR_CANNOT_PERFORM_OPERATION_WITH_INVALID_TIME_MODE] Failed to perform "
                           "stateful processor operation=%s with invalid timeMode=%s SQLSTATE: 42802"
                           % (operation, self._spark_time_mode()))
                if what == "list":
                    return m.StateResponseWithTimer(statusCode=1, errorMessage=message)
                return m.StateResponse(statusCode=1, errorMessage=message)
            stamps = self._timers.setdefault(self._key, set())
            if what == "register":
                stamps.add(call.register.expiryTimestampMs)
            elif what == "delete":
                stamps.discard(call.delete.expiryTimestampMs)
            else:
                if not stamps:
                    return m.StateResponseWithTimer(statusCode=2)
                return m.StateResponseWithTimer(statusCode=0, timer=[m.TimerInfo(timestampMs=t) for t in sorted(stamps)])
        elif which == "deleteIfExists":
            for store in (self._values, self._lists, self._maps):
                for entry in [e for e in store if e[0] == call.stateName]:
                    del store[entry]
        return m.StateResponse(statusCode=0)

    def _out(self, name, data, index=0):
        """A stored row (the client's pickled internal values) as Spark's state server answers it: the row Spark's
        pickler makes of it (nested structs as Rows, dates and timestamps as Python's)."""
        import pickle
        schema = self._schemas.get(name, (None, None))[index]
        if not data or schema is None:
            return data
        return pickle.dumps(schema.fromInternal(pickle.loads(data)))

    def _grouping_key(self, key):
        """A key as Spark's server sends it with an expired timer: a Row of the grouping key's schema."""
        import pickle
        return pickle.dumps(self._key_schema.fromInternal(pickle.loads(self._key_bytes[key])))

    def _spark_time_mode(self):
        return {"none": "NoTime", "processingtime": "ProcessingTime", "eventtime": "EventTime"}.get(
            self._time_mode.lower(), self._time_mode)

    def _valueStateCall(self, name, which, call):
        m = self._message
        entry = (name, self._key)
        if which == "exists":
            return m.StateResponse(statusCode=0 if entry in self._values else 2)
        if which == "get":
            return m.StateResponse(statusCode=0, value=self._out(name, self._values.get(entry, b"")))
        if which == "valueStateUpdate":
            self._values[entry] = call.value
        else:
            self._values.pop(entry, None)
        return m.StateResponse(statusCode=0)

    def _listStateCall(self, name, which, call):
        m = self._message
        entry = (name, self._key)
        values = self._lists.get(entry, [])
        if which == "exists":
            return m.StateResponse(statusCode=0 if values else 2)
        if which == "listStateGet":
            if not values:
                return m.StateResponseWithListGet(statusCode=2)
            return m.StateResponseWithListGet(statusCode=0, value=[self._out(name, v) for v in values],
                                              requireNextFetch=False)
        if which == "listStatePut":
            self._lists[entry] = list(call.value)
        elif which == "appendValue":
            self._lists[entry] = values + [call.value]
        elif which == "appendList":
            self._lists[entry] = values + list(call.value)
        else:
            self._lists.pop(entry, None)
        return m.StateResponse(statusCode=0)

    def _mapStateCall(self, name, which, call):
        m = self._message
        entry = (name, self._key)
        pairs = self._maps.get(entry, {})
        if which == "exists":
            return m.StateResponse(statusCode=0 if pairs else 2)
        if which == "getValue":
            pair = pairs.get(self._user_key(call.userKey))
            return m.StateResponse(statusCode=0, value=self._out(name, pair[1], 1) if pair else b"")
        if which == "containsKey":
            return m.StateResponse(statusCode=0 if self._user_key(call.userKey) in pairs else 2)
        if which == "updateValue":
            self._maps.setdefault(entry, {})[self._user_key(call.userKey)] = (call.userKey, call.value)
        elif which == "removeKey":
            pairs.pop(self._user_key(call.userKey), None)
        elif which == "clear":
            self._maps.pop(entry, None)
        elif which == "iterator":
            if not pairs:
                return m.StateResponseWithMapIterator(statusCode=2)
            return m.StateResponseWithMapIterator(statusCode=0, kvPair=[
                m.KeyAndValuePair(key=self._out(name, k), value=self._out(name, v, 1)) for k, v in pairs.values()],
                requireNextFetch=False)
        else:
            if not pairs:
                return m.StateResponseWithMapKeysOrValues(statusCode=2)
            index = 0 if which == "keys" else 1
            return m.StateResponseWithMapKeysOrValues(statusCode=0, value=[
                self._out(name, p[index], index) for p in pairs.values()],
                                                      requireNextFetch=False)
        return m.StateResponse(statusCode=0)


def _state_client(client):
    """PySpark's StatefulProcessorApiClient, connected to a _BatchStateServer of the task when Ember names one
    (state_server_socket_port "ember-batch:<timeMode>"), else as PySpark makes it."""
    def make(port, key_schema, is_driver=False):
        if isinstance(port, str) and port.startswith("ember-batch:"):
            port = _BatchStateServer(port[len("ember-batch:"):], key_schema).path
        return client(port, key_schema, is_driver)
    return make


worker.read_single_udf = _read_single_udf(worker.read_single_udf)
worker.StatefulProcessorApiClient = _state_client(worker.StatefulProcessorApiClient)
worker.read_udtf = _arrow_table_udf(worker.read_udtf)

_worker_util.local_connect_and_auth = _without_delay(_worker_util.local_connect_and_auth)
with get_sock_file_to_executor(timeout=None) as sock_file:
    while True:
        try:
            worker.main(sock_file, sock_file)
        except SystemExit:
            # the task failed (or is not to be followed): what the worker wrote goes out, then the rest of the task's
            # input is read and dropped until Ember closes the socket, so that exiting with unread input (a task of
            # many batches that raised in its first) does not reset the connection before Ember reads the traceback
            sock_file.flush()
            while sock_file.read(1 << 16):
                pass
            raise
        sock_file.flush()
