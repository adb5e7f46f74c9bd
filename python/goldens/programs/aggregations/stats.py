from pyspark.sql import functions as F

df = spark.createDataFrame([(float(x), float(x * 2 + (x % 3))) for x in range(1, 11)], ["x", "y"])
df.select(F.round(F.stddev("x"), 6), F.round(F.variance("x"), 6), F.round(F.stddev_pop("x"), 6),
          F.round(F.corr("x", "y"), 6), F.round(F.covar_samp("x", "y"), 6), F.round(F.skewness("y"), 6)).show()
