from pyspark.sql.types import StructType, StructField, StringType, LongType

df = spark.createDataFrame([], StructType([StructField("a", StringType()), StructField("b", LongType())]))
df.printSchema()
df.show()
print(df.count(), df.toPandas().shape)
