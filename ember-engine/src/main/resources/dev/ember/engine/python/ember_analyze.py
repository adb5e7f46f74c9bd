# Ember's runner of a Python UDTF's static 'analyze' method: PySpark's own pyspark.sql.worker.analyze_udtf (as Spark's
# UserDefinedPythonTableFunctionAnalyzeRunner runs it), on this process's standard input and output. The value of a
# constant argument comes as JSON (Spark pickles it), converted to the argument's type here.
import datetime
import decimal
import json
import sys

from pyspark.serializers import UTF8Deserializer, read_bool, read_int
from pyspark.sql import types as T
from pyspark.sql.udtf import AnalyzeArgument
from pyspark.sql.worker import analyze_udtf

_utf8 = UTF8Deserializer()


def _value(data_type, text):
    value = json.loads(text)
    if value is None:
        return None
    if isinstance(data_type, T.DecimalType):
        return decimal.Decimal(value)
    if isinstance(data_type, T.DateType):
        return datetime.date.fromisoformat(value)
    if isinstance(data_type, (T.FloatType, T.DoubleType)):
        return float(value)
    return value


def read_arguments(infile):
    args, kwargs = [], {}
    for _ in range(read_int(infile)):
        data_type = T._parse_datatype_json_string(_utf8.loads(infile))
        constant = read_bool(infile)
        value = _value(data_type, _utf8.loads(infile)) if constant else None
        argument = AnalyzeArgument(dataType=data_type, value=value, isTable=read_bool(infile),
                                   isConstantExpression=constant)
        if read_bool(infile):
            kwargs[_utf8.loads(infile)] = argument
        else:
            args.append(argument)
    return args, kwargs


analyze_udtf.read_arguments = read_arguments
analyze_udtf.main(sys.stdin.buffer, sys.stdout.buffer)
sys.stdout.buffer.flush()
