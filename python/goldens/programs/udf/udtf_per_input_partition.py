# Spark runs a Python UDTF once per partition of its input (a LATERAL call's left side, a TABLE argument without
# PARTITION BY): `terminate` comes once per partition, after its last row; a range is read in its numPartitions
# (else the default parallelism) slices, which spark_partition_id() reports
from pyspark.sql import functions as sf
from pyspark.sql.functions import udtf


@udtf(returnType="kind: string, n: int")
class CountRows:
    def __init__(self):
        self.count = 0

    def eval(self, *args):
        self.count += 1
        yield "row", self.count

    def terminate(self):
        yield "total", self.count


spark.udtf.register("count_rows", CountRows)
for sql in ["SELECT * FROM range(0, 10, 1, 2), LATERAL count_rows(id)",
            "SELECT * FROM range(0, 7, 1, 3), LATERAL count_rows(id)",
            "SELECT * FROM range(10), LATERAL count_rows(id)",
            "SELECT * FROM range(20, 0, -3, 4) AS r, LATERAL count_rows(r.id)",
            "SELECT * FROM (SELECT id FROM range(0, 12, 1, 3) WHERE id % 3 <> 0), LATERAL count_rows(id)",
            "SELECT * FROM count_rows(TABLE(SELECT id FROM range(0, 10, 1, 3)))",
            "SELECT * FROM count_rows(TABLE(SELECT id FROM range(5)))",
            "SELECT * FROM count_rows(TABLE(SELECT id FROM range(0, 7, 1, 3)) PARTITION BY id % 2 ORDER BY id)",
            "SELECT * FROM count_rows(TABLE(SELECT id FROM range(0, 10, 1, 3)) WITH SINGLE PARTITION)"]:
    print(sql)
    spark.sql(sql).filter("kind = 'total'").show()

ranged = spark.range(0, 11, 1, 3)
ranged.lateralJoin(CountRows(sf.col("id").outer())).filter("kind = 'total'").show()
spark.range(9).lateralJoin(CountRows(sf.col("id").outer())).filter("kind = 'total'").show()
CountRows(spark.range(0, 10, 1, 4).asTable()).filter("kind = 'total'").show()

# the partition of each row of a range, through filters and projections that keep its id
ranged.select("id", sf.spark_partition_id().alias("p")).show()
spark.range(20, 0, -3, 4).withColumn("p", sf.spark_partition_id()).filter("id % 2 = 0").show()
spark.sql("SELECT id, spark_partition_id() AS p FROM range(5, 30, 4, 4) AS t WHERE t.id > 6").show()
spark.range(7).select("id", sf.spark_partition_id().alias("p")).show()
spark.range(0, 10, 1, 3).select((sf.col("id") * 2).alias("x"), sf.spark_partition_id().alias("p")).show()
spark.range(0, 10, 1, 3).coalesce(1).select("id", sf.spark_partition_id().alias("p")).show()

# an analyze method asking for one partition: one call over the whole table argument
from pyspark.sql.functions import AnalyzeResult
from pyspark.sql.types import IntegerType, StringType, StructType


@udtf
class CountInOnePartition:
    def __init__(self):
        self.count = 0

    def eval(self, row):
        self.count += 1
        yield "row", self.count

    def terminate(self):
        yield "total", self.count

    @staticmethod
    def analyze(table):
        return AnalyzeResult(StructType().add("kind", StringType()).add("n", IntegerType()), withSinglePartition=True)


spark.udtf.register("count_in_one", CountInOnePartition)
spark.sql("SELECT * FROM count_in_one(TABLE(SELECT id FROM range(0, 10, 1, 3)))").filter("kind = 'total'").show()
