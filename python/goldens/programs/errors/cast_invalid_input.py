try:
    spark.sql("SELECT CAST('not a number' AS INT)").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
try:
    spark.sql("SELECT CAST('2024-13-45' AS DATE)").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
