from pyspark.sql.functions import udf

@udf(returnType="double", useArrow=True)
def with_tax(x):
    return None if x is None else round(x * 1.2, 2)

df = spark.createDataFrame([(10.0,), (2.5,), (None,)], "price double")
df.select("price", with_tax("price").alias("gross")).orderBy("price").show()
