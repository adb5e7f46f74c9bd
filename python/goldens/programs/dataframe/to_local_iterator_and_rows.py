from pyspark.sql import Row

df = spark.createDataFrame([Row(name="a", n=1), Row(name="b", n=2)])
for row in df.orderBy("n").toLocalIterator():
    print(row, row.name, row["n"], row.asDict())
