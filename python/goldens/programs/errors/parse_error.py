try:
    spark.sql("SELEC 1").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
try:
    spark.sql("SELECT 1 +").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
