df = spark.range(10)
df.orderBy("id").offset(7).show()
df.orderBy("id").limit(5).offset(3).show()
