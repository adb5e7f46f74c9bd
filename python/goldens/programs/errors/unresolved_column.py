try:
    spark.range(3).select("nope").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
