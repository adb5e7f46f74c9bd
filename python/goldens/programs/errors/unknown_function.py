try:
    spark.sql("SELECT no_such_fn(1)").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
