from pyspark.sql import functions as F
from pyspark.sql.functions import udf

@udf("string")
def grade(score):
    if score is None:
        return None
    return "A" if score >= 90 else "B" if score >= 80 else "C"

df = spark.createDataFrame([(95,), (85,), (50,), (None,)], "score int")
df.select("score", grade("score").alias("g")).orderBy(F.col("score").asc_nulls_last()).show()
