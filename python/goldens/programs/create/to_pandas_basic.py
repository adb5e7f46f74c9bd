from pyspark.sql import functions as F

df = spark.range(5).withColumn("sq", F.col("id") * F.col("id")).withColumn("s", F.concat(F.lit("v"), F.col("id").cast("string")))
pdf = df.orderBy("id").toPandas()
print(pdf.dtypes.to_string())
print(pdf.to_string())
