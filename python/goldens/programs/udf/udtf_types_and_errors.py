import datetime
from pyspark.sql.functions import lit, udtf

@udtf(returnType="d date, t timestamp, a array<int>, m map<string,int>, wrong int", useArrow=False)
class Values:
    def eval(self, x: int):
        yield datetime.date(2024, 1, x), datetime.datetime(2024, 1, x, 12, 30), [x, None], {"k": x}, "not an int"

Values(lit(2)).show(truncate=False)

@udtf(returnType="wrong int")
class WrongType:
    def eval(self):
        yield "not an int",

try:
    WrongType().collect()
except Exception as e:
    print(type(e).__name__)
    print("UDTF_ARROW_DATA_CONVERSION_ERROR" in str(e))

@udtf(returnType="x int")
class Fails:
    def eval(self, x: int):
        yield 1 // x,

try:
    Fails(lit(0)).collect()
except Exception as e:
    print(type(e).__name__)
    print("ZeroDivisionError" in str(e), "UDTF_EXEC_ERROR" in str(e))

@udtf(returnType="x int, y int")
class WrongWidth:
    def eval(self):
        yield 1,

try:
    WrongWidth().collect()
except Exception as e:
    print(type(e).__name__)
    print("UDTF_RETURN_SCHEMA_MISMATCH" in str(e))
