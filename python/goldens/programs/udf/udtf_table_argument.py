from pyspark.sql import Row
from pyspark.sql.functions import udtf

@udtf(returnType="k int, total bigint, ids string")
class SumPerKey:
    def __init__(self):
        self.key = None
        self.total = 0
        self.ids = []

    def eval(self, row: Row):
        self.key = row["k"]
        self.total += row["id"]
        self.ids.append(str(row["id"]))

    def terminate(self):
        if self.key is not None:
            yield self.key, self.total, ",".join(self.ids)

spark.udtf.register("sum_per_key", SumPerKey)
spark.sql("SELECT id, CAST(id % 3 AS INT) AS k FROM range(9)").createOrReplaceTempView("nums")
spark.sql("SELECT * FROM sum_per_key(TABLE(nums) PARTITION BY k ORDER BY id DESC) ORDER BY k").show()
spark.sql("SELECT * FROM sum_per_key(TABLE(SELECT id, 7 AS k FROM range(4)) WITH SINGLE PARTITION)").show()

@udtf(returnType="id bigint, doubled bigint")
class Double:
    def eval(self, row: Row):
        yield row.id, row.id * 2

Double(spark.range(3).asTable()).orderBy("id").show()
