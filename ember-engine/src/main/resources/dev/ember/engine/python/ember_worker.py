# Ember's Python worker: PySpark's own worker (pyspark.worker.main), one task after another on the socket its
# environment names (PythonWorkerFactory's PYTHON_WORKER_FACTORY_PORT and _SECRET), flushing after each as PySpark's
# daemon does; after a task that failed, it reads its input to the end (Ember closes the socket) before exiting.
# A plain @udf (SQL_BATCHED_UDF), which Spark sends pickled rows for, comes as an Arrow-optimized one with
# spark.ember.python.pickledUdfResults: its results are then converted as Spark converts the pickled ones
# (EvaluatePython.makeFromJava: a value not of the declared type is NULL, integers wrap to the type's width, a string
# column takes any value's text), so that batches cross while the results stay Spark's.
import datetime
import decimal

from pyspark import worker
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


worker.read_single_udf = _read_single_udf(worker.read_single_udf)
worker.read_udtf = _arrow_table_udf(worker.read_udtf)

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
