from pyspark.sql.functions import lit, udtf

@udtf(returnType="i int, s string, d double", useArrow=True)
class Rows:
    def eval(self, n: int, prefix: str):
        for i in range(n):
            yield i, f"{prefix}{i}", i / 2

    def terminate(self):
        yield -1, None, None

Rows(lit(3), lit("r")).show()
spark.udtf.register("arrow_rows", Rows)
spark.sql("SELECT * FROM arrow_rows(2, 'x') ORDER BY i").show()
