df = spark.sql("SELECT 1 AS id, named_struct('a', 1, 'b', array('x', 'y')) AS s, map('k', 1.5D) AS m")
df.printSchema()
df.show(truncate=False)
