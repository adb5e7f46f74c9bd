try:
    spark.sql("SELECT substring('abc')").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
