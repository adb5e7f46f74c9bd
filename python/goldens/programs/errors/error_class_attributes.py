try:
    spark.sql("SELECT * FROM t_absent_for_attrs").collect()
except Exception as e:
    print(type(e).__name__)
    print(e.getCondition())
    print(e.getSqlState())
    print(sorted(e.getMessageParameters().items()))
