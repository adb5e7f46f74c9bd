df = spark.range(100)
print(df.filter("id > 200").isEmpty())
print(df.isEmpty())
print(df.filter("id % 7 = 0").count())
