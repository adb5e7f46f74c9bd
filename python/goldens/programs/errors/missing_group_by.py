try:
    spark.sql("SELECT id, count(*) FROM range(5)").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
