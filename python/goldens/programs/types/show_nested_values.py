df = spark.sql("""SELECT array(1, NULL, 3) AS a, map('x', array(1, 2), 'y', NULL) AS m,
  named_struct('p', NULL, 'q', named_struct('r', 'deep')) AS s, array(named_struct('k', 1)) AS arr_s,
  CAST('abc' AS BINARY) AS b, array() AS empty""")
df.show(truncate=False)
print(df.collect())
