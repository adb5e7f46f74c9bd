spark.range(3).show()
spark.range(2, 10, 3).show()
spark.range(5, 0, -2).show()
print(spark.range(0).count())
