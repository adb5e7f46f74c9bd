from pyspark.sql import functions as F

def add_total(df):
    return df.withColumn("total", F.col("price") * F.col("qty"))

def only_big(df, threshold):
    return df.filter(F.col("total") > threshold)

df = spark.createDataFrame([("pen", 1.5, 10), ("book", 12.0, 2), ("bag", 30.0, 1)], ["item", "price", "qty"])
df.transform(add_total).transform(only_big, 20).orderBy("item").show()
