from pyspark.sql.functions import lit, udtf
from pyspark.sql.types import StructType
from pyspark.sql.udtf import AnalyzeArgument, AnalyzeResult


@udtf
class Repeat:
    def __init__(self, analyze_result=None):
        self.width = len(analyze_result.schema) if analyze_result else None

    @staticmethod
    def analyze(text: AnalyzeArgument, n: AnalyzeArgument) -> AnalyzeResult:
        schema = StructType()
        for i in range(n.value):
            schema = schema.add(f"c{i}", text.dataType)
        return AnalyzeResult(schema)

    def eval(self, text, n):
        yield tuple([text] * self.width)


Repeat(lit("x"), lit(3)).show()
spark.udtf.register("repeat_columns", Repeat)
spark.sql("SELECT * FROM repeat_columns('y', 2)").show()
print(spark.sql("SELECT * FROM repeat_columns(1, 1)").schema.simpleString())


@udtf
class Refuses:
    @staticmethod
    def analyze(x):
        raise ValueError("no way")

    def eval(self, x):
        yield x,


try:
    Refuses(lit(1)).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
    print("no way" in str(e))
