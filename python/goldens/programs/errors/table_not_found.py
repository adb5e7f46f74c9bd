try:
    spark.table("no_such_table_here").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
try:
    spark.sql("SELECT * FROM missing_tbl").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
