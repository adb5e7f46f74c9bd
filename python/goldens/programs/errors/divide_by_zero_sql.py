try:
    spark.sql("SELECT 1 / 0").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
try:
    spark.sql("SELECT 5 % 0").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
spark.sql("SELECT try_divide(1, 0) AS t, try_mod(5, 0) AS m").show()
