import pyarrow as pa
import pyarrow.compute as pc
from pyspark.sql.functions import arrow_udtf, lit


@arrow_udtf(returnType="x int, doubled bigint")
class Doubled:
    def eval(self, batch: pa.RecordBatch):
        yield pa.table({"x": batch.column("x"), "doubled": pc.multiply(batch.column("y"), 2)})


df = spark.range(5).selectExpr("id AS x", "id AS y")
Doubled(df.asTable()).orderBy("x").show()


@arrow_udtf(returnType="a int, b int")
class Pairs:
    def eval(self, a: pa.Array, b: pa.Array):
        yield pa.table({"a": a, "b": b})

    def terminate(self):
        yield pa.table({"a": pa.array([0], pa.int32()), "b": pa.array([0], pa.int32())})


Pairs(lit(1), lit(2)).orderBy("a").show()
