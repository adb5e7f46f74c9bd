from pyspark.sql import functions as F

df = spark.createDataFrame([(float(x),) for x in [1, 2, 3, 4, 5, 6, 7, 8, 9, 100]], ["v"])
df.select(F.percentile_approx("v", 0.5), F.percentile_approx("v", [0.25, 0.75]), F.median("v"),
          F.percentile("v", 0.9)).show(truncate=False)
