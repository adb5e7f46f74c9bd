spark.sql(r"""SELECT 'it''s' AS a, "double" AS b, 'tab\there' AS c, 'new\nline' AS d, X'CAFE' AS e, 'unicode \u00e9' AS f""").show(truncate=False)
print(spark.sql(r"SELECT 'new\nline' AS d").collect())
